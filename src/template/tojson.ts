import { PyError } from './errors.js';
import { floatRepr } from './repr.js';
import { compare } from './ops.js';
import { Dict, Markup, Tuple, Undefined, typeName, undefinedError, type Value } from './values.js';

/**
 * Jinja2's `|tojson`: `json.dumps(value, sort_keys=True, indent=indent)` (ASCII only,
 * `", "` and `": "` separators, Python's float repr) with `< > & '` escaped so the text is
 * safe in HTML and inside single-quoted shell strings.
 */
export function tojson(value: Value, indent?: string): string {
  return dumps(value, indent, '', new Set()).replace(/[<>&']/g, (c) => HTML_SAFE[c]!);
}

const HTML_SAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  "'": '\\u0027',
};

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** `ensure_ascii=True`: everything outside printable ASCII becomes `\uXXXX` (surrogate pairs for astral). */
function quote(text: string): string {
  const escaped = text.replace(
    /[\\"]|[^ -~]/g,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

function number(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return floatRepr(n);
}

function scalar(value: Value): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return quote(value);
  if (value instanceof Markup) return quote(value.text);
  return undefined;
}

/** json's rule for keys: str, int, float, bool and None are turned into strings. */
function keyText(key: Value): string {
  if (typeof key === 'string') return key;
  if (key instanceof Markup) return key.text;
  if (typeof key === 'boolean') return String(key);
  if (key === null) return 'null';
  if (typeof key === 'bigint') return key.toString();
  if (typeof key === 'number') return number(key);
  throw new PyError(
    'TypeError',
    `keys must be str, int, float, bool or None, not ${typeName(key)}`,
  );
}

function sortKeys(entries: [Value, Value][]): [Value, Value][] {
  return entries.sort(([a], [b]) => compare(a, b));
}

function dumps(value: Value, indent: string | undefined, outer: string, seen: Set<object>): string {
  const text = scalar(value);
  if (text !== undefined) return text;
  if (value instanceof Undefined && !value.lenient) throw undefinedError(value);
  const isList = Array.isArray(value) || value instanceof Tuple;
  if (!isList && !(value instanceof Dict)) {
    throw new PyError('TypeError', `Object of type ${typeName(value)} is not JSON serializable`);
  }
  if (seen.has(value as object)) throw new PyError('ValueError', 'Circular reference detected');
  seen.add(value as object);
  const inner = indent === undefined ? '' : outer + indent;
  const items = isList
    ? (Array.isArray(value) ? value : (value as Tuple).items).map((item) =>
        dumps(item, indent, inner, seen),
      )
    : sortKeys((value as Dict).entries()).map(
        ([k, v]) => `${quote(keyText(k))}: ${dumps(v, indent, inner, seen)}`,
      );
  seen.delete(value as object);
  const [open, close] = isList ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (indent === undefined) return `${open}${items.join(', ')}${close}`;
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${outer}${close}`;
}
