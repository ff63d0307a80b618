import { Ec2Error, invalidParameter, missingParameter } from './errors.js';
import { isAwsManagedKey } from './kms.js';
import type { QueryParams } from './query.js';
import { ACCOUNT_ID, type ImageRecord, type LaunchPermission } from './state.js';

const ACCOUNT = /^\d{12}$/;
const ORGANIZATION_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN =
  /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

function checkPermission(p: LaunchPermission): LaunchPermission {
  const bad = (what: string, value: string): Ec2Error =>
    new Ec2Error(
      'InvalidAMIAttributeItemValue',
      `Invalid attribute item value "${value}" for ${what} item type.`,
    );
  if (p.userId !== undefined && !ACCOUNT.test(p.userId)) throw bad('userId', p.userId);
  if (p.group !== undefined && p.group !== 'all') throw bad('group', p.group);
  if (p.organizationArn !== undefined && !ORGANIZATION_ARN.test(p.organizationArn)) {
    throw bad('organizationArn', p.organizationArn);
  }
  if (p.organizationalUnitArn !== undefined && !OU_ARN.test(p.organizationalUnitArn)) {
    throw bad('organizationalUnitArn', p.organizationalUnitArn);
  }
  return p;
}

function permissionsOf(list: QueryParams[]): LaunchPermission[] {
  return list.map((p) => {
    const perm: LaunchPermission = {};
    if (p.has('UserId')) perm.userId = p.get('UserId')!;
    if (p.has('Group')) perm.group = p.get('Group')!;
    if (p.has('OrganizationArn')) perm.organizationArn = p.get('OrganizationArn')!;
    if (p.has('OrganizationalUnitArn'))
      perm.organizationalUnitArn = p.get('OrganizationalUnitArn')!;
    if (Object.keys(perm).length !== 1) {
      throw invalidParameter(
        'Each launch permission names exactly one of UserId, Group, OrganizationArn, OrganizationalUnitArn',
      );
    }
    return checkPermission(perm);
  });
}

/** The legacy form's lists: `UserId.N`, `UserGroup.N`, `OrganizationArn.N`, `OrganizationalUnitArn.N`. */
function legacyPermissions(q: QueryParams): LaunchPermission[] {
  return [
    ...q.list('UserId').map((userId) => ({ userId })),
    ...q.list('UserGroup').map((group) => ({ group })),
    ...q.list('OrganizationArn').map((organizationArn) => ({ organizationArn })),
    ...q.list('OrganizationalUnitArn').map((organizationalUnitArn) => ({ organizationalUnitArn })),
  ].map(checkPermission);
}

export interface PermissionChange {
  add: LaunchPermission[];
  remove: LaunchPermission[];
}

/**
 * A launch permission change, in either form ModifyImageAttribute takes
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyImageAttribute.html):
 * `LaunchPermission.Add.N.*` / `LaunchPermission.Remove.N.*`, which need no OperationType, or
 * `OperationType` with the `UserId.N`, `UserGroup.N`, `OrganizationArn.N` and
 * `OrganizationalUnitArn.N` lists ("The operation type. This parameter can be used only when
 * the Attribute parameter is launchPermission."). The lists without an OperationType are
 * refused with the emulator's MissingParameter.
 */
export function permissionChange(q: QueryParams): PermissionChange {
  const launch = q.sub('LaunchPermission');
  const add = permissionsOf(launch.structs('Add'));
  const remove = permissionsOf(launch.structs('Remove'));
  const legacy = legacyPermissions(q);
  const op = q.get('OperationType');
  if (op === 'add') add.push(...legacy);
  else if (op === 'remove') remove.push(...legacy);
  else if (op !== undefined) {
    throw invalidParameter(`Value (${op}) for parameter OperationType is invalid.`);
  } else if (legacy.length > 0) throw missingParameter('OperationType');
  return { add, remove };
}

/** Whether the request names any launch permission (in either form). */
export function asksPermissionChange(q: QueryParams): boolean {
  return (
    !q.sub('LaunchPermission').empty() ||
    q.has('OperationType') ||
    ['UserId', 'UserGroup', 'OrganizationArn', 'OrganizationalUnitArn'].some((n) => q.has(`${n}.1`))
  );
}

const samePermission = (a: LaunchPermission, b: LaunchPermission): boolean =>
  a.userId === b.userId &&
  a.group === b.group &&
  a.organizationArn === b.organizationArn &&
  a.organizationalUnitArn === b.organizationalUnitArn;

/** AWS's sharing rules for encrypted images (the snapshots' key must be shareable). */
export function checkShareable(img: ImageRecord, add: LaunchPermission[]): void {
  if (!img.encrypted || add.length === 0) return;
  if (add.some((p) => p.group === 'all')) {
    throw new Ec2Error('InvalidParameter', `Encrypted image ${img.id} cannot be made public.`);
  }
  if (isAwsManagedKey(img.region, img.kmsKeyId)) {
    throw new Ec2Error(
      'InvalidParameter',
      `Image ${img.id} is encrypted with the AWS managed key alias/aws/ebs, which cannot be shared; copy it encrypted with a customer managed key and share that key too.`,
    );
  }
}

export function applyPermissionChange(img: ImageRecord, change: PermissionChange): void {
  img.launchPermissions = img.launchPermissions.filter(
    (p) => !change.remove.some((r) => samePermission(p, r)),
  );
  for (const p of change.add) {
    if (!img.launchPermissions.some((e) => samePermission(e, p))) img.launchPermissions.push(p);
  }
}

/**
 * DescribeImages' `ExecutableBy.N` (ExecutableUsers): "If you specify an Amazon Web Services
 * account ID that is not your own, only AMIs shared with that specific Amazon Web Services
 * account ID are returned... If you specify self or your own Amazon Web Services account ID,
 * AMIs shared with your account are returned... If you specify all, all public AMIs are
 * returned." (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html).
 * Organization and OU shares are not matched: the emulated account belongs to none.
 */
export function executableBy(img: ImageRecord, users: string[]): boolean {
  return users.some((u) => {
    if (u === 'all') return img.launchPermissions.some((p) => p.group === 'all');
    const account = u === 'self' ? ACCOUNT_ID : u;
    return img.launchPermissions.some((p) => p.userId === account);
  });
}
