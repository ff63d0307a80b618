/**
 * The fault-injection matrix (issue 7): rows are (cloud, operation, step) as the wire sees
 * them, columns are fault kinds. A row names the requests of its step; each column arms the
 * emulator for that step and says what the run must do. Adding a cloud or an operation is
 * adding a Target and its rows; the test file walks whatever is here.
 *
 * Rows still to add:
 * - share-image on Azure through the gallery sharing profile (POST `.../share`, an LRO whose
 *   failed-operation cell applies): the emulator's seeded galleries have no Groups sharing.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runContext } from '../../src/bake/context.js';
import { cleanupRecorded } from '../../src/bake/bake.js';
import { runReplicate } from '../../src/actions/replicate-gallery-version/run.js';
import { runShare } from '../../src/share/run.js';
import type { ShareInputs } from '../../src/share/request.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type {
  CallRecord,
  Durations,
  Emulator,
  FaultRule,
  HazardPatch,
  OutcomeRule,
  ResourceInfo,
} from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { LedgerSet } from '../../src/pipeline/ledgers.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { ResourceLedger, type Cloud, type CreatedResource } from '../../src/steps/resources.js';
import { runStep, runnerFiles, type StepRun } from './actions-runner.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig, writeConfig } from './bake.js';
import { CREDENTIALS, writeAwsConfig } from './ec2.js';
import { startTestEmulator } from './emulator.js';

/**
 * The clouds' documented hazards (on by default in the emulator), each made to bite at a row's
 * step: a wider window, or the cloud's own shape of an answer. A hazard belongs to one cloud;
 * rows of the others show `·`.
 */
export const HAZARD_KINDS = [
  'rateLimit403',
  'guestAttributesOff',
  'notVisibleYet',
  'snapshotInUse',
  'deprovisionUnreported',
] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

export const HAZARD_CLOUD: Record<HazardKind, Cloud> = {
  rateLimit403: 'gcp',
  guestAttributesOff: 'gcp',
  notVisibleYet: 'aws',
  snapshotInUse: 'aws',
  deprovisionUnreported: 'azure',
};

export const FAULT_KINDS = [
  'throttle',
  'unavailable',
  'operation',
  'hang',
  'sigint',
  ...HAZARD_KINDS,
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const KIND_TITLES: Record<FaultKind, string> = {
  throttle: '429×2 Retry-After 1',
  unavailable: '503×2',
  operation: 'failed operation',
  hang: 'hang past deadline',
  sigint: 'SIGINT + post',
  rateLimit403: 'GCE 403 rateLimitExceeded×2',
  guestAttributesOff: 'guest attributes off by policy',
  notVisibleYet: 'EC2 not visible for 4s',
  snapshotInUse: 'snapshot InUse for 4s',
  deprovisionUnreported: 'deprovision never reported',
};

function isHazard(kind: FaultKind): kind is HazardKind {
  return (HAZARD_KINDS as readonly string[]).includes(kind);
}

/** The status a retry column answers with, whose retries the cell checks. */
export const RETRIED_STATUS: Partial<Record<FaultKind, number>> = {
  throttle: 429,
  unavailable: 503,
  rateLimit403: 403,
};

/** One API request of a step, as fault rules and the call log see it (`path` is a regex). */
export interface Request {
  method: string;
  path: string;
}

export function matches(req: Request, call: Pick<CallRecord, 'method' | 'path'>): boolean {
  return call.method === req.method && new RegExp(req.path).test(call.path);
}

/** What a cell sets up before the run. */
export interface Arrange {
  faults?: FaultRule[];
  /** Hazards widened (or, to make a guest never power off, one turned off) for this cell. */
  hazards?: HazardPatch;
  durations?: Partial<Durations>;
  outcome?: OutcomeRule;
  /** Laid over the config (bakes) or the inputs (replicate). */
  overrides?: RawOverrides;
}

export type Expectation =
  /**
   * The transient answers were retried and the run made its product; `line`, when given,
   * is printed exactly `count` times (default 1): the one line a user reads about it.
   */
  | { kind: 'succeeds'; line?: RegExp; count?: number }
  /** The run fails; the first line of its error matches. */
  | { kind: 'fails'; firstLine: RegExp }
  /**
   * The product is made, but a deletion could not finish: a warning matching `warning` is
   * printed, the resource stays in the ledger, and the post step deletes it.
   */
  /** `cleanedByRun`: the run's own cleanup finished the job, nothing was left for post. */
  | { kind: 'warns'; warning: RegExp; cleanedByRun?: boolean };

export interface RunCell {
  arrange: Arrange;
  expect: Expectation;
}

export interface SigintCell {
  /** What keeps the run at this step long enough to be interrupted there. */
  arrange: Arrange;
  /** SIGINT is sent once the call log satisfies this. */
  when: (calls: CallRecord[]) => boolean;
}

export interface NotApplicable {
  na: string;
}

export type Cell = RunCell | SigintCell | NotApplicable;

export interface Row {
  target: Target;
  step: string;
  /** The step's requests; the first is the one failed operations and triggers refer to. */
  requests: Request[];
  operation: RunCell | NotApplicable;
  hang: RunCell | NotApplicable;
  sigint: SigintCell | NotApplicable;
  /** Absent: both retry columns arm every request of the row. */
  throttle?: NotApplicable;
  unavailable?: NotApplicable;
  /**
   * The hazard columns of the row's cloud. Absent: not met at this step, except GCE's 403
   * rate limit, which like the retry columns arms every request of a row they apply to.
   */
  hazards?: Partial<Record<HazardKind, RunCell | NotApplicable>>;
  /** Laid under the retry columns' faults, e.g. a longer script so every poll is reached. */
  retryArrange?: Arrange;
}

/** A hazard of another cloud: shown as `·`, without a note. */
export const OTHER_CLOUD: NotApplicable = { na: '' };

export function cellOf(row: Row, kind: FaultKind): Cell {
  if (isHazard(kind)) {
    if (row.target.cloud !== HAZARD_CLOUD[kind]) return OTHER_CLOUD;
    const cell = row.hazards?.[kind];
    if (cell) return cell;
    if (kind === 'rateLimit403' && !row.throttle) {
      return {
        arrange: {
          ...row.retryArrange,
          faults: row.requests.map((r) => ({
            ...r,
            status: 403,
            reason: 'rateLimitExceeded',
            times: 2,
          })),
        },
        expect: { kind: 'succeeds' },
      };
    }
    return { na: 'not met at this step' };
  }
  if (kind === 'throttle' || kind === 'unavailable') {
    const na = row[kind];
    if (na) return na;
    const fault =
      kind === 'throttle' ? { status: 429, retryAfter: 1, times: 2 } : { status: 503, times: 2 };
    return {
      arrange: { ...row.retryArrange, faults: row.requests.map((r) => ({ ...r, ...fault })) },
      expect: { kind: 'succeeds' },
    };
  }
  return row[kind];
}

/** Each request's first two answers were the injected ones and a later one got through. */
export function retriedProblems(row: Row, calls: CallRecord[], status: number): string[] {
  return row.requests.flatMap((req) => {
    const answers = calls.filter((c) => matches(req, c)).map((c) => c.status);
    const ok =
      answers[0] === status && answers[1] === status && answers.slice(2).some((s) => s < 400);
    return ok ? [] : [`${req.method} ${req.path} answered ${answers.join(', ') || 'never'}`];
  });
}

export const seen =
  (req: Request) =>
  (calls: CallRecord[]): boolean =>
    calls.some((c) => matches(req, c));

/** `then` after `first`: a request the plan also makes, now made by the step. */
export const seenAfter =
  (first: Request, then: Request) =>
  (calls: CallRecord[]): boolean => {
    const i = calls.findIndex((c) => matches(first, c));
    return i >= 0 && calls.slice(i + 1).some((c) => matches(then, c));
  };

/** SIGINT while the run sits out a long Retry-After on `req`: an instant step, held. */
export function heldAt(req: Request): SigintCell {
  return {
    arrange: { faults: [{ ...req, status: 429, retryAfter: 60 }] },
    when: (calls) => calls.some((c) => matches(req, c) && c.status === 429),
  };
}

// ---------------------------------------------------------------------------------------
// Targets: how a (cloud, operation) is run, in-process and as the runner runs its bundle.

export interface InProcessRun {
  error?: Error;
  lines: string[];
  /** What the run left in its ledger (for the post step), before the post step ran. */
  leftovers: CreatedResource[];
  /** What the post step's cleanup could not delete either. */
  afterPost: CreatedResource[];
}

export interface DistRun {
  main: StepRun;
  post?: StepRun;
}

export interface Target {
  cloud: Cloud;
  operation: 'bake' | 'replicate' | 'share' | 'verify' | 'prune';
  /** State the operation needs before it runs (an existing version to replicate). */
  seed(emulator: Emulator): void;
  run(emulator: Emulator, arrange: Arrange): Promise<InProcessRun>;
  /** Runs the dist bundle, sending SIGINT via `onStart`, then its post step if it has one. */
  runDist(
    emulator: Emulator,
    onStart: (child: ChildProcess, stdout: () => string) => void,
  ): Promise<DistRun>;
  /** Temporary resources still alive: must be empty after every cell. */
  temporaries(emulator: Emulator): string[];
  /** Image resources a failed run must not leave (or, for replicate, must not have lost). */
  halfMade(emulator: Emulator): string[];
  /** The product of a successful run, or why it is missing. */
  productProblem(emulator: Emulator): string | undefined;
}

function role(r: ResourceInfo): string | undefined {
  return (r.cloud === 'gcp' ? r.labels : r.tags)['worker-image-role'];
}

function collect(lines: string[]): ConsoleReporter {
  return new ConsoleReporter((l) => lines.push(...l.replace(/\n$/, '').split('\n')));
}

/** A bake through the pipeline, as the CLI and the root action run one cloud. */
async function bakeInProcess(
  cloud: Cloud,
  configPath: string,
  arrange: Arrange,
): Promise<InProcessRun> {
  const lines: string[] = [];
  const reporter = collect(lines);
  const config = await loadConfig({
    path: configPath,
    overrides: arrange.overrides ?? {},
    cwd: process.cwd(),
  });
  const ledgers = new LedgerSet();
  const ctx = runContext({}, reporter, new AbortController().signal);
  let error: Error | undefined;
  try {
    await runPipeline(config, ctx, { clouds: [cloud], ledgers });
  } catch (err) {
    error = err as Error;
  }
  const leftovers = ledgers.list();
  const ledger = new ResourceLedger(() => {}, leftovers);
  // What the action's post step does with the saved state.
  if (leftovers.length > 0) await cleanupRecorded(config, reporter, ledger);
  return { ...(error ? { error } : {}), lines, leftovers, afterPost: ledger.list() };
}

async function bakeDist(
  cloud: Cloud,
  configPath: string,
  onStart: (child: ChildProcess, stdout: () => string) => void,
  env: Record<string, string> = {},
): Promise<DistRun> {
  const files = await runnerFiles();
  const inputs = { config: configPath, cloud, 'dry-run': 'false' };
  const main = await runStep('dist/bake-image/index.js', files, { inputs, onStart, env });
  const post = await runStep('dist/bake-image/post.js', files, {
    inputs,
    state: main.state,
    env,
  });
  return { main, post };
}

export const GCP_PROJECT = 'test-project';
export const FIRST_IMAGE = 'batch-worker-1';

export const GCP_BAKE: Target = {
  cloud: 'gcp',
  operation: 'bake',
  seed: () => {},
  run: async (emulator, arrange) => bakeInProcess('gcp', await writeConfig(emulator), arrange),
  runDist: async (emulator, onStart) => bakeDist('gcp', await writeConfig(emulator), onStart),
  temporaries: (emulator) =>
    emulator.control
      .resources()
      .filter(
        (r) =>
          r.cloud === 'gcp' &&
          (r.kind === 'instance' || r.kind === 'disk' || role(r) === 'builder'),
      )
      .map((r) => `${r.kind} ${r.name} ${r.status}`),
  halfMade: (emulator) =>
    emulator.control
      .resources()
      .filter((r) => r.cloud === 'gcp' && r.kind === 'image' && role(r) === 'image')
      .map((r) => `image ${r.name} ${r.status}`),
  productProblem: (emulator) => {
    const image = emulator.control
      .resources()
      .find((r) => r.cloud === 'gcp' && r.kind === 'image' && r.name === FIRST_IMAGE);
    return image?.status === 'READY'
      ? undefined
      : `image ${FIRST_IMAGE}: ${image?.status ?? 'none'}`;
  },
};

export const AZURE_GALLERY_GROUP = 'batch-images';
export const AZURE_DEFINITION = 'batch-worker-22-04';

function azureTemporaries(emulator: Emulator): string[] {
  return emulator.control
    .resources()
    .filter(
      (r) =>
        r.cloud === 'azure' &&
        (r.resourceGroup !== AZURE_GALLERY_GROUP || role(r) === 'builder') &&
        !['gallery', 'galleryImage', 'galleryImageVersion'].includes(r.kind),
    )
    .filter((r) => !(r.kind === 'resourceGroup' && r.name === AZURE_GALLERY_GROUP))
    .map((r) => `${r.kind} ${r.name} ${r.status}`);
}

function galleryVersions(emulator: Emulator): { name: string; status: string }[] {
  return emulator.control
    .resources()
    .flatMap((r) =>
      r.cloud === 'azure' && r.kind === 'galleryImageVersion'
        ? [{ name: r.name, status: r.status }]
        : [],
    );
}

export const AZURE_BAKE: Target = {
  cloud: 'azure',
  operation: 'bake',
  seed: () => {},
  run: async (emulator, arrange) =>
    bakeInProcess('azure', await writeAzureConfig(emulator), arrange),
  runDist: async (emulator, onStart) =>
    bakeDist('azure', await writeAzureConfig(emulator), onStart),
  temporaries: azureTemporaries,
  halfMade: (emulator) => galleryVersions(emulator).map((v) => `version ${v.name} ${v.status}`),
  productProblem: (emulator) => {
    const v = galleryVersions(emulator).find((x) => x.name === '0.0.1');
    return v?.status === 'Succeeded' ? undefined : `version 0.0.1: ${v?.status ?? 'none'}`;
  },
};

/** What aws-actions/configure-aws-credentials leaves in a job's environment. */
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
};
export const AWS_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];

export const AWS_BAKE: Target = {
  cloud: 'aws',
  operation: 'bake',
  // The in-process bake takes credentials from the SDK's default chain.
  seed: () => void Object.assign(process.env, AWS_ENV),
  run: async (emulator, arrange) => bakeInProcess('aws', await writeAwsConfig(emulator), arrange),
  runDist: async (emulator, onStart) =>
    bakeDist('aws', await writeAwsConfig(emulator), onStart, AWS_ENV),
  temporaries: (emulator) =>
    emulator.control
      .resources()
      .filter(
        (r) =>
          r.cloud === 'aws' &&
          (r.kind === 'instance' || role(r) === 'builder') &&
          r.status !== 'terminated',
      )
      .map((r) => `${r.kind} ${r.name} ${r.status}`),
  halfMade: (emulator) =>
    emulator.control
      .resources()
      .filter((r) => r.cloud === 'aws' && (r.kind === 'image' || r.kind === 'snapshot'))
      .map((r) => `${r.kind} ${r.cloud === 'aws' ? r.region : ''} ${r.name} ${r.status}`),
  productProblem: (emulator) => {
    const amis = emulator.control
      .resources()
      .filter((r) => r.cloud === 'aws' && r.kind === 'image' && r.name === FIRST_IMAGE)
      .map((r) => `${r.cloud === 'aws' ? r.region : ''} ${r.status}`)
      .sort();
    const wanted = AWS_REGIONS.map((r) => `${r} available`).sort();
    return amis.join() === wanted.join() ? undefined : `AMIs: ${amis.join(', ') || 'none'}`;
  },
};

/** The version replicate-gallery-version raises: it exists before the run, in eastus only. */
export const REPLICATED_VERSION = '0.0.7';
const REPLICATE_INPUTS = { version: REPLICATED_VERSION, 'target-regions': 'eastus,westus2' };

export const AZURE_REPLICATE: Target = {
  cloud: 'azure',
  operation: 'replicate',
  seed: (emulator) => {
    emulator.control.seedGalleryVersion({
      subscriptionId: AZURE_SUBSCRIPTION,
      resourceGroup: AZURE_GALLERY_GROUP,
      gallery: 'batch_images',
      definition: AZURE_DEFINITION,
      version: REPLICATED_VERSION,
      regions: [{ name: 'eastus' }],
    });
  },
  run: async (emulator, arrange) => {
    const lines: string[] = [];
    let error: Error | undefined;
    try {
      await runReplicate(
        { ...REPLICATE_INPUTS, ...(arrange.overrides as Record<string, string>) },
        {
          config: await writeAzureConfig(emulator),
          cwd: process.cwd(),
          reporter: collect(lines),
          signal: new AbortController().signal,
        },
      );
    } catch (err) {
      error = err as Error;
    }
    return { ...(error ? { error } : {}), lines, leftovers: [], afterPost: [] };
  },
  runDist: async (emulator, onStart) => {
    const files = await runnerFiles();
    const inputs = { config: await writeAzureConfig(emulator), ...REPLICATE_INPUTS };
    // No post step: replicate creates nothing temporary.
    return {
      main: await runStep('dist/replicate-gallery-version/index.js', files, { inputs, onStart }),
    };
  },
  temporaries: azureTemporaries,
  // Replication never deletes: the version it was given must still be there.
  halfMade: (emulator) =>
    galleryVersions(emulator).some((v) => v.name === REPLICATED_VERSION)
      ? []
      : [`version ${REPLICATED_VERSION} is gone`],
  productProblem: (emulator) => {
    const v = galleryVersions(emulator).find((x) => x.name === REPLICATED_VERSION);
    return v?.status === 'Succeeded' ? undefined : `version ${REPLICATED_VERSION}: ${v?.status}`;
  },
};

// Share: grants are idempotent and create nothing temporary, so "nothing left" holds by
// construction; a failed or cancelled share may have granted part (a re-run completes it).

async function shareInProcess(inputs: ShareInputs, config?: string): Promise<InProcessRun> {
  const lines: string[] = [];
  let error: Error | undefined;
  try {
    await runShare(inputs, {
      ...(config ? { config } : {}),
      cwd: config ? dirname(config) : process.cwd(),
      reporter: collect(lines),
      signal: new AbortController().signal,
    });
  } catch (err) {
    error = err as Error;
  }
  return { ...(error ? { error } : {}), lines, leftovers: [], afterPost: [] };
}

async function shareDist(
  inputs: Record<string, string>,
  onStart: (child: ChildProcess, stdout: () => string) => void,
  env: Record<string, string> = {},
): Promise<DistRun> {
  const files = await runnerFiles();
  return { main: await runStep('dist/share-image/index.js', files, { inputs, onStart, env }) };
}

export const SHARED_IMAGE = 'batch-worker-24';
const SHARE_MEMBERS = ['group:batch-users@example.com'];

async function gcpShareConfig(emulator: Emulator): Promise<string> {
  const path = await writeConfig(emulator);
  await appendFile(path, `share:\n  gcp:\n    members: [${SHARE_MEMBERS.join(', ')}]\n`);
  return path;
}

function gceImageUsers(emulator: Emulator): string[] {
  const policy = emulator.control.gceIamPolicy(GCP_PROJECT, SHARED_IMAGE);
  return policy.bindings.find((b) => b.role === 'roles/compute.imageUser')?.members ?? [];
}

export const GCP_SHARE: Target = {
  cloud: 'gcp',
  operation: 'share',
  seed: (emulator) => void emulator.control.seedImage({ project: GCP_PROJECT, name: SHARED_IMAGE }),
  run: async (emulator) =>
    shareInProcess({ cloud: 'gcp', image: SHARED_IMAGE }, await gcpShareConfig(emulator)),
  runDist: async (emulator, onStart) =>
    shareDist(
      { config: await gcpShareConfig(emulator), cloud: 'gcp', image: SHARED_IMAGE },
      onStart,
    ),
  temporaries: (emulator) => GCP_BAKE.temporaries(emulator),
  halfMade: () => [],
  productProblem: (emulator) =>
    gceImageUsers(emulator).join() === SHARE_MEMBERS.join()
      ? undefined
      : `imageUser: ${gceImageUsers(emulator).join(', ') || 'nobody'}`,
};

const SHARE_ACCOUNT = '210987654321';
/** The AMI copies an AWS share grants, per emulator (seeded before each cell). */
const sharedAmis = new WeakMap<Emulator, { region: string; id: string }[]>();

function amiList(emulator: Emulator): string {
  return (sharedAmis.get(emulator) ?? []).map((a) => `${a.region}:${a.id}`).join(',');
}

export const AWS_SHARE: Target = {
  cloud: 'aws',
  operation: 'share',
  seed: (emulator) => {
    Object.assign(process.env, AWS_ENV);
    sharedAmis.set(
      emulator,
      ['us-east-1', 'eu-west-1'].map((region) => {
        const info = emulator.control.seedAmi({ region, name: SHARED_IMAGE });
        return { region, id: (info as { id: string }).id };
      }),
    );
  },
  run: async (emulator) =>
    shareInProcess({
      cloud: 'aws',
      endpoint: emulator.ec2Endpoint,
      image: amiList(emulator),
      accounts: SHARE_ACCOUNT,
    }),
  runDist: async (emulator, onStart) =>
    shareDist(
      {
        cloud: 'aws',
        endpoint: emulator.ec2Endpoint,
        image: amiList(emulator),
        accounts: SHARE_ACCOUNT,
      },
      onStart,
      AWS_ENV,
    ),
  temporaries: (emulator) => AWS_BAKE.temporaries(emulator),
  halfMade: () => [],
  productProblem: (emulator) => {
    const missing = (sharedAmis.get(emulator) ?? []).filter(
      (a) =>
        !emulator.control
          .launchPermissions(a.region, a.id)
          .permissions.some((p) => p.userId === SHARE_ACCOUNT),
    );
    return missing.length === 0
      ? undefined
      : `not shared: ${missing.map((a) => a.region).join(', ')}`;
  },
};

export const SHARE_PRINCIPAL = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SHARED_GALLERY = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
const SHARED_VERSION = `${SHARED_GALLERY}/images/batch-worker-22-04/versions/0.0.7`;

async function azureShareConfig(emulator: Emulator): Promise<string> {
  const path = await writeAzureConfig(emulator);
  await appendFile(path, `share:\n  azure:\n    principals: [${SHARE_PRINCIPAL}]\n`);
  return path;
}

export const AZURE_SHARE: Target = {
  cloud: 'azure',
  operation: 'share',
  seed: (emulator) => {
    emulator.control.seedGalleryVersion({
      subscriptionId: AZURE_SUBSCRIPTION,
      resourceGroup: 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      version: '0.0.7',
      regions: [{ name: 'eastus' }],
    });
    // An unknown principal answers PrincipalNotFound: this one is in the directory.
    emulator.control.seedAzurePrincipal({ id: SHARE_PRINCIPAL, type: 'Group' });
  },
  run: async (emulator) =>
    shareInProcess({ cloud: 'azure', image: SHARED_VERSION }, await azureShareConfig(emulator)),
  runDist: async (emulator, onStart) =>
    shareDist(
      { config: await azureShareConfig(emulator), cloud: 'azure', image: SHARED_VERSION },
      onStart,
    ),
  temporaries: (emulator) => AZURE_BAKE.temporaries(emulator),
  halfMade: () => [],
  productProblem: (emulator) => {
    const principals = emulator.control
      .azureRoleAssignments(SHARED_GALLERY)
      .map((a) => a.principalId);
    return principals.join() === SHARE_PRINCIPAL
      ? undefined
      : `Reader on the gallery: ${principals.join(', ') || 'nobody'}`;
  },
};

// ---------------------------------------------------------------------------------------
// Emulators for concurrent cells: faults, durations and leak checks are per emulator.

export class EmulatorPool {
  private readonly free: Emulator[] = [];
  private readonly all: Emulator[] = [];
  private readonly waiting: ((e: Emulator) => void)[] = [];

  async start(size: number): Promise<void> {
    const started = await Promise.all(Array.from({ length: size }, () => startTestEmulator()));
    this.all.push(...started);
    this.free.push(...started);
  }

  async lease<T>(fn: (emulator: Emulator) => Promise<T>): Promise<T> {
    const emulator =
      this.free.pop() ?? (await new Promise<Emulator>((res) => this.waiting.push(res)));
    try {
      return await fn(emulator);
    } finally {
      await emulator.control.reset();
      const next = this.waiting.shift();
      if (next) next(emulator);
      else this.free.push(emulator);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.all.map((e) => e.stop()));
  }
}

// ---------------------------------------------------------------------------------------
// The printed matrix.

export class Matrix {
  private readonly cells = new Map<string, string>();
  private readonly notes: string[] = [];

  constructor(private readonly rows: Row[]) {}

  static label(row: Row): string {
    return `${row.target.cloud} ${row.target.operation}: ${row.step}`;
  }

  set(row: Row, kind: FaultKind, short: string, note?: string): void {
    if (short === 'n/a' && !note) short = '·';
    this.cells.set(`${Matrix.label(row)}|${kind}`, short);
    if (note) this.notes.push(`${Matrix.label(row)} × ${KIND_TITLES[kind]}: ${note}`);
  }

  render(): string {
    const header = ['case', ...FAULT_KINDS.map((k) => KIND_TITLES[k])];
    const body = this.rows.map((row) => [
      Matrix.label(row),
      ...FAULT_KINDS.map((k) => this.cells.get(`${Matrix.label(row)}|${k}`) ?? 'not run'),
    ]);
    const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)));
    const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
    return [
      'fault-injection matrix',
      line(header),
      widths.map((w) => '-'.repeat(w)).join('-+-'),
      ...body.map(line),
      '',
      ...this.notes.sort(),
    ].join('\n');
  }
}
