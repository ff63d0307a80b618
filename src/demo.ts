import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bake } from './bake/bake.js';
import { bump } from './bump/bump.js';
import { runContext } from './bake/context.js';
import { loadConfig } from './config/load.js';
import { startEmulator } from './emulator/index.js';
import { ConsoleReporter, type Reporter } from './log/reporter.js';
import { ResourceLedger, type Cloud } from './steps/resources.js';

export interface DemoResult {
  /** Per cloud: the baked image's name and the manifest written for it. */
  images: { cloud: Cloud; imageName: string; imageId: string; manifestPath: string }[];
  /** The bump of the example repository's references to those images, as a unified diff. */
  diff: string;
}

/**
 * The main job on a fresh clone: the built-in emulator, with GCE versions 21 and 23 and
 * gallery version 0.0.13 already published, and a bake of examples/worker-image.yml on GCP
 * and Azure in parallel.
 */
export async function runDemo(
  write: (line: string) => void = (l) => process.stdout.write(l),
  outDir = 'worker-image-out',
): Promise<DemoResult> {
  const emulator = await startEmulator({
    durations: {
      boot: 400,
      script: 1500,
      stop: 300,
      imageCapture: 600,
      delete: 200,
      vmCreate: 400,
      runCommand: 1500,
      replicationPerRegion: 1500,
    },
  });
  try {
    for (const version of ['21', '23']) {
      emulator.control.seedImage({
        project: 'example-project',
        name: `batch-worker-${version}`,
        family: 'batch-worker',
      });
    }
    emulator.control.seedGalleryVersion({
      subscriptionId: '00000000-0000-0000-0000-00000000e0a1',
      resourceGroup: 'example-rg',
      gallery: 'example_rg_batch',
      definition: 'batch-worker-22-04',
      version: '0.0.13',
      regions: [{ name: 'eastus' }],
    });
    const ca = join(tmpdir(), `worker-image-demo-ca-${process.pid}.pem`);
    await writeFile(ca, emulator.caCertificate);
    write(
      `emulator: GCE ${emulator.gceEndpoint}, Azure Resource Manager ${emulator.armEndpoint}\n`,
    );
    write('emulator: example-project has batch-worker-21 and -23; example_rg_batch has 0.0.13\n');
    const clouds: Cloud[] = ['gcp', 'azure'];
    const images = await Promise.all(
      clouds.map(async (cloud) => {
        const reporter: Reporter = new ConsoleReporter(write, `[${cloud}] `.padEnd(8));
        const config = await loadConfig({
          path: 'examples/worker-image.yml',
          overrides: {
            manifest: resolve(outDir, `manifest-${cloud}.json`),
            gcp: { endpoint: emulator.gceEndpoint, auth: 'none', 'poll-interval': '250ms' },
            azure: {
              endpoint: emulator.armEndpoint,
              'ca-certificate': ca,
              auth: 'none',
              'poll-interval': '250ms',
            },
          },
          cwd: process.cwd(),
        });
        const ctx = runContext(process.env, reporter, new AbortController().signal);
        const outcome = await bake(config, ctx, { cloud, ledger: new ResourceLedger() });
        const manifestPath = outcome.manifestPath!;
        const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
          builds: { artifact_id: string }[];
        };
        reporter.info(`image: ${outcome.result!.imageName}`);
        reporter.info(`manifest: ${manifestPath} (artifact_id ${manifest.builds[0]?.artifact_id})`);
        return {
          cloud,
          imageName: outcome.result!.imageName,
          imageId: outcome.result!.imageId,
          manifestPath,
        };
      }),
    );
    // Last, what used to be edited by hand: the example repo's references, on a copy.
    const repo = resolve(outDir, 'repo');
    await rm(repo, { recursive: true, force: true });
    await cp('examples/repo', repo, { recursive: true });
    const reporter = new ConsoleReporter(write, '[bump]  ');
    const bumped = await reporter.group(`Bump the references in ${repo}`, () =>
      bump({
        config: join(repo, 'worker-image.yml'),
        manifests: images.map((i) => i.manifestPath),
        set: [],
        check: false,
        dryRun: false,
        repoDir: repo,
        cwd: process.cwd(),
        reporter,
      }),
    );
    return { images, diff: bumped.diff };
  } finally {
    await emulator.stop();
  }
}
