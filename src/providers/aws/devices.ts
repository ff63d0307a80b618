import type { BlockDeviceMapping, Image } from '@aws-sdk/client-ec2';

/** An EBS device of an AMI's block device mapping, besides its root. */
export interface EbsDevice {
  deviceName: string;
  deleteOnTermination: boolean;
}

/** The EBS devices of an AMI's mapping other than its root (instance stores have no volume). */
export function dataDevicesOf(image: Image): EbsDevice[] {
  return (image.BlockDeviceMappings ?? []).flatMap((m) =>
    m.Ebs && m.DeviceName && m.DeviceName !== image.RootDeviceName
      ? [{ deviceName: m.DeviceName, deleteOnTermination: m.Ebs.DeleteOnTermination ?? true }]
      : [],
  );
}

/**
 * RunInstances' mapping for a temporary instance's copies of `devices` (a builder's, a
 * verifier's): deleted with it, whatever the AMI says, since one the AMI keeps (an AMI may say
 * DeleteOnTermination false for a data volume) would outlive the instance.
 */
export function temporaryDevices(devices: EbsDevice[]): BlockDeviceMapping[] {
  return devices.map((d) => ({ DeviceName: d.deviceName, Ebs: { DeleteOnTermination: true } }));
}

/**
 * CreateImage's mapping for the source AMI's devices that are kept when their instance ends:
 * the builder's were deleted with it, and the new AMI says what the source said (CreateImage may
 * change only DeleteOnTermination of a device the instance has).
 */
export function keptDevices(devices: EbsDevice[]): { BlockDeviceMappings?: BlockDeviceMapping[] } {
  const kept = devices.filter((d) => !d.deleteOnTermination);
  return kept.length === 0
    ? {}
    : {
        BlockDeviceMappings: kept.map((d) => ({
          DeviceName: d.deviceName,
          Ebs: { DeleteOnTermination: false },
        })),
      };
}
