import { cp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bump } from './bump/bump.js';
import { runContext } from './bake/context.js';
import { loadConfig } from './config/load.js';
import { startEmulator } from './emulator/index.js';
import { ConsoleReporter, type Reporter } from './log/reporter.js';
import { LedgerSet } from './pipeline/ledgers.js';
import { runPipeline } from './pipeline/run.js';
import type { Cloud } from './steps/resources.js';

export interface DemoResult {
  /** Per cloud: the baked image's name and id, and its verification's time to ready. */
  images: {
    cloud: Cloud;
    imageName: string;
    imageId: string;
    verified?: boolean;
    timeToReadyS?: number;
  }[];
  /** The one manifest with every cloud's build. */
  manifestPath: string;
  /** The share-request catalogues written beside it. */
  catalogue: string[];
  /** The bump of the example repository's references to those images, as a unified diff. */
  diff: string;
}

/**
 * The main job on a fresh clone: the built-in emulator, with GCE images 21 and 23, gallery
 * version 0.0.13 and AMIs 21 and 23 already published, and the root action's pipeline over
 * examples/worker-image.yml: GCP, Azure and AWS baked in parallel, each image verified on a VM
 * booted from it and shared, one manifest, then the example repository's references bumped to
 * the new images.
 */
/** `share.azure.principals` of examples/worker-image.yml. */
const DEMO_PRINCIPAL = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

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
  // The SDK's credential chain wants keys; the emulator accepts any. A real run gets them
  // from aws-actions/configure-aws-credentials.
  process.env.AWS_ACCESS_KEY_ID ??= 'emulator';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'emulator';
  try {
    for (const version of ['21', '23']) {
      emulator.control.seedImage({
        project: 'example-project',
        name: `batch-worker-${version}`,
        family: 'batch-worker',
      });
      emulator.control.seedAmi({ region: 'us-east-1', name: `batch-worker-${version}` });
    }
    emulator.control.seedGalleryVersion({
      subscriptionId: '00000000-0000-0000-0000-00000000e0a1',
      resourceGroup: 'example-rg',
      gallery: 'example_rg_batch',
      definition: 'batch-worker-22-04',
      version: '0.0.13',
      regions: [{ name: 'eastus' }],
    });
    // The group the example shares the gallery with: ARM refuses principals its directory lacks.
    emulator.control.seedAzurePrincipal({ id: DEMO_PRINCIPAL, type: 'Group' });
    const ca = join(tmpdir(), `worker-image-demo-ca-${process.pid}.pem`);
    await writeFile(ca, emulator.caCertificate);
    write(
      `emulator: GCE ${emulator.gceEndpoint}, Azure Resource Manager ${emulator.armEndpoint}, EC2 ${emulator.ec2Endpoint}\n`,
    );
    write(
      'emulator: batch-worker-21 and -23 exist on GCE and in us-east-1; example_rg_batch has 0.0.13; the directory holds the group the example shares with\n',
    );
    const reporter: Reporter = new ConsoleReporter(write);
    const config = await loadConfig({
      path: 'examples/worker-image.yml',
      overrides: {
        manifest: resolve(outDir, 'manifest.json'),
        gcp: { endpoint: emulator.gceEndpoint, auth: 'none', 'poll-interval': '250ms' },
        azure: {
          endpoint: emulator.armEndpoint,
          'ca-certificate': ca,
          auth: 'none',
          'poll-interval': '250ms',
        },
        aws: { endpoint: emulator.ec2Endpoint, 'poll-interval': '250ms' },
      },
      cwd: process.cwd(),
    });
    const ctx = runContext(process.env, reporter, new AbortController().signal);
    const outcome = await runPipeline(config, ctx, {
      clouds: ['gcp', 'azure', 'aws'],
      ledgers: new LedgerSet(),
    });
    const images = outcome.clouds.map((c) => ({
      cloud: c.cloud,
      imageName: c.result!.imageName,
      imageId: c.result!.imageId,
      ...(c.verify ? { verified: c.verify.verified } : {}),
      ...(c.verify?.timeToReadyS !== undefined ? { timeToReadyS: c.verify.timeToReadyS } : {}),
    }));
    for (const c of outcome.clouds) {
      write(`${c.cloud.padEnd(6)} ${c.result!.imageName}  ${c.result!.imageId}\n`);
      if (c.verify) {
        const passed = c.verify.checks.filter((k) => k.status === 'passed').length;
        write(
          `       ${c.verify.verified ? 'verified' : 'NOT verified'}: ${passed}/${c.verify.checks.length} checks passed, ` +
            `time to ready ${c.verify.timeToReadyS ?? '–'} s (budget ${c.verify.budgetS} s)\n`,
        );
      }
    }
    write(`manifest: ${outcome.manifestPath} (${images.length} builds, ${outcome.ms} ms)\n`);

    // Last, what used to be edited by hand: the example repo's references, on a copy.
    const repo = resolve(outDir, 'repo');
    await rm(repo, { recursive: true, force: true });
    await cp('examples/repo', repo, { recursive: true });
    const bumpReporter = new ConsoleReporter(write, '[bump]  ');
    const bumped = await bumpReporter.group(`Bump the references in ${repo}`, () =>
      bump({
        config: join(repo, 'worker-image.yml'),
        manifests: [outcome.manifestPath!],
        set: [],
        check: false,
        dryRun: false,
        repoDir: repo,
        cwd: process.cwd(),
        reporter: bumpReporter,
      }),
    );
    return {
      images,
      manifestPath: outcome.manifestPath!,
      catalogue: outcome.catalogue,
      diff: bumped.diff,
    };
  } finally {
    await emulator.stop();
  }
}
