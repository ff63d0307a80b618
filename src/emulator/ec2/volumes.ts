import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { allVolumes, findVolume, volumeXml, type VolumeView } from './volume-views.js';

/**
 * DescribeVolumes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html):
 * the EBS volumes of the region's instances, `in-use` and attached while their instance is not
 * terminated, and those attached to none: made by CreateVolume, detached, or kept when their
 * instance terminated. A volume with DeleteOnTermination false, the root included, stays,
 * `available` ("By default, when you launch an instance the DeleteOnTermination
 * attribute for the root volume of an instance is set to true ... the default is to preserve
 * these volumes" for the others, "Preserve data when an instance is terminated",
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html).
 */

export { allVolumes, findVolume, type VolumeView } from './volume-views.js';

type Field = (view: VolumeView) => string | string[] | undefined;

/**
 * DescribeVolumes' filters (Filter.N): "create-time - The time stamp when the volume was
 * created", "multi-attach-enabled - Indicates whether the volume is enabled for Multi-Attach
 * (true | false)", "fast-restored - Indicates whether the volume was created from a snapshot
 * that is enabled for fast snapshot restore (true | false)", "status - The state of the volume
 * (creating | available | in-use | deleting | deleted | error)", "attachment.status - The
 * attachment state (attaching | attached | detaching)". No emulated volume is multi-attach or
 * fast-restored; the attachment filters match attached volumes only.
 */
const FIELDS: Record<string, Field> = {
  'volume-id': ({ volume }) => volume.volumeId,
  'attachment.instance-id': ({ attachment }) => attachment?.inst.id,
  'attachment.device': ({ volume, attachment }) => (attachment ? volume.deviceName : undefined),
  'attachment.status': ({ attachment }) => attachment?.state,
  'attachment.attach-time': ({ attachment }) => attachment?.time,
  'attachment.delete-on-termination': ({ volume, attachment }) =>
    attachment ? String(volume.deleteOnTermination) : undefined,
  status: ({ status }) => status,
  size: ({ volume }) => String(volume.sizeGb),
  'volume-type': ({ volume }) => volume.type,
  encrypted: ({ volume }) => String(volume.encrypted),
  'availability-zone': ({ zone }) => zone,
  'create-time': ({ createTime }) => createTime,
  'multi-attach-enabled': () => 'false',
  'fast-restored': () => 'false',
  'snapshot-id': ({ volume }) => volume.snapshotId,
  'tag-key': ({ volume }) => Object.keys(volume.tags),
};

function volumeMatches(view: VolumeView, f: Filter): boolean {
  if (f.name.startsWith('tag:')) return matchesAny(view.volume.tags[f.name.slice(4)], f.values);
  const field = FIELDS[f.name];
  if (!field) throw invalidParameter(`The filter '${f.name}' is invalid`);
  return [field(view) ?? []].flat().some((v) => matchesAny(v, f.values));
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
    const matching = found.filter((v) => filters.every((f) => volumeMatches(v, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeVolumes', q, matching, (v) => v.volume.volumeId);
    return {
      volumeSet: page.items.map(volumeXml),
      nextToken: page.nextToken,
    };
  };
}

export function volumeActions(ctx: Ec2Context): Record<string, Action> {
  return { DescribeVolumes: describeVolumes(ctx) };
}
