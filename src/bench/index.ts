import { writeFile } from 'node:fs/promises';
import { startEmulator } from '../emulator/index.js';
import { awsBench } from './aws.js';
import { azureBench } from './azure.js';
import { bumpBench } from './bump.js';
import { coldStart, dryRunStart } from './cold-start.js';
import { firstRequest } from './first-request.js';
import { downloadSize, pipelineMemory } from './footprint.js';
import { figureLine, type Figure } from './figures.js';
import { pipelineBench } from './pipeline.js';
import { benchmarkReport } from './report.js';
import { stopDetection } from './stop-detection.js';
import { verifierRequests } from './verify-requests.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const figures: Figure[] = [];
const add = (more: Figure[]): void => {
  for (const f of more) console.log(figureLine(f));
  figures.push(...more);
};

console.log(`worker-image benchmarks (${RUNS} runs each, ${process.arch}, node24 for bundles)`);
add(coldStart(RUNS));

const emulator = await startEmulator();
try {
  add(await dryRunStart(RUNS, emulator));
} finally {
  await emulator.stop();
}
add(await firstRequest(RUNS));
add(await pipelineMemory(RUNS));
add(await downloadSize());
add(await stopDetection(RUNS));
add(await verifierRequests(RUNS));
add(await azureBench(RUNS));
add(await awsBench(RUNS));
add(await (await import('./packer.js')).packerBench(RUNS));
add(await pipelineBench(RUNS));
add(await bumpBench(RUNS));

await writeFile('BENCHMARKS.md', benchmarkReport(figures, RUNS, new Date()));
console.log('wrote BENCHMARKS.md');
