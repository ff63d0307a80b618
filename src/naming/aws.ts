import { AWS_REGIONS } from './aws-regions.js';
import { RESERVED_LABEL_PREFIX } from './labels.js';
import { extraRegions, unknownRegionHint } from './regions.js';

/** AMI names: 3 to 128 characters of letters, digits and ( ) [ ] space . / - ' @ _ */
export const AMI_NAME_MIN = 3;
export const AMI_NAME_MAX = 128;
const AMI_NAME_CHAR = /[A-Za-z0-9()[\] ./\-'@_]/;

/** Explains which rule an AMI name breaks. `what` names it in the message. */
export function checkAmiName(name: string, what = 'AMI name'): string | undefined {
  if (name.length < AMI_NAME_MIN || name.length > AMI_NAME_MAX) {
    return `${what} "${name}" is ${name.length} characters; AMI names are ${AMI_NAME_MIN} to ${AMI_NAME_MAX}`;
  }
  const bad = [...name].find((c) => !AMI_NAME_CHAR.test(c));
  if (bad !== undefined) {
    return `${what} "${name}" may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _ (found "${bad}")`;
  }
  return undefined;
}

const REGION = /^[a-z]{2,4}(-[a-z]+)?-[a-z]+-\d+$/;

/** A region of the SDK's partitions (see AWS_REGIONS), or one allowed by WORKER_IMAGE_EXTRA_REGIONS. */
export function checkAwsRegion(region: string): string | undefined {
  const zone = /^([a-z]{2,4}(-[a-z]+)?-[a-z]+-\d+)[a-z]$/.exec(region);
  if (AWS_REGIONS.includes(region)) return undefined;
  if (zone && AWS_REGIONS.includes(zone[1]!)) {
    return `"${region}" is an availability zone; the region is "${zone[1]}"`;
  }
  if (!REGION.test(region))
    return `"${region}" is not an AWS region such as us-east-1 or eu-west-1`;
  if (extraRegions().includes(region)) return undefined;
  return `"${region}" is not an AWS region the SDK knows${unknownRegionHint(region, AWS_REGIONS)}`;
}

const AMI_ID = /^ami-[0-9a-f]{8}([0-9a-f]{9})?$/;

export function checkAmiId(id: string): string | undefined {
  return AMI_ID.test(id)
    ? undefined
    : `must be an AMI id such as ami-0123456789abcdef0 (got "${id}")`;
}

/** An owner for DescribeImages: an account id or an alias (`self`, `amazon`, `aws-marketplace`). */
export function checkImageOwner(owner: string): string | undefined {
  if (/^\d{12}$/.test(owner) || ['self', 'amazon', 'aws-marketplace'].includes(owner)) {
    return undefined;
  }
  return `must be a 12-digit account id (Canonical's is 099720109477) or self, amazon or aws-marketplace (got "${owner}")`;
}

/**
 * EC2 instance types are FAMILY.SIZE (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html):
 * a family of letters and digits, its parts joined by "-" (`t3`, `m6i`, `c7gn`, `m7i-flex`,
 * `u-6tb1`, `mac-m4`, `p6-b200`), a generation among them; then a size from nano to 48xlarge,
 * or metal (`metal-24xl`). Which sizes a family offers is not checked: a misspelt size, or a
 * family without a generation (`large.xlarge`), is.
 */
const INSTANCE_FAMILY = /^(?=[a-z-]*\d)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const INSTANCE_SIZE = /^(?:nano|micro|small|medium|large|xlarge|\d+xlarge|metal(?:-\d+xl)?)$/;

/** Why `type` is not an instance type EC2 could have, or undefined. */
export function instanceTypeProblem(type: string): string | undefined {
  const dot = type.indexOf('.');
  if (dot < 0) return 'an instance type is FAMILY.SIZE';
  const family = type.slice(0, dot);
  const size = type.slice(dot + 1);
  if (!INSTANCE_FAMILY.test(family)) {
    return `"${family}" is not an instance family such as t3, m6i or c7gn`;
  }
  if (!INSTANCE_SIZE.test(size)) {
    return `"${size}" is not an instance size (nano, micro, small, medium, large, xlarge, 2xlarge… metal)`;
  }
  return undefined;
}

export function checkInstanceType(type: string): string | undefined {
  const problem = instanceTypeProblem(type);
  return (
    problem && `must be an instance type such as t3.large or m6i.xlarge (got "${type}"): ${problem}`
  );
}

export function checkSubnetId(id: string): string | undefined {
  return /^subnet-[0-9a-f]{8,17}$/.test(id)
    ? undefined
    : `must be a subnet id such as subnet-0123456789abcdef0 (got "${id}")`;
}

export function checkSecurityGroupId(id: string): string | undefined {
  return /^sg-[0-9a-f]{8,17}$/.test(id)
    ? undefined
    : `must be a security group id such as sg-0123456789abcdef0, not a name (got "${id}")`;
}

/** An instance profile's name, or its ARN. */
export function checkInstanceProfile(value: string): string | undefined {
  if (/^arn:aws[a-z-]*:iam::\d{12}:instance-profile\/[\w+=,.@/-]{1,128}$/.test(value))
    return undefined;
  if (/^[\w+=,.@-]{1,128}$/.test(value)) return undefined;
  return `must be an instance profile name or ARN (arn:aws:iam::123456789012:instance-profile/NAME) (got "${value}")`;
}

const KMS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key\/[0-9a-f-]{36}|alias\/[\w/-]+)$/;
const KMS_KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KMS_ALIAS = /^alias\/[\w/-]+$/;

/** A KMS key id, alias or ARN; an ARN must be in `region` (KMS keys are regional). */
export function checkKmsKey(key: string, region: string | undefined): string | undefined {
  const arn = KMS_ARN.exec(key);
  if (arn) {
    return region && arn[1] !== region
      ? `KMS key ${key} is in ${arn[1]}, but the AMI is made in ${region}: KMS keys are regional`
      : undefined;
  }
  if (KMS_KEY_ID.test(key) || KMS_ALIAS.test(key)) return undefined;
  return `must be a KMS key id, alias/NAME or key ARN (got "${key}")`;
}

const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
/** AWS allows 50 tags per resource; this leaves room for the few worker-image adds. */
export const MAX_USER_AWS_TAGS = 44;

export function checkAwsTagKey(key: string): string | undefined {
  if (key.startsWith(RESERVED_LABEL_PREFIX)) {
    return `tag "${key}" is reserved: keys starting with "${RESERVED_LABEL_PREFIX}" are set by worker-image`;
  }
  if (key.toLowerCase().startsWith('aws:'))
    return `tag "${key}": the aws: prefix is reserved for AWS`;
  // AWS counts Unicode characters, not UTF-16 units: 128 emoji are a valid key.
  const length = [...key].length;
  if (length === 0 || length > TAG_KEY_MAX) {
    return `tag key "${[...key].slice(0, 20).join('')}…" is ${length} characters; AWS allows 1 to ${TAG_KEY_MAX}`;
  }
  return undefined;
}

export function checkAwsTagValue(value: string): string | undefined {
  const length = [...value].length;
  if (length <= TAG_VALUE_MAX) return undefined;
  return `tag value "${[...value].slice(0, 20).join('')}…" is ${length} characters; AWS allows at most ${TAG_VALUE_MAX}`;
}
