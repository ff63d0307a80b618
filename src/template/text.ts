import { NOT_PRINTABLE } from '../log/printable.js';

/**
 * Python's view of text: strings are sequences of code points (JavaScript's are UTF-16
 * units), whitespace is what `str.isspace()` says, and `repr()` quotes and escapes as
 * CPython does.
 */

/** The characters Python's `str.isspace()` and regex `\s` accept (JavaScript's `\s` differs). */
export const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

export const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'g');
const LEADING = new RegExp(`^[${PY_SPACE}]+`);
const TRAILING = new RegExp(`[${PY_SPACE}]+$`);
const ONE_SPACE = new RegExp(`^[${PY_SPACE}]$`);

const SURROGATE = /[\ud800-\udfff]/;

export function isSpace(c: string): boolean {
  return ONE_SPACE.test(c);
}

/** The code points of a string: Python's `list(s)`. */
export function codePoints(text: string): string[] {
  return SURROGATE.test(text) ? Array.from(text) : text.split('');
}

/** Python's `len(s)`. */
export function pyLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  return text.length - (text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0);
}

/** Python orders strings by code point; JavaScript's `<` compares UTF-16 units. */
export function compareText(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = codePoints(a);
  const y = codePoints(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/** Python's `str.strip()`, `lstrip()` and `rstrip()`, with or without `chars`. */
export function strip(text: string, chars: string | null, side: 'both' | 'left' | 'right'): string {
  if (chars === null) {
    let out = text;
    if (side !== 'right') out = out.replace(LEADING, '');
    if (side !== 'left') out = out.replace(TRAILING, '');
    return out;
  }
  const set = new Set(codePoints(chars));
  const cps = codePoints(text);
  let start = 0;
  let end = cps.length;
  if (side !== 'right') while (start < end && set.has(cps[start]!)) start++;
  if (side !== 'left') while (end > start && set.has(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

const NOT_PRINTABLE_CHAR = new RegExp(NOT_PRINTABLE, 'u');

/** Python's `str.isprintable()` for one code point. */
function printable(c: string): boolean {
  return c === ' ' || !NOT_PRINTABLE_CHAR.test(c);
}

/** Python's `repr(str)`. */
export function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (c === quote || c === '\\') out += `\\${c}`;
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x7f || printable(c)) out += c;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out + quote;
}

/** Python's `str.split()` without a separator: runs of whitespace, no empty parts. */
export function splitWhitespace(text: string, maxsplit: number, fromRight: boolean): string[] {
  const parts: string[] = [];
  if (!fromRight) {
    let rest = text.replace(LEADING, '');
    while (rest !== '') {
      if (maxsplit >= 0 && parts.length >= maxsplit) {
        parts.push(rest);
        break;
      }
      SPACE_RUN.lastIndex = 0;
      const m = SPACE_RUN.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return parts;
  }
  let rest = text.replace(TRAILING, '');
  while (rest !== '') {
    if (maxsplit >= 0 && parts.length >= maxsplit) {
      parts.push(rest);
      break;
    }
    const m = new RegExp(`[${PY_SPACE}]+([^${PY_SPACE}]*)$`).exec(rest);
    if (!m) {
      parts.push(rest);
      break;
    }
    parts.push(m[1]!);
    rest = rest.slice(0, m.index);
  }
  return parts.reverse();
}
