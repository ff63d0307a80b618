import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { awsBlock, dummyCredentials, writeBenchConfig } from './configs.js';
import { timeBakes } from './bake-runs.js';
import type { Figure } from './figures.js';

const TARGETS = ['us-west-2', 'eu-west-1'];

function awsConfig(emulator: Emulator, dir: string): Promise<string> {
  return writeBenchConfig(dir, [awsBlock(emulator, TARGETS, ['poll-interval: 100ms'])]);
}

/**
 * Orchestration overhead of an AWS bake (source region plus two copies) with zero emulated
 * latency apart from the stand-in script: wall time and EC2 calls per bake. Then one bake
 * whose copies take 1 s each, to show they are awaited in parallel.
 */
export async function awsBench(runs: number): Promise<Figure[]> {
  const restore = dummyCredentials();
  const emulator = await startEmulator({
    durations: { boot: 0, script: 0, stop: 0, imageCapture: 0, delete: 0, replicationPerRegion: 0 },
  });
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-aws-'));
    const path = await awsConfig(emulator, dir);
    const { times, calls } = await timeBakes(emulator, path, dir, 'aws', runs);
    const perCopy = 1000;
    emulator.control.setDurations({ replicationPerRegion: perCopy });
    const {
      times: [withCopies = 0],
    } = await timeBakes(emulator, path, dir, 'aws', 1);
    const group = 'AWS bake';
    return [
      {
        group,
        title: `AWS bake + ${TARGETS.length} copies, zero emulated latency (orchestration overhead, 100 ms polls)`,
        values: times,
        unit: 'ms',
        method:
          'in-process bake() against the EC2 emulator with every emulated duration 0; the first run loads the SDK',
      },
      {
        group,
        title: 'AWS EC2 calls per bake (incl. console and state polls)',
        values: calls,
        unit: 'calls',
      },
      {
        group,
        title: `AWS bake with ${TARGETS.length} copies of ${perCopy} ms each`,
        values: [withCopies],
        unit: 'ms',
        method: `copies are awaited in parallel: about ${perCopy} ms of copying, not ${perCopy * TARGETS.length}`,
      },
    ];
  } finally {
    await emulator.stop();
    restore();
  }
}
