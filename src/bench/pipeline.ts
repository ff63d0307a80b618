import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { LedgerSet } from '../pipeline/ledgers.js';
import { runPipeline } from '../pipeline/run.js';
import type { Cloud } from '../steps/resources.js';
import {
  awsBlock,
  azureBlock,
  dummyCredentials,
  gcpBlock,
  TEN_AZURE_REGIONS,
  writeBenchConfig,
} from './configs.js';
import type { Figure } from './figures.js';
import { median } from './stats.js';

async function config(emulator: Emulator, dir: string): Promise<string> {
  const polls = ['poll-interval: 250ms'];
  return writeBenchConfig(dir, [
    gcpBlock(emulator, polls),
    await azureBlock(emulator, dir, [
      `target-regions: [${TEN_AZURE_REGIONS.join(', ')}]`,
      ...polls,
    ]),
    awsBlock(emulator, ['us-west-2', 'eu-west-1'], polls),
  ]);
}

/**
 * The root action's pipeline over GCP, Azure (10 replication regions) and AWS (2 copies),
 * with emulated latencies of seconds: each cloud alone, then all three in one run. The goal is
 * that one run costs about the slowest cloud, not the sum.
 */
export async function pipelineBench(runs: number): Promise<Figure[]> {
  const restore = dummyCredentials();
  const emulator = await startEmulator({
    durations: {
      boot: 300,
      script: 1000,
      stop: 300,
      imageCapture: 500,
      delete: 100,
      vmCreate: 300,
      runCommand: 1000,
      deallocate: 200,
      replicationPerRegion: 1000,
      resourceGroupDelete: 200,
      resourceCreate: 50,
    },
  });
  const quiet = new ConsoleReporter(() => {});
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-pipeline-'));
    const path = await config(emulator, dir);
    const once = async (clouds: Cloud[]): Promise<number> => {
      const cfg = await loadConfig({ path, cwd: dir });
      const ctx = runContext({}, quiet, new AbortController().signal);
      const start = performance.now();
      await runPipeline(cfg, ctx, { clouds, ledgers: new LedgerSet() });
      return performance.now() - start;
    };
    const alone: Record<string, number[]> = { gcp: [], azure: [], aws: [] };
    const together: number[] = [];
    const ratios: number[] = [];
    const n = Math.max(1, Math.min(runs, 3));
    for (let i = 0; i < n; i++) {
      for (const c of ['gcp', 'azure', 'aws'] as const) alone[c]!.push(await once([c]));
      const all = await once(['gcp', 'azure', 'aws']);
      together.push(all);
      ratios.push(all / Math.max(alone.gcp!.at(-1)!, alone.azure!.at(-1)!, alone.aws!.at(-1)!));
    }
    const group = 'Three clouds in one run';
    const sum = median(alone.gcp!) + median(alone.azure!) + median(alone.aws!);
    return [
      ...(['gcp', 'azure', 'aws'] as const).map((c): Figure => ({
        group,
        title: `${c} alone${c === 'azure' ? ' (10 replication regions)' : c === 'aws' ? ' (2 copy regions)' : ''}`,
        values: alone[c]!,
        unit: 'ms',
      })),
      {
        group,
        title: 'GCP + Azure (10 regions) + AWS (2 copies) in one pipeline run',
        values: together,
        unit: 'ms',
        method:
          'runPipeline in-process against the emulator (seconds of emulated VM, image and replication latency; 250 ms polls)',
        compare: [`run one after another, the three would take ~${Math.round(sum)} ms`],
      },
      {
        group,
        title: 'one run over all three / the slowest cloud alone',
        values: ratios,
        unit: 'x',
        target: { max: 1.1, text: '≤ 1.1× the slowest branch' },
        ifMissed:
          'the three bakes share this 2-core machine with the emulator, which runs every builder script as a real bash process; on a runner the clouds do the work',
      },
    ];
  } finally {
    await emulator.stop();
    restore();
  }
}
