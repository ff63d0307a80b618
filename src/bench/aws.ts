import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ResourceLedger } from '../steps/resources.js';
import { awsBlock, writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';

const TARGETS = ['us-west-2', 'eu-west-1'];

function awsConfig(emulator: Emulator, dir: string): Promise<string> {
  return writeBenchConfig(dir, [awsBlock(emulator, TARGETS, ['poll-interval: 100ms'])]);
}

/** The SDK's default credential chain reads these; the emulator accepts any. */
function dummyCredentials(): () => void {
  const saved = [process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY];
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  return () => {
    if (saved[0] === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (saved[1] === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  };
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
  const quiet = new ConsoleReporter(() => {});
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-aws-'));
    const path = await awsConfig(emulator, dir);
    const times: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < runs; i++) {
      emulator.control.clearCalls();
      const config = await loadConfig({ path, cwd: dir });
      const ctx = runContext({}, quiet, new AbortController().signal);
      const start = performance.now();
      await bake(config, ctx, { cloud: 'aws', ledger: new ResourceLedger() });
      times.push(performance.now() - start);
      calls.push(emulator.control.calls().length);
    }
    const perCopy = 1000;
    emulator.control.setDurations({ replicationPerRegion: perCopy });
    emulator.control.clearCalls();
    const config = await loadConfig({ path, cwd: dir });
    const start = performance.now();
    await bake(config, runContext({}, quiet, new AbortController().signal), {
      cloud: 'aws',
      ledger: new ResourceLedger(),
    });
    const withCopies = performance.now() - start;
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
