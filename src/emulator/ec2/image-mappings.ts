import type { ImageDevice, ImageRecord } from './state.js';
import type { XmlObject } from './xml.js';

/** An AMI's whole block device mapping: its root device first, then the others. */
export function imageMappings(img: ImageRecord): ImageDevice[] {
  const root: ImageDevice = {
    deviceName: img.rootDeviceName,
    ebs: {
      ...(img.snapshotIds[0] ? { snapshotId: img.snapshotIds[0] } : {}),
      sizeGb: img.volumeSizeGb,
      type: img.volumeType,
      encrypted: img.encrypted,
      ...(img.kmsKeyId ? { kmsKeyId: img.kmsKeyId } : {}),
      deleteOnTermination: img.rootDeleteOnTermination ?? true,
    },
  };
  return [root, ...(img.devices ?? [])];
}

/** One entry of DescribeImages' `blockDeviceMapping`. */
export function mappingXml(d: ImageDevice): XmlObject {
  return {
    deviceName: d.deviceName,
    virtualName: d.virtualName,
    ebs: d.ebs && {
      snapshotId: d.ebs.snapshotId,
      volumeSize: d.ebs.sizeGb,
      deleteOnTermination: d.ebs.deleteOnTermination,
      volumeType: d.ebs.type,
      iops: d.ebs.iops,
      throughput: d.ebs.throughput,
      encrypted: d.ebs.encrypted,
      kmsKeyId: d.ebs.kmsKeyId,
    },
  };
}
