import type { Hazards } from '../hazards.js';
import { GceError, invalidField, required } from './errors.js';
import type { MetadataItem } from './state.js';

/** The key rule, as GCE words it (hashicorp/terraform#757). */
const KEY = /^[a-zA-Z0-9_-]{1,128}$/;

function tooLarge(field: string, max: number, actual: number): GceError {
  // kubernetes/kubernetes#37180: "Value for field '...' is too large: maximum size 32768
  // character(s); actual size 33595." (the limit was 32 KB then).
  return new GceError(
    400,
    'invalid',
    `Value for field '${field}' is too large: maximum size ${max} character(s); actual size ${actual}.`,
  );
}

/**
 * `metadata.items` of an instance insert, checked as GCE checks them: a key is required and
 * must match `[a-zA-Z0-9-_]{1,128}`; a key may appear once ("Metadata has duplicate keys",
 * jenkinsci/google-compute-engine-plugin#127); an item may have no value (it reads as empty);
 * a value is at most 256 KB and all keys and values at most 512 KB
 * (https://cloud.google.com/compute/docs/metadata/setting-custom-metadata#limitations).
 */
export function parseMetadataItems(value: unknown, limits: Hazards['gce']): MetadataItem[] {
  const items = (value as { items?: unknown } | undefined)?.items ?? [];
  if (!Array.isArray(items)) {
    throw invalidField('resource.metadata.items', items, 'Items must be a list.');
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let total = 0;
  const parsed = items.map((item: unknown, i): MetadataItem => {
    const field = `resource.metadata.items[${i}]`;
    const { key, value: v } = (item ?? {}) as { key?: unknown; value?: unknown };
    if (key === undefined || key === null) throw required(`${field}.key`);
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw invalidField(`${field}.key`, key, "Must be a match of regex '[a-zA-Z0-9-_]{1,128}'");
    }
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
    const text = typeof v === 'string' ? v : undefined;
    const size = Buffer.byteLength(text ?? '');
    if (limits.metadataValueBytes > 0 && size > limits.metadataValueBytes) {
      throw tooLarge(`${field}.value`, limits.metadataValueBytes, size);
    }
    total += Buffer.byteLength(key) + size;
    return text === undefined ? { key } : { key, value: text };
  });
  if (duplicates.size > 0) {
    const shown = JSON.stringify(value);
    throw invalidField(
      'resource.metadata',
      shown.length > 100 ? `${shown.slice(0, 100)}...` : shown,
      `Metadata has duplicate keys: ${[...duplicates].join(', ')}`,
    );
  }
  if (limits.metadataTotalBytes > 0 && total > limits.metadataTotalBytes) {
    throw tooLarge('resource.metadata', limits.metadataTotalBytes, total);
  }
  return parsed;
}
