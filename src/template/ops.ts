import { LimitError, PyError, Refusal } from './errors.js';
import { percentFormat } from './format.js';
import { codePoints, compareText, pyLength } from './text.js';
import {
  Dict,
  DictView,
  Iter,
  Markup,
  PyObject,
  Range,
  Tuple,
  Undefined,
  escapeHtml,
  isLenient,
  typeName,
  undefinedError,
  type Gen,
  type Value,
} from './values.js';

/**
 * Python's operators on template values: arithmetic with int/float/bool, sequence
 * concatenation and repetition, comparisons, `in`, truth, `len`, indexing and slicing.
 * Whatever Python raises on, this raises on (a PyError), so Jinja2 and worker-image fail alike.
 */

/** No string or list a template builds may exceed this many characters or items. */
export const VALUE_LIMIT = 16 * 1024 * 1024;

function tooLarge(size: number | bigint): LimitError {
  return new LimitError(
    `a value of ${size} characters or items: over the ${VALUE_LIMIT} a template may build`,
  );
}

export function checkSize(size: number | bigint): void {
  if (size > VALUE_LIMIT) throw tooLarge(size);
}

export function defined<T extends Value>(value: T): Exclude<T, Undefined> {
  if (value instanceof Undefined) throw undefinedError(value);
  return value as Exclude<T, Undefined>;
}

const isNumber = (v: Value): v is bigint | number | boolean =>
  typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';

/** An int (bool counts) as a bigint, else undefined. */
export function asInt(v: Value): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return undefined;
}

/** Python's `float(int)`: exact rounding, OverflowError past the largest double. */
export function intToFloat(n: bigint): number {
  const f = Number(n);
  if (!Number.isFinite(f)) throw new PyError('OverflowError', 'int too large to convert to float');
  return f;
}

const toFloat = (v: bigint | number | boolean): number =>
  typeof v === 'number' ? v : intToFloat(asInt(v)!);

function operandError(op: string, a: Value, b: Value): PyError {
  return new PyError(
    'TypeError',
    `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function markupRefusal(op: string): Refusal {
  return new Refusal(
    `'${op}' with the result of |tojson`,
    `Jinja2 HTML-escapes the other operand; join with ~ instead ({{ x|tojson ~ '…' }})`,
  );
}

function checkOperands(op: string, a: Value, b: Value): void {
  defined(a);
  defined(b);
  if (a instanceof Markup || b instanceof Markup) throw markupRefusal(op);
}

/** Markup + text escapes the text (markupsafe's Markup.__add__ and __radd__). */
function markupAdd(a: Value, b: Value): Markup {
  const part = (v: Value): string => {
    if (v instanceof Markup) return v.text;
    if (typeof v === 'string') return escapeHtml(v);
    throw new PyError(
      'TypeError',
      `unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`,
    );
  };
  const text = part(a) + part(b);
  checkSize(text.length);
  return new Markup(text);
}

function repeat(seq: Value, times: Value): Value {
  const n = asInt(times);
  if (n === undefined) {
    throw new PyError(
      'TypeError',
      `can't multiply sequence by non-int of type '${typeName(times)}'`,
    );
  }
  const count = n > 0n ? n : 0n;
  if (typeof seq === 'string') {
    checkSize(BigInt(seq.length) * count);
    return seq.repeat(Number(count));
  }
  const items = Array.isArray(seq) ? seq : (seq as Tuple).items;
  checkSize(BigInt(items.length) * count);
  const out: Value[] = [];
  for (let i = 0n; i < count; i++) out.push(...items);
  return Array.isArray(seq) ? out : new Tuple(out);
}

const isSequence = (v: Value): v is string | Value[] | Tuple =>
  typeof v === 'string' || Array.isArray(v) || v instanceof Tuple;

export function add(a: Value, b: Value): Value {
  if (a instanceof Markup || b instanceof Markup) {
    defined(a);
    defined(b);
    return markupAdd(a, b);
  }
  checkOperands('+', a, b);
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'number' || typeof b === 'number') return toFloat(a) + toFloat(b);
    return asInt(a)! + asInt(b)!;
  }
  if (typeof a === 'string' || Array.isArray(a) || a instanceof Tuple) {
    const kind = typeName(a);
    if (typeName(b) !== kind) {
      throw new PyError(
        'TypeError',
        `can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`,
      );
    }
    if (typeof a === 'string') {
      checkSize(a.length + (b as string).length);
      return a + (b as string);
    }
    const items = [
      ...(Array.isArray(a) ? a : a.items),
      ...(Array.isArray(b) ? b : (b as Tuple).items),
    ];
    checkSize(items.length);
    return Array.isArray(a) ? items : new Tuple(items);
  }
  throw operandError('+', a, b);
}

export function sub(a: Value, b: Value): Value {
  checkOperands('-', a, b);
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'number' || typeof b === 'number') return toFloat(a) - toFloat(b);
    return asInt(a)! - asInt(b)!;
  }
  throw operandError('-', a, b);
}

export function mul(a: Value, b: Value): Value {
  const markup = a instanceof Markup ? a : b instanceof Markup ? b : undefined;
  if (markup) {
    defined(a);
    defined(b);
    const times = markup === a ? b : a;
    if (times instanceof Markup)
      throw new PyError('TypeError', "can't multiply sequence by non-int of type 'Markup'");
    return new Markup(repeat(markup.text, times) as string);
  }
  checkOperands('*', a, b);
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'number' || typeof b === 'number') return toFloat(a) * toFloat(b);
    return asInt(a)! * asInt(b)!;
  }
  if (isSequence(a)) return repeat(a, b);
  if (isSequence(b)) return repeat(b, a);
  throw operandError('*', a, b);
}

/** x * 2**e without the power itself overflowing or underflowing. */
function ldexp(x: number, e: number): number {
  let value = x;
  let exp = e;
  for (; exp > 1000; exp -= 1000) value *= 2 ** 1000;
  for (; exp < -1000; exp += 1000) value *= 2 ** -1000;
  return value * 2 ** exp;
}

/** Python's correctly rounded int / int. */
function intTrueDiv(a: bigint, b: bigint): number {
  const LIMIT = 2n ** 53n;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  if (abs(a) <= LIMIT && abs(b) <= LIMIT) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  const d = abs(b);
  // Scale so the quotient has 66+ significant bits, keep what is dropped as a sticky bit, and
  // let Number() round once; powers of two rescale exactly.
  const shift = Math.max(0, 66 - (abs(a).toString(2).length - d.toString(2).length));
  const n = abs(a) << BigInt(shift);
  let q = n / d;
  let sticky = n % d === 0n ? 0n : 1n;
  const extra = Math.max(0, q.toString(2).length - 66);
  if (extra > 0) {
    if (q & ((1n << BigInt(extra)) - 1n)) sticky = 1n;
    q >>= BigInt(extra);
  }
  const result = ldexp(Number((q << 1n) | sticky), extra - shift - 1);
  if (!Number.isFinite(result)) {
    throw new PyError('OverflowError', 'integer division result too large for a float');
  }
  return negative ? -result : result;
}

export function truediv(a: Value, b: Value): Value {
  checkOperands('/', a, b);
  if (!isNumber(a) || !isNumber(b)) throw operandError('/', a, b);
  if (typeof a !== 'number' && typeof b !== 'number') {
    const d = asInt(b)!;
    if (d === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
    return intTrueDiv(asInt(a)!, d);
  }
  const x = toFloat(a);
  const y = toFloat(b);
  if (y === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

export function floordiv(a: Value, b: Value): Value {
  checkOperands('//', a, b);
  if (!isNumber(a) || !isNumber(b)) throw operandError('//', a, b);
  if (typeof a !== 'number' && typeof b !== 'number') {
    if (asInt(b) === 0n)
      throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
    return intDivmod(asInt(a)!, asInt(b)!)[0];
  }
  const y = toFloat(b);
  if (y === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
  return floatDivmod(toFloat(a), y)[0];
}

export function mod(a: Value, b: Value): Value {
  defined(a);
  if (typeof a === 'string') return percentFormat(a, b);
  checkOperands('%', a, b);
  if (!isNumber(a) || !isNumber(b)) throw operandError('%', a, b);
  if (typeof a !== 'number' && typeof b !== 'number') {
    if (asInt(b) === 0n)
      throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
    return intDivmod(asInt(a)!, asInt(b)!)[1];
  }
  const y = toFloat(b);
  if (y === 0) throw new PyError('ZeroDivisionError', 'float modulo');
  return floatDivmod(toFloat(a), y)[1];
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

export function pow(a: Value, b: Value): Value {
  checkOperands('**', a, b);
  if (!isNumber(a) || !isNumber(b)) throw operandError('** or pow()', a, b);
  if (typeof a !== 'number' && typeof b !== 'number') {
    const base = asInt(a)!;
    const exp = asInt(b)!;
    if (exp >= 0n) {
      if (base === 0n || base === 1n || base === -1n)
        return base ** (exp > 1n ? 2n - (exp % 2n) : exp);
      if (BigInt(bitLength(base) - 1) * exp > BigInt(VALUE_LIMIT) * 3n) throw tooLarge(exp);
      return base ** exp;
    }
    if (base === 0n) {
      throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    }
  }
  const x = toFloat(a);
  const y = toFloat(b);
  if (y === 0 || x === 1) return 1;
  if (x === 0 && y < 0) {
    throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  }
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    throw new Refusal(
      'a negative number to a fractional power',
      'Python gives a complex number there; use abs() of the base or an integer exponent',
    );
  }
  const result = x ** y;
  if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new PyError('OverflowError', "(34, 'Numerical result out of range')");
  }
  return result;
}

export function negate(op: '-' | '+', a: Value): Value {
  defined(a);
  if (!isNumber(a))
    throw new PyError('TypeError', `bad operand type for unary ${op}: '${typeName(a)}'`);
  if (typeof a === 'number') return op === '-' ? -a : a;
  const n = asInt(a)!;
  return op === '-' ? -n : n;
}

/** Python's `bool(value)`. */
export function truthy(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return false;
  if (value instanceof Undefined) {
    if (value.lenient) return false;
    throw undefinedError(value);
  }
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Tuple) return value.items.length > 0;
  if (value instanceof Dict) return value.size > 0;
  if (value instanceof Range) return value.length > 0n;
  if (value instanceof DictView) return value.dict.size > 0;
  if (value instanceof Markup) return value.text !== '';
  return true;
}

/** Python's `a == b`. */
export function equals(a: Value, b: Value): boolean {
  if (a instanceof Undefined) {
    if (a.lenient) return isLenient(b);
    throw undefinedError(a);
  }
  if (b instanceof Undefined) {
    if (b.lenient) return false;
    throw undefinedError(b);
  }
  if (a === b) return true;
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) === 0;
  const text = (v: Value): string | undefined =>
    typeof v === 'string' ? v : v instanceof Markup ? v.text : undefined;
  const ta = text(a);
  const tb = text(b);
  if (ta !== undefined || tb !== undefined) return ta === tb;
  if (Array.isArray(a) && Array.isArray(b)) return sequenceEquals(a, b);
  if (a instanceof Tuple && b instanceof Tuple) return sequenceEquals(a.items, b.items);
  if (a instanceof Dict && b instanceof Dict) {
    if (a.size !== b.size) return false;
    return a.entries().every(([k, v]) => b.has(k) && equals(v, b.get(k)!));
  }
  if (a instanceof Range && b instanceof Range) {
    if (a.length !== b.length) return false;
    return a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step));
  }
  if (a instanceof DictView && b instanceof DictView && a.kind !== 'values' && a.kind === b.kind) {
    const x = a.list();
    const y = b.list();
    return x.length === y.length && x.every((item) => y.some((other) => equals(item, other)));
  }
  return false;
}

function sequenceEquals(a: Value[], b: Value[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((item, i) => item === b[i] || equals(item, b[i]!));
}

/** -1, 0 or 1 between two numbers, exactly (Python compares int and float without rounding). */
function compareNumbers(a: bigint | number | boolean, b: bigint | number | boolean): number {
  const x = typeof a === 'number' ? a : asInt(a)!;
  const y = typeof b === 'number' ? b : asInt(b)!;
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'number' && typeof y === 'number') {
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  const flip = typeof x === 'number';
  const int = (flip ? y : x) as bigint;
  const float = (flip ? x : y) as number;
  let result: number;
  if (Number.isNaN(float)) return NaN;
  if (!Number.isFinite(float)) result = float > 0 ? -1 : 1;
  else if (Number.isInteger(float)) {
    const f = BigInt(float);
    result = int < f ? -1 : int > f ? 1 : 0;
  } else {
    result = int <= BigInt(Math.floor(float)) ? -1 : 1;
  }
  return flip ? -result : result;
}

const SYMBOLS = { lt: '<', lteq: '<=', gt: '>', gteq: '>=' } as const;

/** Python's `<`, `<=`, `>`, `>=`. */
export function order(op: keyof typeof SYMBOLS, a: Value, b: Value): boolean {
  const c = compare(a, b, SYMBOLS[op]);
  if (Number.isNaN(c)) return false;
  if (op === 'lt') return c < 0;
  if (op === 'lteq') return c <= 0;
  if (op === 'gt') return c > 0;
  return c >= 0;
}

/** -1, 0, 1 (NaN when unordered, for float nan) as Python orders a and b, or TypeError. */
export function compare(a: Value, b: Value, symbol = '<'): number {
  if (a instanceof Undefined) throw undefinedError(a);
  if (b instanceof Undefined) throw undefinedError(b);
  if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
  const text = (v: Value): string | undefined =>
    typeof v === 'string' ? v : v instanceof Markup ? v.text : undefined;
  const ta = text(a);
  const tb = text(b);
  if (ta !== undefined && tb !== undefined) return compareText(ta, tb);
  const seq = (v: Value): Value[] | undefined =>
    Array.isArray(v) ? v : v instanceof Tuple ? v.items : undefined;
  const sa = seq(a);
  const sb = seq(b);
  if (sa && sb && Array.isArray(a) === Array.isArray(b)) {
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      if (sa[i] === sb[i] || equals(sa[i]!, sb[i]!)) continue;
      return compare(sa[i]!, sb[i]!, symbol);
    }
    return sa.length === sb.length ? 0 : sa.length < sb.length ? -1 : 1;
  }
  throw new PyError(
    'TypeError',
    `'${symbol}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/** Python's `len(value)`. */
export function* length(value: Value): Gen<bigint> {
  if (typeof value === 'string') return BigInt(pyLength(value));
  if (value instanceof Markup) return BigInt(pyLength(value.text));
  if (Array.isArray(value)) return BigInt(value.length);
  if (value instanceof Tuple) return BigInt(value.items.length);
  if (value instanceof Dict) return BigInt(value.size);
  if (value instanceof DictView) return BigInt(value.dict.size);
  if (value instanceof Range) return value.length;
  if (isLenient(value)) return 0n;
  if (value instanceof Undefined) throw undefinedError(value);
  if (value instanceof PyObject && value.length) return yield* value.length();
  throw new PyError('TypeError', `object of type '${typeName(value)}' has no len()`);
}

/** Python's `iter(value)`, as a JavaScript iterator. */
export function iterate(value: Value): Iterator<Value> {
  if (typeof value === 'string') return codePoints(value)[Symbol.iterator]();
  if (value instanceof Markup) return codePoints(value.text)[Symbol.iterator]();
  if (Array.isArray(value)) {
    // Python's list iterator sees items appended while it runs.
    let i = 0;
    return {
      next: () =>
        i < value.length ? { value: value[i++]!, done: false } : { value: undefined, done: true },
    };
  }
  if (value instanceof Tuple) return value.items[Symbol.iterator]();
  if (value instanceof Dict) return value.keys()[Symbol.iterator]();
  if (value instanceof DictView) return value.list()[Symbol.iterator]();
  if (value instanceof Range) {
    let i = 0n;
    const n = value.length;
    return {
      next: () =>
        i < n ? { value: value.at(i++), done: false } : { value: undefined, done: true },
    };
  }
  if (value instanceof Iter) return value.source;
  if (isLenient(value)) return [][Symbol.iterator]();
  if (value instanceof Undefined) throw undefinedError(value);
  throw new PyError('TypeError', `'${typeName(value)}' object is not iterable`);
}

/** Python's `x in container`. */
export function contains(container: Value, item: Value): boolean {
  if (container instanceof Undefined && !container.lenient) throw undefinedError(container);
  const text =
    typeof container === 'string'
      ? container
      : container instanceof Markup
        ? container.text
        : undefined;
  if (text !== undefined) {
    const needle = typeof item === 'string' ? item : item instanceof Markup ? item.text : undefined;
    if (needle === undefined) {
      if (item instanceof Undefined) throw undefinedError(item);
      throw new PyError(
        'TypeError',
        `'in <string>' requires string as left operand, not ${typeName(item)}`,
      );
    }
    return text.includes(needle);
  }
  if (container instanceof Dict) return container.has(item);
  if (container instanceof DictView && container.kind === 'keys') return container.dict.has(item);
  if (container instanceof Range) {
    const n = asInt(item);
    if (n === undefined) {
      if (typeof item === 'number' && Number.isInteger(item))
        return contains(container, BigInt(item));
      return [...iterateAll(container)].some((x) => equals(x, item));
    }
    const { start, step } = container;
    const offset = n - start;
    return offset % step === 0n && offset / step >= 0n && offset / step < container.length;
  }
  const it = iterate(container);
  for (let r = it.next(); !r.done; r = it.next()) {
    if (r.value === item || equals(r.value, item)) return true;
  }
  return false;
}

function* iterateAll(value: Value): Generator<Value> {
  const it = iterate(value);
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

/** Every item of an iterable, as an array (VALUE_LIMIT applies). */
export function toArray(value: Value): Value[] {
  if (Array.isArray(value)) return [...value];
  if (value instanceof Range) checkSize(value.length);
  const out: Value[] = [];
  const it = iterate(value);
  for (let r = it.next(); !r.done; r = it.next()) {
    out.push(r.value);
    if (out.length > VALUE_LIMIT) throw tooLarge(out.length);
  }
  return out;
}

function index(i: bigint, length: number, what: string): number {
  const at = i < 0n ? i + BigInt(length) : i;
  if (at < 0n || at >= BigInt(length))
    throw new PyError('IndexError', `${what} index out of range`);
  return Number(at);
}

/** Python's `obj[key]`; raises TypeError, KeyError or IndexError as Python does. */
export function getitem(obj: Value, key: Value): Value {
  if (obj instanceof Undefined) throw undefinedError(obj);
  if (obj instanceof Dict) {
    const value = obj.get(key);
    if (value === undefined)
      throw new PyError('KeyError', typeof key === 'string' ? `'${key}'` : String(key));
    return value;
  }
  const seq = Array.isArray(obj) ? obj : obj instanceof Tuple ? obj.items : undefined;
  const text = typeof obj === 'string' ? obj : obj instanceof Markup ? obj.text : undefined;
  if (seq || text !== undefined || obj instanceof Range) {
    const i = asInt(key);
    if (i === undefined) {
      const what = text !== undefined ? 'string' : typeName(obj);
      throw new PyError('TypeError', `${what} indices must be integers, not ${typeName(key)}`);
    }
    if (seq) return seq[index(i, seq.length, typeName(obj))]!;
    if (obj instanceof Range) return obj.at(BigInt(index(i, Number(obj.length), 'range object')));
    const cps = codePoints(text!);
    const c = cps[index(i, cps.length, 'string')]!;
    return obj instanceof Markup ? new Markup(c) : c;
  }
  throw new PyError('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

function sliceBound(v: Value): bigint | null {
  if (v === null) return null;
  const n = asInt(defined(v));
  if (n === undefined) {
    throw new PyError(
      'TypeError',
      'slice indices must be integers or None or have an __index__ method',
    );
  }
  return n;
}

/** `slice.indices(length)`: the clamped start, stop and step (CPython's PySlice_GetIndices). */
function sliceBounds(
  length: bigint,
  start: bigint | null,
  stop: bigint | null,
  step: bigint | null,
): [bigint, bigint, bigint] {
  const by = step ?? 1n;
  if (by === 0n) throw new PyError('ValueError', 'slice step cannot be zero');
  const clamp = (i: bigint | null, fallback: bigint): bigint => {
    if (i === null) return fallback;
    if (i < 0n) {
      const at = i + length;
      return at < 0n ? (by < 0n ? -1n : 0n) : at;
    }
    return i >= length ? (by < 0n ? length - 1n : length) : i;
  };
  return [clamp(start, by < 0n ? length - 1n : 0n), clamp(stop, by < 0n ? -1n : length), by];
}

/** The indices `seq[start:stop:step]` picks from a sequence of `length` items. */
function sliceIndices(
  length: bigint,
  start: bigint | null,
  stop: bigint | null,
  step: bigint | null,
): bigint[] {
  const [from, to, by] = sliceBounds(length, start, stop, step);
  const count =
    by > 0n
      ? to > from
        ? (to - from + by - 1n) / by
        : 0n
      : from > to
        ? (from - to - by - 1n) / -by
        : 0n;
  checkSize(count);
  const out: bigint[] = [];
  for (let i = 0n, at = from; i < count; i++, at += by) out.push(at);
  return out;
}

/** Python's `obj[start:stop:step]`. */
export function slice(obj: Value, start: Value, stop: Value, step: Value): Value {
  defined(obj);
  const bounds = [sliceBound(start), sliceBound(stop), sliceBound(step)] as const;
  if (obj instanceof Range) {
    const [from, to, by] = sliceBounds(obj.length, ...bounds);
    return new Range(obj.at(from), obj.at(to), obj.step * by);
  }
  const text = typeof obj === 'string' ? obj : obj instanceof Markup ? obj.text : undefined;
  if (text !== undefined) {
    const cps = codePoints(text);
    const out = sliceIndices(BigInt(cps.length), ...bounds)
      .map((i) => cps[Number(i)]!)
      .join('');
    return obj instanceof Markup ? new Markup(out) : out;
  }
  const seq = Array.isArray(obj) ? obj : obj instanceof Tuple ? obj.items : undefined;
  if (!seq) throw new PyError('TypeError', `'${typeName(obj)}' object is not subscriptable`);
  const out = sliceIndices(BigInt(seq.length), ...bounds).map((i) => seq[Number(i)]!);
  return Array.isArray(obj) ? out : new Tuple(out);
}
