import type { GceContext } from './context.js';
import { fingerprint } from './ids.js';
import { imagePath } from './links.js';
import type { ImageRecord } from './state.js';

export function imageJson(ctx: GceContext, img: ImageRecord): Record<string, unknown> {
  const json: Record<string, unknown> = {
    kind: 'compute#image',
    id: img.id,
    creationTimestamp: img.creationTimestamp,
    name: img.name,
    description: img.description ?? '',
    sourceType: 'RAW',
    status: img.status,
    archiveSizeBytes: String(img.archiveSizeBytes),
    diskSizeGb: String(img.diskSizeGb),
    labels: img.labels,
    labelFingerprint: img.labelFingerprint ?? fingerprint(img.labels),
    storageLocations: img.storageLocations,
    architecture: 'X86_64',
    guestOsFeatures: img.guestOsFeatures.map((type) => ({ type })),
    selfLink: ctx.links.url(imagePath(img.project, img.name)),
  };
  if (img.family) json.family = img.family;
  if (img.sourceDisk) {
    json.sourceDisk = ctx.links.url(img.sourceDisk);
    json.sourceDiskId = img.sourceDiskId;
  }
  if (img.sourceImage) {
    json.sourceImage = ctx.links.url(img.sourceImage);
    json.sourceImageId = img.sourceImageId;
  }
  if (img.deprecated) json.deprecated = img.deprecated;
  return json;
}
