import { PyError, Refusal } from './errors.js';
import { floatRepr, pyRepr, pyStr } from './repr.js';
import { codePoints, pyLength } from './text.js';
import {
  Dict,
  Markup,
  Range,
  Tuple,
  Undefined,
  typeName,
  undefinedError,
  type Value,
} from './values.js';

/**
 * Python's number formatting, exactly rounded (half to even, as CPython's dtoa does; the
 * JavaScript toFixed family rounds ties up), for `%` formatting and `str.format`.
 */

/** A float as an exact fraction num / 2**shift (shift >= 0). */
function exact(x: number): { num: bigint; shift: bigint } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let e = exponent - 1075;
  if (exponent === 0) e = -1074;
  else mantissa |= 1n << 52n;
  if (e >= 0) return { num: mantissa << BigInt(e), shift: 0n };
  return { num: mantissa, shift: BigInt(-e) };
}

/** round(num / den) with ties to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num % den;
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** |x| rounded to `precision` decimals, as a digit string with the point inserted. */
function fixedDigits(x: number, precision: number): string {
  const { num, shift } = exact(x);
  const scaled = roundDiv(num * 10n ** BigInt(precision), 1n << shift);
  const digits = scaled.toString().padStart(precision + 1, '0');
  return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
}

/** |x| as `precision + 1` significant digits and a decimal exponent. */
function scientificDigits(x: number, precision: number): { digits: string; exponent: number } {
  if (x === 0) return { digits: '0'.repeat(precision + 1), exponent: 0 };
  const { num, shift } = exact(x);
  let exponent = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const power = precision - exponent;
    const n = power >= 0 ? num * 10n ** BigInt(power) : num;
    const d = power >= 0 ? 1n << shift : (1n << shift) * 10n ** BigInt(-power);
    const digits = roundDiv(n, d).toString();
    if (digits.length === precision + 2) {
      exponent += 1;
      continue;
    }
    if (digits.length === precision) {
      exponent -= 1;
      continue;
    }
    return { digits, exponent };
  }
}

function exponentText(exponent: number): string {
  return `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** Python's float formatting for the types e, f, g (any case) and '%', without the sign. */
export function formatFloat(
  x: number,
  type: string,
  precision: number,
  alternate: boolean,
): string {
  const upper = type === type.toUpperCase() && type !== '%';
  const lower = type.toLowerCase();
  if (lower === '%') x *= 100;
  if (!Number.isFinite(x)) {
    const text = Number.isNaN(x) ? 'nan' : 'inf';
    return (upper ? text.toUpperCase() : text) + (lower === '%' ? '%' : '');
  }
  let out: string;
  if (lower === 'f' || lower === '%') {
    out = fixedDigits(x, precision);
    if (alternate && precision === 0) out += '.';
    if (lower === '%') out += '%';
  } else if (lower === 'e') {
    const { digits, exponent } = scientificDigits(x, precision);
    const mantissa = precision > 0 || alternate ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${mantissa}e${exponentText(exponent)}`;
  } else {
    const p = precision === 0 ? 1 : precision;
    const { exponent } = scientificDigits(x, p - 1);
    if (exponent >= -4 && exponent < p) {
      out = fixedDigits(x, p - 1 - exponent);
      if (!alternate && out.includes('.')) out = out.replace(/\.?0+$/, '');
      else if (alternate && !out.includes('.')) out += '.';
    } else {
      const { digits } = scientificDigits(x, p - 1);
      let mantissa = `${digits[0]}.${digits.slice(1)}`;
      if (!alternate) mantissa = mantissa.replace(/\.?0+$/, '');
      out = `${mantissa}e${exponentText(exponent)}`;
    }
  }
  return upper ? out.toUpperCase() : out;
}

const isNegative = (x: number | bigint): boolean =>
  typeof x === 'bigint' ? x < 0n : x < 0 || Object.is(x, -0);

function intDigits(n: bigint, type: string, alternate: boolean): string {
  const abs = n < 0n ? -n : n;
  const base = { x: 16, X: 16, o: 8, b: 2 }[type] ?? 10;
  let text = abs.toString(base);
  if (type === 'X') text = text.toUpperCase();
  if (alternate && base !== 10) text = `0${type === 'X' ? 'X' : type}${text}`;
  return text;
}

function number(value: Value, spec: string): bigint | number {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  if (value instanceof Undefined) throw undefinedError(value);
  const real = 'diu'.includes(spec) ? 'a real number is required' : 'must be real number';
  throw new PyError('TypeError', `%${spec} format: ${real}, not ${typeName(value)}`);
}

interface Conversion {
  flags: string;
  width: number;
  precision: number | undefined;
  type: string;
}

function pad(text: string, sign: string, c: Conversion, numeric: boolean): string {
  const body = sign + text;
  const width = c.width;
  if (pyLength(body) >= width) return body;
  if (c.flags.includes('-')) return body + ' '.repeat(width - pyLength(body));
  if (numeric && c.flags.includes('0')) {
    const prefix = /^0[xXob]/.test(text) ? text.slice(0, 2) : '';
    return (
      sign + prefix + text.slice(prefix.length).padStart(width - sign.length - prefix.length, '0')
    );
  }
  return ' '.repeat(width - pyLength(body)) + body;
}

function convert(value: Value, c: Conversion): string {
  const { type } = c;
  if (type === 's' || type === 'r' || type === 'a') {
    let text = type === 's' ? pyStr(value) : pyRepr(value);
    if (type === 'a') text = asciiOnly(text);
    if (c.precision !== undefined) text = codePoints(text).slice(0, c.precision).join('');
    return pad(text, '', c, false);
  }
  if (type === 'c') {
    if (typeof value === 'string' && pyLength(value) === 1) return pad(value, '', c, false);
    const n =
      typeof value === 'bigint' ? value : typeof value === 'boolean' ? BigInt(value) : undefined;
    if (n === undefined) throw new PyError('TypeError', '%c requires int or char');
    if (n < 0n || n > 0x10ffffn)
      throw new PyError('OverflowError', '%c arg not in range(0x110000)');
    return pad(String.fromCodePoint(Number(n)), '', c, false);
  }
  const n = number(value, type);
  const sign = isNegative(n) ? '-' : c.flags.includes('+') ? '+' : c.flags.includes(' ') ? ' ' : '';
  if ('diuxXo'.includes(type)) {
    if (typeof n === 'number' && type !== 'd' && type !== 'i' && type !== 'u') {
      throw new PyError('TypeError', `%${type} format: an integer is required, not float`);
    }
    if (typeof n === 'number' && !Number.isFinite(n)) {
      throw new PyError(
        Number.isNaN(n) ? 'ValueError' : 'OverflowError',
        'cannot convert float to integer',
      );
    }
    const int = typeof n === 'number' ? BigInt(Math.trunc(n)) : n;
    let text = intDigits(int, type === 'u' || type === 'i' ? 'd' : type, c.flags.includes('#'));
    if (c.precision !== undefined) text = text.padStart(c.precision, '0');
    const intSign = int < 0n ? '-' : c.flags.includes('+') ? '+' : c.flags.includes(' ') ? ' ' : '';
    return pad(text, intSign, c, true);
  }
  const x = typeof n === 'bigint' ? Number(n) : n;
  const text = formatFloat(Math.abs(x), type, c.precision ?? 6, c.flags.includes('#'));
  return pad(text, Number.isNaN(x) ? sign.replace('-', '') : sign, c, Number.isFinite(x));
}

function asciiOnly(text: string): string {
  return text.replace(/[\u{80}-\u{10ffff}]/gu, (c) => {
    const code = c.codePointAt(0)!;
    if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\U${code.toString(16).padStart(8, '0')}`;
  });
}

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.?)/y;

/** Python's `format % args` (printf-style formatting). */
export function percentFormat(format: string, args: Value): string {
  const positional = args instanceof Tuple ? args.items : [args];
  const mapping =
    !(args instanceof Tuple) &&
    (args instanceof Dict ||
      Array.isArray(args) ||
      args instanceof Range ||
      args instanceof Undefined)
      ? args
      : undefined;
  let next = 0;
  const take = (): Value => {
    if (next >= positional.length)
      throw new PyError('TypeError', 'not enough arguments for format string');
    return positional[next++]!;
  };
  let out = '';
  let i = 0;
  while (i < format.length) {
    const at = format.indexOf('%', i);
    if (at === -1) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, at);
    SPEC.lastIndex = at;
    const m = SPEC.exec(format)!;
    const [, key, flags = '', width, precision, type = ''] = m;
    i = at + m[0].length;
    if (type === '%') {
      out += '%';
      continue;
    }
    if (type === '') throw new PyError('ValueError', 'incomplete format');
    if (!'diouxXeEfFgGcrsa'.includes(type)) {
      throw new PyError(
        'ValueError',
        `unsupported format character '${type}' (0x${type.codePointAt(0)!.toString(16)}) at index ${at + m[0].length - 1}`,
      );
    }
    const star = (text: string | undefined): number | undefined => {
      if (text === undefined || text === '') return text === '' ? 0 : undefined;
      if (text !== '*') return Number(text);
      const v = take();
      if (typeof v !== 'bigint') throw new PyError('TypeError', '* wants int');
      return Number(v);
    };
    let w = star(width) ?? 0;
    let fl = flags;
    if (w < 0) {
      fl += '-';
      w = -w;
    }
    const p = star(precision);
    let value: Value;
    if (key !== undefined) {
      if (!mapping) throw new PyError('TypeError', 'format requires a mapping');
      if (mapping instanceof Undefined) throw undefinedError(mapping);
      if (!(mapping instanceof Dict)) {
        throw new PyError(
          'TypeError',
          `${typeName(mapping)} indices must be integers or slices, not str`,
        );
      }
      const found = mapping.get(key);
      if (found === undefined) throw new PyError('KeyError', `'${key}'`);
      value = found;
    } else {
      value = take();
    }
    out += convert(value, { flags: fl, width: w, precision: p, type: type === 'F' ? 'F' : type });
  }
  if (next < positional.length && !mapping) {
    throw new PyError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

const FORMAT_SPEC =
  /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function groupDigits(text: string, separator: string, every: number): string {
  const lead = (every === 4 ? /^[0-9a-fA-F]*/ : /^[0-9]*/).exec(text)![0];
  const [int, frac] = [lead, text.slice(lead.length)];
  const groups: string[] = [];
  for (let end = int.length; end > 0; end -= every)
    groups.unshift(int.slice(Math.max(0, end - every), end));
  return groups.join(separator) + frac;
}

/** Python's `format(value, spec)` for str, int, float, bool and None. */
export function formatValue(value: Value, spec: string): string {
  if (value instanceof Undefined) throw undefinedError(value);
  if (spec === '') return pyStr(value);
  const m = FORMAT_SPEC.exec(spec);
  const isNum =
    typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean';
  if (typeof value !== 'string' && !isNum) {
    if (value instanceof Markup) return formatValue(value.text, spec);
    throw new PyError(
      'TypeError',
      `unsupported format string passed to ${typeName(value)}.__format__`,
    );
  }
  if (!m) throw new PyError('ValueError', 'Invalid format specifier');
  const [
    ,
    fill = ' ',
    alignChar,
    signChar,
    ,
    alt,
    zero,
    widthText,
    grouping,
    precisionText,
    typeChar,
  ] = m;
  const width = widthText ? Number(widthText) : 0;
  const precision = precisionText === undefined ? undefined : Number(precisionText);
  let align = alignChar;
  let fillChar = fill;
  if (zero && !alignChar) {
    fillChar = '0';
    align = '=';
  }
  let sign = '';
  let body: string;
  if (typeof value === 'string') {
    if (typeChar && typeChar !== 's') {
      throw new PyError('ValueError', `Unknown format code '${typeChar}' for object of type 'str'`);
    }
    if (signChar) throw new PyError('ValueError', 'Sign not allowed in string format specifier');
    if (align === '=')
      throw new PyError('ValueError', "'=' alignment not allowed in string format specifier");
    body = precision === undefined ? value : codePoints(value).slice(0, precision).join('');
    align ??= '<';
  } else {
    const n: bigint | number = typeof value === 'boolean' ? (value ? 1n : 0n) : value;
    let type = typeChar ?? '';
    if (type === 's') {
      throw new PyError(
        'ValueError',
        `Unknown format code 's' for object of type '${typeName(value)}'`,
      );
    }
    if (typeof n === 'bigint' && 'bcdoxXn'.includes(type) && type !== '') {
      if (precision !== undefined)
        throw new PyError('ValueError', 'Precision not allowed in integer format specifier');
      if (type === 'c') {
        body = String.fromCodePoint(Number(n));
      } else {
        body = intDigits(n, type === 'n' ? 'd' : type, Boolean(alt));
        if (grouping)
          body =
            (alt && type !== 'd' ? body.slice(0, 2) : '') +
            groupDigits(
              alt && type !== 'd' && type !== 'n' ? body.slice(2) : body,
              grouping,
              type === 'd' || type === 'n' ? 3 : 4,
            );
      }
      sign = n < 0n ? '-' : signChar === '+' ? '+' : signChar === ' ' ? ' ' : '';
    } else if (typeof n === 'bigint' && type === '') {
      body = (n < 0n ? -n : n).toString();
      if (grouping) body = groupDigits(body, grouping, 3);
      sign = n < 0n ? '-' : signChar === '+' ? '+' : signChar === ' ' ? ' ' : '';
    } else {
      if ('bcdoxX'.includes(type) && type !== '') {
        throw new PyError('ValueError', `Unknown format code '${type}' for object of type 'float'`);
      }
      const x = typeof n === 'bigint' ? Number(n) : n;
      if (type === 'n') type = 'g';
      if (type === '') {
        if (precision === undefined) {
          body = floatRepr(Math.abs(x));
        } else {
          body = formatFloat(Math.abs(x), 'g', precision, Boolean(alt));
          if (Number.isFinite(x) && !/[.e]/.test(body)) body += '.0';
        }
      } else {
        body = formatFloat(Math.abs(x), type, precision ?? 6, Boolean(alt));
      }
      if (grouping) body = groupDigits(body, grouping, 3);
      sign =
        isNegative(x) && !Number.isNaN(x)
          ? '-'
          : signChar === '+'
            ? '+'
            : signChar === ' '
              ? ' '
              : '';
    }
    align ??= '>';
  }
  const length = pyLength(sign + body);
  if (length >= width) return sign + body;
  const padding = width - length;
  if (align === '<') return sign + body + fillChar.repeat(padding);
  if (align === '>') return fillChar.repeat(padding) + sign + body;
  if (align === '=') return sign + fillChar.repeat(padding) + body;
  const left = Math.floor(padding / 2);
  return fillChar.repeat(left) + sign + body + fillChar.repeat(padding - left);
}

/** Python's `str.format(*args, **kwargs)`: plain, numbered and named fields, `!r`/`!s`, specs. */
export function strFormat(format: string, args: Value[], kwargs: Dict): string {
  let out = '';
  let auto = 0;
  let manual = false;
  const field = (name: string): Value => {
    if (/[.[]/.test(name)) {
      throw new Refusal(
        `a str.format() field with attribute or index access ({${name}})`,
        'pass the value itself as an argument',
      );
    }
    if (name === '') {
      if (manual)
        throw new PyError(
          'ValueError',
          'cannot switch from manual field specification to automatic field numbering',
        );
      if (auto >= args.length)
        throw new PyError(
          'IndexError',
          `Replacement index ${auto} out of range for positional args tuple`,
        );
      return args[auto++]!;
    }
    if (/^\d+$/.test(name)) {
      if (auto > 0)
        throw new PyError(
          'ValueError',
          'cannot switch from automatic field numbering to manual field specification',
        );
      manual = true;
      const i = Number(name);
      if (i >= args.length)
        throw new PyError(
          'IndexError',
          `Replacement index ${i} out of range for positional args tuple`,
        );
      return args[i]!;
    }
    const value = kwargs.get(name);
    if (value === undefined) throw new PyError('KeyError', `'${name}'`);
    return value;
  };
  for (let i = 0; i < format.length;) {
    const c = format[i]!;
    if (c === '}') {
      if (format[i + 1] !== '}')
        throw new PyError('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (format[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    const end = format.indexOf('}', i);
    if (end === -1) throw new PyError('ValueError', "Single '{' encountered in format string");
    const inner = format.slice(i + 1, end);
    if (inner.includes('{')) {
      throw new Refusal('a nested str.format() field ({…{…}…})', 'compute the format spec first');
    }
    const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(inner);
    if (!m) throw new PyError('ValueError', "expected ':' after conversion specifier");
    let value = field(m[1]!);
    if (m[2] === 'r') value = pyRepr(value);
    else if (m[2] === 's') value = pyStr(value);
    else if (m[2] === 'a') value = asciiOnly(pyRepr(value));
    out += formatValue(value, m[3] ?? '');
    i = end + 1;
  }
  return out;
}
