import {
  MAX_USER_AWS_TAGS,
  checkAmiId,
  checkAmiName,
  checkAwsRegion,
  checkAwsTagKey,
  checkAwsTagValue,
  checkImageOwner,
  checkInstanceProfile,
  checkInstanceType,
  checkKmsKey,
  checkSecurityGroupId,
  checkSubnetId,
} from '../naming/aws.js';
import { DEFAULT_NAMESPACE, imageName } from '../naming/version.js';
import type { Root } from './confine.js';
import { deepMerge, setOwn } from './merge.js';
import { describe, type Problems } from './problems.js';
import { Section } from './section.js';
import { checkNameText } from './text.js';
import type { AwsConfig, AwsSourceImage, AwsVolumeType, ImageConfig } from './types.js';

const KEYS = [
  'region',
  'instance-type',
  'source-image',
  'subnet-id',
  'security-group-ids',
  'iam-instance-profile',
  'volume',
  'target-regions',
  'ami-name',
  'tags',
  'template',
  'variables',
  'timeouts',
  'poll-interval',
  'endpoint',
  'encrypted',
  'kms-key-id',
  // Read by validate.ts with the shared verify: block (config/verify.ts).
  'verify',
  // Read by validate.ts with the shared lifecycle: block (config/lifecycle.ts).
  'lifecycle',
];
const SOURCE_KEYS = ['id', 'owner', 'name'];
export const VOLUME_TYPES: readonly AwsVolumeType[] = ['gp3', 'gp2', 'io1', 'io2', 'standard'];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** The longest version an AMI name is checked with: the name must leave room for it. */
const LONGEST_VERSION = '9999a';

function checkEndpoint(url: string): string | undefined {
  const ok = URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
  return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
}

/**
 * `aws:`; undefined when a required setting is missing or invalid (a problem says which).
 * `image` (when valid) gives the AMI name's default base and namespace; `variables` are the
 * top-level ones, which the block's own `variables` override.
 */
export function readAws(
  problems: Problems,
  raw: unknown,
  ctx: {
    baseDir: string;
    root?: Root | undefined;
    variables: Record<string, unknown>;
    image?: ImageConfig | undefined;
  },
): AwsConfig | undefined {
  const aws = Section.open(problems, ['aws'], raw, KEYS);
  if (!aws) return undefined;

  const region = aws.required('region', checkAwsRegion);
  const instanceType = aws.string('instance-type', checkInstanceType);
  const sourceImage = readSourceImage(aws);
  const subnetId = aws.string('subnet-id', checkSubnetId);
  const securityGroupIds = aws.strings('security-group-ids', checkSecurityGroupId);
  const iamInstanceProfile = aws.string('iam-instance-profile', checkInstanceProfile);
  const volume = aws.section('volume', ['size-gb', 'type']);
  const sizeGb = volume?.integer('size-gb', 1, 16_384);
  const volumeType = volume?.oneOf('type', VOLUME_TYPES);
  const targetRegions = readTargetRegions(aws, region);
  const amiName = readAmiName(aws, ctx.image);
  const tags = readTags(aws);
  const template = aws.file('template', ctx, { required: true });
  const variables = aws.mapping('variables');
  const timeouts = aws.section('timeouts', ['builder', 'image', 'copy', 'operation']);
  const builderTimeout = timeouts?.duration('builder', 1, 24 * HOUR);
  const imageTimeout = timeouts?.duration('image', 1, 24 * HOUR);
  const copyTimeout = timeouts?.duration('copy', 1, 48 * HOUR);
  const operationTimeout = timeouts?.duration('operation', 1, 24 * HOUR);
  const pollInterval = aws.duration('poll-interval', 100, 5 * MINUTE);
  const endpoint = aws.string('endpoint', checkEndpoint);
  const encryptedSetting = aws.boolean('encrypted');
  const kmsKeyId = aws.string('kms-key-id', (k) => checkKmsKey(k, region));
  if (kmsKeyId && encryptedSetting === false) {
    aws.problem('kms-key-id', 'is set but encrypted is false: remove one of them');
  }

  if (!region || !sourceImage || !template || !targetRegions || !amiName) return undefined;
  return {
    region,
    instanceType: instanceType ?? 't3.large',
    sourceImage,
    ...(subnetId ? { subnetId } : {}),
    securityGroupIds: securityGroupIds ?? [],
    ...(iamInstanceProfile ? { iamInstanceProfile } : {}),
    volume: { sizeGb: sizeGb ?? 16, type: volumeType ?? 'gp3' },
    targetRegions,
    amiName,
    tags,
    template: {
      path: template,
      variables: deepMerge(ctx.variables, variables ?? {}) as Record<string, unknown>,
    },
    timeouts: {
      builder: builderTimeout ?? 60 * MINUTE,
      image: imageTimeout ?? 60 * MINUTE,
      copy: copyTimeout ?? 2 * HOUR,
      operation: operationTimeout ?? 10 * MINUTE,
    },
    pollInterval: pollInterval ?? 5 * SECOND,
    ...(endpoint ? { endpoint } : {}),
    encrypted: encryptedSetting ?? kmsKeyId !== undefined,
    ...(kmsKeyId ? { kmsKeyId } : {}),
  };
}

function readSourceImage(aws: Section): AwsSourceImage | undefined {
  if (!aws.has('source-image')) {
    aws.problem(
      'source-image',
      'required: an AMI id, or an owner and a name filter (the newest match is used)',
    );
    return undefined;
  }
  const source = aws.section('source-image', SOURCE_KEYS);
  if (!source) return undefined;
  const id = source.string('id', checkAmiId);
  const owner = source.string('owner', checkImageOwner, { id: true });
  // A name filter (AMI names are at most 128 characters): no character a log would act on.
  const name = source.string('name', (n) => checkNameText(n, 128));
  if (source.has('id') && (source.has('owner') || source.has('name'))) {
    aws.problem('source-image', 'either id or owner + name, not both');
    return undefined;
  }
  if (!source.has('id')) {
    if (!source.has('name')) {
      source.problem(
        'name',
        'required without id: an AMI name filter such as ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
      );
    }
    if (!source.has('owner')) {
      source.problem(
        'owner',
        'required with name: who publishes the AMI (099720109477 for Canonical, amazon, self); anyone can publish an AMI of any name',
      );
    }
  }
  if (id) return { id };
  return owner && name ? { owner, name } : undefined;
}

function readTargetRegions(aws: Section, region: string | undefined): string[] | undefined {
  const before = aws.problems.list.length;
  const list = aws.strings('target-regions', checkAwsRegion) ?? [];
  if (aws.problems.list.length > before) return undefined;
  // The source region holds the original; listing it too is harmless.
  return list.filter((r) => r !== region);
}

/** The base of the AMI name, checked with the namespace and the longest plausible version. */
function readAmiName(aws: Section, image: ImageConfig | undefined): string | undefined {
  const base = aws.string('ami-name', (n) => checkAmiName(n, 'ami-name')) ?? image?.name;
  if (!base) return undefined;
  const namespace = image?.namespace ?? DEFAULT_NAMESPACE;
  const longest = imageName(base, namespace, LONGEST_VERSION);
  const problem = checkAmiName(longest, 'the AMI name');
  if (problem) {
    aws.problem(
      aws.has('ami-name') ? 'ami-name' : 'region',
      `${problem} (with namespace ${namespace} and a version such as ${LONGEST_VERSION}); ` +
        (aws.has('ami-name')
          ? 'shorten aws.ami-name or image.namespace'
          : 'shorten image.name, or set a shorter aws.ami-name'),
    );
    return undefined;
  }
  return base;
}

function readTags(aws: Section): Record<string, string> {
  const raw = aws.mapping('tags') ?? {};
  const entries = Object.entries(raw);
  if (entries.length > MAX_USER_AWS_TAGS) {
    aws.problem('tags', `at most ${MAX_USER_AWS_TAGS} tags (got ${entries.length})`);
  }
  const tags: Record<string, string> = {};
  for (const [key, value] of entries) {
    const path = [...aws.path, 'tags', key];
    const keyProblem = checkAwsTagKey(key);
    if (keyProblem) aws.problem(path, keyProblem);
    // YAML reads `cost-center: 1234` or `gpu: true` as non-strings; EC2 stores them as text.
    const text = ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : undefined;
    const valueProblem =
      text === undefined
        ? `must be a string (got ${describe(value)})`
        : (aws.coercedValue(path, value) ?? checkAwsTagValue(text));
    if (valueProblem) aws.problem(path, valueProblem);
    else if (text !== undefined && !keyProblem) setOwn(tags, key, text);
  }
  return tags;
}
