import type { Action, Ec2Context } from './context.js';
import {
  Ec2Error,
  amiNotFound,
  invalidParameter,
  missingParameter,
  stopIfDryRun,
} from './errors.js';
import { ACCOUNT_ID, type ImageRecord, type RegionState } from './state.js';

const TEN_YEARS = 10 * 365 * 86_400_000;
const MINUTE = 60_000;

/**
 * EnableImageDeprecation (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EnableImageDeprecation.html):
 * `DeprecateAt` is rounded to the nearest minute ("If you specify a value for seconds, Amazon
 * EC2 rounds the seconds to the nearest minute"), may not be in the past ("You can't specify a
 * date in the past") nor more than 10 years ahead. Only the owner may deprecate.
 */
function enableImageDeprecation(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const img = ownedImage(region, q.get('ImageId'));
    const at = q.get('DeprecateAt');
    if (!at) throw missingParameter('DeprecateAt');
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw invalidParameter(`Invalid DeprecateAt: "${at}"`);
    const rounded = Math.round(ms / MINUTE) * MINUTE;
    const now = Date.now();
    if (rounded < Math.floor(now / MINUTE) * MINUTE) {
      throw invalidParameter('The deprecation time must be in the future.');
    }
    if (rounded > now + TEN_YEARS) {
      throw invalidParameter('The deprecation time must be within 10 years from now.');
    }
    stopIfDryRun(req);
    img.deprecationTime = new Date(rounded).toISOString().replace('.000Z', 'Z');
    ctx.log(`ec2: image ${img.id} (${region.region}) deprecated at ${img.deprecationTime}`);
    return { return: true };
  };
}

/** DisableImageDeprecation: the AMI is no longer deprecated, nor will it be. */
function disableImageDeprecation(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const img = ownedImage(region, q.get('ImageId'));
    stopIfDryRun(req);
    delete img.deprecationTime;
    ctx.log(`ec2: image ${img.id} (${region.region}) no longer deprecated`);
    return { return: true };
  };
}

function ownedImage(region: RegionState, id: string | undefined): ImageRecord {
  if (!id) throw missingParameter('ImageId');
  const img = region.images.get(id);
  if (!img || img.state === 'deregistered') throw amiNotFound(id);
  if (img.ownerId !== ACCOUNT_ID)
    throw new Ec2Error('AuthFailure', `Not authorized for image:${id}`);
  return img;
}

/**
 * Whether DescribeImages leaves the AMI out: "For AMI users, the deprecated AMI does not
 * appear in DescribeImages API calls unless you specify its ID or specify that deprecated AMIs
 * must appear. AMI owners continue to see deprecated AMIs" (Deprecate an AMI, EC2 User Guide).
 */
export function hiddenAsDeprecated(img: ImageRecord, includeDeprecated: boolean): boolean {
  if (includeDeprecated || img.ownerId === ACCOUNT_ID || !img.deprecationTime) return false;
  return Date.parse(img.deprecationTime) <= Date.now();
}

export function deprecationActions(ctx: Ec2Context): Record<string, Action> {
  return {
    EnableImageDeprecation: enableImageDeprecation(ctx),
    DisableImageDeprecation: disableImageDeprecation(ctx),
  };
}
