import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { ownImage } from './images.js';
import { findSnapshot } from './snapshots.js';
import { findInstance } from './instances.js';
import { paginate } from './paging.js';
import { filtersOf, matchesAny, type Filter, type QueryParams } from './query.js';
import { findGroup } from './security-groups.js';
import { ACCOUNT_ID, type RegionState } from './state.js';
import { checkedTagList, checkTag, isAwsTag, withTags } from './tag-rules.js';
import { allVolumes, findVolume } from './volumes.js';

/** A taggable resource: its id, the type DescribeTags names, and its tags (changed in place). */
interface Tagged {
  id: string;
  type: string;
  tags: Record<string, string>;
}

/** The resource an id names, by its prefix, as CreateTags and DeleteTags find it. */
function taggedById(region: RegionState, id: string): Tagged {
  const as = (type: string, tags: Record<string, string>): Tagged => ({ id, type, tags });
  if (id.startsWith('i-')) return as('instance', findInstance(region, id).tags);
  if (id.startsWith('ami-')) return as('image', ownImage(region, id).tags);
  if (id.startsWith('snap-')) return as('snapshot', findSnapshot(region, id).tags);
  if (id.startsWith('vol-')) return as('volume', findVolume(region, id).volume.tags);
  if (id.startsWith('sg-')) return as('security-group', findGroup(region, id).tags);
  if (id.startsWith('key-')) {
    const key = [...region.keyPairs.values()].find((k) => k.id === id);
    if (!key) throw new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${id}' does not exist`);
    return as('key-pair', key.tags);
  }
  // InvalidID: "The specified ID for the resource you are trying to tag is not valid" (the EC2
  // API's error codes page); the message's wording is the emulator's.
  throw new Ec2Error('InvalidID', `The ID '${id}' is not valid`);
}

/** Every resource of the region a DescribeTags could list: what the account owns and sees now. */
function allTagged(region: RegionState): Tagged[] {
  const now = Date.now();
  const out: Tagged[] = [];
  for (const i of region.instances.values()) {
    if (now >= i.visibleAt) out.push({ id: i.id, type: 'instance', tags: i.tags });
  }
  for (const { volume } of allVolumes(region)) {
    out.push({ id: volume.volumeId, type: 'volume', tags: volume.tags });
  }
  for (const img of region.images.values()) {
    if (img.stock || img.ownerId !== ACCOUNT_ID || img.state === 'deregistered') continue;
    if (now >= (img.visibleAt ?? 0)) out.push({ id: img.id, type: 'image', tags: img.tags });
  }
  for (const s of region.snapshots.values()) {
    if (!s.stock) out.push({ id: s.id, type: 'snapshot', tags: s.tags });
  }
  for (const g of region.securityGroups.values()) {
    if (now >= (g.visibleAt ?? 0)) out.push({ id: g.id, type: 'security-group', tags: g.tags });
  }
  for (const k of region.keyPairs.values()) out.push({ id: k.id, type: 'key-pair', tags: k.tags });
  return out;
}

function resourceIds(q: QueryParams): string[] {
  const ids = q.list('ResourceId');
  if (ids.length === 0) throw missingParameter('ResourceId');
  return ids;
}

/**
 * CreateTags (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html):
 * sets the tags on every resource named, overwriting a key's value; all or none.
 */
function createTags(): Action {
  return (req) => {
    const { q, region } = req;
    const targets = resourceIds(q).map((id) => taggedById(region, id));
    const tags = checkedTagList(q, 'Tag');
    if (Object.keys(tags).length === 0) throw missingParameter('Tag');
    const merged = targets.map((t) => withTags(t.tags, tags));
    stopIfDryRun(req);
    targets.forEach((t, i) => Object.assign(t.tags, merged[i]));
    return { return: true };
  };
}

/**
 * DeleteTags (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTags.html):
 * a key alone deletes the tag whatever its value, a key with a value only when the value is
 * that, no tags at all deletes every user tag; a tag that is not there is no error. `aws:`
 * tags cannot be deleted. An empty value is a value ("If you specify a tag key with an empty
 * string as the tag value, we delete the tag only if its value is an empty string"), not the
 * absence the emulator reads in other empty parameters.
 */
function deleteTags(): Action {
  return (req) => {
    const { q, region } = req;
    const targets = resourceIds(q).map((id) => taggedById(region, id));
    const named = q.structs('Tag').map((t) => {
      const key = t.get('Key');
      if (key === undefined) throw missingParameter('Tag.N.Key');
      if (isAwsTag(key)) checkTag(key, '');
      return { key, value: t.text('Value') };
    });
    stopIfDryRun(req);
    for (const t of targets) {
      for (const key of Object.keys(t.tags)) {
        if (isAwsTag(key)) continue;
        const match =
          named.length === 0 ||
          named.some((n) => n.key === key && (n.value === undefined || n.value === t.tags[key]));
        if (match) delete t.tags[key];
      }
    }
    return { return: true };
  };
}

function tagMatches(r: Tagged, key: string, value: string, f: Filter): boolean {
  switch (f.name) {
    case 'key':
      return matchesAny(key, f.values);
    case 'value':
      return matchesAny(value, f.values);
    case 'resource-id':
      return matchesAny(r.id, f.values);
    case 'resource-type':
      return matchesAny(r.type, f.values);
    default:
      if (f.name.startsWith('tag:')) return matchesAny(r.tags[f.name.slice(4)], f.values);
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

/**
 * DescribeTags (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTags.html):
 * one item per tag of the region's resources, filtered by `key`, `value`, `resource-id`,
 * `resource-type` and `tag:<key>`, paged as the other describe actions. `tagSet` is answered
 * even when empty, as every EC2 describe answers its set (boto3 reads `resp['Tags']`).
 */
function describeTags(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const filters = filtersOf(q);
    stopIfDryRun(req);
    const items = allTagged(region).flatMap((r) =>
      Object.entries(r.tags)
        .filter(([key, value]) => filters.every((f) => tagMatches(r, key, value, f)))
        .map(([key, value]) => ({ resourceId: r.id, resourceType: r.type, key, value })),
    );
    const page = paginate(ctx, 'DescribeTags', q, items, (t) => `${t.resourceId}\u0000${t.key}`);
    return { tagSet: page.items, nextToken: page.nextToken };
  };
}

export function tagActions(ctx: Ec2Context): Record<string, Action> {
  return {
    CreateTags: createTags(),
    DeleteTags: deleteTags(),
    DescribeTags: describeTags(ctx),
  };
}
