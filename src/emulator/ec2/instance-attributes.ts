import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { blockDeviceMappingXml, findInstance } from './instances.js';
import type { QueryParams } from './query.js';
import { findGroup } from './security-groups.js';
import type { InstanceRecord, RegionState } from './state.js';
import type { XmlObject, XmlValue } from './xml.js';
import { attachedVolumes } from './volume-views.js';

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
        const volume = attachedVolumes(inst).find((v) => v.deviceName === m.get('DeviceName'));
        if (!volume) {
          throw new Ec2Error(
            'InvalidInstanceAttributeValue',
            `No device is currently mapped at ${m.get('DeviceName')}`,
          );
        }
        if (m.has('Ebs.DeleteOnTermination')) {
          volume.deleteOnTermination = m.bool('Ebs.DeleteOnTermination');
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

/** Every attribute DescribeInstanceAttribute takes (API reference, `Attribute`). */
const DESCRIBABLE = new Set([
  'instanceType',
  'kernel',
  'ramdisk',
  'userData',
  'disableApiTermination',
  'instanceInitiatedShutdownBehavior',
  'rootDeviceName',
  'blockDeviceMapping',
  'productCodes',
  'sourceDestCheck',
  'groupSet',
  'ebsOptimized',
  'sriovNetSupport',
  'enaSupport',
  'enclaveOptions',
  'disableApiStop',
]);

/** What EC2 reports of an attribute nothing has set. */
const DEFAULTS: Record<string, string> = {
  disableApiTermination: 'false',
  disableApiStop: 'false',
  sourceDestCheck: 'true',
  ebsOptimized: 'false',
  enaSupport: 'true',
};

/** One attribute as its own element: `{value}` for most, lists for groups and devices. */
function attributeXml(inst: InstanceRecord, name: string, region: RegionState): XmlValue {
  const value = (v: string | boolean | undefined): XmlObject => ({ value: v });
  switch (name) {
    case 'instanceType':
      return value(inst.instanceType);
    case 'userData':
      return value(inst.userData);
    case 'instanceInitiatedShutdownBehavior':
      return value(inst.shutdownBehavior);
    case 'rootDeviceName':
      return value(inst.root.deviceName);
    case 'groupSet':
      return inst.securityGroupIds.map((groupId) => ({
        groupId,
        groupName: region.securityGroups.get(groupId)?.name,
      }));
    case 'blockDeviceMapping':
      return blockDeviceMappingXml(inst);
    case 'productCodes':
      return undefined;
    case 'enclaveOptions':
      return { enabled: false };
    default: {
      const v = inst.attributes[name] ?? DEFAULTS[name];
      return v === 'true' || v === 'false' ? value(v === 'true') : value(v);
    }
  }
}

/**
 * DescribeInstanceAttribute
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceAttribute.html):
 * one attribute per call, answered as `<instanceId>` and the attribute's own element (user data
 * base64, as given). An attribute that was never set comes back empty or at EC2's default.
 */
function describeInstanceAttribute(): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('InstanceId');
    if (!id) throw missingParameter('InstanceId');
    const name = q.get('Attribute');
    if (!name) throw missingParameter('Attribute');
    if (!DESCRIBABLE.has(name)) {
      throw invalidParameter(
        `Value (${name}) for parameter attribute is invalid. Unknown attribute.`,
      );
    }
    const inst = findInstance(region, id);
    stopIfDryRun(req);
    return { instanceId: inst.id, [name]: attributeXml(inst, name, region) };
  };
}

export function instanceAttributeActions(ctx: Ec2Context): Record<string, Action> {
  return {
    ModifyInstanceAttribute: modifyInstanceAttribute(ctx),
    DescribeInstanceAttribute: describeInstanceAttribute(),
  };
}
