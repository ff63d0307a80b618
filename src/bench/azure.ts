import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { replicateVersion } from '../providers/azure/replicate.js';
import { azureBlock, BENCH_SUBSCRIPTION, writeBenchConfig, TEN_AZURE_REGIONS } from './configs.js';
import { timeBakes } from './bake-runs.js';
import type { Figure } from './figures.js';
import { median } from './stats.js';

const SUB = BENCH_SUBSCRIPTION;
async function azureConfig(emulator: Emulator, dir: string): Promise<string> {
  return writeBenchConfig(dir, [await azureBlock(emulator, dir, ['poll-interval: 100ms'])]);
}

/**
 * Orchestration overhead of an Azure bake with (nearly) zero emulated latency: wall time and
 * API calls. Then one replication to 10 regions, and how long its wait took over the slowest
 * region's emulated replication time.
 */
export async function azureBench(runs: number): Promise<Figure[]> {
  const emulator = await startEmulator({
    durations: {
      vmCreate: 0,
      runCommand: 0,
      deallocate: 0,
      replicationPerRegion: 0,
      resourceGroupDelete: 0,
      resourceCreate: 0,
    },
  });
  const quiet = new ConsoleReporter(() => {});
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-azure-'));
    const path = await azureConfig(emulator, dir);
    const { times, calls } = await timeBakes(emulator, path, dir, 'azure', runs);
    const perRegion = 2000;
    emulator.control.setDurations({ replicationPerRegion: perRegion });
    emulator.control.seedGalleryVersion({
      subscriptionId: SUB,
      resourceGroup: 'bench-rg',
      gallery: 'bench_gallery',
      definition: 'batch-worker-22-04',
      version: '9.0.0',
      regions: [{ name: 'eastus' }],
    });
    const config = await loadConfig({ path, cwd: dir });
    const start = performance.now();
    await replicateVersion(
      { ...config.azure!, pollInterval: 250 },
      {
        ref: {
          resourceGroup: 'bench-rg',
          gallery: 'bench_gallery',
          definition: 'batch-worker-22-04',
          version: '9.0.0',
        },
        regions: TEN_AZURE_REGIONS.map((name) => ({
          name,
          replicas: 3,
          storageAccountType: 'Standard_LRS' as const,
        })),
        policy: { vmsPerReplica: 20, production: true },
      },
      runContext({}, quiet, new AbortController().signal),
    );
    const wait = performance.now() - start;
    const group = 'Azure bake and replication';
    return [
      {
        group,
        title: 'Azure bake, zero emulated latency (orchestration overhead, 100 ms polls)',
        values: times,
        unit: 'ms',
        method: 'in-process bake() against the ARM emulator with every emulated duration 0',
        compare: [
          `Azure Image Builder's action polls its build every 15 s: ${(15_000 / median(times)).toFixed(0)}x one poll of it`,
        ],
      },
      {
        group,
        title: 'Azure API calls per bake (incl. LRO and replication polls)',
        values: calls,
        unit: 'calls',
      },
      {
        group,
        title: `replication of one version to 10 regions (emulated ${perRegion} ms per region, 250 ms polls)`,
        values: [wait],
        unit: 'ms',
        method: `the source region replicates first (${perRegion} ms), then the other 9 in parallel (${perRegion} ms): ${2 * perRegion} ms emulated`,
      },
    ];
  } finally {
    await emulator.stop();
  }
}
