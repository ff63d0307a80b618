/**
 * The fault matrix's verify-image targets (issue 15): one image seeded per cloud (a GCE image, a
 * gallery version, an AMI), a `verify:` block of two checks, and the verification run as the CLI
 * runs it (resolveVerification, then verifyImage with a ledger the post step's cleanup gets) and
 * as the runner runs dist/verify-image (with its post step). What a verification may leave is
 * nothing: no verifier instance, VM or resource group; its product is the image marked
 * `worker-image-verified=true` (a GCE label, a tag on the gallery version or the AMI).
 */
import type { ChildProcess } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runContext } from '../../src/bake/context.js';
import { cleanupRecorded } from '../../src/bake/bake.js';
import { loadConfig } from '../../src/config/load.js';
import type { Emulator, ResourceInfo } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { ResourceLedger, type Cloud } from '../../src/steps/resources.js';
import { resolveVerification } from '../../src/verify/resolve.js';
import { verifyImage } from '../../src/verify/run.js';
import { runStep, runnerFiles } from './actions-runner.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig, writeConfig } from './bake.js';
import { CREDENTIALS, writeAwsConfig } from './ec2.js';
import {
  AWS_BAKE,
  AZURE_BAKE,
  AZURE_DEFINITION,
  AZURE_GALLERY_GROUP,
  GCP_BAKE,
  GCP_PROJECT,
  type Arrange,
  type DistRun,
  type InProcessRun,
  type Target,
} from './fault-matrix.js';

/** The image every verify cell verifies (a GCE image, and the AMI's Name). */
export const VERIFIED_IMAGE = 'batch-worker-24';
/** The gallery version verified on Azure. */
export const VERIFIED_VERSION = '0.0.7';
const VERDICT = 'worker-image-verified';

/**
 * Two checks, one of them a template, each with a limit roomy enough for a loaded machine; a
 * cell that needs the checks' wait to run out lays shorter limits over them.
 */
const VERIFY_BLOCK = `verify:
  checks:
    docker:
      run: docker info
      timeout: 10s
    root-image:
      run: docker image inspect {{ global.docker_root_image }}
      timeout: 10s
  time-to-ready: 60s
`;

/** What aws-actions/configure-aws-credentials leaves in a job's environment. */
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
};

function collect(lines: string[]): ConsoleReporter {
  return new ConsoleReporter((l) => lines.push(...l.replace(/\n$/, '').split('\n')));
}

/**
 * A verification as `worker-image verify --image` runs it; then, with whatever its ledger
 * still holds, what the action's post step does.
 */
async function verifyInProcess(
  cloud: Cloud,
  configPath: string,
  image: string,
  arrange: Arrange,
): Promise<InProcessRun> {
  const lines: string[] = [];
  const reporter = collect(lines);
  const cwd = dirname(configPath);
  const config = await loadConfig({
    path: configPath,
    overrides: arrange.overrides ?? {},
    cwd,
    clouds: [cloud],
  });
  const { verify, target } = await resolveVerification({
    cloud,
    config,
    image,
    cwd,
    names: { image: '--image ID', manifest: '--manifest FILE' },
  });
  const ledger = new ResourceLedger();
  const ctx = runContext({}, reporter, new AbortController().signal);
  let error: Error | undefined;
  try {
    await verifyImage(config, target, ctx, { cloud, ledger, verify });
  } catch (err) {
    error = err as Error;
  }
  const leftovers = ledger.list();
  const post = new ResourceLedger(() => {}, leftovers);
  if (leftovers.length > 0) await cleanupRecorded(config, reporter, post);
  return { ...(error ? { error } : {}), lines, leftovers, afterPost: post.list() };
}

async function verifyDist(
  inputs: Record<string, string>,
  onStart: (child: ChildProcess, stdout: () => string) => void,
  env: Record<string, string> = {},
): Promise<DistRun> {
  const files = await runnerFiles();
  const main = await runStep('dist/verify-image/index.js', files, { inputs, onStart, env });
  const post = await runStep('dist/verify-image/post.js', files, {
    inputs,
    state: main.state,
    env,
  });
  return { main, post };
}

function role(r: ResourceInfo): string | undefined {
  return (r.cloud === 'gcp' ? r.labels : r.tags)['worker-image-role'];
}

/** Verifiers (any role verifier) still alive, besides what the bake's own check counts. */
function verifiers(emulator: Emulator, cloud: Cloud): string[] {
  return emulator.control
    .resources()
    .filter((r) => r.cloud === cloud && role(r) === 'verifier')
    .filter((r) => !(r.cloud === 'aws' && r.status === 'terminated'))
    .map((r) => `${r.kind} ${r.name} ${r.status}`);
}

function temporaries(emulator: Emulator, cloud: Cloud, bake: Target): string[] {
  return [...new Set([...bake.temporaries(emulator), ...verifiers(emulator, cloud)])];
}

/**
 * What a failed or cancelled verification must not have done: lose the image. (Its verdict
 * may be either: one that passed but could not record it may leave the tag set, as a gallery
 * version's PATCH applies its tags when accepted, before its operation fails.)
 */
function wronglyLeft(image: ResourceInfo | undefined, what: string): string[] {
  return image ? [] : [`${what} is gone`];
}

/** The verdict on the image, or why it is not `true`. */
function verdictProblem(image: ResourceInfo | undefined, what: string): string | undefined {
  if (!image) return `${what}: gone`;
  const verdict = (image.cloud === 'gcp' ? image.labels : image.tags)[VERDICT];
  return verdict === 'true' ? undefined : `${what}: ${VERDICT}=${verdict ?? '(none)'}`;
}

async function withVerify(path: Promise<string>): Promise<string> {
  const file = await path;
  await appendFile(file, VERIFY_BLOCK);
  return file;
}

// --- GCP ----------------------------------------------------------------------------------

function gceImage(emulator: Emulator): ResourceInfo | undefined {
  return emulator.control
    .resources()
    .find((r) => r.cloud === 'gcp' && r.kind === 'image' && r.name === VERIFIED_IMAGE);
}

export const GCP_VERIFY: Target = {
  cloud: 'gcp',
  operation: 'verify',
  seed: (emulator) =>
    void emulator.control.seedImage({ project: GCP_PROJECT, name: VERIFIED_IMAGE }),
  run: async (emulator, arrange) =>
    verifyInProcess('gcp', await withVerify(writeConfig(emulator)), VERIFIED_IMAGE, arrange),
  runDist: async (emulator, onStart) =>
    verifyDist(
      { config: await withVerify(writeConfig(emulator)), cloud: 'gcp', image: VERIFIED_IMAGE },
      onStart,
    ),
  temporaries: (emulator) => temporaries(emulator, 'gcp', GCP_BAKE),
  halfMade: (emulator) => wronglyLeft(gceImage(emulator), `image ${VERIFIED_IMAGE}`),
  productProblem: (emulator) => verdictProblem(gceImage(emulator), `image ${VERIFIED_IMAGE}`),
};

// --- Azure --------------------------------------------------------------------------------

const AZURE_IMAGE = `${AZURE_DEFINITION}/${VERIFIED_VERSION}`;

function galleryVersion(emulator: Emulator): ResourceInfo | undefined {
  return emulator.control
    .resources()
    .find(
      (r) => r.cloud === 'azure' && r.kind === 'galleryImageVersion' && r.name === VERIFIED_VERSION,
    );
}

export const AZURE_VERIFY: Target = {
  cloud: 'azure',
  operation: 'verify',
  seed: (emulator) =>
    void emulator.control.seedGalleryVersion({
      subscriptionId: AZURE_SUBSCRIPTION,
      resourceGroup: AZURE_GALLERY_GROUP,
      gallery: 'batch_images',
      definition: AZURE_DEFINITION,
      version: VERIFIED_VERSION,
      regions: [{ name: 'eastus' }],
    }),
  run: async (emulator, arrange) =>
    verifyInProcess('azure', await withVerify(writeAzureConfig(emulator)), AZURE_IMAGE, arrange),
  runDist: async (emulator, onStart) =>
    verifyDist(
      { config: await withVerify(writeAzureConfig(emulator)), cloud: 'azure', image: AZURE_IMAGE },
      onStart,
    ),
  temporaries: (emulator) => temporaries(emulator, 'azure', AZURE_BAKE),
  halfMade: (emulator) => wronglyLeft(galleryVersion(emulator), `version ${VERIFIED_VERSION}`),
  productProblem: (emulator) =>
    verdictProblem(galleryVersion(emulator), `version ${VERIFIED_VERSION}`),
};

// --- AWS ----------------------------------------------------------------------------------

/** The AMI each emulator's cells verify (seeded before each cell). */
const verifiedAmis = new WeakMap<Emulator, string>();

function ami(emulator: Emulator): ResourceInfo | undefined {
  const id = verifiedAmis.get(emulator);
  return emulator.control
    .resources()
    .find((r) => r.cloud === 'aws' && r.kind === 'image' && r.id === id);
}

export const AWS_VERIFY: Target = {
  cloud: 'aws',
  operation: 'verify',
  seed: (emulator) => {
    // The in-process verification takes credentials from the SDK's default chain.
    Object.assign(process.env, AWS_ENV);
    const info = emulator.control.seedAmi({
      region: 'us-east-1',
      name: VERIFIED_IMAGE,
      tags: { 'worker-image-role': 'image', 'worker-image-version': '24' },
    });
    verifiedAmis.set(emulator, (info as { id: string }).id);
  },
  run: async (emulator, arrange) =>
    verifyInProcess(
      'aws',
      await withVerify(writeAwsConfig(emulator)),
      verifiedAmis.get(emulator)!,
      arrange,
    ),
  runDist: async (emulator, onStart) =>
    verifyDist(
      {
        config: await withVerify(writeAwsConfig(emulator)),
        cloud: 'aws',
        image: verifiedAmis.get(emulator)!,
      },
      onStart,
      AWS_ENV,
    ),
  temporaries: (emulator) => temporaries(emulator, 'aws', AWS_BAKE),
  halfMade: (emulator) =>
    wronglyLeft(ami(emulator), `AMI ${verifiedAmis.get(emulator) ?? '(not seeded)'}`),
  productProblem: (emulator) =>
    verdictProblem(ami(emulator), `AMI ${verifiedAmis.get(emulator) ?? '(not seeded)'}`),
};
