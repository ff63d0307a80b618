import { Ec2Error } from './errors.js';
import { subnetZone } from './network.js';
import type { DetachedVolume, EbsVolume, InstanceRecord, RegionState } from './state.js';
import { tagSet, type XmlObject } from './xml.js';

/**
 * The region's EBS volumes as the API shows them
 * (Volume, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Volume.html): those
 * attached to a live instance, `in-use` ("State: creating | available | in-use | deleting |
 * deleted | error"), each with its attachment ("State: attaching | attached | detaching |
 * detached | busy", VolumeAttachment), and those attached to none.
 */

const VOLUME_ID = /^vol-[0-9a-f]{8}([0-9a-f]{9})?$/;

export interface VolumeAttachmentView {
  inst: InstanceRecord;
  state: 'attaching' | 'attached' | 'detaching';
  time: string;
}

export interface VolumeView {
  volume: EbsVolume;
  zone: string;
  createTime: string;
  status: 'creating' | 'available' | 'in-use' | 'deleting';
  attachment?: VolumeAttachmentView;
  /** Its record while attached to no instance. */
  detached?: DetachedVolume;
}

/** An instance's attached EBS volumes, its root first (unless DetachVolume took it away). */
export function attachedVolumes(inst: InstanceRecord): EbsVolume[] {
  return inst.rootDetached ? [...inst.volumes] : [inst.root, ...inst.volumes];
}

/** A volume's attachment state and time on its instance. */
export function attachmentOf(inst: InstanceRecord, v: EbsVolume): VolumeAttachmentView {
  return { inst, state: v.attachState ?? 'attached', time: v.attachTime ?? inst.launchTime };
}

export function allVolumes(region: RegionState): VolumeView[] {
  const attached = [...region.instances.values()]
    .filter((inst) => inst.state !== 'terminated')
    .flatMap((inst): VolumeView[] =>
      attachedVolumes(inst).map((volume) => ({
        volume,
        zone: subnetZone(region, inst.subnetId),
        createTime: volume.createTime ?? inst.launchTime,
        status: 'in-use',
        attachment: attachmentOf(inst, volume),
      })),
    );
  const detached = [...region.volumes.values()].map((d): VolumeView => ({
    volume: d.volume,
    zone: d.availabilityZone,
    createTime: d.createTime,
    status: d.state,
    detached: d,
  }));
  return [...attached, ...detached];
}

export function findVolume(region: RegionState, id: string): VolumeView {
  if (!VOLUME_ID.test(id)) {
    throw new Ec2Error('InvalidVolumeID.Malformed', `Invalid id: "${id}" (expecting "vol-...")`);
  }
  const view = allVolumes(region).find((v) => v.volume.volumeId === id);
  if (!view) throw new Ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
  return view;
}

/** Baseline IOPS and throughput of gp3; gp2 gives 3 IOPS per GiB, at least 100. */
function iops(v: EbsVolume): number | undefined {
  if (v.iops !== undefined) return v.iops;
  if (v.type === 'gp3') return 3000;
  if (v.type === 'gp2') return Math.min(16000, Math.max(100, 3 * v.sizeGb));
  return undefined;
}

/** One attachment (VolumeAttachment), as AttachVolume, DetachVolume and DescribeVolumes answer it. */
export function attachmentXml(v: EbsVolume, a: VolumeAttachmentView): XmlObject {
  return {
    volumeId: v.volumeId,
    instanceId: a.inst.id,
    device: v.deviceName,
    status: a.state,
    attachTime: a.time,
    deleteOnTermination: v.deleteOnTermination,
  };
}

export function volumeXml(view: VolumeView): XmlObject {
  const { volume: v, attachment } = view;
  return {
    volumeId: v.volumeId,
    size: v.sizeGb,
    snapshotId: v.snapshotId ?? '',
    availabilityZone: view.zone,
    status: view.status,
    createTime: view.createTime,
    attachmentSet: attachment ? [attachmentXml(v, attachment)] : undefined,
    volumeType: v.type,
    iops: iops(v),
    throughput: v.throughput ?? (v.type === 'gp3' ? 125 : undefined),
    encrypted: v.encrypted,
    kmsKeyId: v.kmsKeyId,
    multiAttachEnabled: false,
    fastRestored: false,
    tagSet: tagSet(v.tags),
  };
}
