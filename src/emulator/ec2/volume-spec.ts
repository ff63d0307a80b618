import { checkSize } from './block-devices.js';
import { Ec2Error, invalidParameter, missingParameter, snapshotNotFound } from './errors.js';
import type { QueryParams } from './query.js';
import { defaultEbsKey, type EbsVolume, type RegionState } from './state.js';

/**
 * CreateVolume's parameters (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html):
 * Size ("You must specify either a snapshot ID or a volume size. If you specify a snapshot, the
 * default is the snapshot size, and you can specify a volume size that is equal to or larger
 * than the snapshot size"; per type "gp2: 1 - 16,384 GiB, gp3: 1 - 65,536 GiB, io1: 4 - 16,384
 * GiB, io2: 4 - 65,536 GiB, st1 and sc1: 125 - 16,384 GiB, standard: 1 - 1024 GiB"), SnapshotId,
 * VolumeType ("Default: gp2"), Iops ("This parameter is required for io1 and io2 volumes ...
 * not supported for gp2, st1, sc1, or standard volumes"), Throughput ("This parameter is valid
 * only for gp3 volumes"), Encrypted ("Encrypted Amazon EBS volumes must be attached to
 * instances that support Amazon EBS encryption"; a volume from an encrypted snapshot is
 * encrypted) and KmsKeyId ("If KmsKeyId is specified, the encrypted state must be true").
 * The snapshot must be `completed` (see volumeSpec).
 */
export type VolumeSpec = Omit<EbsVolume, 'volumeId' | 'deviceName' | 'tags'>;

function numberOf(q: QueryParams, name: string): number | undefined {
  if (!q.has(name)) return undefined;
  const n = Number(q.get(name));
  if (!Number.isFinite(n)) {
    throw invalidParameter(
      `Value (${q.get(name)}) for parameter ${name.toLowerCase()} is invalid.`,
    );
  }
  return n;
}

/** The size: asked, else the snapshot's; never below the snapshot's. */
function sizeOf(q: QueryParams, snapshotId: string | undefined, least: number | undefined) {
  const size = numberOf(q, 'Size') ?? least;
  // Neither a size nor a snapshot: EC2's MissingParameter form; the wording is the emulator's.
  if (size === undefined) throw missingParameter('Size or SnapshotId');
  // "Volume of size 30GB is smaller than snapshot 'snap-…', expect size >= 50GB"
  // (zalando-incubator/kubernetes-on-aws#3817, from the EBS CSI driver's CreateVolume).
  if (least !== undefined && size < least) {
    throw invalidParameter(
      `Volume of size ${size}GB is smaller than snapshot '${snapshotId}', expect size >= ${least}GB`,
    );
  }
  return size;
}

/**
 * Iops and Throughput against the type, in the wordings block-devices.ts cites for the same
 * rules of a block device mapping (terraform-provider-aws#4344, fog's EC2 mock, runs-on#426).
 */
function checkPerformance(q: QueryParams, type: string): void {
  if (q.has('Iops') && !['gp3', 'io1', 'io2'].includes(type)) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `The parameter iops is not supported for ${type} volumes`,
    );
  }
  if ((type === 'io1' || type === 'io2') && !q.has('Iops')) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `The parameter iops must be specified for ${type} volumes.`,
    );
  }
  if (q.has('Throughput') && type !== 'gp3') {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'throughput can only be specified for volumeType gp3.',
    );
  }
}

export function volumeSpec(region: RegionState, q: QueryParams): VolumeSpec {
  const snapshotId = q.get('SnapshotId');
  const snapshot = snapshotId === undefined ? undefined : region.snapshots.get(snapshotId);
  if (snapshotId !== undefined && !snapshot) throw snapshotNotFound(snapshotId);
  // A snapshot still being taken cannot be restored yet: "IncorrectState: Snapshot is in
  // invalid state - pending", the answer clients retry on (velero#1799, sous-chefs/aws#128,
  // and the EBS Docker volume drivers that loop on that exact message). A failed one (`error`)
  // is refused in the same form, naming its state: that case is the emulator's extrapolation.
  if (snapshot && snapshot.state !== 'completed') {
    throw new Ec2Error('IncorrectState', `Snapshot is in invalid state - ${snapshot.state}`);
  }
  const size = sizeOf(q, snapshotId, snapshot?.volumeSizeGb);
  const type = q.get('VolumeType') ?? 'gp2';
  checkSize(type, size);
  checkPerformance(q, type);
  const encrypted = Boolean(snapshot?.encrypted || q.bool('Encrypted'));
  // The wording RunInstances and CopyImage answer here (instances.ts, images.ts).
  if (q.has('KmsKeyId') && !encrypted) {
    throw new Ec2Error(
      'InvalidParameterDependency',
      'The parameter KmsKeyId requires the parameter Encrypted to be set.',
    );
  }
  const kmsKeyId = encrypted
    ? (q.get('KmsKeyId') ?? snapshot?.kmsKeyId ?? defaultEbsKey(region.region))
    : undefined;
  const iops = numberOf(q, 'Iops');
  const throughput = numberOf(q, 'Throughput');
  return {
    sizeGb: size,
    type,
    encrypted,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    // Attached later, it is preserved when its instance terminates unless ModifyInstanceAttribute
    // says otherwise ("Preserve data when an instance is terminated", volumes.ts).
    deleteOnTermination: false,
    ...(snapshotId !== undefined ? { snapshotId } : {}),
    ...(iops !== undefined ? { iops } : {}),
    ...(throughput !== undefined ? { throughput } : {}),
  };
}
