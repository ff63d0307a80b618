import type { GceContext } from './context.js';
import { alreadyExists, invalidField, notFound, required, resourceInUse } from './errors.js';
import { newId, timestamp } from './ids.js';
import { resolveSourceImage } from './images.js';
import {
  diskPath,
  imagePath,
  instancePath,
  lastSegment,
  parseDiskRef,
  parseImageRef,
} from './links.js';
import { checkLabels, checkName } from './names.js';
import {
  diskKey,
  instanceKey,
  type AttachedDisk,
  type DiskRecord,
  type ImageRecord,
} from './state.js';

type Json = Record<string, unknown>;

export interface PlannedDisks {
  created: DiskRecord[];
  attached: AttachedDisk[];
  bootImage: string;
  /** The source images it uses, for the operation's warnings about deprecated ones. */
  images: ImageRecord[];
}

/** Validates the disks of an instance insert and plans them, creating nothing yet. */
export function planDisks(
  ctx: GceContext,
  project: string,
  zone: string,
  name: string,
  value: unknown,
): PlannedDisks {
  const disks = Array.isArray(value) ? (value as Json[]) : [];
  if (disks.length === 0)
    throw invalidField('resource.disks', '', 'A boot disk must be specified.');
  const bootIndex = Math.max(
    0,
    disks.findIndex((d) => d.boot === true),
  );
  const planned: PlannedDisks = { created: [], attached: [], bootImage: '', images: [] };
  const taken = new Set<string>();
  disks.forEach((d, i) => {
    const field = `resource.disks[${i}]`;
    const boot = i === bootIndex;
    let key: string;
    if (d.initializeParams) {
      const ip = d.initializeParams as Json;
      const diskName = checkName(
        `${field}.initializeParams.diskName`,
        ip.diskName ?? (boot ? name : `${name}-${i}`),
      );
      key = diskKey(project, zone, diskName);
      if (ctx.state.disks.has(key) || taken.has(key))
        throw alreadyExists(diskPath(project, zone, diskName));
      let image: ImageRecord | undefined;
      if (ip.sourceImage !== undefined) {
        const ref = parseImageRef(
          `${field}.initializeParams.sourceImage`,
          ip.sourceImage,
          project,
          {
            familyViews: true,
          },
        );
        image = resolveSourceImage(ctx, `${field}.initializeParams.sourceImage`, ref);
        planned.images.push(image);
        if (boot) planned.bootImage = image.name;
      } else if (boot) {
        throw required(`${field}.initializeParams.sourceImage`);
      }
      const sizeGb =
        ip.diskSizeGb === undefined ? (image?.diskSizeGb ?? 10) : Number(ip.diskSizeGb);
      if (!Number.isInteger(sizeGb) || sizeGb < (image?.diskSizeGb ?? 1)) {
        throw invalidField(
          `${field}.initializeParams.diskSizeGb`,
          ip.diskSizeGb,
          'Requested disk size cannot be smaller than the image size.',
        );
      }
      planned.created.push({
        project,
        zone,
        name: diskName,
        id: newId(),
        creationTimestamp: timestamp(),
        status: 'CREATING',
        sizeGb,
        type: lastSegment(typeof ip.diskType === 'string' ? ip.diskType : 'pd-standard'),
        sourceImage: image ? imagePath(image.project, image.name) : undefined,
        sourceImageId: image?.id,
        guestOsFeatures: [...(image?.guestOsFeatures ?? [])],
        labels: checkLabels(`${field}.initializeParams.labels`, ip.labels),
        user: instanceKey(project, zone, name),
      });
    } else if (d.source !== undefined) {
      const ref = parseDiskRef(`${field}.source`, d.source, project);
      key = diskKey(ref.project, ref.zone, ref.name);
      const disk = ctx.state.disks.get(key);
      if (!disk || ref.zone !== zone) throw notFound(diskPath(ref.project, ref.zone, ref.name));
      const user = disk.user ? ctx.state.instances.get(disk.user) : undefined;
      if (user || taken.has(key)) {
        throw resourceInUse(
          diskPath(ref.project, ref.zone, ref.name),
          user ? instancePath(user.project, user.zone, user.name) : name,
        );
      }
    } else {
      throw invalidField(field, d, 'A disk needs initializeParams or a source.');
    }
    taken.add(key);
    planned.attached.push({
      diskKey: key,
      deviceName: typeof d.deviceName === 'string' ? d.deviceName : lastSegment(key),
      boot,
      autoDelete: d.autoDelete === true,
    });
  });
  return planned;
}
