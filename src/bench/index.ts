import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { azureBench } from './azure.js';
import { bumpBench } from './bump.js';
import { coldStart, dryRunStart } from './cold-start.js';
import { benchConfig, stopDetection } from './stop-detection.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

console.log(`worker-image benchmarks (${RUNS} runs each, ${process.arch}, node24 for bundles)`);
for (const line of coldStart(RUNS)) console.log(line);

const emulator = await startEmulator();
try {
  const config = await benchConfig(
    emulator.gceEndpoint,
    await mkdtemp(join(tmpdir(), 'wi-bench-')),
  );
  console.log(
    await dryRunStart(RUNS, {
      ...process.env,
      INPUT_CONFIG: config,
      'INPUT_DRY-RUN': 'true',
      GITHUB_OUTPUT: '/dev/null',
      GITHUB_STEP_SUMMARY: '/dev/null',
      GITHUB_STATE: '/dev/null',
    }),
  );
} finally {
  await emulator.stop();
}
for (const line of await stopDetection(RUNS)) console.log(line);
for (const line of await azureBench(RUNS)) console.log(line);
for (const line of await bumpBench(RUNS)) console.log(line);
