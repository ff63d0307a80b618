import { checkMappings, ebsOf, sameDevice } from './block-devices.js';
import { Ec2Error } from './errors.js';
import type { PlannedDevice } from './image-devices.js';
import type { QueryParams } from './query.js';
import type { EbsVolume, ImageDevice, InstanceRecord, RegionState } from './state.js';

/**
 * CreateImage's `BlockDeviceMapping.N` (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html):
 * "When using the CreateImage action: You can't change the volume size using the VolumeSize
 * parameter. If you want a different volume size, you must first change the volume size of the
 * source instance. You can't modify the encryption status of existing volumes or snapshots. ...
 * The only option that can be changed for existing mappings or snapshots is
 * DeleteOnTermination". So an entry for a device the instance has may change its
 * DeleteOnTermination (root included), leave it out (NoDevice, not the root) or repeat what the
 * volume already is; an entry for another device adds it to the AMI: an instance store
 * (VirtualName) or an EBS volume, empty or from a snapshot, with no snapshot taken for it.
 */

/** What CreateImage makes of its mappings: the root's DeleteOnTermination, the other devices. */
export interface CapturePlan {
  /** The AMI root mapping's DeleteOnTermination when an entry set it. */
  rootDeleteOnTermination?: boolean;
  devices: PlannedDevice[];
}

/**
 * "KmsKeyId ... This parameter is only supported on BlockDeviceMapping objects called by
 * RunInstances, RequestSpotFleet, and RequestSpotInstances" (EbsBlockDevice,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html); CreateImage
 * answers "UnknownParameter: The parameter KmsKeyId is not recognized" (hashicorp/packer#6212,
 * hashicorp/packer-plugin-amazon#585).
 */
function refuseKmsKeyId(mappings: QueryParams[]): void {
  if (mappings.some((m) => m.has('Ebs.KmsKeyId'))) {
    throw new Ec2Error('UnknownParameter', 'The parameter KmsKeyId is not recognized');
  }
}

/** "ephemeralN", numbered from 0 (BlockDeviceMapping, VirtualName). */
const VIRTUAL_NAME = /^ephemeral(0|[1-9][0-9]?)$/;

/** A change EC2 does not allow on a device the instance has; the wording is the emulator's. */
function unchangeable(device: string, what: string): Ec2Error {
  return new Ec2Error(
    'InvalidBlockDeviceMapping',
    `The ${what} of device ${device} can't be changed by CreateImage: only DeleteOnTermination can be changed for a volume the instance has.`,
  );
}

/** gp3's baseline when none was provisioned (EbsBlockDevice: "The default for gp3 volumes is 3,000 IOPS", Throughput "default 125"). */
function effective(v: EbsVolume, field: 'iops' | 'throughput'): number | undefined {
  if (v[field] !== undefined) return v[field];
  if (v.type !== 'gp3') return undefined;
  return field === 'iops' ? 3000 : 125;
}

/**
 * An entry for a device the instance has: its DeleteOnTermination, or the volume unchanged.
 * A different encryption answers "InvalidBlockDeviceMapping: the encrypted flag cannot be
 * specified since device xvdb has a conflicting encryption setting" (CreateImage, as
 * hashicorp/packer#6889 quotes it); the other refusals' wording is the emulator's.
 */
function deleteOnTerminationOf(m: QueryParams, device: string, v: EbsVolume): boolean {
  if (m.has('VirtualName')) throw unchangeable(device, 'virtual name');
  const ebs = m.sub('Ebs');
  if (ebs.has('Encrypted') && ebs.bool('Encrypted') !== v.encrypted) {
    throw new Ec2Error(
      'InvalidBlockDeviceMapping',
      `the encrypted flag cannot be specified since device ${device} has a conflicting encryption setting`,
    );
  }
  const differs: [string, string, string | undefined][] = [
    ['volume size', 'VolumeSize', String(v.sizeGb)],
    ['volume type', 'VolumeType', v.type],
    ['snapshot', 'SnapshotId', v.snapshotId],
    ['IOPS', 'Iops', effective(v, 'iops')?.toString()],
    ['throughput', 'Throughput', effective(v, 'throughput')?.toString()],
  ];
  for (const [what, name, has] of differs) {
    if (ebs.has(name) && ebs.get(name) !== has) throw unchangeable(device, what);
  }
  return ebs.bool('DeleteOnTermination', v.deleteOnTermination);
}

/** An entry for a device the instance has not: an instance store or a new EBS volume. */
function addedDevice(region: RegionState, m: QueryParams, device: string): ImageDevice | undefined {
  const virtualName = m.get('VirtualName');
  if (virtualName !== undefined) {
    if (!VIRTUAL_NAME.test(virtualName)) {
      // The wording is the emulator's.
      throw new Ec2Error(
        'InvalidBlockDeviceMapping',
        `Invalid virtual name ${virtualName} for device ${device}: expected ephemeralN`,
      );
    }
    return { deviceName: device, virtualName };
  }
  // NoDevice for a device the instance has not leaves nothing out.
  if (m.text('NoDevice') !== undefined || m.sub('Ebs').empty()) return undefined;
  return { deviceName: device, ebs: ebsOf(region, device, m.sub('Ebs')) };
}

/**
 * The AMI's devices from the instance's volumes and CreateImage's entries: each attached volume
 * is snapshotted unless NoDevice leaves it out; the root can't be left out (the wording is the
 * emulator's).
 */
export function capturePlan(
  region: RegionState,
  inst: InstanceRecord,
  mappings: QueryParams[],
): CapturePlan {
  const root = inst.root.deviceName;
  checkMappings(mappings, root, 'CreateImage');
  refuseKmsKeyId(mappings);
  const plan: CapturePlan = { devices: [] };
  const dropped = new Set<string>();
  const deleteOnTermination = new Map<string, boolean>();
  const added: ImageDevice[] = [];
  for (const m of mappings) {
    const device = m.get('DeviceName') ?? root;
    const volume = [inst.root, ...inst.volumes].find((v) => sameDevice(v.deviceName, device));
    if (!volume) {
      const extra = addedDevice(region, m, device);
      if (extra) added.push(extra);
    } else if (m.text('NoDevice') !== undefined) {
      if (volume === inst.root) {
        throw new Ec2Error(
          'InvalidBlockDeviceMapping',
          `The root device ${root} can't be left out of the image.`,
        );
      }
      dropped.add(volume.volumeId);
    } else {
      deleteOnTermination.set(volume.volumeId, deleteOnTerminationOf(m, device, volume));
    }
  }
  if (deleteOnTermination.has(inst.root.volumeId)) {
    plan.rootDeleteOnTermination = deleteOnTermination.get(inst.root.volumeId);
  }
  for (const v of inst.volumes.filter((v) => !dropped.has(v.volumeId))) {
    plan.devices.push({
      device: capturedDevice(v, deleteOnTermination.get(v.volumeId)),
      from: v.volumeId,
    });
  }
  for (const device of added) plan.devices.push({ device });
  return plan;
}

/** The AMI's mapping of an attached volume (its snapshot's id is filled in once taken). */
function capturedDevice(v: EbsVolume, deleteOnTermination: boolean | undefined): ImageDevice {
  return {
    deviceName: v.deviceName,
    ebs: {
      sizeGb: v.sizeGb,
      type: v.type,
      encrypted: v.encrypted,
      ...(v.kmsKeyId ? { kmsKeyId: v.kmsKeyId } : {}),
      deleteOnTermination: deleteOnTermination ?? v.deleteOnTermination,
      ...(v.iops !== undefined ? { iops: v.iops } : {}),
      ...(v.throughput !== undefined ? { throughput: v.throughput } : {}),
    },
  };
}
