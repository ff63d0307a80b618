import { GceError } from './errors.js';

/**
 * A boolean query parameter: `true` or `false` in any case (gcloud's apitools sends Python's
 * `True`, which GCE takes), the default when absent. Anything else is refused in the form
 * Google's front end gives a bad boolean elsewhere ("Invalid value at 'has_external_ad_vars'
 * (TYPE_BOOL)", quoted from another Google API): compute's own answer to a bad boolean query
 * parameter is not public, so applying that form here is the emulator's choice.
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
