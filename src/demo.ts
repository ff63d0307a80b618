import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bake } from './bake/bake.js';
import { runContext } from './bake/context.js';
import { loadConfig } from './config/load.js';
import { startEmulator } from './emulator/index.js';
import { ConsoleReporter, type Reporter } from './log/reporter.js';
import { ResourceLedger } from './steps/resources.js';

export interface DemoResult {
  imageName: string;
  manifestPath: string;
}

/**
 * The main job on a fresh clone: the built-in emulator, with versions 21 and 23 already
 * published, and a bake of examples/worker-image.yml against it.
 */
export async function runDemo(
  reporter: Reporter = new ConsoleReporter(),
  outDir = 'worker-image-out',
): Promise<DemoResult> {
  const emulator = await startEmulator({
    durations: { boot: 400, script: 1500, stop: 300, imageCapture: 600, delete: 200 },
  });
  try {
    for (const version of ['21', '23']) {
      emulator.control.seedImage({
        project: 'example-project',
        name: `batch-worker-${version}`,
        family: 'batch-worker',
      });
    }
    reporter.info(
      `emulator: GCE API at ${emulator.gceEndpoint} (example-project has batch-worker-21 and -23)`,
    );
    const config = await loadConfig({
      path: 'examples/worker-image.yml',
      overrides: {
        manifest: resolve(outDir, 'manifest.json'),
        gcp: { endpoint: emulator.gceEndpoint, auth: 'none', 'poll-interval': '250ms' },
      },
      cwd: process.cwd(),
    });
    const ctx = runContext(process.env, reporter, new AbortController().signal);
    const outcome = await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
    const manifestPath = outcome.manifestPath!;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      builds: { artifact_id: string }[];
    };
    reporter.info(`image: ${outcome.result!.imageName}`);
    reporter.info(`manifest: ${manifestPath} (artifact_id ${manifest.builds[0]?.artifact_id})`);
    return { imageName: outcome.result!.imageName, manifestPath };
  } finally {
    await emulator.stop();
  }
}
