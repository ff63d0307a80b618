import type { WorkerImageConfig } from '../config/types.js';
import { buildCloud, type ManifestBuild } from '../manifest/read.js';
import { checkAmiId, checkAwsRegion } from '../naming/aws.js';
import { checkDefinitionName, checkGalleryVersion, galleryVersionId } from '../naming/azure.js';
import { checkGceName, checkProjectId } from '../naming/gce.js';
import type { BakeResult, VerifyTarget } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';

/** An image named in a way that cannot be verified; the message says what a right one is. */
export class VerifyTargetError extends Error {
  override readonly name = 'VerifyTargetError';
}

/** The bake's result, handed on in memory. */
export function targetFromBake(result: BakeResult): VerifyTarget {
  return {
    cloud: result.cloud,
    imageName: result.imageName,
    imageId: result.imageId,
    version: result.version,
    details: result.details,
  };
}

/** A manifest build worker-image wrote: its custom_data names the image and where it is. */
export function targetFromBuild(build: ManifestBuild): VerifyTarget {
  const cloud = buildCloud(build) as Cloud;
  const data = build.custom_data;
  return {
    cloud,
    imageName: data.image_name ?? build.artifact_id,
    imageId: data.image_id ?? build.artifact_id,
    version: data.version ?? '',
    details: data,
  };
}

/** The newest build (by build_time) of `cloud` among the manifests' last runs. */
export function newestBuild(cloud: Cloud, builds: ManifestBuild[], shown: string): ManifestBuild {
  const mine = builds.filter((b) => buildCloud(b) === cloud);
  const newest = mine.reduce<ManifestBuild | undefined>(
    (best, b) => (best === undefined || b.build_time > best.build_time ? b : best),
    undefined,
  );
  if (!newest) {
    const clouds = [...new Set(builds.map((b) => buildCloud(b) ?? b.name))].join(', ') || 'none';
    throw new VerifyTargetError(
      `--manifest ${shown}: its last run has no ${cloud} build (it has: ${clouds}); pass the ${cloud} manifest, or the image with --image`,
    );
  }
  return newest;
}

const GCE_LINK =
  /^(?:https?:\/\/[^/]+\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;
const GALLERY_VERSION_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;

/**
 * `--image` as a user writes it: a GCE image name (the config's project) or
 * `projects/P/global/images/N`; a gallery version id or `definition/version` (the config's
 * gallery); `ami-…` (the config's region) or `region:ami-…`.
 */
export function targetFromImage(
  cloud: Cloud,
  text: string,
  config: WorkerImageConfig,
): VerifyTarget {
  const value = text.trim();
  const refuse = (why: string, example: string): never => {
    throw new VerifyTargetError(`--image ${JSON.stringify(value)}: ${why}; give ${example}`);
  };
  if (cloud === 'gcp') {
    const example =
      'a GCE image name (batch-worker-24) or projects/my-project/global/images/batch-worker-24';
    const link = GCE_LINK.exec(value);
    const project = link ? link[1]! : config.gcp?.project;
    const name = link ? link[2]! : value;
    const problem =
      checkGceName(name, 'image name') ?? (project ? checkProjectId(project) : undefined);
    if (problem) refuse(problem, example);
    if (!project) refuse('no project: the config has no gcp.project', example);
    return {
      cloud,
      imageName: name,
      imageId: `projects/${project}/global/images/${name}`,
      version: /-(\d+[a-z]?)$/.exec(name)?.[1] ?? '',
      details: { project: project! },
    };
  }
  if (cloud === 'azure') {
    const example =
      'a gallery version id (/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/galleries/G/images/D/versions/0.0.14) or D/0.0.14';
    const id = GALLERY_VERSION_ID.exec(value);
    const short = /^([^/]+)\/([^/]+)$/.exec(value);
    if (!id && !short) refuse('not a gallery image version', example);
    const azure = config.azure;
    if (!id && !azure) refuse('a definition/version needs the config azure: block', example);
    const [subscription, group, gallery, definition, version] = id
      ? (id.slice(1) as [string, string, string, string, string])
      : [azure!.subscriptionId, azure!.resourceGroup, azure!.gallery, short![1]!, short![2]!];
    const problem = checkDefinitionName(definition) ?? checkGalleryVersion(version);
    if (problem) refuse(problem, example);
    return {
      cloud,
      imageName: `${definition}/${version}`,
      imageId: galleryVersionId(subscription, group, gallery, definition, version),
      version,
      details: {
        subscription_id: subscription,
        resource_group: group,
        gallery,
        definition,
        ...(azure ? { location: azure.location } : {}),
      },
    };
  }
  const example = 'an AMI id (ami-0123456789abcdef0) or region:ami-0123456789abcdef0';
  const pair = /^([^:]+):(.*)$/.exec(value);
  const region = pair ? pair[1]! : config.aws?.region;
  const ami = pair ? pair[2]! : value;
  const problem = checkAmiId(ami) ?? (region ? checkAwsRegion(region) : undefined);
  if (problem) refuse(problem, example);
  if (!region) refuse('no region: the config has no aws.region', example);
  return {
    cloud,
    imageName: ami,
    imageId: ami,
    version: '',
    // Its copies in the config's target regions, which carry its name, get the verdict too.
    details: { region: region!, amis: `${region}:${ami}`, copies: 'by-name' },
  };
}
