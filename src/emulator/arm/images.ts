import type { ArmContext } from './context.js';
import { ArmError, invalidParameter } from './errors.js';
import { parseResourceId } from './ids.js';
import { displayRegion } from './regions.js';
import { asObject, type Json } from './resources.js';
import type { ArmResource } from './state.js';

export const GALLERY_TYPE = 'Microsoft.Compute/galleries';
export const DEFINITION_TYPE = 'Microsoft.Compute/galleries/images';
export const VERSION_TYPE = 'Microsoft.Compute/galleries/images/versions';

/** The version `latest` of a marketplace image resolves to, as `exactVersion` reports it. */
const MARKETPLACE_LATEST = '22.04.202410020';

/**
 * A VM asked of a version (or a definition's latest) not replicated to the VM's region: refused
 * with this message (learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images,
 * "The VM is being created in a region that's not among the list of published regions").
 */
function notAvailable(id: string, location: string): ArmError {
  return new ArmError(
    404,
    'GalleryImageNotFound',
    `The gallery image ${id} is not available in ${displayRegion(location)} region. Please contact image owner to replicate to this region, or change your requested region.`,
  );
}

/** Whether a version may serve VMs in `location`: replicated there, and not still creating. */
function servesIn(version: ArmResource, location: string): boolean {
  return (
    !version.deleting &&
    (version.version?.regions ?? []).some((r) => r.region === location && r.state === 'Completed')
  );
}

/** The newest version of a definition that serves `location` and is not excluded from latest. */
function latestVersion(
  ctx: ArmContext,
  definition: ArmResource,
  location: string,
): ArmResource | undefined {
  const key = (r: ArmResource): number[] => r.name.split('.').map(Number);
  return ctx.state
    .children(definition.id)
    .filter((v) => v.type === VERSION_TYPE && servesIn(v, location))
    .filter((v) => asObject(v.properties.publishingProfile).excludeFromLatest !== true)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
    })[0];
}

/**
 * Checks a VM's `storageProfile.imageReference` and returns it as the VM answers with it: a
 * marketplace image (any publisher/offer/sku; `exactVersion` filled in) or a gallery image
 * version / definition of this emulator, replicated to the VM's region.
 */
export function resolveImageReference(ctx: ArmContext, value: unknown, location: string): Json {
  const ref = asObject(value);
  if (typeof ref.id === 'string') {
    const parsed = parseResourceId(ref.id);
    const image = ctx.state.get(ref.id);
    if (parsed?.type.toLowerCase() === VERSION_TYPE.toLowerCase()) {
      if (!image || !servesIn(image, location)) throw notAvailable(ref.id, location);
      return { id: ref.id };
    }
    if (parsed?.type.toLowerCase() === DEFINITION_TYPE.toLowerCase()) {
      const latest = image ? latestVersion(ctx, image, location) : undefined;
      if (!latest) throw notAvailable(ref.id, location);
      return { id: ref.id, exactVersion: latest.name };
    }
    throw new ArmError(
      404,
      'NotFound',
      `The image '${ref.id}' was not found: the emulator provides marketplace images and gallery image versions.`,
    );
  }
  for (const field of ['publisher', 'offer', 'sku', 'version']) {
    if (typeof ref[field] !== 'string' || ref[field] === '') {
      throw invalidParameter(`Required parameter 'imageReference.${field}' is missing (null).`);
    }
  }
  return { ...ref, exactVersion: ref.version === 'latest' ? MARKETPLACE_LATEST : ref.version };
}
