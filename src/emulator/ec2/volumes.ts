import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import type { InstanceRecord, RegionState } from './state.js';
import { tagSet, type XmlObject } from './xml.js';

/**
 * DescribeVolumes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html):
 * the root volumes of the region's instances, `in-use` and attached while their instance is
 * not terminated (a root volume with DeleteOnTermination goes with its instance).
 */

const VOLUME_ID = /^vol-[0-9a-f]{8}([0-9a-f]{9})?$/;

/** Baseline IOPS and throughput of gp3; gp2 gives 3 IOPS per GiB, at least 100. */
function iops(type: string, sizeGb: number): number | undefined {
  if (type === 'gp3') return 3000;
  if (type === 'gp2') return Math.min(16000, Math.max(100, 3 * sizeGb));
  return undefined;
}

function volumes(region: RegionState): InstanceRecord[] {
  return [...region.instances.values()].filter((i) => i.state !== 'terminated');
}

export function findVolumeOwner(region: RegionState, id: string): InstanceRecord {
  if (!VOLUME_ID.test(id)) {
    throw new Ec2Error('InvalidVolumeID.Malformed', `Invalid id: "${id}" (expecting "vol-...")`);
  }
  const inst = volumes(region).find((i) => i.root.volumeId === id);
  if (!inst) throw new Ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
  return inst;
}

function volumeXml(inst: InstanceRecord): XmlObject {
  const v = inst.root;
  return {
    volumeId: v.volumeId,
    size: v.sizeGb,
    snapshotId: v.snapshotId ?? '',
    availabilityZone: `${inst.region}a`,
    status: 'in-use',
    createTime: inst.launchTime,
    attachmentSet: [
      {
        volumeId: v.volumeId,
        instanceId: inst.id,
        device: v.deviceName,
        status: 'attached',
        attachTime: inst.launchTime,
        deleteOnTermination: v.deleteOnTermination,
      },
    ],
    volumeType: v.type,
    iops: iops(v.type, v.sizeGb),
    throughput: v.type === 'gp3' ? 125 : undefined,
    encrypted: v.encrypted,
    kmsKeyId: v.kmsKeyId,
    multiAttachEnabled: false,
    tagSet: tagSet(v.tags),
  };
}

function volumeMatches(inst: InstanceRecord, f: Filter): boolean {
  const v = inst.root;
  switch (f.name) {
    case 'volume-id':
      return matchesAny(v.volumeId, f.values);
    case 'attachment.instance-id':
      return matchesAny(inst.id, f.values);
    case 'attachment.device':
      return matchesAny(v.deviceName, f.values);
    case 'attachment.status':
      return matchesAny('attached', f.values);
    case 'attachment.delete-on-termination':
      return matchesAny(String(v.deleteOnTermination), f.values);
    case 'status':
      return matchesAny('in-use', f.values);
    case 'size':
      return matchesAny(String(v.sizeGb), f.values);
    case 'volume-type':
      return matchesAny(v.type, f.values);
    case 'encrypted':
      return matchesAny(String(v.encrypted), f.values);
    case 'availability-zone':
      return matchesAny(`${inst.region}a`, f.values);
    case 'snapshot-id':
      return matchesAny(v.snapshotId, f.values);
    case 'tag-key':
      return Object.keys(v.tags).some((k) => matchesAny(k, f.values));
    default:
      if (f.name.startsWith('tag:')) return matchesAny(v.tags[f.name.slice(4)], f.values);
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
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
    const found = ids.length > 0 ? ids.map((id) => findVolumeOwner(region, id)) : volumes(region);
    const matching = found.filter((i) => filters.every((f) => volumeMatches(i, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeVolumes', q, matching, (i) => i.root.volumeId);
    return { volumeSet: page.items.map(volumeXml), nextToken: page.nextToken };
  };
}

export function volumeActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeVolumes: describeVolumes(ctx) };
}
