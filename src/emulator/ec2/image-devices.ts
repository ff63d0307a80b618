import { defaultEbsKey, type ImageDevice, type ImageRecord } from './state.js';

/** A device of a new image, and the volume (or snapshot) its snapshot is taken from. */
export interface PlannedDevice {
  device: ImageDevice;
  /** Take a snapshot for it, of that volume or snapshot (`vol-…`, `snap-…`). */
  from?: string;
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
