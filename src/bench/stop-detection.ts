import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import { startEmulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ResourceLedger } from '../steps/resources.js';
import { summary } from './stats.js';

export async function benchConfig(endpoint: string, dir: string): Promise<string> {
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    [
      'image: { name: batch-worker, version: auto }',
      'variables: { global: { docker_root_image: "us-docker.pkg.dev/p/r/worker:1" } }',
      'manifest: manifest.json',
      'gcp:',
      '  project: bench-project',
      '  zone: us-central1-a',
      '  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }',
      `  template: ${resolve('templates/gcp-startup.sh.j2')}`,
      `  endpoint: ${endpoint}`,
      '  auth: none',
      '',
    ].join('\n'),
  );
  return path;
}

/**
 * Emulated VM reaches TERMINATED → the bake issues the image creation call, with the default
 * poll interval (1 s). Also counts the API calls of a whole bake.
 */
export async function stopDetection(runs: number): Promise<string[]> {
  const events: { at: number; line: string }[] = [];
  const emulator = await startEmulator({
    durations: { boot: 100, script: 500, stop: 200, imageCapture: 100, delete: 100 },
    log: (line) => events.push({ at: performance.now(), line }),
  });
  const latencies: number[] = [];
  const calls: number[] = [];
  try {
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-'));
    const path = await benchConfig(emulator.gceEndpoint, dir);
    for (let i = 0; i < runs; i++) {
      events.length = 0;
      emulator.control.clearCalls();
      const config = await loadConfig({ path, cwd: dir });
      const ctx = runContext({}, new ConsoleReporter(() => {}), new AbortController().signal);
      await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
      const stopped = events.find((e) => / is TERMINATED/.test(e.line));
      const insert = events.find((e) =>
        /^POST \/compute\/v1\/projects\/[^/]+\/global\/images /.test(e.line),
      );
      if (!stopped || !insert) throw new Error('stop-detection bench: emulator events missing');
      latencies.push(insert.at - stopped.at);
      calls.push(emulator.control.calls().length);
    }
  } finally {
    await emulator.stop();
  }
  return [
    `stop detection (VM TERMINATED → image creation call): ${summary(latencies)}`,
    `API calls per bake (incl. serial/guest-attribute polls): ${summary(calls, 'calls')}`,
  ];
}
