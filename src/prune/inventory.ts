import type { Cloud } from '../steps/resources.js';

/** The label/tag that keeps an image out of every prune, whatever its age or version. */
export const PROTECT_LABEL = 'worker-image-protect';
/** The label/tag every image worker-image baked carries (`worker-image-role: image`). */
export const ROLE_LABEL = 'worker-image-role';

/**
 * One image as prune sees it, whatever the cloud: a GCE image, a gallery version, or an AMI
 * with its copies in other regions (one entry for all of them).
 */
export interface PruneImage {
  cloud: Cloud;
  /** What the report shows: the GCE image name, `definition/version`, the AMI name. */
  name: string;
  /**
   * Images compared with each other for "the newest N": one image name and namespace
   * (`batch-worker`, `batch-worker-alice`), or one gallery definition.
   */
  lineage: string;
  /** The namespace the lineage belongs to (`default` for released images). */
  namespace: string;
  version: string;
  /** When the cloud says it was created; undefined when it cannot tell (never touched). */
  createdAt?: Date;
  /** Deprecated (GCE DEPRECATED or later, Azure excluded from latest with an end of life, AWS DeprecationTime passed). */
  deprecated: boolean;
  /** When it was deprecated, as recorded on it; undefined when not recorded. */
  deprecatedAt?: Date;
  /** Carries worker-image's role label: worker-image baked it. */
  baked: boolean;
  /** Labelled or tagged `worker-image-protect`. */
  protectedByLabel: boolean;
  /**
   * Still being made (GCE PENDING, an AMI pending, a gallery version replicating): what the
   * cloud says, for the report. Never touched.
   */
  busy?: string;
  /**
   * Failed for good (GCE FAILED, an AMI failed, a gallery version whose provisioning failed):
   * never usable, so not one of the newest kept; deleted once delete-after is set.
   */
  failed?: string;
  /**
   * AWS: an earlier prune deleted part of it (the AMI deregistered in some regions, or its
   * snapshots left behind): what is left, for the report. The next prune finishes it.
   */
  partial?: string;
  /** What the provider acts on (self link, resource id, `region:ami-id` list...). */
  id: string;
}

/** The image's age at `now`, or undefined when its creation time is unknown. */
export function ageOf(image: Pick<PruneImage, 'createdAt'>, now: Date): number | undefined {
  return image.createdAt ? now.getTime() - image.createdAt.getTime() : undefined;
}
