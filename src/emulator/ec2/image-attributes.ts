import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { ownImage } from './images.js';
import {
  applyPermissionChange,
  asksPermissionChange,
  checkShareable,
  permissionChange,
} from './launch-permissions.js';
import type { QueryParams } from './query.js';
import type { ImageRecord, RegionState } from './state.js';
import type { XmlObject, XmlValue } from './xml.js';

/**
 * ModifyImageAttribute's `Attribute`: "Valid values: description | imdsSupport |
 * launchPermission", named by `Attribute` "or one of the following parameters: Description,
 * ImdsSupport, or LaunchPermission", and "You can specify only one attribute at a time"
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyImageAttribute.html).
 */
const MODIFIABLE = ['description', 'imdsSupport', 'launchPermission'] as const;
type Modifiable = (typeof MODIFIABLE)[number];

function impliedAttributes(q: QueryParams): Modifiable[] {
  const out: Modifiable[] = [];
  if (q.text('Description.Value') !== undefined) out.push('description');
  if (q.text('ImdsSupport.Value') !== undefined) out.push('imdsSupport');
  if (asksPermissionChange(q)) out.push('launchPermission');
  return out;
}

/**
 * The one attribute a call changes. An unknown name answers EC2's InvalidParameterValue form
 * ("Value (…) for parameter … is invalid.", as aws/aws-cli#2389 quotes it); two attributes
 * answer InvalidParameterCombination and none MissingParameter, in the emulator's wording.
 */
function attributeAsked(q: QueryParams): Modifiable {
  const named = q.get('Attribute');
  if (named !== undefined && !MODIFIABLE.includes(named as Modifiable)) {
    throw invalidParameter(`Value (${named}) for parameter attribute is invalid.`);
  }
  const asked = new Set<Modifiable>(impliedAttributes(q));
  if (named !== undefined) asked.add(named as Modifiable);
  if (asked.size > 1) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `Only one attribute can be modified at a time (got ${[...asked].join(', ')}).`,
    );
  }
  const [attribute] = asked;
  if (attribute === undefined) throw missingParameter('Attribute');
  return attribute;
}

/** `Value` (the AWS CLI's `--value`) or `<Attribute>.Value`; an empty string is a value. */
function valueOf(q: QueryParams, structure: string): string {
  const value = q.text('Value') ?? q.text(`${structure}.Value`);
  if (value === undefined) throw missingParameter(`${structure}.Value`);
  return value;
}

/**
 * ImdsSupport: "Set to v2.0 to indicate that IMDSv2 is specified in the AMI. Instances launched
 * from this AMI will have HttpTokens automatically set to required" (ModifyImageAttribute API
 * reference). v2.0 is the only value, so it cannot be unset; the refusal's wording is the
 * emulator's, in EC2's InvalidParameterValue form.
 */
function imdsSupportOf(q: QueryParams): 'v2.0' {
  const value = valueOf(q, 'ImdsSupport');
  if (value !== 'v2.0') {
    throw invalidParameter(
      `Value (${value}) for parameter imdsSupport is invalid. The only valid value is v2.0.`,
    );
  }
  return value;
}

/** The change a call asks, checked, to apply once DryRun is past. */
function changeOf(q: QueryParams, img: ImageRecord): () => string {
  switch (attributeAsked(q)) {
    case 'description': {
      const description = valueOf(q, 'Description');
      return () => {
        img.description = description;
        return `description: ${description}`;
      };
    }
    case 'imdsSupport': {
      const imdsSupport = imdsSupportOf(q);
      return () => {
        img.imdsSupport = imdsSupport;
        return `imdsSupport: ${imdsSupport}`;
      };
    }
    case 'launchPermission': {
      const change = permissionChange(q);
      if (change.add.length === 0 && change.remove.length === 0) {
        throw missingParameter('LaunchPermission');
      }
      checkShareable(img, change.add);
      return () => {
        applyPermissionChange(img, change);
        return `launch permissions: ${JSON.stringify(img.launchPermissions)}`;
      };
    }
  }
}

function modifyImageAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('ImageId');
    if (!id) throw missingParameter('ImageId');
    const img = ownImage(region, id);
    const apply = changeOf(q, img);
    stopIfDryRun(req);
    ctx.log(`ec2: image ${id} ${apply()}`);
    return { return: true };
  };
}

/**
 * DescribeImageAttribute's `Attribute`: "Valid Values: description | kernel | ramdisk |
 * launchPermission | productCodes | blockDeviceMapping | sriovNetSupport | bootMode |
 * tpmSupport | uefiData | lastLaunchedTime | imdsSupport | deregistrationProtection", and "The
 * blockDeviceMapping attribute is deprecated. Using this attribute returns the
 * Client.AuthFailure error. To get information about the block device mappings for an AMI,
 * describe the image instead"
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageAttribute.html).
 * What an emulated AMI lacks (a kernel, a ramdisk, SR-IOV, a boot mode, NitroTPM, UEFI data,
 * product codes) answers empty, as for an AMI without it; deregistration protection is
 * `disabled` (it cannot be enabled here). The unknown attribute's wording is the emulator's.
 */
const DESCRIBABLE = [
  'description',
  'kernel',
  'ramdisk',
  'launchPermission',
  'productCodes',
  'blockDeviceMapping',
  'sriovNetSupport',
  'bootMode',
  'tpmSupport',
  'uefiData',
  'lastLaunchedTime',
  'imdsSupport',
  'deregistrationProtection',
];

/**
 * "The date and time ... when the AMI was last used to launch an EC2 instance. When the AMI is
 * used to launch an instance, there is a 24-hour delay before that usage is reported"
 * (ImageAttribute, LastLaunchedTime).
 */
const LAUNCH_REPORT_DELAY_MS = 24 * 60 * 60 * 1000;

function lastLaunchedTime(region: RegionState, img: ImageRecord): string | undefined {
  const reported = Date.now() - LAUNCH_REPORT_DELAY_MS;
  return [...region.instances.values()]
    .filter((i) => i.imageId === img.id && Date.parse(i.launchTime) <= reported)
    .map((i) => i.launchTime)
    .sort()
    .at(-1);
}

function attributeXml(attribute: string, img: ImageRecord, region: RegionState): XmlObject {
  switch (attribute) {
    case 'launchPermission':
      return { launchPermission: img.launchPermissions.map((p): XmlValue => ({ ...p })) };
    case 'productCodes':
      return { productCodes: [] };
    case 'imdsSupport':
      return { imdsSupport: { value: img.imdsSupport } };
    case 'description':
      return { description: { value: img.description } };
    case 'lastLaunchedTime':
      return { lastLaunchedTime: { value: lastLaunchedTime(region, img) } };
    case 'deregistrationProtection':
      return { deregistrationProtection: { value: 'disabled' } };
    default:
      return { [attribute]: { value: undefined } };
  }
}

function describeImageAttribute(): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('ImageId');
    if (!id) throw missingParameter('ImageId');
    const img = ownImage(region, id);
    const attribute = q.get('Attribute');
    if (attribute === undefined) throw missingParameter('Attribute');
    if (!DESCRIBABLE.includes(attribute)) {
      throw invalidParameter(`Value (${attribute}) for parameter attribute is invalid.`);
    }
    if (attribute === 'blockDeviceMapping') {
      // EC2's words, as boto3 users quote them ("An error occurred (AuthFailure) when calling the
      // DescribeImageAttribute operation: Unauthorized attempt to access restricted resource").
      throw new Ec2Error('AuthFailure', 'Unauthorized attempt to access restricted resource');
    }
    stopIfDryRun(req);
    return { imageId: id, ...attributeXml(attribute, img, region) };
  };
}

export function imageAttributeActions(ctx: Ec2Context): Record<string, Action> {
  return {
    ModifyImageAttribute: modifyImageAttribute(ctx),
    DescribeImageAttribute: describeImageAttribute(),
  };
}
