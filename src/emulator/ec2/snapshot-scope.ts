import type { QueryParams } from './query.js';
import { ACCOUNT_ID, type SnapshotRecord } from './state.js';

/** Amazon's own account: the owner `amazon` names (its AMIs' `imageOwnerAlias`). */
const AMAZON = '137112412989';

/**
 * `Owner.N` (OwnerIds): "Scopes the results to snapshots with the specified owners. You can
 * specify a combination of Amazon Web Services account IDs, self, and amazon."
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html).
 */
function ownedBy(s: SnapshotRecord, owners: string[]): boolean {
  return owners.some(
    (o) =>
      (o === 'self' && s.ownerId === ACCOUNT_ID) ||
      (o === 'amazon' && s.ownerId === AMAZON) ||
      o === s.ownerId,
  );
}

/**
 * `RestorableBy.N` (RestorableByUserIds): "The IDs of the Amazon Web Services accounts that can
 * create volumes from the snapshot" (DescribeSnapshots API reference): the owner, the accounts
 * its createVolumePermission names, and everyone for a public (`all`) one; `self` is this
 * account and `all` the public snapshots.
 */
function restorableBy(s: SnapshotRecord, users: string[]): boolean {
  const perms = s.createVolumePermissions ?? [];
  return users.some((u) => {
    if (u === 'all') return perms.some((p) => p.group === 'all');
    const account = u === 'self' ? ACCOUNT_ID : u;
    return s.ownerId === account || perms.some((p) => p.userId === account || p.group === 'all');
  });
}

/** DescribeSnapshots' OwnerIds and RestorableByUserIds, both applying when both are given. */
export function snapshotScope(q: QueryParams): (s: SnapshotRecord) => boolean {
  const owners = q.list('Owner');
  const users = q.list('RestorableBy');
  return (s) =>
    (owners.length === 0 || ownedBy(s, owners)) && (users.length === 0 || restorableBy(s, users));
}
