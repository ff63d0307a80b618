import { Ec2Error, invalidParameter, snapshotNotFound } from './errors.js';
import type { QueryParams } from './query.js';
import { defaultEbsKey, type ImageDevice, type RegionState } from './state.js';

/**
 * The non-root entries of a block device mapping (RunInstances' and CreateImage's
 * `BlockDeviceMapping.N`, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html)
 * laid over the ones an AMI or an instance already has. The root device is the caller's.
 */

type Ebs = NonNullable<ImageDevice['ebs']>;

/**
 * "Hardware virtual machine (HVM) AMIs don't support the use of trailing numbers on device
 * names (xvd[a-p][1-15])", but for the root device ("Device names for volumes on Amazon EC2
 * instances", https://docs.aws.amazon.com/ebs/latest/userguide/device_naming.html, as
 * test-kitchen/kitchen-ec2#136 quotes it); EC2 refuses others with "InvalidBlockDeviceMapping:
 * Invalid device name /dev/sde1" (aws/aws-cli#1071).
 */
const DEVICE_NAME = /^(\/dev\/)?(sd[a-z]|xvd[a-z]{1,2})$/;

/**
 * "The following are the supported sizes for each volume type: gp2: 1 - 16,384 GiB; gp3: 1 -
 * 65,536 GiB; io1: 4 - 16,384 GiB; io2: 4 - 65,536 GiB; st1 and sc1: 125 - 16,384 GiB;
 * standard: 1 - 1024 GiB" (EbsBlockDevice, VolumeSize,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html).
 */
const SIZES: Record<string, [number, number]> = {
  gp2: [1, 16384],
  gp3: [1, 65536],
  io1: [4, 16384],
  io2: [4, 65536],
  st1: [125, 16384],
  sc1: [125, 16384],
  standard: [1, 1024],
};

/** Whether a non-root device name is one EC2 takes for an EBS volume. */
export function isDeviceName(name: string): boolean {
  return DEVICE_NAME.test(name);
}

/** `/dev/xvdb` and `xvdb` name one device (hashicorp/terraform#7233 meets EC2 saying so). */
export function sameDevice(a: string, b: string): boolean {
  return a.replace(/^\/dev\//, '') === b.replace(/^\/dev\//, '');
}

/**
 * Each device once, each name valid. Two mappings of one device: "InvalidBlockDeviceMapping:
 * The device 'xvdb' is used in more than one block-device mapping" from RunInstances
 * (hashicorp/terraform#7233), "InvalidBlockDeviceMapping: /dev/sde is being assigned to
 * multiple times." from CreateImage (hashicorp/packer#2320).
 */
export function checkMappings(
  mappings: QueryParams[],
  root: string,
  action: 'RunInstances' | 'CreateImage',
): void {
  const seen: string[] = [];
  for (const m of mappings) {
    const name = m.get('DeviceName') ?? root;
    if (name !== root && !DEVICE_NAME.test(name)) {
      throw new Ec2Error('InvalidBlockDeviceMapping', `Invalid device name ${name}`);
    }
    if (seen.some((s) => sameDevice(s, name))) {
      throw new Ec2Error(
        'InvalidBlockDeviceMapping',
        action === 'RunInstances'
          ? `The device '${name}' is used in more than one block-device mapping`
          : `${name} is being assigned to multiple times.`,
      );
    }
    seen.push(name);
  }
}

/**
 * A size out of its type's range answers "InvalidParameterValue: The volume size is invalid for
 * gp2 volumes: 0 GiB. gp2 volumes must be at least 1 GiB in size. Please specify a volume size
 * above the minimum limit." (sodafoundation/strato#1116); the wording above the maximum is the
 * emulator's, in the same form.
 */
export function checkSize(type: string, size: number): void {
  const range = SIZES[type];
  if (!range) throw invalidParameter(`Value (${type}) for parameter volumeType is invalid.`);
  const [min, max] = range;
  if (!Number.isInteger(size) || size < min) {
    throw invalidParameter(
      `The volume size is invalid for ${type} volumes: ${size} GiB. ${type} volumes must be at least ${min} GiB in size. Please specify a volume size above the minimum limit.`,
    );
  }
  if (size > max) {
    throw invalidParameter(
      `The volume size is invalid for ${type} volumes: ${size} GiB. ${type} volumes must be at most ${max} GiB in size. Please specify a volume size below the maximum limit.`,
    );
  }
}

function numberOf(q: QueryParams, name: string, fallback: number | undefined) {
  return q.has(name) ? Number(q.get(name)) : fallback;
}

/**
 * One EBS entry over what the device had (`base`). "You must specify either a snapshot ID or a
 * volume size. If you specify a snapshot, the default is the snapshot size. You can specify a
 * volume size that is equal to or larger than the snapshot size" (EbsBlockDevice); a smaller
 * one answers "Volume of size 30GB is smaller than snapshot 'snap-…', expect size >= 50GB"
 * (zalando-incubator/kubernetes-on-aws#3817). Throughput "is valid only for gp3 volumes"
 * ("InvalidParameterCombination: throughput can only be specified for volumeType gp3.",
 * runs-on/runs-on#426). The type defaults to gp2 as CreateVolume's does ("Default: gp2",
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html). Without
 * DeleteOnTermination a volume made at launch goes with its instance, as the console's and
 * Terraform's `ebs_block_device` default. Neither a snapshot nor a size: "InvalidBlockDeviceMapping:
 * Either snapshot ID or volume size must be provided for: /dev/sdb" (hashicorp/packer#1500 from
 * RunInstances, mitchellh/goamz#251 from CreateImage).
 */
export function ebsOf(region: RegionState, device: string, ebs: QueryParams, base?: Ebs): Ebs {
  const snapshotId = ebs.get('SnapshotId') ?? base?.snapshotId;
  const snapshot = snapshotId === undefined ? undefined : region.snapshots.get(snapshotId);
  if (snapshotId !== undefined && !snapshot) throw snapshotNotFound(snapshotId);
  const least = base?.sizeGb ?? snapshot?.volumeSizeGb;
  const size = numberOf(ebs, 'VolumeSize', least);
  if (size === undefined) {
    throw new Ec2Error(
      'InvalidBlockDeviceMapping',
      `Either snapshot ID or volume size must be provided for: ${device}`,
    );
  }
  if (least !== undefined && size < least) {
    throw new Ec2Error(
      'InvalidBlockDeviceMapping',
      `Volume of size ${size}GB is smaller than snapshot '${snapshotId ?? device}', expect size >= ${least}GB`,
    );
  }
  const type = ebs.get('VolumeType') ?? base?.type ?? 'gp2';
  checkSize(type, size);
  const throughput = numberOf(ebs, 'Throughput', base?.throughput);
  if (ebs.has('Throughput') && type !== 'gp3') {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'throughput can only be specified for volumeType gp3.',
    );
  }
  const encrypted = Boolean(snapshot?.encrypted || base?.encrypted || ebs.bool('Encrypted'));
  const kmsKeyId = encrypted
    ? (ebs.get('KmsKeyId') ?? base?.kmsKeyId ?? snapshot?.kmsKeyId ?? defaultEbsKey(region.region))
    : undefined;
  const iops = numberOf(ebs, 'Iops', base?.iops);
  // Iops "is not supported for gp2, st1, sc1, or standard volumes" (EbsBlockDevice):
  // "InvalidParameterCombination: The parameter iops is not supported for gp2 volumes"
  // (hashicorp/terraform-provider-aws#4344).
  if (ebs.has('Iops') && !['gp3', 'io1', 'io2'].includes(type)) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `The parameter iops is not supported for ${type} volumes`,
    );
  }
  // Iops "is required for io1 and io2 volumes" (EbsBlockDevice): "InvalidParameterCombination
  // => The parameter iops must be specified for io1 volumes." (as fog's EC2 mock quotes it).
  if ((type === 'io1' || type === 'io2') && iops === undefined) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `The parameter iops must be specified for ${type} volumes.`,
    );
  }
  return {
    ...(snapshotId !== undefined ? { snapshotId } : {}),
    sizeGb: size,
    type,
    encrypted,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    deleteOnTermination: ebs.bool('DeleteOnTermination', base?.deleteOnTermination ?? true),
    ...(iops !== undefined ? { iops } : {}),
    ...(throughput !== undefined ? { throughput } : {}),
  };
}

/**
 * The non-root devices once `mappings` are laid over `base`: NoDevice "To omit the device from
 * the block device mapping, specify an empty string. When this property is specified, the
 * device is removed from the block device mapping regardless of the assigned value";
 * VirtualName is an instance store volume ("The virtual device name (ephemeralN)"); Ebs sets
 * up an EBS volume (BlockDeviceMapping, API reference).
 */
export function layDevices(
  region: RegionState,
  base: ImageDevice[],
  mappings: QueryParams[],
  root: string,
): ImageDevice[] {
  const out = [...base];
  const put = (at: number, device?: ImageDevice) => {
    if (at < 0 && device) out.push(device);
    else if (device) out.splice(at, 1, device);
    else if (at >= 0) out.splice(at, 1);
  };
  for (const m of mappings) {
    const deviceName = m.get('DeviceName');
    if (deviceName === undefined || deviceName === root) continue;
    const at = out.findIndex((d) => sameDevice(d.deviceName, deviceName));
    const earlier = out[at];
    const virtualName = m.get('VirtualName');
    if (m.text('NoDevice') !== undefined) put(at);
    else if (virtualName !== undefined) put(at, { deviceName, virtualName });
    else if (!m.sub('Ebs').empty()) {
      put(at, { deviceName, ebs: ebsOf(region, deviceName, m.sub('Ebs'), earlier?.ebs) });
    }
  }
  return out;
}
