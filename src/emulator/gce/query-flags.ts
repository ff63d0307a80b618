import { GceError } from './errors.js';

/**
 * A boolean query parameter: `true` or `false` in any case (gcloud's apitools sends Python's
 * `True`, which GCE takes), the default when absent. Anything else is refused in the words of
 * Google's front end for a bad boolean ("Invalid value at 'force_create' (TYPE_BOOL)").
 */
export function queryFlag(query: URLSearchParams, name: string, absent: boolean): boolean {
  const raw = query.get(name);
  if (raw === null) return absent;
  const word = raw.toLowerCase();
  if (word === 'true') return true;
  if (word === 'false') return false;
  const field = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  throw new GceError(400, 'invalid', `Invalid value at '${field}' (TYPE_BOOL), "${raw}"`);
}
