import type { Reporter } from '../log/reporter.js';
import type { Cloud, CreatedResource } from '../steps/resources.js';

/**
 * A temporary resource a run left behind: found by its worker-image labels or tags
 * (`worker-image-run=<run id>`, `worker-image-role=builder`), never by its name.
 */
export interface Leak {
  cloud: Cloud;
  /** The cloud's word: `instance`, `disk`, `resource group`. */
  kind: string;
  name: string;
  /** What the provider deletes it by, e.g. `projects/p/zones/z/instances/n`. */
  id: string;
  /** The `worker-image-run` label of the run that created it. */
  runId: string;
  /** When the cloud says it was created; undefined when it cannot tell. */
  createdAt?: Date;
  /** Zone, region or resource group, for the report. */
  where?: string;
  /** What the run made it for (its `worker-image-role` label), where the cloud keeps one. */
  role?: CreatedResource['role'];
}

/** One cloud's side of `worker-image gc`. Implementations live in src/providers/<cloud>/gc.ts. */
export interface GcProvider {
  readonly cloud: Cloud;
  /**
   * Every resource labelled with a worker-image run id AND the builder role. Reads only. It
   * never returns images or gallery versions: those carry role `image`, the run's product.
   */
  findLeaks(reporter: Reporter): Promise<Leak[]>;
  /** Deletes one leak and waits until it is gone; already gone counts as deleted. */
  deleteLeak(leak: Leak, reporter: Reporter): Promise<void>;
}
