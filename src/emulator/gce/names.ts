import { invalidField } from './errors.js';

/** RFC 1035 names, as GCE requires for instances, disks, images and families. */
const NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

export function checkName(field: string, name: unknown): string {
  if (typeof name !== 'string' || name.length > 63 || !NAME.test(name)) {
    throw invalidField(
      field,
      name,
      "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'",
    );
  }
  return name;
}

/** GCE allows at most 64 labels on a resource (https://cloud.google.com/compute/docs/labeling-resources). */
const MAX_LABELS = 64;

/**
 * Label keys and values as GCE validates them (lowercase, digits, `_`, `-`, international
 * letters; keys start with a letter), at most 64 of them.
 */
export function checkLabels(field: string, labels: unknown): Record<string, string> {
  if (labels === undefined || labels === null) return {};
  if (typeof labels !== 'object' || Array.isArray(labels)) {
    throw invalidField(field, labels, 'Labels must be a map of strings.');
  }
  const count = Object.keys(labels).length;
  if (count > MAX_LABELS) {
    throw invalidField(
      field,
      `${count} labels`,
      `A resource may have at most ${MAX_LABELS} labels.`,
    );
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (!LABEL_KEY.test(key)) {
      throw invalidField(
        `${field}.key`,
        key,
        'Label keys must start with a lowercase letter and hold at most 63 lowercase letters, digits, underscores or dashes.',
      );
    }
    if (typeof value !== 'string' || !LABEL_VALUE.test(value)) {
      throw invalidField(
        `${field}.value`,
        value,
        'Label values hold at most 63 lowercase letters, digits, underscores or dashes.',
      );
    }
    out[key] = value;
  }
  return out;
}
