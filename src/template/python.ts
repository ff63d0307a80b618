/**
 * Python's view of values, as Jinja2 sees them. Templates are written against Jinja2, so
 * wherever JavaScript and Python disagree (printing `True`, `None`, `1e-05`; what counts as
 * whitespace or as false) the filters and the output follow Python.
 */

/** The characters Python's `str.isspace()` and regex `\s` accept (JavaScript's `\s` differs). */
export const PY_WHITESPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const LEADING_SPACE = new RegExp(`^[${PY_WHITESPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${PY_WHITESPACE}]+$`);

/** Python's `str.strip()` (whitespace) or `str.strip(chars)`. */
export function pythonStrip(text: string, chars?: string): string {
  if (chars === undefined) return text.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
  const strip = new Set(chars);
  const codePoints = [...text];
  let start = 0;
  let end = codePoints.length;
  while (start < end && strip.has(codePoints[start]!)) start++;
  while (end > start && strip.has(codePoints[end - 1]!)) end--;
  return codePoints.slice(start, end).join('');
}

/** Python's `repr(float)`; integer-valued numbers print as Python ints (JSON and YAML lose the difference). */
export function pythonNumber(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Math.abs(n) >= 1e-4) return String(n);
  const [mantissa, exponent = '+0'] = n.toExponential().split('e');
  return `${mantissa}e${exponent[0]}${exponent.slice(1).padStart(2, '0')}`;
}

/** A list or mapping: Jinja2 would print Python's repr of it, which we do not imitate. */
export function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof String);
}

/** Python's `str(value)` for the values a template prints. */
export function pythonStr(value: unknown): string {
  if (typeof value === 'string') return value;
  // nunjucks' SafeString (macro output, `|safe`) is a String object.
  if (value instanceof String) return value.toString();
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (Array.isArray(value)) {
    throw new TypeError("cannot print a list as text: use |join(' ') or |tojson");
  }
  if (isContainer(value)) throw new TypeError('cannot print a mapping as text: use |tojson');
  throw new TypeError(
    `cannot use ${value === undefined ? 'an undefined value' : `a ${typeof value}`} as text`,
  );
}

/** Python's `bool(value)`: empty lists, mappings and strings are false (in JavaScript only '' is). */
export function pythonTruthy(value: unknown): boolean {
  if (value instanceof String) return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isContainer(value)) return Object.keys(value).length > 0;
  if (typeof value === 'number') return value !== 0;
  return Boolean(value);
}

const PREFIX_BASES: Record<string, number> = { b: 2, o: 8, x: 16 };

/** Python's `int(text, base)`, or undefined where Python raises ValueError. */
function parseInteger(text: string, base: number): number | undefined {
  let digits = pythonStrip(text);
  let sign = 1;
  if (digits.startsWith('-') || digits.startsWith('+')) {
    sign = digits.startsWith('-') ? -1 : 1;
    digits = digits.slice(1);
  }
  const prefixBase = PREFIX_BASES[/^0([box])/i.exec(digits)?.[1]?.toLowerCase() ?? ''];
  if (prefixBase !== undefined && (base === 0 || base === prefixBase)) {
    base = prefixBase;
    digits = digits.slice(2).replace(/^_/, '');
  } else if (base === 0) {
    if (/^0+(_?0)*$/.test(digits)) return 0;
    if (digits.startsWith('0')) return undefined;
    base = 10;
  }
  if (!/^[0-9a-z]+(_[0-9a-z]+)*$/i.test(digits)) return undefined;
  digits = digits.replaceAll('_', '');
  if ([...digits].some((d) => parseInt(d, 36) >= base)) return undefined;
  return sign * parseInt(digits, base);
}

const DIGITS = '\\d(?:_?\\d)*';
const FLOAT = new RegExp(
  `^[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:e[+-]?${DIGITS})?|inf(?:inity)?|nan)$`,
  'i',
);

/** Python's `float(text)`, or undefined where Python raises ValueError. */
function parseFloatLiteral(text: string): number | undefined {
  const literal = pythonStrip(text);
  // int(float('inf')) and int(float('nan')) raise as well.
  if (!FLOAT.test(literal) || /inf|nan/i.test(literal)) return undefined;
  return Number(literal.replaceAll('_', ''));
}

/** Jinja2's `|int`: `int(value, base)`, else `int(float(value))` ("42.23" → 42), else the fallback. */
export function pythonInt(value: unknown, fallback: unknown, base: number): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' || value instanceof String) {
    n = parseInteger(value.toString(), base) ?? parseFloatLiteral(value.toString());
  }
  return n !== undefined && Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** Python's `seq[start:stop:step]` (nunjucks' Jinja compatibility slices overrun the end). */
export function pythonSlice<T>(
  seq: readonly T[],
  start: number | null,
  stop: number | null,
  step: number | null,
): T[] {
  const by = step ?? 1;
  if (by === 0) throw new RangeError('slice step cannot be zero');
  const len = seq.length;
  const bound = (i: number | null, fallback: number): number => {
    if (i === null) return fallback;
    if (i < 0) return Math.max(i + len, by < 0 ? -1 : 0);
    return Math.min(i, by < 0 ? len - 1 : len);
  };
  const from = bound(start, by < 0 ? len - 1 : 0);
  const to = bound(stop, by < 0 ? -1 : len);
  const out: T[] = [];
  for (let i = from; by > 0 ? i < to : i > to; i += by) out.push(seq[i]!);
  return out;
}
