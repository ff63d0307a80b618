import { buildCloud, type ManifestBuild } from '../manifest/read.js';
import type { ShareResult } from '../share/result.js';
import { parseAmis, parseTarget, type ShareTarget } from '../share/target.js';
import type { Cloud } from '../steps/resources.js';

/**
 * The share-request catalogue: per cloud, the images worker-image baked and who they are
 * shared with, in one JSON file a consumer (another team's pool config, an approval bot)
 * reads without knowing Packer's manifest format. Documented in README.md ("Catalogue").
 */

export const CATALOGUE_SCHEMA = 'worker-image/catalogue/v1';

/** What a catalogue file is named when written into a folder. */
export const CATALOGUE_FILES: Record<Cloud, string> = {
  aws: 'ami_share_requests.json',
  azure: 'vmi_share_requests.json',
  gcp: 'gce_share_requests.json',
};

/** Where one image can be used: a region (AWS, Azure) or storage location (GCE) and its id there. */
export interface CatalogueRegion {
  region: string;
  image_id: string;
}

export interface CatalogueImage {
  cloud: Cloud;
  /** `batch-worker-24`, `batch-worker-22-04/0.0.14`, or the AMI name. */
  image: string;
  version?: string;
  /** GCE selfLink, gallery version resource id; for AWS the first region's AMI. */
  image_id: string;
  regions: CatalogueRegion[];
  source_image?: string;
  commit?: string;
  run_url?: string;
  /** ISO 8601, when the manifest says. */
  built_at?: string;
  /** Members the image is shared with (as configured: group:…, object ids, account ids…). */
  shared_with: string[];
  /** Cloud facts: GCE project/family, Azure subscription/gallery/definition. */
  details: Record<string, string>;
}

export interface Catalogue {
  schema: typeof CATALOGUE_SCHEMA;
  cloud: Cloud;
  images: CatalogueImage[];
}

/** One catalogue entry per build of the manifests' last runs. */
export function imagesFromBuilds(builds: ManifestBuild[]): CatalogueImage[] {
  const images: CatalogueImage[] = [];
  for (const b of builds) {
    const cloud = buildCloud(b) as Cloud | undefined;
    if (cloud !== 'gcp' && cloud !== 'azure' && cloud !== 'aws') continue;
    const d = b.custom_data;
    const {
      cloud: _cloud,
      image_name: imageName,
      image_id: imageId,
      version,
      source_image: sourceImage,
      commit,
      run_url: runUrl,
      run_id: _runId,
      ...details
    } = d;
    void _cloud;
    void _runId;
    const regions = buildRegions(cloud, b);
    images.push({
      cloud,
      image: imageName ?? b.artifact_id,
      ...(version ? { version } : {}),
      image_id: imageId ?? regions[0]?.image_id ?? b.artifact_id,
      regions,
      ...(sourceImage ? { source_image: sourceImage } : {}),
      ...(commit ? { commit } : {}),
      ...(runUrl ? { run_url: runUrl } : {}),
      ...(b.build_time ? { built_at: new Date(b.build_time * 1000).toISOString() } : {}),
      shared_with: [],
      details,
    });
  }
  return images;
}

function buildRegions(cloud: Cloud, b: ManifestBuild): CatalogueRegion[] {
  const d = b.custom_data;
  if (cloud === 'aws') {
    try {
      return parseAmis(b.artifact_id).map((a) => ({ region: a.region, image_id: a.imageId }));
    } catch {
      return [];
    }
  }
  if (cloud === 'azure') {
    // `eastus=3,westus2=1`: the version's replicas, one id across every region.
    const id = d.image_id ?? b.artifact_id;
    const names = (d.regions ?? d.location ?? '')
      .split(',')
      .map((r) => r.split('=')[0]!.trim())
      .filter(Boolean);
    return names.map((region) => ({ region, image_id: id }));
  }
  const link = d.image_id ?? b.artifact_id;
  return (d.storage_location ?? d.storage_locations ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((region) => ({ region, image_id: link }));
}

/** An entry for an image shared by name alone (no manifest): what the target says. */
export function imageFromTarget(target: ShareTarget): CatalogueImage {
  if (target.cloud === 'aws') {
    const regions = target.amis.map((a) => ({ region: a.region, image_id: a.imageId }));
    return {
      cloud: 'aws',
      image: regions[0]!.image_id,
      image_id: regions[0]!.image_id,
      regions,
      shared_with: [],
      details: {},
    };
  }
  if (target.cloud === 'azure') {
    return {
      cloud: 'azure',
      image: target.version ? `${target.definition}/${target.version}` : target.definition,
      ...(target.version ? { version: target.version } : {}),
      image_id: target.id,
      regions: [],
      shared_with: [],
      details: {
        subscription_id: target.subscriptionId,
        resource_group: target.resourceGroup,
        gallery: target.gallery,
        definition: target.definition,
      },
    };
  }
  return {
    cloud: 'gcp',
    image: target.image,
    image_id: target.project
      ? `https://www.googleapis.com/compute/v1/projects/${target.project}/global/images/${target.image}`
      : target.image,
    regions: [],
    shared_with: [],
    details: target.project ? { project: target.project } : {},
  };
}

/** Whether a share result is about this catalogue entry (same cloud, same image). */
function sameImage(image: CatalogueImage, share: ShareResult): boolean {
  if (image.cloud !== share.cloud) return false;
  if (share.cloud === 'aws') {
    const amis = new Set(share.image.split(',').map((p) => p.split(':')[1]));
    return image.regions.some((r) => amis.has(r.image_id)) || amis.has(image.image_id);
  }
  try {
    const a = parseTarget(share.cloud, share.image);
    const b = parseTarget(share.cloud, image.image_id, image.details.project);
    if (a.cloud === 'gcp' && b.cloud === 'gcp') {
      return a.image === b.image && (!a.project || !b.project || a.project === b.project);
    }
    if (a.cloud === 'azure' && b.cloud === 'azure')
      return a.id.toLowerCase() === b.id.toLowerCase();
  } catch {
    return false;
  }
  return false;
}

/** Adds each share's members (granted now or before; a dry run grants nothing) to its image. */
export function withShares(images: CatalogueImage[], shares: ShareResult[]): CatalogueImage[] {
  return images.map((image) => {
    const members = new Set(image.shared_with);
    for (const share of shares) {
      if (share.dryRun || !sameImage(image, share)) continue;
      for (const g of share.grants) members.add(g.member);
    }
    return { ...image, shared_with: [...members].sort() };
  });
}

/**
 * The catalogue of one cloud: the images of `earlier` (a catalogue already written) that
 * this run does not replace, then this run's. An image with the same id is replaced, keeping
 * the members it was already shared with.
 */
export function catalogueFor(
  cloud: Cloud,
  images: CatalogueImage[],
  earlier?: Catalogue,
): Catalogue {
  const before = new Map((earlier?.images ?? []).map((i) => [i.image_id.toLowerCase(), i]));
  // Sharing only ever adds members, so a re-written image keeps those it had.
  const mine = images
    .filter((i) => i.cloud === cloud)
    .map((i) => {
      const old = before.get(i.image_id.toLowerCase());
      before.delete(i.image_id.toLowerCase());
      const members = new Set([...(old?.shared_with ?? []), ...i.shared_with]);
      return { ...i, shared_with: [...members].sort() };
    });
  return { schema: CATALOGUE_SCHEMA, cloud, images: [...before.values(), ...mine] };
}
