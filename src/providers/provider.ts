import type { WorkerImageConfig } from '../config/types.js';
import type { Reporter } from '../log/reporter.js';
import type { Cloud, ResourceLedger } from '../steps/resources.js';
import type { DeleteResource, Step } from '../steps/runner.js';

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
