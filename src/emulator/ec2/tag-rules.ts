import { Ec2Error, invalidParameter } from './errors.js';
import { tagList, type QueryParams } from './query.js';

/**
 * EC2's tag restrictions (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions):
 * at most 50 tags per resource, keys of 1 to 128 characters, values of up to 256 (Unicode
 * characters, not UTF-16 units), and the `aws:` prefix, in any case, reserved to AWS.
 *
 * The wordings are EC2's as users quote them: "Value ( aws:autoscaling:groupName ) for parameter
 * key is invalid. Tag keys starting with 'aws:' are reserved for internal use" from CreateTags
 * (AndrewFarley/AWS-Automated-Daily-Instance-AMI-Snapshots#7; dtan4/terraforming#343 shows
 * `AWS:` refused too), "Tag value exceeds the maximum length of 256 characters" from RunInstances
 * (iriusrisk/GoCD-EC2-Elastic-Agent-Plugin#24; the key's by analogy), TagLimitExceeded, where
 * overwriting a key a full resource already has is allowed (getmoto/moto#8151, tested on AWS),
 * and "'x' is not a valid taggable resource type for this operation." for a TagSpecification
 * of a type the action does not make.
 */
const MAX_TAGS_PER_RESOURCE = 50;
const KEY_MAX = 128;
const VALUE_MAX = 256;

export function isAwsTag(key: string): boolean {
  return key.toLowerCase().startsWith('aws:');
}

function reserved(key: string): Ec2Error {
  return invalidParameter(
    `Value ( ${key} ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use`,
  );
}

/** Refuses a key or value EC2 would: empty or long keys, long values, the `aws:` prefix. */
export function checkTag(key: string, value: string): void {
  if (isAwsTag(key)) throw reserved(key);
  const keyLength = [...key].length;
  // An empty key is refused (keys are 1 to 128 characters); this wording is the emulator's.
  if (keyLength === 0) throw invalidParameter('Tag key cannot be empty');
  if (keyLength > KEY_MAX) {
    throw invalidParameter(`Tag key exceeds the maximum length of ${KEY_MAX} characters`);
  }
  if ([...value].length > VALUE_MAX) {
    throw invalidParameter(`Tag value exceeds the maximum length of ${VALUE_MAX} characters`);
  }
}

function tooMany(): Ec2Error {
  return new Ec2Error(
    'TagLimitExceeded',
    'The maximum number of Tags for a resource has been reached.',
  );
}

/** The tags `existing` would have with `added` set: refused past 50 user tags. */
export function withTags(
  existing: Record<string, string>,
  added: Record<string, string>,
): Record<string, string> {
  const merged = { ...existing, ...added };
  if (Object.keys(merged).filter((k) => !isAwsTag(k)).length > MAX_TAGS_PER_RESOURCE) {
    throw tooMany();
  }
  return merged;
}

/** `Tag.N.Key`/`.Value` (CreateTags, a TagSpecification's tags), each checked. */
export function checkedTagList(q: QueryParams, name: string): Record<string, string> {
  const tags = tagList(q, name);
  for (const [key, value] of Object.entries(tags)) checkTag(key, value);
  return tags;
}

/**
 * A request's `TagSpecification.N` (`ResourceType` + `Tag.M.Key/Value`), checked against the
 * resource types the action makes; gives the tags for one type (none when no spec names it).
 */
export function tagSpecifications(
  q: QueryParams,
  allowed: readonly string[],
): (resourceType: string) => Record<string, string> {
  const byType = new Map<string, Record<string, string>>();
  for (const spec of q.structs('TagSpecification')) {
    const type = spec.get('ResourceType');
    if (type === undefined) {
      throw invalidParameter('Tag specification resource type must have a value');
    }
    if (!allowed.includes(type)) {
      throw invalidParameter(`'${type}' is not a valid taggable resource type for this operation.`);
    }
    byType.set(type, withTags(byType.get(type) ?? {}, checkedTagList(spec, 'Tag')));
  }
  return (resourceType) => ({ ...byType.get(resourceType) });
}
