import { PyError, Refusal } from './errors.js';
import { drain, type Context } from './evaluate.js';
import { formatFloat, percentFormat } from './format.js';
import { capitalize, center, replace, splitlines } from './methods.js';
import * as ops from './ops.js';
import { nameTable, type NameTable } from './own.js';
import { pyStr } from './repr.js';
import { shquote } from './shquote.js';
import { signature } from './signature.js';
import { codePoints, strip } from './text.js';
import { tojson } from './tojson.js';
import {
  Dict,
  DictView,
  Iter,
  Markup,
  NamedTuple,
  Range,
  Tuple,
  Undefined,
  escapeHtml,
  hashKey,
  typeName,
  undefinedError,
  type Args,
  type Gen,
  type Value,
} from './values.js';
import { wordwrap } from './wordwrap.js';

/** Jinja2 3.1's built-in filters (jinja2/filters.py), each with Python's semantics. */

export type Filter = (ctx: Context, value: Value, args: Args) => Value | Gen<Value>;

/** `soft_str`: str(), but Markup stays Markup. */
function softStr(value: Value): string | Markup {
  return value instanceof Markup ? value : pyStr(value);
}

const text = (value: Value): string => (value instanceof Markup ? value.text : pyStr(value));

/** Python's `str.lower()` on strings only: the case-insensitive sort and unique keys. */
function ignoreCase(value: Value): Value {
  if (typeof value === 'string') return value.toLowerCase();
  if (value instanceof Markup) return new Markup(value.text.toLowerCase());
  return value;
}

function attributeParts(attribute: Value | undefined): Value[] {
  if (attribute === undefined || attribute === null) return [];
  if (typeof attribute === 'string') {
    return attribute.split('.').map((part) => (/^[0-9]+$/.test(part) ? BigInt(part) : part));
  }
  return [attribute];
}

/** Jinja2's make_attrgetter: `attribute='a.b.0'` looks each part up with environment.getitem. */
function attrGetter(
  ctx: Context,
  attribute: Value | undefined,
  postprocess?: (v: Value) => Value,
  fallback?: Value,
): (item: Value) => Gen<Value> {
  const parts = attributeParts(attribute);
  return function* (item) {
    let value = item;
    for (const part of parts) {
      value = yield* ctx.getitem(value, part);
      if (fallback !== undefined && fallback !== null && value instanceof Undefined)
        value = fallback;
    }
    return postprocess ? postprocess(value) : value;
  };
}

/** make_multi_attrgetter: `attribute='age,name'` gives a list of values per item. */
function multiAttrGetter(
  ctx: Context,
  attribute: Value | undefined,
  postprocess?: (v: Value) => Value,
): (item: Value) => Gen<Value> {
  const split = typeof attribute === 'string' ? attribute.split(',') : [attribute ?? null];
  const getters = split.map((a) => attrGetter(ctx, a === null ? undefined : a, postprocess));
  return function* (item) {
    const values: Value[] = [];
    for (const get of getters) values.push(yield* get(item));
    return values;
  };
}

function* sortedBy(
  items: Value[],
  key: (item: Value) => Gen<Value>,
  reverse: boolean,
): Gen<Value[]> {
  const keyed: [Value, Value][] = [];
  for (const item of items) {
    keyed.push([yield* key(item), item]);
    yield;
  }
  keyed.sort(([a], [b]) => (reverse ? -1 : 1) * ops.compare(a, b));
  return keyed.map(([, item]) => item);
}

const truthy = (v: Value | undefined): boolean => v !== undefined && ops.truthy(v);

function int(value: Value | undefined, what: string): bigint {
  const n = value === undefined ? undefined : ops.asInt(ops.defined(value));
  if (n === undefined) {
    throw new PyError(
      'TypeError',
      `${what}: '${value === undefined ? 'NoneType' : typeName(value)}' object cannot be interpreted as an integer`,
    );
  }
  return n;
}

/** Python's `reversed(value)` as an array, or undefined where Python raises TypeError. */
function reversedItems(value: Value): Value[] | undefined {
  if (typeof value === 'string' || value instanceof Markup)
    return codePoints(text(value)).reverse();
  if (Array.isArray(value)) return [...value].reverse();
  if (value instanceof Tuple) return [...value.items].reverse();
  if (value instanceof Dict) return value.keys().reverse();
  if (value instanceof DictView) return value.list().reverse();
  if (value instanceof Range) {
    ops.checkSize(value.length);
    return ops.toArray(value).reverse();
  }
  if (value instanceof Undefined) {
    if (value.lenient) return [];
    throw undefinedError(value);
  }
  return undefined;
}

const REVERSE_ITERATORS: NameTable<string> = nameTable({
  list: 'list_reverseiterator',
  tuple: 'reversed',
  range: 'range_iterator',
  dict: 'dict_reversekeyiterator',
  dict_keys: 'dict_reversekeyiterator',
  dict_values: 'dict_reversevalueiterator',
  dict_items: 'dict_reverseitemiterator',
});

/** A lazy filter result (a Python generator): runs only when iterated, once. */
function generator(body: () => Generator<Value, void, void>): Iter {
  return new Iter('generator', body());
}

/** Python's `round(value, precision)`: half to even on the exact binary value of a float. */
function pythonRound(value: Value, precision: bigint): Value {
  const v = ops.defined(value);
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = ops.asInt(v)!;
    return precision >= 0n ? n : roundToUnit(n, 1n, 10n ** -precision);
  }
  if (typeof v !== 'number') {
    throw new PyError('TypeError', `type ${typeName(v)} doesn't define __round__ method`);
  }
  if (!Number.isFinite(v) || precision > 323n) return v;
  if (precision < -308n) return 0 * v;
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (precision >= 0n)
    return Number(sign + formatFloat(Math.abs(v), 'f', Number(precision), false));
  const { num, den } = rational(Math.abs(v));
  return Number(sign + roundToUnit(num, den, 10n ** -precision).toString());
}

/** num/den rounded to a multiple of unit, ties to the even multiple. */
function roundToUnit(num: bigint, den: bigint, unit: bigint): bigint {
  const d = den * unit;
  let q = num / d;
  let r = num % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  const twice = 2n * r;
  const rounded = twice > d || (twice === d && (q & 1n) === 1n) ? q + 1n : q;
  return rounded * unit;
}

function rational(x: number): { num: bigint; den: bigint } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let e = exponent - 1075;
  if (exponent === 0) e = -1074;
  else mantissa |= 1n << 52n;
  return e >= 0
    ? { num: mantissa << BigInt(e), den: 1n }
    : { num: mantissa, den: 1n << BigInt(-e) };
}

function ceilOrFloor(value: Value, method: 'ceil' | 'floor'): bigint {
  const v = ops.defined(value);
  if (typeof v === 'bigint' || typeof v === 'boolean') return ops.asInt(v)!;
  if (typeof v !== 'number') {
    throw new PyError('TypeError', `must be real number, not ${typeName(v)}`);
  }
  if (Number.isNaN(v)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v))
    throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(method === 'ceil' ? Math.ceil(v) : Math.floor(v));
}

const PY_INT =
  /^[+-]?(?:0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|0+(?:_?0)*|[1-9](?:_?[0-9])*)$/;
const PY_FLOAT =
  /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?\.?[0-9](?:_?[0-9])*(?:[eE][+-]?[0-9](?:_?[0-9])*)?|[0-9](?:_?[0-9])*\.(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$/i;

/** Decimal digits Python's int() and float() read that are not ASCII (Arabic-Indic and such). */
const OTHER_DIGITS = /(?![0-9])\p{Nd}/u;

/** Python's `int(text, base)`, or undefined where Python raises ValueError. */
function parseInt(textValue: string, base: bigint): bigint | undefined {
  const t = strip(textValue, null, 'both');
  if (OTHER_DIGITS.test(t)) {
    throw new Refusal(
      '|int on digits of a script other than ASCII',
      'pass the number as ASCII digits',
    );
  }
  const sign = t.startsWith('-') ? -1n : 1n;
  let digits = t.replace(/^[+-]/, '');
  let b = base;
  const prefix = /^0([bBoOxX])/.exec(digits)?.[1]?.toLowerCase();
  const prefixBase = prefix === 'b' ? 2n : prefix === 'o' ? 8n : prefix === 'x' ? 16n : undefined;
  if (b === 0n) {
    if (!PY_INT.test(digits)) return undefined;
    b = prefixBase ?? 10n;
    if (prefixBase) digits = digits.slice(2);
  } else if (prefixBase !== undefined && prefixBase === b) {
    digits = digits.slice(2).replace(/^_/, '');
  }
  if (b < 2n || b > 36n) throw new PyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  if (!/^[0-9a-zA-Z]+(?:_[0-9a-zA-Z]+)*$/.test(digits)) return undefined;
  digits = digits.replaceAll('_', '').toLowerCase();
  let n = 0n;
  for (const c of digits) {
    const d = BigInt(Number.parseInt(c, 36));
    if (d >= b) return undefined;
    n = n * b + d;
  }
  if (digits.length > 4300 && b === 10n) return undefined;
  return sign * n;
}

/** Python's `float(text)`, or undefined where Python raises ValueError. */
function parseFloat(textValue: string): number | undefined {
  const t = strip(textValue, null, 'both');
  if (OTHER_DIGITS.test(t)) {
    throw new Refusal(
      '|float or |int on digits of a script other than ASCII',
      'pass the number as ASCII digits',
    );
  }
  if (!PY_FLOAT.test(t)) return undefined;
  const lower = t.toLowerCase().replace(/^[+]/, '');
  if (lower.endsWith('nan')) return NaN;
  if (lower.endsWith('inf') || lower.endsWith('infinity'))
    return lower.startsWith('-') ? -Infinity : Infinity;
  return Number(t.replaceAll('_', ''));
}

function floatOf(value: Value): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean')
    return ops.intToFloat(ops.asInt(value)!);
  if (typeof value === 'string' || value instanceof Markup) return parseFloat(text(value));
  if (value instanceof Undefined) throw undefinedError(value);
  return undefined;
}

function truncateFloat(f: number): bigint {
  if (Number.isNaN(f)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(f))
    throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(f));
}

/** 3.12 made sum() of floats compensated (Neumaier); before, it added left to right. */
function floatSums(start: number, items: number[]): [number, number] {
  let plain = start;
  let total = start;
  let c = 0;
  for (const x of items) {
    plain += x;
    const t = total + x;
    if (Math.abs(total) >= Math.abs(x)) c += total - t + x;
    else c += x - t + total;
    total = t;
  }
  if (c && Number.isFinite(c)) total += c;
  return [plain, total];
}

function* pySum(items: Value[], start: Value): Gen<Value> {
  let total = start;
  let i = 0;
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (
      typeof item === 'number' &&
      (typeof total === 'bigint' || typeof total === 'boolean' || typeof total === 'number')
    )
      break;
    total = ops.add(total, item);
    if (i % 1024 === 0) yield;
  }
  if (i === items.length) return total;
  const floats: number[] = [];
  for (; i < items.length; i++) {
    const item = ops.defined(items[i]!);
    if (typeof item !== 'number' && typeof item !== 'bigint' && typeof item !== 'boolean') {
      throw new Refusal(
        '|sum of floats mixed with other values',
        'sum the numbers apart (|select("number")|sum)',
      );
    }
    floats.push(typeof item === 'number' ? item : ops.intToFloat(ops.asInt(item)!));
  }
  const [plain, compensated] = floatSums(
    typeof total === 'number' ? total : ops.intToFloat(ops.asInt(total as Value)!),
    floats,
  );
  if (plain !== compensated && !(Number.isNaN(plain) && Number.isNaN(compensated))) {
    throw new Refusal(
      '|sum of floats whose last digit depends on the Python version (3.12 changed sum())',
      'round the result: |sum|round(6)',
    );
  }
  return plain;
}

function* minOrMax(ctx: Context, value: Value, args: Args, which: 'min' | 'max'): Gen<Value> {
  const { case_sensitive, attribute } = signature(which, ['case_sensitive', 'attribute'])(args);
  const it = ops.iterate(ops.defined(value) as Value);
  const first = it.next();
  if (first.done) return new Undefined('No aggregated item, sequence was empty.');
  const key = attrGetter(ctx, attribute, truthy(case_sensitive) ? undefined : ignoreCase);
  let best = first.value;
  let bestKey = yield* key(best);
  for (let r = it.next(); !r.done; r = it.next()) {
    const k = yield* key(r.value);
    if (ops.order(which === 'max' ? 'gt' : 'lt', k, bestKey)) {
      best = r.value;
      bestKey = k;
    }
    yield;
  }
  return best;
}

/** select/reject/selectattr/rejectattr (prepare_select_or_reject). */
function selectOrReject(
  ctx: Context,
  value: Value,
  { args, kwargs }: Args,
  keep: boolean,
  lookupAttr: boolean,
): Iter {
  return generator(function* () {
    if (!ops.truthy(value)) return;
    let off = 0;
    let transform: (item: Value) => Value = (item) => item;
    if (lookupAttr) {
      if (args.length === 0)
        throw new PyError('FilterArgumentError', 'Missing parameter for attribute name');
      const get = attrGetter(ctx, args[0]!);
      transform = (item) => ctx.sync(get(item));
      off = 1;
    }
    const name = args[off];
    const testArgs: Args = { args: args.slice(off + 1), kwargs };
    const test =
      name === undefined
        ? (item: Value) => ops.truthy(item)
        : (item: Value) => ctx.sync(ctx.test(ops.defined(name) as string, item, testArgs));
    for (const item of iterateAll(value)) {
      if (test(transform(item)) === keep) yield item;
    }
  });
}

function* iterateAll(value: Value): Generator<Value, void, void> {
  const it = ops.iterate(value);
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

function* toList(value: Value): Gen<Value[]> {
  const out: Value[] = [];
  for (const item of iterateAll(value)) {
    out.push(item);
    if (out.length % 1024 === 0) {
      ops.checkSize(out.length);
      yield;
    }
  }
  return out;
}

const bindDefault = signature('default', ['default_value', 'boolean']);
const defaultFilter: Filter = (_ctx, value, args) => {
  const { default_value = '', boolean } = bindDefault(args);
  return value instanceof Undefined || (truthy(boolean) && !ops.truthy(value))
    ? default_value
    : value;
};

const bindLength = signature('length', []);
const lengthFilter: Filter = (_ctx, value, args) => (bindLength(args), ops.length(value));

const bindEscape = signature('escape', []);
const escapeFilter: Filter = (_ctx, value, args) => {
  bindEscape(args);
  return value instanceof Markup ? value : new Markup(escapeHtml(pyStr(value)));
};

/** Python's urllib.parse.quote of the UTF-8 bytes; `/` is kept unless quoting for a query. */
function urlQuote(value: Value, forQuery: boolean): string {
  const text =
    typeof value === 'string' ? value : value instanceof Markup ? value.text : pyStr(value);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.\-~]/.test(c) || (!forQuery && c === '/')) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return forQuery ? out.replaceAll('%20', '+') : out;
}

/** Python's `isinstance(value, collections.abc.Iterable)`. */
function isIterable(value: Value): boolean {
  if (value instanceof Undefined) return true;
  try {
    ops.iterate(value);
    return true;
  } catch (err) {
    if (err instanceof PyError && err.pyType === 'TypeError') return false;
    throw err;
  }
}

/** Jinja2's `|groupby`: sorted by the attribute, one (grouper, list) tuple per run of equal keys. */
function* groupby(ctx: Context, value: Value, args: Args): Gen<Value> {
  const {
    attribute,
    default: fallback = null,
    case_sensitive,
  } = signature('groupby', ['attribute', 'default', 'case_sensitive'], 1)(args);
  const key = attrGetter(ctx, attribute, truthy(case_sensitive) ? undefined : ignoreCase, fallback);
  const sorted = yield* sortedBy(yield* toList(value), key, false);
  const groups: [Value, Value[]][] = [];
  for (const item of sorted) {
    const k = yield* key(item);
    const last = groups.at(-1);
    if (last && ops.equals(last[0], k)) last[1].push(item);
    else groups.push([k, [item]]);
  }
  const real = attrGetter(ctx, attribute, undefined, fallback);
  const out: Value[] = [];
  for (const [k, items] of groups) {
    const grouper = truthy(case_sensitive) ? k : yield* real(items[0]!);
    out.push(new NamedTuple(['grouper', 'list'], [grouper, items]));
  }
  return out;
}

export const FILTERS: NameTable<Filter> = nameTable({
  default: defaultFilter,
  d: defaultFilter,
  length: lengthFilter,
  count: lengthFilter,
  escape: escapeFilter,
  e: escapeFilter,
  safe: (_ctx, value, args) => (
    signature('safe', [])(args),
    value instanceof Markup ? value : new Markup(pyStr(value))
  ),
  groupby,
  urlencode: (_ctx, value, args) => {
    signature('urlencode', [])(args);
    const iterable = !(typeof value === 'string' || value instanceof Markup) && isIterable(value);
    if (!iterable) return urlQuote(value, false);
    const items =
      value instanceof Dict ? value.entries().map((e) => new Tuple(e)) : ops.toArray(value);
    return items
      .map((item) => {
        const pair = ops.toArray(item);
        if (pair.length !== 2) {
          throw new PyError('ValueError', `expected 2 values to unpack, got ${pair.length}`);
        }
        return `${urlQuote(pair[0]!, true)}=${urlQuote(pair[1]!, true)}`;
      })
      .join('&');
  },
  shquote: (_ctx, value, args) => (signature('shquote', [])(args), shquote(value)),
  tojson: (_ctx, value, args) => {
    const { indent } = signature('tojson', ['indent'])(args);
    let unit: string | undefined;
    if (indent !== undefined && indent !== null) {
      if (typeof indent === 'string') unit = indent;
      else {
        const n = ops.asInt(ops.defined(indent));
        if (n === undefined)
          throw new PyError(
            'TypeError',
            `can't multiply sequence by non-int of type '${typeName(indent)}'`,
          );
        unit = ' '.repeat(n > 0n ? Number(n) : 0);
      }
    }
    return new Markup(tojson(value, unit));
  },
  join: function* (ctx, value, args) {
    const { d = '', attribute } = signature('join', ['d', 'attribute'])(args);
    let items = yield* toList(value);
    if (attribute !== undefined && attribute !== null) {
      const get = attrGetter(ctx, attribute);
      const mapped: Value[] = [];
      for (const item of items) mapped.push(yield* get(item));
      items = mapped;
    }
    const separator = pyStr(d);
    const out = items.map(pyStr).join(separator);
    ops.checkSize(out.length);
    return out;
  },
  upper: (_ctx, value, args) => (
    signature('upper', [])(args),
    mapText(value, (t) => t.toUpperCase())
  ),
  lower: (_ctx, value, args) => (
    signature('lower', [])(args),
    mapText(value, (t) => t.toLowerCase())
  ),
  capitalize: (_ctx, value, args) => (
    signature('capitalize', [])(args),
    mapText(value, capitalize)
  ),
  title: (_ctx, value, args) => {
    signature('title', [])(args);
    return mapText(value, (t) =>
      t
        .split(/([-\s({[<]+)/u)
        .filter((item) => item !== '')
        .map((item) => {
          const [first = '', ...rest] = codePoints(item);
          return first.toUpperCase() + rest.join('').toLowerCase();
        })
        .join(''),
    );
  },
  replace: (_ctx, value, args) => {
    const { old, new: replacement, count } = signature('replace', ['old', 'new', 'count'], 2)(args);
    const n = count === undefined || count === null ? -1n : int(count, 'replace() count');
    return replace(pyStr(value), pyStr(old!), pyStr(replacement!), n);
  },
  trim: (_ctx, value, args) => {
    const { chars } = signature('trim', ['chars'])(args);
    const s = softStr(value);
    if (s instanceof Markup) {
      if (chars !== undefined && chars !== null) {
        throw new Refusal(
          '|trim(chars) on the result of |tojson',
          'Jinja2 escapes the characters first; trim before |tojson',
        );
      }
      return new Markup(strip(s.text, null, 'both'));
    }
    if (chars !== undefined && chars !== null && typeof chars !== 'string') {
      throw new PyError('TypeError', `strip arg must be None or str`);
    }
    return strip(s, chars ?? null, 'both');
  },
  center: (_ctx, value, args) => {
    const { width = 80n } = signature('center', ['width'])(args);
    return center(pyStr(value), int(width, 'center'));
  },
  first: (_ctx, value, args) => {
    signature('first', [])(args);
    const r = ops.iterate(value).next();
    return r.done ? new Undefined('No first item, sequence was empty.') : r.value;
  },
  last: (_ctx, value, args) => {
    signature('last', [])(args);
    const items = reversedItems(value);
    if (!items) throw new PyError('TypeError', `'${typeName(value)}' object is not reversible`);
    return items.length === 0 ? new Undefined('No last item, sequence was empty.') : items[0]!;
  },
  reverse: function* (_ctx, value, args) {
    signature('reverse', [])(args);
    if (typeof value === 'string') return codePoints(value).reverse().join('');
    if (value instanceof Markup) return new Markup(codePoints(value.text).reverse().join(''));
    const items = reversedItems(value);
    if (items)
      return new Iter(REVERSE_ITERATORS[typeName(value)] ?? 'reversed', items[Symbol.iterator]());
    const list = yield* toList(value);
    return list.reverse();
  },
  list: function* (_ctx, value, args) {
    signature('list', [])(args);
    return yield* toList(value);
  },
  string: (_ctx, value, args) => (signature('string', [])(args), softStr(value)),
  sort: function* (ctx, value, args) {
    const { reverse, case_sensitive, attribute } = signature('sort', [
      'reverse',
      'case_sensitive',
      'attribute',
    ])(args);
    const items = yield* toList(value);
    const key = multiAttrGetter(ctx, attribute, truthy(case_sensitive) ? undefined : ignoreCase);
    return yield* sortedBy(items, key, truthy(reverse));
  },
  dictsort: function* (_ctx, value, args) {
    const {
      case_sensitive,
      by = 'key',
      reverse,
    } = signature('dictsort', ['case_sensitive', 'by', 'reverse'])(args);
    if (by !== 'key' && by !== 'value') {
      throw new PyError('FilterArgumentError', 'You can only sort by either "key" or "value"');
    }
    const d = ops.defined(value);
    if (!(d instanceof Dict))
      throw new PyError('AttributeError', `'${typeName(d)}' object has no attribute 'items'`);
    const pos = by === 'key' ? 0 : 1;
    const items = d.entries().map((e) => new Tuple(e));
    // eslint-disable-next-line require-yield
    const key = function* (item: Value): Gen<Value> {
      const v = (item as Tuple).items[pos]!;
      return truthy(case_sensitive) ? v : ignoreCase(v);
    };
    return yield* sortedBy(items, key, truthy(reverse));
  },
  unique: (ctx, value, args) => {
    const { case_sensitive, attribute } = signature('unique', ['case_sensitive', 'attribute'])(
      args,
    );
    const key = attrGetter(ctx, attribute, truthy(case_sensitive) ? undefined : ignoreCase);
    return generator(function* () {
      const seen = new Set<unknown>();
      for (const item of iterateAll(value)) {
        const k = hashKey(ctx.sync(key(item)));
        if (!seen.has(k)) {
          seen.add(k);
          yield item;
        }
      }
    });
  },
  min: (ctx, value, args) => minOrMax(ctx, value, args, 'min'),
  max: (ctx, value, args) => minOrMax(ctx, value, args, 'max'),
  sum: function* (ctx, value, args) {
    const { attribute, start = 0n } = signature('sum', ['attribute', 'start'])(args);
    let items = yield* toList(value);
    if (attribute !== undefined && attribute !== null) {
      const get = attrGetter(ctx, attribute);
      const mapped: Value[] = [];
      for (const item of items) mapped.push(yield* get(item));
      items = mapped;
    }
    return yield* pySum(items, start);
  },
  map: (ctx, value, { args, kwargs }) =>
    generator(function* () {
      if (!ops.truthy(value)) return;
      let fn: (item: Value) => Value;
      if (args.length === 0 && kwargs.some(([k]) => k === 'attribute')) {
        const rest = new Map(kwargs);
        const attribute = rest.get('attribute');
        const fallback = rest.get('default');
        rest.delete('attribute');
        rest.delete('default');
        if (rest.size > 0) throw new PyError('FilterArgumentError', 'Unexpected keyword argument');
        const get = attrGetter(ctx, attribute, undefined, fallback);
        fn = (item) => ctx.sync(get(item));
      } else {
        const [name, ...rest] = args;
        if (name === undefined)
          throw new PyError('FilterArgumentError', 'map requires a filter argument');
        fn = (item) => ctx.sync(ctx.filter(pyStr(name), item, { args: rest, kwargs }));
      }
      for (const item of iterateAll(value)) yield fn(item);
    }),
  select: (ctx, value, args) => selectOrReject(ctx, value, args, true, false),
  reject: (ctx, value, args) => selectOrReject(ctx, value, args, false, false),
  selectattr: (ctx, value, args) => selectOrReject(ctx, value, args, true, true),
  rejectattr: (ctx, value, args) => selectOrReject(ctx, value, args, false, true),
  items: (_ctx, value, args) => {
    signature('items', [])(args);
    if (value instanceof Undefined) return generator(function* () {});
    if (!(value instanceof Dict))
      throw new PyError('TypeError', 'Can only get item pairs from a mapping.');
    return generator(function* () {
      for (const [k, v] of value.entries()) yield new Tuple([k, v]);
    });
  },
  round: (_ctx, value, args) => {
    const { precision = 0n, method = 'common' } = signature('round', ['precision', 'method'])(args);
    if (method !== 'common' && method !== 'ceil' && method !== 'floor') {
      throw new PyError('FilterArgumentError', 'method must be common, ceil or floor');
    }
    const p = ops.asInt(ops.defined(precision));
    if (p === undefined) {
      throw new PyError(
        'TypeError',
        `'${typeName(precision)}' object cannot be interpreted as an integer`,
      );
    }
    if (method === 'common') return pythonRound(value, p);
    const scale = ops.pow(10n, p);
    return ops.truediv(ceilOrFloor(ops.mul(value, scale), method), scale);
  },
  int: (_ctx, value, args) => {
    const { default: fallback = 0n, base = 10n } = signature('int', ['default', 'base'])(args);
    if (value instanceof Undefined) throw undefinedError(value);
    if (typeof value === 'string' || value instanceof Markup) {
      const b = ops.asInt(base);
      if (b === undefined)
        throw new PyError(
          'TypeError',
          `'${typeName(base)}' object cannot be interpreted as an integer`,
        );
      const n = parseInt(text(value), b);
      if (n !== undefined) return n;
    } else if (typeof value === 'bigint' || typeof value === 'boolean') {
      return ops.asInt(value)!;
    } else if (typeof value === 'number') {
      if (!Number.isNaN(value)) return truncateFloat(value);
    }
    const f = floatOf(value);
    if (f === undefined || Number.isNaN(f)) return fallback;
    return truncateFloat(f);
  },
  float: (_ctx, value, args) => {
    const { default: fallback = 0 } = signature('float', ['default'])(args);
    const f = floatOf(value);
    return f === undefined ? fallback : f;
  },
  abs: (_ctx, value, args) => {
    signature('abs', [])(args);
    const v = ops.defined(value);
    if (typeof v === 'number') return Math.abs(v);
    const n = ops.asInt(v);
    if (n === undefined)
      throw new PyError('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
    return n < 0n ? -n : n;
  },
  indent: (_ctx, value, args) => {
    const { width = 4n, first, blank } = signature('indent', ['width', 'first', 'blank'])(args);
    let indention: string;
    if (typeof width === 'string') indention = width;
    else {
      const n = int(width, "can't multiply sequence by non-int");
      ops.checkSize(n);
      indention = ' '.repeat(n > 0n ? Number(n) : 0);
    }
    const markup = value instanceof Markup;
    if (typeof value !== 'string' && !markup) {
      ops.defined(value);
      throw new PyError(
        'TypeError',
        `unsupported operand type(s) for +=: '${typeName(value)}' and 'str'`,
      );
    }
    const s = `${text(value)}\n`;
    let out: string;
    if (truthy(blank)) out = splitlines(s).join(`\n${indention}`);
    else {
      const [head = '', ...lines] = splitlines(s);
      out = head;
      if (lines.length > 0) out += `\n${lines.map((l) => (l ? indention + l : l)).join('\n')}`;
    }
    if (truthy(first)) out = indention + out;
    ops.checkSize(out.length);
    return markup ? new Markup(out) : out;
  },
  truncate: function* (_ctx, value, args) {
    const {
      length = 255n,
      killwords,
      end = '...',
      leeway = 5n,
    } = signature('truncate', ['length', 'killwords', 'end', 'leeway'])(args);
    const endLength = yield* ops.length(end);
    if (!ops.order('gteq', length, endLength)) {
      throw new PyError('AssertionError', `expected length >= ${endLength}, got ${pyStr(length)}`);
    }
    const lee = leeway === null ? 5n : leeway;
    if (!ops.order('gteq', lee, 0n))
      throw new PyError('AssertionError', `expected leeway >= 0, got ${pyStr(lee)}`);
    const size = yield* ops.length(value);
    if (ops.order('lteq', size, ops.add(length, lee))) return value;
    const cut = ops.slice(value, null, ops.sub(length, endLength), null);
    if (truthy(killwords)) return ops.add(cut, end);
    if (typeof cut !== 'string') {
      throw new PyError('AttributeError', `'${typeName(cut)}' object has no attribute 'rsplit'`);
    }
    const at = cut.lastIndexOf(' ');
    return ops.add(at === -1 ? cut : cut.slice(0, at), end);
  },
  wordwrap: (_ctx, value, args) => {
    const {
      width = 79n,
      break_long_words = true,
      wrapstring = null,
      break_on_hyphens = true,
    } = signature('wordwrap', ['width', 'break_long_words', 'wrapstring', 'break_on_hyphens'])(
      args,
    );
    const separator = wrapstring === null ? '\n' : pyStr(wrapstring);
    const w = int(width, 'wordwrap width');
    if (typeof value !== 'string' && !(value instanceof Markup)) {
      ops.defined(value);
      throw new PyError(
        'AttributeError',
        `'${typeName(value)}' object has no attribute 'splitlines'`,
      );
    }
    return splitlines(text(value))
      .map((line) =>
        wordwrap(line, Number(w), ops.truthy(break_long_words), ops.truthy(break_on_hyphens)).join(
          separator,
        ),
      )
      .join(separator);
  },
  wordcount: (_ctx, value, args) => {
    signature('wordcount', [])(args);
    return BigInt(text(value).match(/[\p{L}\p{N}_]+/gu)?.length ?? 0);
  },
  format: (_ctx, value, { args, kwargs }) => {
    if (args.length > 0 && kwargs.length > 0) {
      throw new PyError(
        'FilterArgumentError',
        "can't handle positional and keyword arguments at the same time",
      );
    }
    const s = softStr(value);
    if (s instanceof Markup) {
      throw new Refusal(
        '|format on the result of |tojson',
        'Jinja2 escapes the arguments; format before |tojson',
      );
    }
    return percentFormat(s, kwargs.length > 0 ? new Dict(kwargs) : new Tuple(args));
  },
  batch: (_ctx, value, args) => {
    const { linecount, fill_with = null } = signature('batch', ['linecount', 'fill_with'], 1)(args);
    return generator(function* () {
      let tmp: Value[] = [];
      for (const item of iterateAll(value)) {
        if (ops.equals(BigInt(tmp.length), linecount!)) {
          yield tmp;
          tmp = [];
        }
        tmp.push(item);
      }
      if (tmp.length > 0) {
        if (fill_with !== null && ops.order('lt', BigInt(tmp.length), linecount!)) {
          const missing = ops.sub(linecount!, BigInt(tmp.length));
          tmp = ops.add(tmp, ops.mul([fill_with], missing)) as Value[];
        }
        yield tmp;
      }
    });
  },
  slice: (_ctx, value, args) => {
    const { slices, fill_with = null } = signature('slice', ['slices', 'fill_with'], 1)(args);
    return generator(function* () {
      const seq = drain(toList(value));
      const n = int(slices!, 'slice count');
      if (n === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
      const length = BigInt(seq.length);
      const per = ops.floordiv(length, n) as bigint;
      const extra = ops.mod(length, n) as bigint;
      let offset = 0n;
      for (let i = 0n; i < n; i++) {
        const start = offset + i * per;
        if (i < extra) offset += 1n;
        const end = offset + (i + 1n) * per;
        const tmp = ops.slice(seq, start, end, null) as Value[];
        if (fill_with !== null && i >= extra) tmp.push(fill_with);
        yield tmp;
      }
    });
  },
});

function mapText(value: Value, fn: (t: string) => string): Value {
  const s = softStr(value);
  return s instanceof Markup ? new Markup(fn(s.text)) : fn(s);
}

/** Jinja2 filters worker-image refuses, with what to write instead. */
export const REFUSED_FILTERS: NameTable<string> = nameTable({
  forceescape: 'write |escape instead',
  urlize: 'it makes HTML links; a startup script has no use for them',
  xmlattr: 'it makes HTML attributes; write the text you want',
  striptags: 'pass the value without HTML tags',
  pprint: 'print the value with |tojson or |string',
  filesizeformat: 'compute the size with arithmetic (e.g. (n / 1000000)|round(1) ~ " MB")',
  random: 'a random pick makes every render different; choose the value in the variables',
  attr: "use x.name or x['name']",
});
