import { checkAwsRegion } from '../naming/aws.js';
import { quoted } from '../config/text.js';
import { checkGceName, checkProjectId } from '../naming/gce.js';
import { buildCloud, type ManifestBuild } from '../manifest/read.js';
import type { Cloud } from '../steps/resources.js';

/** The image a share applies to, in each cloud's terms. */
export type ShareTarget = GceImageTarget | GalleryTarget | AmiTarget;

export interface GceImageTarget {
  cloud: 'gcp';
  /** Absent when the image was named bare and no project is configured (a problem then). */
  project?: string;
  image: string;
}

export interface GalleryTarget {
  cloud: 'azure';
  subscriptionId: string;
  resourceGroup: string;
  gallery: string;
  definition: string;
  /** Absent when a definition (all its versions) is shared. */
  version?: string;
  /** The resource id as given. */
  id: string;
}

export interface AmiTarget {
  cloud: 'aws';
  amis: { region: string; imageId: string }[];
}

const GCE_LINK =
  /^(?:(https?:\/\/[^/]+)\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;
/** The hosts GCE's own links name (its API, and the older googleapis host). */
const GCE_HOSTS = ['compute.googleapis.com', 'www.googleapis.com'];

/**
 * Why the start of an image link (`https://host`) is not GCE's, or undefined: its host must be
 * GCE's own (over https) or the configured endpoint's (an emulator), else the link would be
 * read as an image in GCE while naming somewhere else.
 */
function foreignHost(
  origin: string,
  text: string,
  endpoint: string | undefined,
): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    !url.username &&
    !url.password &&
    ((url.protocol === 'https:' && GCE_HOSTS.includes(url.host)) ||
      (endpoint !== undefined && sameOrigin(url, endpoint)));
  if (ok) return undefined;
  const host = url ? quoted(url.host || origin) : quoted(origin);
  const allowed = [...GCE_HOSTS, ...(endpoint ? [`the endpoint ${quoted(endpoint)}`] : [])];
  return (
    `image: ${quoted(text)} links to ${host}, not to GCE (${allowed.join(', ')}); ` +
    'give the image name (batch-worker-24) or its link (projects/my-project/global/images/batch-worker-24)'
  );
}

function sameOrigin(url: URL, endpoint: string): boolean {
  try {
    return new URL(endpoint).origin === url.origin;
  } catch {
    return false;
  }
}
const GALLERY_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)(?:\/versions\/([^/]+))?$/i;
const AMI = /^ami-[0-9a-f]{8,17}$/;

/** Thrown for an image that cannot be shared as given; the message says what a right one is. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}

/**
 * An image given directly: a GCE image name or link (`projects/P/global/images/N`), a
 * gallery version (or definition) resource id, or AWS `region:ami-id` pairs.
 *
 * `gce`, when given (a share), has a full link's host checked: GCE's own, or `gce.endpoint`
 * (the configured Compute endpoint, an emulator), else the link is refused.
 */
export function parseTarget(
  cloud: Cloud,
  text: string,
  project?: string,
  gce?: { endpoint?: string | undefined },
): ShareTarget {
  const value = text.trim();
  if (cloud === 'gcp') {
    const link = GCE_LINK.exec(value);
    const foreign = link?.[1] && gce ? foreignHost(link[1], value, gce.endpoint) : undefined;
    if (foreign) throw new TargetError(foreign);
    const [linkProject, name] = link ? [link[2]!, link[3]!] : [project, value];
    const problem =
      checkGceName(name, 'image name') ?? (linkProject ? checkProjectId(linkProject) : undefined);
    if (problem) {
      throw new TargetError(
        `image: ${problem}; give a GCE image name (batch-worker-24) or link (projects/my-project/global/images/batch-worker-24)`,
      );
    }
    return { cloud, image: name, ...(linkProject ? { project: linkProject } : {}) };
  }
  if (cloud === 'azure') {
    const m = GALLERY_ID.exec(value);
    if (!m) {
      throw new TargetError(
        `image: "${value}" is not a gallery image version id such as ` +
          '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/0.0.14',
      );
    }
    return {
      cloud,
      subscriptionId: m[1]!,
      resourceGroup: m[2]!,
      gallery: m[3]!,
      definition: m[4]!,
      ...(m[5] ? { version: m[5] } : {}),
      id: value,
    };
  }
  return { cloud, amis: parseAmis(value) };
}

/** `us-east-1:ami-0abc…,eu-west-1:ami-0def…` (Packer's amazon-ebs artifact id), one per region. */
export function parseAmis(text: string): AmiTarget['amis'] {
  const pairs = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pairs.length === 0) throw new TargetError('image: no region:ami-id pair given');
  const seen = new Set<string>();
  return pairs.map((pair) => {
    const [region = '', imageId = '', ...extra] = pair.split(':');
    if (!AMI.test(imageId) || extra.length) {
      throw new TargetError(
        `image: "${pair}" is not region:ami-id such as us-east-1:ami-0123456789abcdef0`,
      );
    }
    const regionProblem = checkAwsRegion(region);
    if (regionProblem) throw new TargetError(`image: "${pair}": ${regionProblem}`);
    if (seen.has(region)) throw new TargetError(`image: region ${region} is given twice`);
    seen.add(region);
    return { region, imageId };
  });
}

/** The image the manifests' last runs baked on `cloud`; one, or an error saying which. */
export function targetFromBuilds(
  cloud: Cloud,
  builds: ManifestBuild[],
  gce?: { endpoint?: string | undefined },
): ShareTarget {
  const mine = builds.filter((b) => buildCloud(b) === cloud);
  const ids = [...new Set(mine.map((b) => b.artifact_id))];
  if (ids.length === 0) {
    const files = [...new Set(builds.map((b) => b.path))].join(', ') || 'none';
    throw new TargetError(
      `no ${cloud} build in the manifests (${files}); pass the ${cloud} manifest or the image input`,
    );
  }
  if (ids.length > 1) {
    throw new TargetError(
      `the manifests hold ${ids.length} ${cloud} images (${ids.join(', ')}); pass one manifest or the image input`,
    );
  }
  const build = mine[0]!;
  return parseTarget(cloud, build.artifact_id, build.custom_data.project, gce);
}

/** How a target is named in results and messages. */
export function targetName(t: ShareTarget): string {
  if (t.cloud === 'gcp')
    return t.project ? `projects/${t.project}/global/images/${t.image}` : t.image;
  if (t.cloud === 'azure') return t.id;
  return t.amis.map((a) => `${a.region}:${a.imageId}`).join(',');
}
