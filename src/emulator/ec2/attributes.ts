import type { Action, Ec2Context } from './context.js';
import { isAwsManagedKey } from './kms.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import type { QueryParams } from './query.js';
import { findSnapshot } from './snapshots.js';
import type { SnapshotRecord } from './state.js';

const ACCOUNT = /^\d{12}$/;

/** `CreateVolumePermission.Add.N.UserId|Group`, or the legacy `OperationType` + `UserId.N`/`GroupName.N`. */
function volumePermissions(q: QueryParams): {
  add: { userId?: string; group?: string }[];
  remove: { userId?: string; group?: string }[];
} {
  const read = (list: QueryParams[]): { userId?: string; group?: string }[] =>
    list.map((p) =>
      p.has('UserId') ? { userId: p.get('UserId')! } : { group: p.get('Group') ?? '' },
    );
  const perm = q.sub('CreateVolumePermission');
  const add = read(perm.structs('Add'));
  const remove = read(perm.structs('Remove'));
  const op = q.get('OperationType');
  if (op !== undefined) {
    const legacy = [
      ...q.list('UserId').map((userId) => ({ userId })),
      ...q.list('GroupName').map((group) => ({ group })),
    ];
    if (op === 'add') add.push(...legacy);
    else if (op === 'remove') remove.push(...legacy);
    else throw invalidParameter(`Value (${op}) for parameter OperationType is invalid.`);
  }
  for (const p of [...add, ...remove]) {
    if (p.userId !== undefined && !ACCOUNT.test(p.userId)) {
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value (${p.userId}) for parameter userId is invalid.`,
      );
    }
    if (p.group !== undefined && p.group !== 'all') {
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value (${p.group}) for parameter group is invalid. Only 'all' is accepted.`,
      );
    }
  }
  return { add, remove };
}

function ownSnapshot(ctx: Ec2Context, region: string, id: string): SnapshotRecord {
  return findSnapshot(ctx.state.region(region), id);
}

/**
 * ModifySnapshotAttribute
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySnapshotAttribute.html):
 * `createVolumePermission` only; encrypted snapshots cannot be made public, and those under the
 * AWS managed key cannot be shared at all ("Share an Amazon EBS snapshot",
 * https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html).
 */
function modifySnapshotAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('SnapshotId');
    if (!id) throw missingParameter('SnapshotId');
    const snap = ownSnapshot(ctx, region.region, id);
    const attribute = q.get('Attribute') ?? 'createVolumePermission';
    if (attribute !== 'createVolumePermission') {
      throw invalidParameter(
        `Value (${attribute}) for parameter attribute is invalid. Only createVolumePermission can be modified.`,
      );
    }
    const { add, remove } = volumePermissions(q);
    if (add.length === 0 && remove.length === 0) {
      throw missingParameter('CreateVolumePermission');
    }
    if (snap.encrypted && add.some((p) => p.group === 'all')) {
      throw new Ec2Error(
        'InvalidParameter',
        `Encrypted snapshots cannot be shared publicly: ${id}`,
      );
    }
    if (snap.encrypted && add.length > 0 && isAwsManagedKey(snap.region, snap.kmsKeyId)) {
      throw new Ec2Error(
        'InvalidParameter',
        `Snapshot ${id} is encrypted with the AWS managed key alias/aws/ebs, which cannot be shared.`,
      );
    }
    stopIfDryRun(req);
    const same = (a: { userId?: string; group?: string }, b: { userId?: string; group?: string }) =>
      a.userId === b.userId && a.group === b.group;
    const now = (snap.createVolumePermissions ?? []).filter((p) => !remove.some((r) => same(p, r)));
    for (const p of add) if (!now.some((e) => same(e, p))) now.push(p);
    snap.createVolumePermissions = now;
    ctx.log(`ec2: snapshot ${id} create-volume permissions: ${JSON.stringify(now)}`);
    return { return: true };
  };
}

function describeSnapshotAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('SnapshotId');
    if (!id) throw missingParameter('SnapshotId');
    const snap = ownSnapshot(ctx, region.region, id);
    const attribute = q.get('Attribute');
    if (attribute !== 'createVolumePermission' && attribute !== 'productCodes') {
      throw invalidParameter(`Value (${attribute}) for parameter attribute is invalid.`);
    }
    stopIfDryRun(req);
    if (attribute === 'productCodes') return { snapshotId: id, productCodes: undefined };
    return {
      snapshotId: id,
      createVolumePermission: (snap.createVolumePermissions ?? []).map((p) => ({ ...p })),
    };
  };
}

export function attributeActions(ctx: Ec2Context): Record<string, Action> {
  return {
    ModifySnapshotAttribute: modifySnapshotAttribute(ctx),
    DescribeSnapshotAttribute: describeSnapshotAttribute(ctx),
  };
}
