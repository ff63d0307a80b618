import { checkMappings, layDevices } from './block-devices.js';
import { QueryParams } from './query.js';
import {
  defaultEbsKey,
  type ImageDevice,
  type ImageRecord,
  type InstanceRecord,
  type RegionState,
} from './state.js';

/** A device of a new image, and the volume (or snapshot) its snapshot is taken from. */
export interface PlannedDevice {
  device: ImageDevice;
  /** Take a snapshot for it, of that volume or snapshot (`vol-…`, `snap-…`). */
  from?: string;
}

/**
 * CreateImage's devices besides the root: "The block device mappings. When using the
 * CreateImage action: You can't change the volume size using the VolumeSize parameter. If you
 * want a different volume size, you must first change the volume size of the source instance.
 * You can't modify the encryption status of existing volumes or snapshots. ... The only option
 * that can be changed for existing mappings or snapshots is DeleteOnTermination" (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html,
 * BlockDeviceMapping.N). Each attached EBS volume is snapshotted unless NoDevice leaves it out;
 * an entry for a device the instance has not adds it (an instance store, or an empty volume).
 */
export function capturedDevices(
  region: RegionState,
  inst: InstanceRecord,
  mappings: QueryParams[],
): PlannedDevice[] {
  checkMappings(mappings, inst.root.deviceName, 'CreateImage');
  const attached: ImageDevice[] = inst.volumes.map((v) => ({
    deviceName: v.deviceName,
    ebs: {
      sizeGb: v.sizeGb,
      type: v.type,
      encrypted: v.encrypted,
      ...(v.kmsKeyId ? { kmsKeyId: v.kmsKeyId } : {}),
      deleteOnTermination: v.deleteOnTermination,
      ...(v.iops !== undefined ? { iops: v.iops } : {}),
      ...(v.throughput !== undefined ? { throughput: v.throughput } : {}),
    },
  }));
  const only = mappings.map((m) => keepOnlyDeleteOnTermination(m, inst));
  return layDevices(region, attached, only, inst.root.deviceName).map((device) => {
    const volume = inst.volumes.find((v) => v.deviceName === device.deviceName);
    return volume && device.ebs ? { device, from: volume.volumeId } : { device };
  });
}

/** For a device with a volume, only DeleteOnTermination (and NoDevice) of an entry count. */
function keepOnlyDeleteOnTermination(m: QueryParams, inst: InstanceRecord): QueryParams {
  const has = inst.volumes.some((v) => v.deviceName === m.get('DeviceName'));
  if (!has || m.text('NoDevice') !== undefined) return m;
  const ebs = m.sub('Ebs');
  const body = new URLSearchParams({ DeviceName: m.get('DeviceName')! });
  if (ebs.has('DeleteOnTermination')) {
    body.set('Ebs.DeleteOnTermination', ebs.get('DeleteOnTermination')!);
  }
  return QueryParams.parse(body.toString());
}

/**
 * CopyImage's copy of the source's other devices: a new snapshot of each EBS one, encrypted
 * when the copy is ("Encrypted: Specifies whether the destination snapshots of the copied image
 * should be encrypted", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html).
 */
export function copiedDevices(
  source: ImageRecord,
  region: string,
  encrypted: boolean,
  kmsKeyId: string | undefined,
): PlannedDevice[] {
  return (source.devices ?? []).map((device) => {
    if (!device.ebs?.snapshotId) return { device };
    const secret = encrypted || device.ebs.encrypted;
    // KMS keys are regional: a copy is encrypted with a key of its own region.
    const key = secret ? (kmsKeyId ?? defaultEbsKey(region)) : undefined;
    const ebs = { ...device.ebs, encrypted: secret, kmsKeyId: key };
    if (!key) delete ebs.kmsKeyId;
    return { device: { ...device, ebs }, from: device.ebs.snapshotId };
  });
}
