import type { WorkerImageConfig } from '../config/types.js';
import type { Reporter } from '../log/reporter.js';
import type { Cloud, ResourceLedger } from '../steps/resources.js';
import type { DeleteResource, Step } from '../steps/runner.js';
import type { ShareRequest } from '../share/request.js';
import type { ShareResult } from '../share/result.js';
import type { ShareTarget } from '../share/target.js';
import type { VerifyProgress } from '../verify/report.js';
import type { PruneDecision } from '../prune/decide.js';
import type { PruneImage } from '../prune/inventory.js';

/** Facts about the run that end up in labels, the manifest and the summary. */
export interface RunContext {
  runId: string;
  reporter: Reporter;
  signal: AbortSignal;
  /** Commit SHA and run URL when running in GitHub Actions. */
  commit?: string;
  runUrl?: string;
}

/** What a bake will do, decided before anything is created: printable as a dry run. */
export interface BakePlan {
  cloud: Cloud;
  imageName: string;
  version: string;
  /** Where the image lives, in the cloud's words (`project my-project`). */
  location: string;
  /** The stock image the builder boots, resolved to a concrete image. */
  sourceImage: string;
  /** Temporary and lasting resources, in the order they are created. */
  resources: { kind: string; name: string; role: 'builder' | 'image' }[];
  labels: Record<string, string>;
  /** Resolved template path, for error messages and the summary. */
  template: string;
}

export interface BakeResult {
  cloud: Cloud;
  imageName: string;
  /** The cloud's full id (GCE selfLink, gallery version resource id). */
  imageId: string;
  /** What Packer writes as artifact_id for this builder type. */
  artifactId: string;
  version: string;
  sourceImage: string;
  /** Cloud-specific facts for the manifest's custom_data (project, zone, family...). */
  details: Record<string, string>;
  timings: { name: string; ms: number }[];
}

export interface BakeProvider {
  readonly cloud: Cloud;
  /** Reads only: resolves the version and source image, refuses an existing image. */
  plan(config: WorkerImageConfig, ctx: RunContext): Promise<BakePlan>;
  /** The bake as steps; each records what it creates in the ledger before waiting. */
  bakeSteps(
    config: WorkerImageConfig,
    plan: BakePlan,
    script: string,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): {
    steps: Step[];
    result: () => BakeResult;
  };
  deleteResource: DeleteResource;
}

/**
 * The image a verify VM boots: the bake's result handed on in memory, or an existing image
 * named by the user (`worker-image verify --image`, a manifest).
 */
export interface VerifyTarget {
  cloud: Cloud;
  imageName: string;
  /** The cloud's full id: GCE image selfLink or `projects/P/global/images/N`, gallery version id, or `region:ami-…`. */
  imageId: string;
  version: string;
  /** As the manifest's custom_data holds them (project, zone, gallery, region, amis...). */
  details: Record<string, string>;
}

/** What the cloud-neutral verify step asks of a provider: one VM, the script, the limits. */
export interface VerifyRequest {
  target: VerifyTarget;
  /**
   * The verify script (src/verify/script.ts) for this cloud's channel: with guest attribute
   * reports on GCE, console lines only elsewhere. Delivered as the VM's startup script (GCE),
   * user data (EC2) or through run-command (Azure).
   */
  script: (channel: { guestAttributes: boolean }) => string;
  /** The run's nonce marking the verify script's console lines. */
  nonce: string;
  /** How many checks the script runs (their reports are numbered 0..n-1). */
  checkCount: number;
  /** The machine type / VM size / instance type; absent: the bake's builder type. */
  vmType?: string;
  /** From the create request until the ready report: past it the wait stops and the verify fails. */
  readyLimitMs: number;
  /** From the ready report until every check has reported (the checks' limits and a margin). */
  checksLimitMs: number;
  /** Labels/tags for the VM and what it creates (run id, version); the provider adds the role. */
  labels: Record<string, string>;
}

/** What the provider saw, in the runner's clock (Date.now()). */
export interface VerifyObservation {
  /** The VM's name as the cloud shows it. */
  vm: string;
  /** When the create request was sent. */
  createdAt: number;
  /** When the VM was first seen running (GCE RUNNING, Azure PowerState/running, EC2 running). */
  runningAt?: number;
  /** When the ready report was first seen. */
  readyAt?: number;
  /** What the verify script reported, possibly partial (a wait that ran out). */
  progress: VerifyProgress;
  /** The console's (or run-command's) last lines, shown when a check fails. */
  logTail: string[];
}

/**
 * The VM booted from the image misbehaved (it stopped, its verify script never reported, ended
 * early or reported garbage): a fault of the image, so a "not verified" verdict, where any other
 * error of a provider (a refused call, a quota) is the cloud's and gives none. A wait that runs
 * out (DeadlineError) once the VM exists counts as such a fault too.
 */
export class VerifyFault extends Error {
  override readonly name = 'VerifyFault';
}

/** A cloud's verification capability: boot one VM from the image, watch its verify script. */
export interface VerifyProvider {
  readonly cloud: Cloud;
  /**
   * The verification as steps (create the VM, wait for ready, wait for the checks); the VM is
   * recorded in the ledger (role `verifier`, keep `never`) before any wait, so runSteps deletes
   * it whatever happens. A wait that runs out ends the steps with what was seen so far.
   */
  verifySteps(
    config: WorkerImageConfig,
    request: VerifyRequest,
    ctx: RunContext,
    ledger: ResourceLedger,
  ): { steps: Step[]; observation: () => VerifyObservation };
  /**
   * Records the verdict on the image itself, so what picks images up sees it: label/tag
   * `worker-image-verified: true|false`; a failed image is also kept out of "latest" where the
   * cloud has one (GCE: deprecated, so its family skips it; Azure: excludeFromLatest on the
   * gallery version).
   */
  markVerification(target: VerifyTarget, verified: boolean, ctx: RunContext): Promise<void>;
  deleteResource: DeleteResource;
}

/** What share-image asks of a cloud: the grants its settings name, on one image. */
export interface ShareProvider {
  readonly cloud: Cloud;
  /**
   * Grants what is missing (nothing with `dryRun`) and says what each member has. `request`
   * and `target` are of this provider's cloud (the caller checks that).
   */
  share(
    request: ShareRequest,
    target: ShareTarget,
    opts: { dryRun: boolean },
    ctx: RunContext,
  ): Promise<ShareResult>;
}

/** A cloud's side of `worker-image prune`: list the image's history, apply one decision. */
export interface PruneProvider {
  readonly cloud: Cloud;
  /**
   * Every image of the config's image name (all namespaces) or gallery definition, baked by
   * worker-image or not (the caller decides about those). Reads only.
   */
  inventory(ctx: RunContext): Promise<PruneImage[]>;
  /**
   * Carries out one deprecate or delete decision and waits until it holds; already done
   * counts as done, so a second prune repeats nothing.
   */
  apply(decision: PruneDecision, ctx: RunContext): Promise<void>;
}
