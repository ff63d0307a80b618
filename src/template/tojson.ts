import { isContainer, pythonNumber } from './python.js';

/**
 * Jinja2's `|tojson`: `json.dumps(value, sort_keys=True)` (ASCII only, `", "` and `": "`
 * separators, Python's float repr) with `< > & '` escaped so the text is safe in HTML and
 * inside single-quoted shell strings.
 */
export function tojson(value: unknown, indent?: number | string): string {
  const unit = typeof indent === 'number' ? ' '.repeat(Math.max(indent, 0)) : indent;
  return dumps(value, unit, '').replace(/[<>&']/g, (c) => HTML_SAFE[c]!);
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
  return pythonNumber(n);
}

/** Python sorts keys by code point; JavaScript's default sort compares UTF-16 units. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function dumps(value: unknown, indent: string | undefined, outer: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string' || value instanceof String) return quote(value.toString());
  if (value === undefined) throw new TypeError('the value contains an undefined variable');
  if (!isContainer(value)) {
    throw new TypeError(`a value of type ${typeof value} is not JSON serializable`);
  }
  const inner = indent === undefined ? '' : outer + indent;
  const items = Array.isArray(value)
    ? value.map((item: unknown) => dumps(item, indent, inner))
    : Object.keys(value)
        .sort(byCodePoint)
        .map((k) => `${quote(k)}: ${dumps((value as Record<string, unknown>)[k], indent, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (indent === undefined) return `${open}${items.join(', ')}${close}`;
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${outer}${close}`;
}
