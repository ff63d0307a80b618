import { invalidField } from './errors.js';

/** A network tag: 1-63 characters, RFC 1035 (Tags.items, compute v1 reference). */
const TAG = /^(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)$/;
/** "You can assign up to 64 network tags to each VM" (Add network tags, VPC docs). */
export const MAX_TAGS = 64;

/**
 * An instance's network tags (`tags.items` of an insert or a setTags), each checked as GCE
 * checks them, in GCE's words for a field that fails its pattern ("Must be a match of regex
 * '…'"); the emulator's own words for more than 64. The order is kept, duplicates dropped.
 */
export function checkTags(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidField(field, value, 'Tags must be a list of strings.');
  value.forEach((tag, i) => {
    if (typeof tag !== 'string' || !TAG.test(tag)) {
      throw invalidField(
        `${field}[${i}]`,
        tag,
        `Must be a match of regex '${TAG.source.slice(1, -1)}'`,
      );
    }
  });
  const tags = [...new Set(value as string[])];
  if (tags.length > MAX_TAGS) {
    throw invalidField(
      field,
      tags.length,
      `An instance may have at most ${MAX_TAGS} network tags.`,
    );
  }
  return tags;
}
