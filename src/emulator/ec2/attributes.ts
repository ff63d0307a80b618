import type { Action, Ec2Context } from './context.js';
import { isAwsManagedKey } from './kms.js';
import {
  Ec2Error,
  invalidParameter,
  missingParameter,
  snapshotNotFound,
  stopIfDryRun,
} from './errors.js';
import { findInstance } from './instances.js';
import type { QueryParams } from './query.js';
import { findGroup } from './security-groups.js';
import type { InstanceRecord, SnapshotRecord } from './state.js';

/**
 * ModifyInstanceAttribute
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceAttribute.html):
 * one attribute per call, either as `Attribute=x&Value=v` or as its own `X.Value=v`; the
 * instance type, user data, ENA and SR-IOV support change only while the instance is stopped.
 */
const NEEDS_STOPPED = new Set(['instanceType', 'userData', 'enaSupport', 'sriovNetSupport']);
const BOOLEAN = new Set([
  'enaSupport',
  'disableApiTermination',
  'disableApiStop',
  'sourceDestCheck',
  'ebsOptimized',
]);
const STRUCTURED: Record<string, string> = {
  InstanceType: 'instanceType',
  Kernel: 'kernel',
  Ramdisk: 'ramdisk',
  UserData: 'userData',
  DisableApiTermination: 'disableApiTermination',
  DisableApiStop: 'disableApiStop',
  InstanceInitiatedShutdownBehavior: 'instanceInitiatedShutdownBehavior',
  SourceDestCheck: 'sourceDestCheck',
  EbsOptimized: 'ebsOptimized',
  SriovNetSupport: 'sriovNetSupport',
  EnaSupport: 'enaSupport',
};

const KNOWN = new Set([...Object.values(STRUCTURED), 'groupSet', 'blockDeviceMapping']);

/** The one attribute a request changes, and its value. */
function requested(q: QueryParams): { name: string; value: string | string[] } {
  const found: { name: string; value: string | string[] }[] = [];
  if (q.has('Attribute')) {
    const name = q.get('Attribute')!;
    const value = q.get('Value');
    if (value === undefined) throw missingParameter('Value');
    found.push({ name, value });
  }
  for (const [param, name] of Object.entries(STRUCTURED)) {
    if (q.has(`${param}.Value`)) found.push({ name, value: q.get(`${param}.Value`)! });
  }
  const groups = q.list('GroupId');
  if (groups.length > 0) found.push({ name: 'groupSet', value: groups });
  if (q.structs('BlockDeviceMapping').length > 0) {
    found.push({ name: 'blockDeviceMapping', value: '' });
  }
  if (found.length === 0) {
    throw new Ec2Error('InvalidParameterCombination', 'No attributes specified.');
  }
  if (found.length > 1) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'Fields for multiple attribute types specified: ' + found.map((f) => f.name).join(', '),
    );
  }
  return found[0]!;
}

function apply(inst: InstanceRecord, name: string, value: string | string[], q: QueryParams): void {
  const text = typeof value === 'string' ? value : '';
  switch (name) {
    case 'instanceType':
      inst.instanceType = text;
      return;
    case 'userData':
      inst.userData = text;
      return;
    case 'instanceInitiatedShutdownBehavior':
      if (text !== 'stop' && text !== 'terminate') {
        throw invalidParameter(
          `Value (${text}) for parameter instanceInitiatedShutdownBehavior is invalid.`,
        );
      }
      inst.shutdownBehavior = text;
      return;
    case 'groupSet':
      inst.securityGroupIds = value as string[];
      return;
    case 'blockDeviceMapping':
      for (const m of q.structs('BlockDeviceMapping')) {
        if (m.get('DeviceName') !== inst.root.deviceName) {
          throw new Ec2Error(
            'InvalidInstanceAttributeValue',
            `No device is currently mapped at ${m.get('DeviceName')}`,
          );
        }
        if (m.has('Ebs.DeleteOnTermination')) {
          inst.root.deleteOnTermination = m.bool('Ebs.DeleteOnTermination');
        }
      }
      return;
    default:
      inst.attributes[name] = text;
  }
}

function modifyInstanceAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('InstanceId');
    if (!id) throw missingParameter('InstanceId');
    const inst = findInstance(region, id);
    const { name, value } = requested(q);
    if (!KNOWN.has(name)) {
      throw invalidParameter(
        `Value (${name}) for parameter attribute is invalid. Unknown attribute.`,
      );
    }
    if (BOOLEAN.has(name) && !['true', 'false'].includes(String(value).toLowerCase())) {
      throw invalidParameter(`Value (${String(value)}) for parameter ${name} is invalid.`);
    }
    if (name === 'sriovNetSupport' && value !== 'simple') {
      throw invalidParameter(
        `Value (${String(value)}) for parameter sriovNetSupport is invalid. Only 'simple' is supported.`,
      );
    }
    if (NEEDS_STOPPED.has(name) && inst.state !== 'stopped') {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${inst.id}' is not in the 'stopped' state.`,
      );
    }
    if (name === 'groupSet') for (const g of value as string[]) findGroup(region, g);
    stopIfDryRun(req);
    apply(inst, name, BOOLEAN.has(name) ? String(value).toLowerCase() : value, q);
    ctx.log(`ec2: instance ${inst.id} (${region.region}) ${name} set`);
    return { return: true };
  };
}

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
  const s = ctx.state.region(region).snapshots.get(id);
  if (!s || s.stock) throw snapshotNotFound(id);
  return s;
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
    ModifyInstanceAttribute: modifyInstanceAttribute(ctx),
    ModifySnapshotAttribute: modifySnapshotAttribute(ctx),
    DescribeSnapshotAttribute: describeSnapshotAttribute(ctx),
  };
}
