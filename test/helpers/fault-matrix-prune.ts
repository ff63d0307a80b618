/**
 * The fault matrix's prune targets (issue 16): an image history seeded per cloud, a
 * `lifecycle: { keep: 1, delete-after: 90d }` block, and the prune run as the CLI runs it
 * (runPrune; a failed image or cloud fails the run). Of four versions, 1 (deprecated 100 days
 * ago) is deleted, 2 and 3 deprecated, 4 kept. Prune creates nothing temporary and keeps no
 * state for a post step; what it must never leave is an AMI deregistered with its snapshots
 * forgotten (a snapshot tagged as worker-image's whose AMI is gone, which only a later prune
 * would find).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runContext } from '../../src/bake/context.js';
import { loadConfig } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { configuredClouds } from '../../src/pipeline/selection.js';
import { pruneOptions } from '../../src/prune/options.js';
import { runPrune } from '../../src/prune/prune.js';
import type { Cloud } from '../../src/steps/resources.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig, writeConfig } from './bake.js';
import { CREDENTIALS, writeAwsConfig } from './ec2.js';
import {
  AWS_REGIONS,
  AZURE_DEFINITION,
  AZURE_GALLERY_GROUP,
  GCP_PROJECT,
  type Arrange,
  type InProcessRun,
  type NotApplicable,
  type Request,
  type Row,
  type RunCell,
  type Target,
} from './fault-matrix.js';

const LIFECYCLE = 'lifecycle: { keep: 1, delete-after: 90d }\n';
const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
const VERSIONS = [1, 2, 3, 4];

/** A prune as `worker-image prune --config F` runs it; the run fails as the CLI exits 1. */
async function pruneInProcess(
  cloud: Cloud,
  configPath: string,
  arrange: Arrange,
): Promise<InProcessRun> {
  const lines: string[] = [];
  const reporter = new ConsoleReporter((l) => lines.push(...l.replace(/\n$/, '').split('\n')));
  const dir = dirname(configPath);
  await mkdir(join(dir, '.git'), { recursive: true });
  const root = { dir, name: 'the repository' };
  let error: Error | undefined;
  try {
    const config = await loadConfig({
      path: configPath,
      overrides: arrange.overrides ?? {},
      cwd: dir,
      root,
      clouds: [],
    });
    const configured = configuredClouds(config);
    const opts = pruneOptions({ clouds: cloud }, configured, dir);
    const report = await runPrune(
      config,
      opts,
      runContext({}, reporter, new AbortController().signal),
    );
    const failed = [
      ...report.rows
        .filter((r) => r.outcome.startsWith('failed'))
        .map((r) => `${r.image.name}: ${r.outcome}`),
      ...report.unlisted.map((u) => `${u.cloud}: ${u.error}`),
    ];
    if (failed.length > 0) error = new Error(`${cloud}: prune failed: ${failed.join('; ')}`);
  } catch (err) {
    error = err as Error;
  }
  return { ...(error ? { error } : {}), lines, leftovers: [], afterPost: [] };
}

function gceImages(emulator: Emulator): Record<string, string> {
  return Object.fromEntries(
    emulator.control
      .resources()
      .flatMap((r) =>
        r.cloud === 'gcp' && r.kind === 'image' && r.name.startsWith('batch-worker-')
          ? [[r.name, r.status] as const]
          : [],
      ),
  );
}

export const GCP_PRUNE: Target = {
  cloud: 'gcp',
  operation: 'prune',
  seed: (emulator) => {
    for (const v of VERSIONS) {
      emulator.control.seedImage({
        project: GCP_PROJECT,
        name: `batch-worker-${v}`,
        labels: { 'worker-image-role': 'image', 'worker-image-version': String(v) },
        creationTimestamp: ago(200 - v),
        ...(v === 1 ? { deprecated: { state: 'DEPRECATED', deprecated: ago(100) } } : {}),
      });
    }
  },
  run: async (emulator, arrange) => {
    const path = await writeConfig(emulator);
    await appendFile(path, LIFECYCLE);
    return pruneInProcess('gcp', path, arrange);
  },
  runDist: () => Promise.reject(new Error('prune has no SIGINT cell')),
  temporaries: () => [],
  // A GCE image is deprecated or deleted whole: nothing can be left half-done.
  halfMade: () => [],
  productProblem: (emulator) => {
    const images = gceImages(emulator);
    const wrong = [
      ...('batch-worker-1' in images ? ['batch-worker-1 still exists'] : []),
      ...['batch-worker-2', 'batch-worker-3', 'batch-worker-4'].flatMap((n) =>
        images[n] === undefined ? [`${n} is gone`] : [],
      ),
    ];
    return wrong.length > 0 ? wrong.join('; ') : undefined;
  },
};

function galleryVersions(emulator: Emulator): string[] {
  return emulator.control
    .resources()
    .flatMap((r) =>
      r.cloud === 'azure' && r.kind === 'galleryImageVersion' ? [`${r.name} ${r.status}`] : [],
    )
    .sort();
}

export const AZURE_PRUNE: Target = {
  cloud: 'azure',
  operation: 'prune',
  seed: (emulator) => {
    for (const v of VERSIONS) {
      const version = `0.0.${v}`;
      emulator.control.seedGalleryVersion({
        subscriptionId: AZURE_SUBSCRIPTION,
        resourceGroup: AZURE_GALLERY_GROUP,
        gallery: 'batch_images',
        definition: AZURE_DEFINITION,
        version,
        publishedDate: ago(200 - v),
        ...(v === 1 ? { excludeFromLatest: true } : {}),
        tags: {
          'worker-image-role': 'image',
          'worker-image-version': version,
          ...(v === 1 ? { 'worker-image-deprecated': ago(100) } : {}),
        },
      });
    }
  },
  run: async (emulator, arrange) => {
    const path = await writeAzureConfig(emulator);
    await appendFile(path, LIFECYCLE);
    return pruneInProcess('azure', path, arrange);
  },
  runDist: () => Promise.reject(new Error('prune has no SIGINT cell')),
  temporaries: () => [],
  // A gallery version is updated or deleted whole.
  halfMade: () => [],
  productProblem: (emulator) => {
    const left = galleryVersions(emulator).join(', ');
    return left === '0.0.2 Succeeded, 0.0.3 Succeeded, 0.0.4 Succeeded'
      ? undefined
      : `versions left: ${left}`;
  },
};

/**
 * Snapshots tagged as worker-image's whose AMI is deregistered: forgotten, but billed. Each
 * seeded AMI has one snapshot, tagged with its name, in its region.
 */
function forgottenSnapshots(emulator: Emulator): string[] {
  const resources = emulator.control.resources();
  const live = new Set(
    resources.flatMap((r) =>
      r.cloud === 'aws' && r.kind === 'image' && r.status !== 'deregistered'
        ? [`${r.region} ${r.name}`]
        : [],
    ),
  );
  return resources.flatMap((r) =>
    r.cloud === 'aws' &&
    r.kind === 'snapshot' &&
    r.tags['worker-image-role'] === 'image' &&
    !live.has(`${r.region} ${r.tags.Name}`)
      ? [`snapshot ${r.id} of ${r.tags.Name} in ${r.region}`]
      : [],
  );
}

export const AWS_PRUNE: Target = {
  cloud: 'aws',
  operation: 'prune',
  seed: (emulator) => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    });
    for (const v of VERSIONS) {
      const tags = {
        Name: `batch-worker-${v}`,
        'worker-image-role': 'image',
        'worker-image-version': String(v),
      };
      for (const region of AWS_REGIONS) {
        emulator.control.seedAmi({
          region,
          name: `batch-worker-${v}`,
          tags,
          snapshotTags: tags,
          creationDate: ago(200 - v),
          ...(v === 1 ? { deprecationTime: ago(100) } : {}),
        });
      }
    }
  },
  run: async (emulator, arrange) =>
    pruneInProcess('aws', await writeAwsConfig(emulator, LIFECYCLE), arrange),
  runDist: () => Promise.reject(new Error('prune has no SIGINT cell')),
  temporaries: () => [],
  halfMade: forgottenSnapshots,
  productProblem: (emulator) => {
    const amis = emulator.control
      .resources()
      .flatMap((r) =>
        r.cloud === 'aws' &&
        r.kind === 'image' &&
        r.status !== 'deregistered' &&
        r.name.startsWith('batch-worker-')
          ? [`${r.name} ${r.region}`]
          : [],
      );
    const wrong = [
      ...amis.filter((a) => a.startsWith('batch-worker-1 ')).map((a) => `${a} still registered`),
      ...(amis.length !== 3 * AWS_REGIONS.length ? [`${amis.length} AMIs left, not 9`] : []),
      ...forgottenSnapshots(emulator),
    ];
    return wrong.length > 0 ? wrong.join('; ') : undefined;
  },
};

// ---------------------------------------------------------------------------------------
// Rows: the requests prune makes, per cloud (GCE paths; EC2 as /ec2/<region>/<Action>).

const GCE_IMAGES = `^/compute/v1/projects/${GCP_PROJECT}/global/images`;
const anyRegion = (action: string): Request => ({
  method: 'POST',
  path: `^/ec2/[a-z0-9-]+/${action}$`,
});
const na = (why: string): NotApplicable => ({ na: why });
const NO_POST = na(
  'prune keeps no state for a post step: one cut short is finished by the next (prune-aws.test.ts)',
);
const AT_ONCE = na('answered at once: nothing to wait for');

function failedOperation(request: Request, message: string, firstLine: RegExp): RunCell {
  return {
    arrange: { faults: [{ ...request, operationError: { code: 'PERMISSION_DENIED', message } }] },
    expect: { kind: 'fails', firstLine },
  };
}

const VERSIONS_PATH =
  `^/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${AZURE_GALLERY_GROUP}` +
  `/providers/Microsoft.Compute/galleries/batch_images/images/${AZURE_DEFINITION}/versions`;
const UPDATE_VERSION = { method: 'PATCH', path: `${VERSIONS_PATH}/0\\.0\\.[23]$` };
const DELETE_VERSION = { method: 'DELETE', path: `${VERSIONS_PATH}/0\\.0\\.1$` };

const DEPRECATE = { method: 'POST', path: `${GCE_IMAGES}/batch-worker-[23]/deprecate$` };
const DELETE = { method: 'DELETE', path: `${GCE_IMAGES}/batch-worker-1$` };

export const PRUNE_ROWS: Row[] = [
  {
    target: GCP_PRUNE,
    step: 'images.list',
    requests: [{ method: 'GET', path: `${GCE_IMAGES}$` }],
    operation: na('a read: no long-running operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: GCP_PRUNE,
    step: 'images.deprecate',
    requests: [DEPRECATE],
    // One image's deprecation fails: reported, the other one deprecated all the same.
    operation: failedOperation(
      DEPRECATE,
      "Required 'compute.images.deprecate' permission",
      /^gcp: prune failed: batch-worker-2: failed: deprecating image batch-worker-2 failed: .*compute\.images\.deprecate/,
    ),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: GCP_PRUNE,
    step: 'images.delete',
    requests: [DELETE],
    operation: failedOperation(
      DELETE,
      "Required 'compute.images.delete' permission",
      /^gcp: prune failed: batch-worker-1: failed: .*compute\.images\.delete/,
    ),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AZURE_PRUNE,
    step: 'list definitions and versions',
    requests: [
      {
        method: 'GET',
        path: `^/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${AZURE_GALLERY_GROUP}/providers/Microsoft.Compute/galleries/batch_images/images$`,
      },
      { method: 'GET', path: `${VERSIONS_PATH}$` },
    ],
    operation: na('a read: no long-running operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AZURE_PRUNE,
    step: 'update version (exclude from latest)',
    requests: [UPDATE_VERSION],
    operation: failedOperation(
      UPDATE_VERSION,
      'The client does not have authorization to perform action Microsoft.Compute/galleries/images/versions/write',
      /^azure: prune failed: batch-worker-22-04\/0\.0\.2: failed: deprecating batch-worker-22-04 0\.0\.2 failed/,
    ),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AZURE_PRUNE,
    step: 'delete version',
    requests: [DELETE_VERSION],
    operation: failedOperation(
      DELETE_VERSION,
      'The client does not have authorization to perform action Microsoft.Compute/galleries/images/versions/delete',
      /^azure: prune failed: batch-worker-22-04\/0\.0\.1: failed: .*versions\/delete/,
    ),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AWS_PRUNE,
    step: 'DescribeImages, DescribeSnapshots',
    requests: [anyRegion('DescribeImages'), anyRegion('DescribeSnapshots')],
    operation: na('a read: no long-running operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AWS_PRUNE,
    step: 'EnableImageDeprecation',
    requests: [anyRegion('EnableImageDeprecation')],
    operation: na('EC2 answers at once: no operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AWS_PRUNE,
    step: 'DeregisterImage',
    requests: [anyRegion('DeregisterImage')],
    operation: na('EC2 answers at once: no operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
  },
  {
    target: AWS_PRUNE,
    step: 'DeleteSnapshot',
    requests: [anyRegion('DeleteSnapshot')],
    operation: na('EC2 answers at once: no operation'),
    hang: AT_ONCE,
    sigint: NO_POST,
    hazards: {
      // Each deregistered AMI's snapshot is refused for 4 s: waited out, none forgotten.
      snapshotInUse: {
        arrange: { hazards: { ec2: { snapshotInUseAfterDeregister: 4000 } } },
        expect: { kind: 'succeeds' },
      },
    },
  },
];
