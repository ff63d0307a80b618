import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { subnetZone } from './network.js';
import type { EbsVolume, InstanceRecord, RegionState } from './state.js';
import { tagSet, type XmlObject } from './xml.js';

/**
 * DescribeVolumes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html):
 * the EBS volumes of the region's instances, `in-use` and attached while their instance is not
 * terminated. A volume with DeleteOnTermination false, the root included, stays, `available`
 * ("By default, when you launch an instance the DeleteOnTermination
 * attribute for the root volume of an instance is set to true ... the default is to preserve
 * these volumes" for the others, "Preserve data when an instance is terminated",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html).
 */

const VOLUME_ID = /^vol-[0-9a-f]{8}([0-9a-f]{9})?$/;

/** A volume and the instance it was made for; `attached` while that instance lives. */
export interface VolumeView {
  volume: EbsVolume;
  inst: InstanceRecord;
  attached: boolean;
}

/** Baseline IOPS and throughput of gp3; gp2 gives 3 IOPS per GiB, at least 100. */
function iops(v: EbsVolume): number | undefined {
  if (v.iops !== undefined) return v.iops;
  if (v.type === 'gp3') return 3000;
  if (v.type === 'gp2') return Math.min(16000, Math.max(100, 3 * v.sizeGb));
  return undefined;
}

export function allVolumes(region: RegionState): VolumeView[] {
  return [...region.instances.values()].flatMap((inst): VolumeView[] =>
    inst.state !== 'terminated'
      ? [inst.root, ...inst.volumes].map((volume) => ({ volume, inst, attached: true }))
      : [inst.root, ...inst.volumes]
          .filter((v) => !v.deleteOnTermination)
          .map((volume) => ({ volume, inst, attached: false })),
  );
}

export function findVolume(region: RegionState, id: string): VolumeView {
  if (!VOLUME_ID.test(id)) {
    throw new Ec2Error('InvalidVolumeID.Malformed', `Invalid id: "${id}" (expecting "vol-...")`);
  }
  const view = allVolumes(region).find((v) => v.volume.volumeId === id);
  if (!view) throw new Ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
  return view;
}

function volumeXml({ volume: v, inst, attached }: VolumeView, region: RegionState): XmlObject {
  return {
    volumeId: v.volumeId,
    size: v.sizeGb,
    snapshotId: v.snapshotId ?? '',
    availabilityZone: subnetZone(region, inst.subnetId),
    status: attached ? 'in-use' : 'available',
    createTime: inst.launchTime,
    attachmentSet: attached
      ? [
          {
            volumeId: v.volumeId,
            instanceId: inst.id,
            device: v.deviceName,
            status: 'attached',
            attachTime: inst.launchTime,
            deleteOnTermination: v.deleteOnTermination,
          },
        ]
      : undefined,
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

type Field = (view: VolumeView, region: RegionState) => string | string[] | undefined;

/**
 * DescribeVolumes' filters (Filter.N): "create-time - The time stamp when the volume was
 * created", "multi-attach-enabled - Indicates whether the volume is enabled for Multi-Attach
 * (true | false)", "fast-restored - Indicates whether the volume was created from a snapshot
 * that is enabled for fast snapshot restore (true | false)", "status - The state of the volume
 * (creating | available | in-use | deleting | deleted | error)". No emulated volume is
 * multi-attach or fast-restored; the attachment filters match attached volumes only.
 */
const FIELDS: Record<string, Field> = {
  'volume-id': ({ volume }) => volume.volumeId,
  'attachment.instance-id': ({ inst, attached }) => (attached ? inst.id : undefined),
  'attachment.device': ({ volume, attached }) => (attached ? volume.deviceName : undefined),
  'attachment.status': ({ attached }) => (attached ? 'attached' : undefined),
  'attachment.attach-time': ({ inst, attached }) => (attached ? inst.launchTime : undefined),
  'attachment.delete-on-termination': ({ volume, attached }) =>
    attached ? String(volume.deleteOnTermination) : undefined,
  status: ({ attached }) => (attached ? 'in-use' : 'available'),
  size: ({ volume }) => String(volume.sizeGb),
  'volume-type': ({ volume }) => volume.type,
  encrypted: ({ volume }) => String(volume.encrypted),
  'availability-zone': ({ inst }, region) => subnetZone(region, inst.subnetId),
  'create-time': ({ inst }) => inst.launchTime,
  'multi-attach-enabled': () => 'false',
  'fast-restored': () => 'false',
  'snapshot-id': ({ volume }) => volume.snapshotId,
  'tag-key': ({ volume }) => Object.keys(volume.tags),
};

function volumeMatches(view: VolumeView, region: RegionState, f: Filter): boolean {
  if (f.name.startsWith('tag:')) return matchesAny(view.volume.tags[f.name.slice(4)], f.values);
  const field = FIELDS[f.name];
  if (!field) throw invalidParameter(`The filter '${f.name}' is invalid`);
  return [field(view, region) ?? []].flat().some((v) => matchesAny(v, f.values));
}

function describeVolumes(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('VolumeId');
    if (ids.length > 0 && q.has('MaxResults')) {
      throw new Ec2Error(
        'InvalidParameterCombination',
        'The parameter volumeSet cannot be used with the parameter maxResults',
      );
    }
    const filters = filtersOf(q);
    const found = ids.length > 0 ? ids.map((id) => findVolume(region, id)) : allVolumes(region);
    const matching = found.filter((v) => filters.every((f) => volumeMatches(v, region, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeVolumes', q, matching, (v) => v.volume.volumeId);
    return {
      volumeSet: page.items.map((v) => volumeXml(v, region)),
      nextToken: page.nextToken,
    };
  };
}

export function volumeActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeVolumes: describeVolumes(ctx) };
}
