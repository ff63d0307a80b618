import type { Action, Ec2Context } from './context.js';
import { hiddenAsDeprecated } from './deprecation.js';
import {
  Ec2Error,
  amiNotFound,
  invalidParameter,
  missingParameter,
  stopIfDryRun,
} from './errors.js';
import { newId, timestamp } from './ids.js';
import { clientToken, idempotencyFingerprint } from './idempotency.js';
import { capturePlan } from './create-image-mappings.js';
import { copiedDevices, type PlannedDevice } from './image-devices.js';
import { findInstance } from './instances.js';
import { executableBy } from './launch-permissions.js';
import { paginate } from './paging.js';
import { isKnownRegion } from './regions.js';
import { filtersOf } from './query.js';
import { imageMatches } from './image-filters.js';
import { imageMappings, mappingXml } from './image-mappings.js';
import { tagSpecifications, withTags } from './tag-rules.js';

import {
  ACCOUNT_ID,
  defaultEbsKey,
  type ImageDevice,
  type ImageRecord,
  type RegionState,
  type SnapshotRecord,
} from './state.js';
import { tagSet, type XmlObject } from './xml.js';
/** What CreateImage's and CopyImage's TagSpecifications may tag: the AMI and its snapshots. */
const IMAGE_TAGGABLE = ['image', 'snapshot'];

const AMI_ID = /^ami-[0-9a-f]{8}([0-9a-f]{9})?$/;
const AMI_NAME = /^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/;

export function isPublic(img: ImageRecord): boolean {
  return img.launchPermissions.some((p) => p.group === 'all');
}

function launchableByUs(img: ImageRecord): boolean {
  return (
    img.ownerId === ACCOUNT_ID ||
    isPublic(img) ||
    img.launchPermissions.some((p) => p.userId === ACCOUNT_ID)
  );
}

/**
 * For a while after CreateImage or CopyImage EC2 does not know the new AMI yet ("Eventual
 * consistency in the Amazon EC2 API",
 * https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html).
 */
function known(img: ImageRecord): boolean {
  return img.visibleAt === undefined || Date.now() >= img.visibleAt;
}

/**
 * A deregistered AMI DescribeImages still lists: "Recently deregistered images appear in the
 * returned results for a short interval" (DescribeImages API reference).
 */
function stillListed(img: ImageRecord): boolean {
  return img.state === 'deregistered' && Date.now() < (img.listedUntil ?? 0);
}

/** An image this account may see and launch, or EC2's NotFound for it. */
export function visibleImage(region: RegionState, id: string): ImageRecord {
  if (!AMI_ID.test(id)) throw new Ec2Error('InvalidAMIID.Malformed', `Invalid id: "${id}"`);
  const img = region.images.get(id);
  if (!img || img.state === 'deregistered' || !known(img) || !launchableByUs(img)) {
    throw amiNotFound(id);
  }
  return img;
}

/** What DescribeImages answers for an id: a visible image, or one deregistered moments ago. */
function describableImage(region: RegionState, id: string): ImageRecord {
  const img = region.images.get(id);
  if (img && stillListed(img) && launchableByUs(img)) return img;
  return visibleImage(region, id);
}

export function ownImage(region: RegionState, id: string): ImageRecord {
  const img = visibleImage(region, id);
  if (img.ownerId !== ACCOUNT_ID) {
    throw new Ec2Error('AuthFailure', `Not authorized for image:${id}`);
  }
  return img;
}

export function imageXml(img: ImageRecord): XmlObject {
  return {
    imageId: img.id,
    imageLocation: `${img.ownerAlias ?? img.ownerId}/${img.name}`,
    imageState: img.state,
    imageOwnerId: img.ownerId,
    creationDate: img.creationDate,
    isPublic: isPublic(img),
    architecture: img.architecture,
    imageType: 'machine',
    imageOwnerAlias: img.ownerAlias,
    name: img.name,
    description: img.description,
    rootDeviceType: 'ebs',
    rootDeviceName: img.rootDeviceName,
    blockDeviceMapping: imageMappings(img).map(mappingXml),
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    enaSupport: true,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    stateReason: img.stateReason,
    deprecationTime: img.deprecationTime,
    imdsSupport: img.imdsSupport,
    sourceInstanceId: img.sourceInstanceId,
    sourceImageId: img.sourceImage?.split('/')[1],
    sourceImageRegion: img.sourceImage?.split('/')[0],
    tagSet: tagSet(img.tags),
  };
}

function ownerMatches(img: ImageRecord, owners: string[]): boolean {
  return owners.some(
    (o) =>
      (o === 'self' && img.ownerId === ACCOUNT_ID) ||
      o === img.ownerId ||
      (img.ownerAlias !== undefined && o === img.ownerAlias),
  );
}

function checkAmiName(name: string | undefined): string {
  if (name === undefined) throw missingParameter('Name');
  if (!AMI_NAME.test(name)) {
    throw new Ec2Error(
      'InvalidAMIName.Malformed',
      `AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/', '_', '[', ']', ' ', ''', '@' (got "${name}")`,
    );
  }
  return name;
}

function refuseDuplicateName(region: RegionState, name: string): void {
  const taken = [...region.images.values()].find(
    (i) => i.ownerId === ACCOUNT_ID && i.name === name && i.state !== 'deregistered',
  );
  if (taken) {
    throw new Ec2Error(
      'InvalidAMIName.Duplicate',
      `AMI name ${name} is already in use by AMI ${taken.id}`,
    );
  }
}

function newSnapshot(
  region: RegionState,
  ebs: NonNullable<ImageDevice['ebs']>,
  tags: Record<string, string>,
  description: string,
  from: string | undefined,
): SnapshotRecord {
  const snap: SnapshotRecord = {
    region: region.region,
    id: newId('snap'),
    ...(from?.startsWith('vol-') ? { volumeId: from } : {}),
    volumeSizeGb: ebs.sizeGb,
    state: 'pending',
    progress: '0%',
    startTime: timestamp(),
    description,
    ownerId: ACCOUNT_ID,
    encrypted: ebs.encrypted,
    ...(ebs.kmsKeyId ? { kmsKeyId: ebs.kmsKeyId } : {}),
    tags: { ...tags },
    stock: false,
  };
  region.snapshots.set(snap.id, snap);
  return snap;
}

/**
 * A new image and a snapshot of each of its EBS devices (its root's first), pending until `ms`
 * has passed (or failing on a fault).
 */
function register(
  ctx: Ec2Context,
  region: RegionState,
  img: Omit<
    ImageRecord,
    'id' | 'snapshotIds' | 'state' | 'creationDate' | 'stock' | 'launchPermissions' | 'devices'
  >,
  snapshot: {
    tags: Record<string, string>;
    description: (amiId: string, from: string | undefined) => string;
    root: string | undefined;
  },
  ms: number,
  fault: { code: string; message: string } | undefined,
  planned: PlannedDevice[] = [],
): ImageRecord {
  const record: ImageRecord = {
    ...img,
    id: newId('ami'),
    snapshotIds: [],
    devices: [],
    state: 'pending',
    creationDate: timestamp(),
    launchPermissions: [],
    stock: false,
    visibleAt: Date.now() + ctx.hazards().ec2.imageVisibilityLag,
  };
  const take = (ebs: NonNullable<ImageDevice['ebs']>, from: string | undefined) => {
    const snap = newSnapshot(
      region,
      ebs,
      snapshot.tags,
      snapshot.description(record.id, from),
      from,
    );
    record.snapshotIds.push(snap.id);
    return snap;
  };
  const snaps = [
    take(
      {
        sizeGb: img.volumeSizeGb,
        type: img.volumeType,
        encrypted: img.encrypted,
        ...(img.kmsKeyId ? { kmsKeyId: img.kmsKeyId } : {}),
        deleteOnTermination: true,
      },
      snapshot.root,
    ),
  ];
  for (const { device, from } of planned) {
    if (!device.ebs || from === undefined) {
      record.devices!.push(device);
      continue;
    }
    const snap = take(device.ebs, from);
    snaps.push(snap);
    record.devices!.push({ ...device, ebs: { ...device.ebs, snapshotId: snap.id } });
  }
  region.images.set(record.id, record);
  ctx.timers.after(ms, () => {
    if (record.state !== 'pending') return;
    if (fault) {
      record.state = 'failed';
      record.stateReason = { code: fault.code, message: fault.message };
      for (const snap of snaps) snap.state = 'error';
    } else {
      record.state = 'available';
      for (const snap of snaps) {
        snap.state = 'completed';
        snap.progress = '100%';
      }
    }
    ctx.log(`ec2: image ${record.id} (${region.region}) is ${record.state}`);
  });
  return record;
}

function createImage(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const instanceId = q.get('InstanceId');
    if (!instanceId) throw missingParameter('InstanceId');
    const tagsOf = tagSpecifications(q, IMAGE_TAGGABLE);
    const inst = findInstance(region, instanceId);
    if (!['running', 'stopped'].includes(inst.state)) {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${inst.id}' is not in the 'running' or 'stopped' state.`,
      );
    }
    const name = checkAmiName(q.get('Name'));
    refuseDuplicateName(region, name);
    const plan = capturePlan(region, inst, q.structs('BlockDeviceMapping'));
    stopIfDryRun(req);
    const source = region.images.get(inst.imageId);
    const img = register(
      ctx,
      region,
      {
        region: region.region,
        name,
        ...(q.has('Description') ? { description: q.get('Description') } : {}),
        ownerId: ACCOUNT_ID,
        architecture: source?.architecture ?? 'x86_64',
        sourceInstanceId: inst.id,
        rootDeviceName: inst.root.deviceName,
        volumeSizeGb: inst.root.sizeGb,
        volumeType: inst.root.type,
        encrypted: inst.root.encrypted,
        ...(inst.root.kmsKeyId ? { kmsKeyId: inst.root.kmsKeyId } : {}),
        ...(plan.rootDeleteOnTermination !== undefined
          ? { rootDeleteOnTermination: plan.rootDeleteOnTermination }
          : {}),
        tags: tagsOf('image'),
      },
      {
        tags: tagsOf('snapshot'),
        // The description EC2 gives the snapshots of CreateImage.
        description: (ami, volumeId) =>
          `Created by CreateImage(${inst.id}) for ${ami} from ${volumeId}`,
        root: inst.root.volumeId,
      },
      ctx.durations().imageCapture,
      req.operationFault(),
      plan.devices,
    );
    ctx.log(`ec2: image ${img.id} (${name}) creating from ${inst.id} in ${region.region}`);
    return { imageId: img.id };
  };
}

/**
 * CopyImage's SourceRegion, seeded with its stock images on first use as any region is. A
 * region EC2 does not have is refused in EC2's InvalidParameterValue form; the wording is the
 * emulator's (EC2's own is not public).
 */
function sourceRegionOf(ctx: Ec2Context, name: string): RegionState {
  if (!isKnownRegion(name) && !ctx.state.regions.has(name)) {
    throw invalidParameter(`Value (${name}) for parameter sourceRegion is invalid.`);
  }
  return ctx.state.region(name);
}

function copyImage(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const token = clientToken(q);
    const fingerprint = idempotencyFingerprint(q);
    if (token) {
      const seen = region.tokens.get(`copy:${token}`);
      if (seen && seen.fingerprint !== fingerprint) {
        throw new Ec2Error(
          'IdempotentParameterMismatch',
          'The client token you have provided is associated with a request with different parameters.',
        );
      }
      if (seen && !req.dryRun) return { imageId: seen.result };
    }
    const sourceRegion = q.get('SourceRegion');
    const sourceId = q.get('SourceImageId');
    if (!sourceRegion) throw missingParameter('SourceRegion');
    if (!sourceId) throw missingParameter('SourceImageId');
    const source = visibleImage(sourceRegionOf(ctx, sourceRegion), sourceId);
    if (source.state !== 'available') {
      throw new Ec2Error(
        'IncorrectState',
        `Image ${sourceId} is in state ${source.state}; only available images can be copied`,
      );
    }
    const name = checkAmiName(q.get('Name'));
    refuseDuplicateName(region, name);
    const encrypted = source.encrypted || q.bool('Encrypted');
    if (q.has('KmsKeyId') && !encrypted) {
      throw new Ec2Error(
        'InvalidParameterDependency',
        'The parameter KmsKeyId requires the parameter Encrypted to be set.',
      );
    }
    // KMS keys are regional: a copy is encrypted with a key of its own region.
    const kmsKeyId = encrypted ? (q.get('KmsKeyId') ?? defaultEbsKey(region.region)) : undefined;
    const tagsOf = tagSpecifications(q, IMAGE_TAGGABLE);
    const tags = withTags(q.bool('CopyImageTags') ? source.tags : {}, tagsOf('image'));
    stopIfDryRun(req);
    const img = register(
      ctx,
      region,
      {
        region: region.region,
        name,
        description: q.get('Description') ?? source.description,
        ownerId: ACCOUNT_ID,
        architecture: source.architecture,
        rootDeviceName: source.rootDeviceName,
        volumeSizeGb: source.volumeSizeGb,
        volumeType: source.volumeType,
        encrypted,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        ...(source.rootDeleteOnTermination !== undefined
          ? { rootDeleteOnTermination: source.rootDeleteOnTermination }
          : {}),
        tags,
        sourceImage: `${sourceRegion}/${sourceId}`,
      },
      {
        tags: tagsOf('snapshot'),
        // The description EC2 gives the snapshots of CopyImage.
        description: (ami, sourceSnapshot) =>
          `Copied for DestinationAmi ${ami} from SourceAmi ${sourceId} for SourceSnapshot ${sourceSnapshot}. Task created on ${Date.now()}.`,
        root: source.snapshotIds[0],
      },
      ctx.durations().replicationPerRegion,
      req.operationFault(),
      copiedDevices(source, region.region, encrypted, kmsKeyId),
    );
    if (token) region.tokens.set(`copy:${token}`, { fingerprint, result: img.id });
    ctx.log(`ec2: image ${img.id} copying ${sourceRegion}/${sourceId} to ${region.region}`);
    return { imageId: img.id };
  };
}

function describeImages(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('ImageId');
    const owners = q.list('Owner');
    const filters = filtersOf(q);
    const found =
      ids.length > 0
        ? ids.map((id) => describableImage(region, id))
        : [...region.images.values()].filter(
            (i) =>
              ((i.state !== 'deregistered' && known(i)) || stillListed(i)) &&
              launchableByUs(i) &&
              !hiddenAsDeprecated(i, q.bool('IncludeDeprecated')),
          );
    const executors = q.list('ExecutableBy');
    const matching = found
      .filter((i) => owners.length === 0 || ownerMatches(i, owners))
      .filter((i) => executors.length === 0 || executableBy(i, executors))
      .filter((i) => filters.every((f) => imageMatches(i, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeImages', q, matching, (i) => i.id);
    return { imagesSet: page.items.map(imageXml), nextToken: page.nextToken };
  };
}

/**
 * DeregisterImage's DeleteAssociatedSnapshots: "If a snapshot is associated with multiple AMIs,
 * it is not deleted, regardless of this setting"; each answers in `deleteSnapshotResultSet` with
 * its "SnapshotId" and "ReturnCode": "success - The snapshot was successfully deleted",
 * "skipped - The snapshot was not deleted because it's associated with other AMIs"
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterImage.html,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSnapshotReturnCode.html).
 */
function deleteAssociatedSnapshots(region: RegionState, img: ImageRecord): XmlObject[] {
  return img.snapshotIds.map((snapshotId) => {
    const shared = [...region.images.values()].some(
      (other) =>
        other !== img && other.state !== 'deregistered' && other.snapshotIds.includes(snapshotId),
    );
    if (!shared) region.snapshots.delete(snapshotId);
    return { snapshotId, returnCode: shared ? 'skipped' : 'success' };
  });
}

function deregisterImage(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('ImageId');
    if (!id) throw missingParameter('ImageId');
    const img = ownImage(region, id);
    stopIfDryRun(req);
    const now = Date.now();
    const hazards = ctx.hazards().ec2;
    img.state = 'deregistered';
    img.listedUntil = now + hazards.deregisteredVisibility;
    if (q.bool('DeleteAssociatedSnapshots')) {
      const deleteSnapshotResultSet = deleteAssociatedSnapshots(region, img);
      ctx.log(`ec2: image ${id} (${region.region}) deregistered with its snapshots`);
      return { return: true, deleteSnapshotResultSet };
    }
    // boto/boto#3019: DeleteSnapshot right after DeregisterImage answers InvalidSnapshot.InUse
    // for a while, even once DescribeImages no longer lists the AMI.
    img.snapshotsInUseUntil = now + hazards.snapshotInUseAfterDeregister;
    ctx.log(`ec2: image ${id} (${region.region}) deregistered`);
    return { return: true };
  };
}

export function imageActions(ctx: Ec2Context): Record<string, Action> {
  return {
    CreateImage: createImage(ctx),
    CopyImage: copyImage(ctx),
    DescribeImages: describeImages(ctx),
    DeregisterImage: deregisterImage(ctx),
  };
}
