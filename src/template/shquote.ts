import { PyError } from './errors.js';
import { pyStr } from './repr.js';
import { Dict, Tuple, type Value } from './values.js';

/**
 * POSIX single quoting: the result is one shell word that expands to exactly the value
 * (`it's` → `'it'\''s'`, empty → `''`). Always quotes, unlike Python's `shlex.quote`, so
 * the output does not depend on which characters the value happens to contain.
 */
export function shquote(value: Value): string {
  if (Array.isArray(value) || value instanceof Tuple || value instanceof Dict) {
    throw new PyError(
      'TypeError',
      'shquote quotes a single value, not a list or mapping: quote each item inside a {% for %} loop',
    );
  }
  return `'${pyStr(value).replaceAll("'", "'\\''")}'`;
}
