import type { Cloud } from '../steps/resources.js';

/** `added` by this run, or `unchanged` because it was already granted. */
export type GrantStatus = 'added' | 'unchanged';

/** One member's access to one image (or, on AWS, to one region's copy). */
export interface Grant {
  /** As configured: `group:…`, a principal object id, `subscription:<id>`, an account id or ARN. */
  member: string;
  status: GrantStatus;
  /** How access is given: `roles/compute.imageUser`, `Reader on gallery …`, `launch permission`. */
  via: string;
  /** AWS: the region of the copy and its AMI. */
  region?: string;
  image?: string;
}

/** What a share did: plain data, for outputs, summaries and the catalogue. */
export interface ShareResult {
  cloud: Cloud;
  /** The image as the cloud names it: GCE image name, gallery version id, `region:ami-…` list. */
  image: string;
  grants: Grant[];
  /** Whether any grant was added (false on a second identical run). */
  changed: boolean;
  /** A dry run reads only: its `added` grants are the ones a real run would add. */
  dryRun: boolean;
}

export function shareResult(
  cloud: Cloud,
  image: string,
  grants: Grant[],
  dryRun: boolean,
): ShareResult {
  return {
    cloud,
    image,
    grants,
    changed: !dryRun && grants.some((g) => g.status === 'added'),
    dryRun,
  };
}

/** One line per grant, for logs: `group:x@example.com: already granted (roles/compute.imageUser)`. */
export function describeGrant(g: Grant, dryRun = false): string {
  const where = g.region ? ` in ${g.region} (${g.image})` : '';
  const what =
    g.status === 'unchanged' ? 'already granted' : dryRun ? 'would be granted' : 'granted';
  return `${g.member}: ${what}${where} (${g.via})`;
}
