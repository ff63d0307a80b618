import { isContainer, pythonStr } from './python.js';

/**
 * POSIX single quoting: the result is one shell word that expands to exactly the value
 * (`it's` → `'it'\''s'`, empty → `''`). Always quotes, unlike Python's `shlex.quote`, so
 * the output does not depend on which characters the value happens to contain.
 */
export function shquote(value: unknown): string {
  if (isContainer(value)) {
    throw new TypeError(
      'quotes a single value, not a list or mapping: quote each item inside a {% for %} loop',
    );
  }
  return `'${pythonStr(value).replaceAll("'", "'\\''")}'`;
}
