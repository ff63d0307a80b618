import type { Action, Ec2Context } from './context.js';
import {
  Ec2Error,
  invalidParameter,
  missingParameter,
  snapshotNotFound,
  stopIfDryRun,
} from './errors.js';
import { paginate } from './paging.js';
import { snapshotScope } from './snapshot-scope.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import type { ImageRecord, RegionState, SnapshotRecord } from './state.js';
import { tagSet, type XmlObject } from './xml.js';

const SNAPSHOT_ID = /^snap-[0-9a-f]{8}([0-9a-f]{9})?$/;

/**
 * The volume a snapshot was taken from; "Snapshots created by the CopySnapshot action have an
 * arbitrary volume ID that should not be used for any purpose" (Snapshot, EC2 API reference,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Snapshot.html), as have copies.
 */
function volumeIdOf(s: SnapshotRecord): string {
  return s.volumeId ?? 'vol-ffffffff';
}

export function snapshotXml(s: SnapshotRecord): XmlObject {
  return {
    snapshotId: s.id,
    volumeId: volumeIdOf(s),
    status: s.state,
    startTime: s.startTime,
    progress: s.progress,
    ownerId: s.ownerId,
    volumeSize: s.volumeSizeGb,
    description: s.description,
    encrypted: s.encrypted,
    kmsKeyId: s.kmsKeyId,
    tagSet: tagSet(s.tags),
  };
}

type Field = (s: SnapshotRecord) => string | string[] | undefined;

/**
 * DescribeSnapshots' filters
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html,
 * Filter.N): "encrypted - Indicates whether the snapshot is encrypted (true | false)",
 * "progress - The progress of the snapshot, as a percentage (for example, 80%)", "start-time -
 * The time stamp when the snapshot was initiated", "volume-id - The ID of the volume the
 * snapshot is for", "volume-size - The size of the volume, in GiB". "owner-alias - The owner
 * alias, from an Amazon-maintained list (amazon)": the account's own snapshots have none.
 */
const FIELDS: Record<string, Field> = {
  'snapshot-id': (s) => s.id,
  description: (s) => s.description,
  status: (s) => s.state,
  'owner-id': (s) => s.ownerId,
  'owner-alias': () => undefined,
  encrypted: (s) => String(s.encrypted),
  'volume-id': (s) => volumeIdOf(s),
  'volume-size': (s) => String(s.volumeSizeGb),
  'start-time': (s) => s.startTime,
  progress: (s) => s.progress,
  'tag-key': (s) => Object.keys(s.tags),
};

function snapshotMatches(s: SnapshotRecord, f: Filter): boolean {
  if (f.name.startsWith('tag:')) return matchesAny(s.tags[f.name.slice(4)], f.values);
  const field = FIELDS[f.name];
  if (!field) throw invalidParameter(`The filter '${f.name}' is invalid`);
  return [field(s) ?? []].flat().some((v) => matchesAny(v, f.values));
}

/**
 * A snapshot of this account, or EC2's error for the id: InvalidSnapshotID.Malformed ("The
 * specified snapshot ID is not valid", EC2 error codes,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html; the code as
 * cloud-custodian/cloud-custodian#1738 meets it from DescribeSnapshots), else
 * InvalidSnapshot.NotFound.
 */
export function findSnapshot(region: RegionState, id: string): SnapshotRecord {
  if (!SNAPSHOT_ID.test(id)) {
    throw new Ec2Error('InvalidSnapshotID.Malformed', `Invalid id: "${id}"`);
  }
  const s = region.snapshots.get(id);
  if (!s || s.stock) throw snapshotNotFound(id);
  return s;
}

function describeSnapshots(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const ids = q.list('SnapshotId');
    const filters = filtersOf(q);
    const found =
      ids.length > 0
        ? ids.map((id) => findSnapshot(region, id))
        : [...region.snapshots.values()].filter((s) => !s.stock);
    const matching = found
      .filter(snapshotScope(q))
      .filter((s) => filters.every((f) => snapshotMatches(s, f)));
    stopIfDryRun(req);
    const page = paginate(ctx, 'DescribeSnapshots', q, matching, (s) => s.id);
    return { snapshotSet: page.items.map(snapshotXml), nextToken: page.nextToken };
  };
}

/** The AMI that holds a snapshot: a registered one, or one deregistered moments ago. */
function snapshotUser(region: RegionState, id: string): ImageRecord | undefined {
  const now = Date.now();
  return [...region.images.values()].find(
    (i) =>
      i.snapshotIds.includes(id) &&
      (i.state !== 'deregistered' || now < (i.snapshotsInUseUntil ?? 0)),
  );
}

function deleteSnapshot(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('SnapshotId');
    if (!id) throw missingParameter('SnapshotId');
    findSnapshot(region, id);
    const user = snapshotUser(region, id);
    if (user) {
      throw new Ec2Error(
        'InvalidSnapshot.InUse',
        `The snapshot ${id} is currently in use by ${user.id}`,
      );
    }
    stopIfDryRun(req);
    region.snapshots.delete(id);
    ctx.log(`ec2: snapshot ${id} (${region.region}) deleted`);
    return { return: true };
  };
}

export function snapshotActions(ctx: Ec2Context): Record<string, Action> {
  return {
    DescribeSnapshots: describeSnapshots(ctx),
    DeleteSnapshot: deleteSnapshot(ctx),
  };
}
