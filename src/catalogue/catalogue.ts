import { shown, visible } from '../config/excerpt.js';
import { unsafeCharacter } from '../config/text.js';
import { buildCloud, kindOf, type ManifestBuild } from '../manifest/read.js';
import { checkAmiId, checkAmiName } from '../naming/aws.js';
import { checkGceName } from '../naming/gce.js';
import { isVersionToken } from '../references/version-token.js';
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

/**
 * One catalogue entry per build of the manifests' last runs. Each build is checked first
 * (checkBuild): a build the catalogue cannot describe is refused, never dropped or copied.
 */
export function imagesFromBuilds(builds: ManifestBuild[]): CatalogueImage[] {
  const images: CatalogueImage[] = [];
  for (const [position, b] of builds.entries()) {
    const cloud = checkBuild(b, b.index ?? position);
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

/** Thrown for a manifest build the catalogue cannot take; names the file, entry and field. */
export class ManifestBuildError extends Error {
  override readonly name = 'ManifestBuildError';
}

// Ids, names and locations: no spaces or control characters, no `..` path step.
const TOKEN = /^[^\s\p{C}]+$/u;
const LOCATION = /^[a-z][a-z0-9-]*[a-z0-9]$/;
const AZURE_LOCATION = /^[a-z][a-z0-9]*(=\d+)?$/;
const TEXT_MAX = 1024;

/**
 * The cloud of a build the catalogue can describe, as worker-image's manifest writer
 * (manifest/packer.ts) gives it, or Packer's own (`"custom_data": null`, the cloud from
 * builder_type): every field the catalogue reads has its type and its cloud's format. Throws
 * a ManifestBuildError naming the manifest, `builds[index]` and the field.
 */
export function checkBuild(b: ManifestBuild, index: number): Cloud {
  const at = (field: string): string => `manifest ${shown(b.path)}: builds[${index}]${field}`;
  const refuse = (field: string, why: string): never => {
    throw new ManifestBuildError(`${at(field)} ${why}`);
  };
  const data = (b.custom_data ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      refuse(`.custom_data.${shown(key)}`, `is ${kindOf(value)}, not a string`);
    }
    if (!TOKEN.test(key)) refuse(`.custom_data key "${shown(key)}"`, 'is not a plain name');
  }
  const text = (field: string, value: string): void => {
    if (value.length > TEXT_MAX)
      refuse(field, `is ${value.length} characters; at most ${TEXT_MAX}`);
    if (unsafeCharacter(value) !== undefined) {
      refuse(field, `"${shown(value)}" holds control characters`);
    }
  };
  for (const [key, value] of Object.entries(data)) text(`.custom_data.${key}`, value as string);
  const cloud = buildCloud(b);
  if (cloud !== 'gcp' && cloud !== 'azure' && cloud !== 'aws') {
    refuse(
      data.cloud === undefined ? '.builder_type' : '.custom_data.cloud',
      data.cloud === undefined
        ? `${typeof b.builder_type === 'string' ? `"${shown(b.builder_type)}"` : `is ${kindOf(b.builder_type)}:`} names no cloud (googlecompute, azure-arm or amazon-ebs), and custom_data.cloud is missing`
        : `"${shown(String(data.cloud))}" is not gcp, azure or aws`,
    );
  }
  const known = cloud as Cloud;
  if (typeof b.artifact_id !== 'string' || b.artifact_id === '') {
    refuse(
      '.artifact_id',
      `is ${b.artifact_id === '' ? 'empty' : kindOf(b.artifact_id)}, not the image's id`,
    );
  }
  if (b.build_time !== undefined && b.build_time !== null) {
    if (
      typeof b.build_time !== 'number' ||
      !Number.isSafeInteger(b.build_time) ||
      b.build_time < 0
    ) {
      refuse(
        '.build_time',
        `${JSON.stringify(b.build_time)?.slice(0, 40) ?? kindOf(b.build_time)} is not Unix seconds`,
      );
    }
  }
  const id = (field: string, value: string): void => {
    text(field, value);
    if (!TOKEN.test(value) || value.split('/').includes('..')) {
      refuse(
        field,
        `"${shown(value)}" is not an image id (no spaces, control characters or ".." steps)`,
      );
    }
  };
  const artifact = b.artifact_id;
  id('.artifact_id', artifact);
  const imageId = data.image_id as string | undefined;
  if (imageId !== undefined) id('.custom_data.image_id', imageId);
  const imageName = data.image_name as string | undefined;
  if (imageName !== undefined) id('.custom_data.image_name', imageName);
  const version = data.version as string | undefined;
  if (version !== undefined && !isVersionToken(version)) {
    refuse(
      '.custom_data.version',
      `"${shown(version)}" is not a version such as 24, 17a or 0.0.14`,
    );
  }
  const runUrl = data.run_url as string | undefined;
  if (runUrl !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(runUrl)) {
    refuse('.custom_data.run_url', `"${shown(runUrl)}" is not an http(s) URL`);
  }
  const why = (err: unknown): string =>
    visible(err instanceof Error ? err.message.replace(/^image: /, '') : String(err));
  // The id a share targets: custom_data.image_id, else the artifact id.
  const targetId = (cloudOf: 'gcp' | 'azure', what: string): void => {
    const [field, value] =
      imageId !== undefined ? ['.custom_data.image_id', imageId] : ['.artifact_id', artifact];
    try {
      parseTarget(cloudOf, value);
    } catch (err) {
      refuse(field, `is not ${what}: ${why(err)}`);
    }
  };
  const listOf = (key: string, pattern: RegExp, what: string): void => {
    const list = data[key] as string | undefined;
    if (list === undefined) return;
    if (list.split(',').some((item) => !pattern.test(item.trim()))) {
      refuse(`.custom_data.${key}`, `"${shown(list)}" is not a list of ${what}`);
    }
  };
  if (known === 'gcp') {
    targetId('gcp', 'a GCE image name or link (projects/P/global/images/N)');
    if (imageName !== undefined) {
      const problem = checkGceName(imageName, 'the image name');
      if (problem) refuse('.custom_data.image_name', visible(problem));
    }
    for (const key of ['storage_location', 'storage_locations']) {
      listOf(key, LOCATION, 'storage locations (us, europe-west1...)');
    }
  } else if (known === 'azure') {
    targetId('azure', 'a gallery image version id');
    for (const key of ['regions', 'location']) {
      listOf(key, AZURE_LOCATION, 'regions (eastus=3,westus2=1)');
    }
  } else {
    try {
      parseAmis(artifact);
    } catch (err) {
      refuse(
        '.artifact_id',
        `is not region:ami-id pairs (us-east-1:ami-0123456789abcdef0,...): ${why(err)}`,
      );
    }
    if (imageId !== undefined && checkAmiId(imageId)) {
      refuse(
        '.custom_data.image_id',
        `"${shown(imageId)}" is not an AMI id such as ami-0123456789abcdef0`,
      );
    }
    if (imageName !== undefined) {
      const problem = checkAmiName(imageName, 'the AMI name');
      if (problem) refuse('.custom_data.image_name', visible(problem));
    }
  }
  return known;
}

function buildRegions(cloud: Cloud, b: ManifestBuild): CatalogueRegion[] {
  const d = b.custom_data;
  if (cloud === 'aws') {
    // checkBuild has parsed it.
    return parseAmis(b.artifact_id).map((a) => ({ region: a.region, image_id: a.imageId }));
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
