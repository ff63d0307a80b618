import { PyError, Refusal } from './errors.js';
import { strFormat } from './format.js';
import { asInt, checkSize, compare, contains, defined, equals, toArray } from './ops.js';
import { nameTable, type NameTable } from './own.js';
import { pyStr } from './repr.js';
import { codePoints, PY_SPACE, pyLength, splitWhitespace, strip } from './text.js';
import {
  Callable,
  Dict,
  DictView,
  Iter,
  Markup,
  NO_ATTRIBUTE,
  NamedTuple,
  Range,
  Tuple,
  typeName,
  type Args,
  type Value,
} from './values.js';

/**
 * The attributes and methods of Python's built-in types that templates use. An attribute
 * Python has and worker-image does not model is refused; one Python lacks is NO_ATTRIBUTE,
 * and Jinja2 then looks for an item of that name (or gives an undefined value).
 */

const PYTHON_ATTRIBUTES: NameTable<string[]> = nameTable({
  str: 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'.split(
    ' ',
  ),
  int: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes'.split(
    ' ',
  ),
  float: 'as_integer_ratio conjugate fromhex hex imag is_integer real'.split(' '),
  list: 'append clear copy count extend index insert pop remove reverse sort'.split(' '),
  tuple: ['count', 'index'],
  dict: 'clear copy fromkeys get items keys pop popitem setdefault update values'.split(' '),
  range: ['count', 'index', 'start', 'step', 'stop'],
  generator: 'close gi_code gi_frame gi_running gi_suspended gi_yieldfrom send throw'.split(' '),
  dict_keys: ['isdisjoint', 'mapping'],
  dict_items: ['isdisjoint', 'mapping'],
  dict_values: ['mapping'],
});

function params(
  method: string,
  { args, kwargs }: Args,
  names: string[],
  required = 0,
  keywords = false,
): (Value | undefined)[] {
  if (kwargs.length > 0 && !keywords) {
    throw new PyError('TypeError', `${method}() takes no keyword arguments`);
  }
  if (args.length > names.length) {
    throw new PyError(
      'TypeError',
      `${method}() takes at most ${names.length} arguments (${args.length} given)`,
    );
  }
  const out: (Value | undefined)[] = [...args];
  for (const [key, value] of kwargs) {
    const i = names.indexOf(key);
    if (i === -1)
      throw new PyError('TypeError', `${method}() got an unexpected keyword argument '${key}'`);
    if (out[i] !== undefined)
      throw new PyError('TypeError', `${method}() got multiple values for argument '${key}'`);
    out[i] = value;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined)
      throw new PyError('TypeError', `${method}() missing required argument '${names[i]}'`);
  }
  return out;
}

function str(value: Value | undefined, what: string): string {
  if (typeof value === 'string') return value;
  if (value instanceof Markup) return value.text;
  throw new PyError(
    'TypeError',
    `${what} must be str, not ${value === undefined ? 'nothing' : typeName(value)}`,
  );
}

function int(value: Value | undefined, fallback: bigint | undefined = undefined): bigint {
  if (value === undefined || value === null) {
    if (fallback !== undefined) return fallback;
  }
  const n = value === undefined ? undefined : asInt(value);
  if (n === undefined) {
    throw new PyError(
      'TypeError',
      `'${value === undefined ? 'NoneType' : typeName(value)}' object cannot be interpreted as an integer`,
    );
  }
  return n;
}

/** Python's start/end arguments of find, count, startswith… as code point bounds. */
function bounds(len: number, start: Value | undefined, end: Value | undefined): [number, number] {
  const clamp = (v: Value | undefined, fallback: number): number => {
    if (v === undefined || v === null) return fallback;
    let n = Number(int(v));
    if (n < 0) n = Math.max(0, n + len);
    return Math.min(n, len);
  };
  return [clamp(start, 0), clamp(end, len)];
}

function find(
  text: string,
  sub: string,
  start: Value | undefined,
  end: Value | undefined,
  last: boolean,
): number {
  const cps = codePoints(text);
  const [from, to] = bounds(cps.length, start, end);
  if (to < from) return -1;
  const window = cps.slice(from, to).join('');
  const at = last ? window.lastIndexOf(sub) : window.indexOf(sub);
  if (at === -1) return -1;
  return from + pyLength(window.slice(0, at));
}

function countOf(text: string, sub: string): number {
  if (sub === '') return pyLength(text) + 1;
  let n = 0;
  for (let at = text.indexOf(sub); at !== -1; at = text.indexOf(sub, at + sub.length)) n++;
  return n;
}

/** Python's `str.replace(old, new, count)`, including the empty `old` case. */
export function replace(text: string, old: string, replacement: string, count: bigint): string {
  const limit = count < 0n ? Infinity : Number(count);
  let out: string;
  if (old === '') {
    const chars = codePoints(text);
    out = '';
    let n = 0;
    for (const c of chars) out += (n++ < limit ? replacement : '') + c;
    if (n < limit) out += replacement;
  } else {
    const parts = text.split(old);
    out =
      parts.length - 1 <= limit
        ? parts.join(replacement)
        : `${parts.slice(0, limit + 1).join(replacement)}${old}${parts.slice(limit + 1).join(old)}`;
  }
  checkSize(out.length);
  return out;
}

/** Python's `str.split(sep, maxsplit)` and `rsplit`. */
export function split(
  text: string,
  sep: Value | undefined,
  maxsplit: Value | undefined,
  fromRight: boolean,
): string[] {
  const max = maxsplit === undefined ? -1 : Number(int(maxsplit));
  if (sep === undefined || sep === null) return splitWhitespace(text, max, fromRight);
  const separator = str(sep, 'sep');
  if (separator === '') throw new PyError('ValueError', 'empty separator');
  const parts = text.split(separator);
  if (max < 0 || parts.length - 1 <= max) return parts;
  if (!fromRight) return [...parts.slice(0, max), parts.slice(max).join(separator)];
  return [parts.slice(0, parts.length - max).join(separator), ...parts.slice(parts.length - max)];
}

// Python's str.splitlines() breaks at these, file and group separators among them.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\u{1c}-\u{1e}\x85\u2028\u2029]/gu;

/** Python's `str.splitlines(keepends)`. */
export function splitlines(text: string, keepends = false): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push(text.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** Python's `str.title()`: a letter after a cased letter is lowered, any other is title-cased. */
export function title(text: string): string {
  let out = '';
  let previousCased = false;
  for (const c of text) {
    if (CASED.test(c)) {
      out += previousCased ? c.toLowerCase() : c.toUpperCase();
      previousCased = true;
    } else {
      out += c;
      previousCased = false;
    }
  }
  return out;
}

export function capitalize(text: string): string {
  const [first = '', ...rest] = codePoints(text);
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/** Python's `str.center(width, fillchar)`: the odd space goes left when the width is odd. */
export function center(text: string, width: bigint, fill = ' '): string {
  const len = BigInt(pyLength(text));
  if (width <= len) return text;
  checkSize(width);
  const margin = width - len;
  const left = margin / 2n + (margin & width & 1n);
  return fill.repeat(Number(left)) + text + fill.repeat(Number(margin - left));
}

function justify(
  text: string,
  width: bigint,
  fill: Value | undefined,
  side: 'left' | 'right',
): string {
  const fillChar = fill === undefined ? ' ' : str(fill, 'fill character');
  if (pyLength(fillChar) !== 1) {
    throw new PyError('TypeError', 'The fill character must be exactly one character long');
  }
  const len = BigInt(pyLength(text));
  if (width <= len) return text;
  checkSize(width);
  const pad = fillChar.repeat(Number(width - len));
  return side === 'left' ? text + pad : pad + text;
}

function zfill(text: string, width: bigint): string {
  const len = BigInt(pyLength(text));
  if (width <= len) return text;
  checkSize(width);
  const sign = text[0] === '+' || text[0] === '-' ? text[0] : '';
  return sign + '0'.repeat(Number(width - len)) + text.slice(sign.length);
}

function prefixes(value: Value | undefined, method: string): string[] {
  if (value instanceof Tuple) return value.items.map((v) => str(v, `tuple for ${method}`));
  if (typeof value === 'string' || value instanceof Markup) return [str(value, method)];
  throw new PyError(
    'TypeError',
    `${method} first arg must be str or a tuple of str, not ${value === undefined ? 'nothing' : typeName(value)}`,
  );
}

function affix(text: string, args: Args, method: 'startswith' | 'endswith'): boolean {
  const [sub, start, end] = params(method, args, ['prefix', 'start', 'end'], 1);
  const cps = codePoints(text);
  const [from, to] = bounds(cps.length, start, end);
  const window = cps.slice(from, to).join('');
  return prefixes(sub, method).some((p) =>
    method === 'startswith' ? window.startsWith(p) && from <= to : window.endsWith(p) && from <= to,
  );
}

/** `str.isdigit()` and the like: exact for ASCII; other scripts' digits are refused. */
function classify(text: string, method: string, test: RegExp, asciiOnly = false): boolean {
  if (asciiOnly && /(?![0-9])\p{N}/u.test(text)) {
    throw new Refusal(
      `str.${method}() on digits of a script other than ASCII`,
      'test the characters you expect with a comparison',
    );
  }
  return text !== '' && [...text].every((c) => test.test(c));
}

function caseTest(text: string, upper: boolean): boolean {
  let cased = false;
  for (const c of text) {
    if (/\p{Lt}/u.test(c)) return false;
    if (/\p{Uppercase}/u.test(c)) {
      if (!upper) return false;
      cased = true;
    } else if (/\p{Lowercase}/u.test(c)) {
      if (upper) return false;
      cased = true;
    }
  }
  return cased;
}

function joined(separator: string, iterable: Value): string {
  const items = toArray(defined(iterable));
  const parts = items.map((item, i) => {
    if (typeof item === 'string') return item;
    if (item instanceof Markup) return item.text;
    throw new PyError(
      'TypeError',
      `sequence item ${i}: expected str instance, ${typeName(item)} found`,
    );
  });
  const out = parts.join(separator);
  checkSize(out.length);
  return out;
}

const STR_METHODS: NameTable<(self: string, args: Args) => Value> = nameTable({
  upper: (s, a) => (params('upper', a, []), s.toUpperCase()),
  lower: (s, a) => (params('lower', a, []), s.toLowerCase()),
  strip: (s, a) => strip(s, stripChars('strip', a), 'both'),
  lstrip: (s, a) => strip(s, stripChars('lstrip', a), 'left'),
  rstrip: (s, a) => strip(s, stripChars('rstrip', a), 'right'),
  split: (s, a) => {
    const [sep, max] = params('split', a, ['sep', 'maxsplit'], 0, true);
    return split(s, sep, max, false);
  },
  rsplit: (s, a) => {
    const [sep, max] = params('rsplit', a, ['sep', 'maxsplit'], 0, true);
    return split(s, sep, max, true);
  },
  splitlines: (s, a) => {
    const [keep] = params('splitlines', a, ['keepends'], 0, true);
    return splitlines(s, keep !== undefined && keep !== false && keep !== 0n);
  },
  startswith: (s, a) => affix(s, a, 'startswith'),
  endswith: (s, a) => affix(s, a, 'endswith'),
  replace: (s, a) => {
    const [old, rep, count] = params('replace', a, ['old', 'new', 'count'], 2);
    return replace(
      s,
      str(old, 'replace() argument 1'),
      str(rep, 'replace() argument 2'),
      count === undefined ? -1n : int(count),
    );
  },
  join: (s, a) => joined(s, params('join', a, ['iterable'], 1)[0]!),
  find: (s, a) => {
    const [sub, start, end] = params('find', a, ['sub', 'start', 'end'], 1);
    return BigInt(find(s, str(sub, 'find() argument'), start, end, false));
  },
  rfind: (s, a) => {
    const [sub, start, end] = params('rfind', a, ['sub', 'start', 'end'], 1);
    return BigInt(find(s, str(sub, 'rfind() argument'), start, end, true));
  },
  index: (s, a) => {
    const [sub, start, end] = params('index', a, ['sub', 'start', 'end'], 1);
    const at = find(s, str(sub, 'index() argument'), start, end, false);
    if (at === -1) throw new PyError('ValueError', 'substring not found');
    return BigInt(at);
  },
  rindex: (s, a) => {
    const [sub, start, end] = params('rindex', a, ['sub', 'start', 'end'], 1);
    const at = find(s, str(sub, 'rindex() argument'), start, end, true);
    if (at === -1) throw new PyError('ValueError', 'substring not found');
    return BigInt(at);
  },
  count: (s, a) => {
    const [sub, start, end] = params('count', a, ['sub', 'start', 'end'], 1);
    const cps = codePoints(s);
    const [from, to] = bounds(cps.length, start, end);
    if (to < from) return 0n;
    return BigInt(countOf(cps.slice(from, to).join(''), str(sub, 'count() argument')));
  },
  title: (s, a) => (params('title', a, []), title(s)),
  capitalize: (s, a) => (params('capitalize', a, []), capitalize(s)),
  swapcase: (s, a) => (
    params('swapcase', a, []),
    [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')
  ),
  center: (s, a) => {
    const [width, fill] = params('center', a, ['width', 'fillchar'], 1);
    const fillChar = fill === undefined ? ' ' : str(fill, 'fill character');
    if (pyLength(fillChar) !== 1)
      throw new PyError('TypeError', 'The fill character must be exactly one character long');
    return center(s, int(width), fillChar);
  },
  ljust: (s, a) => {
    const [width, fill] = params('ljust', a, ['width', 'fillchar'], 1);
    return justify(s, int(width), fill, 'left');
  },
  rjust: (s, a) => {
    const [width, fill] = params('rjust', a, ['width', 'fillchar'], 1);
    return justify(s, int(width), fill, 'right');
  },
  zfill: (s, a) => zfill(s, int(params('zfill', a, ['width'], 1)[0])),
  partition: (s, a) => partition(s, str(params('partition', a, ['sep'], 1)[0], 'sep'), false),
  rpartition: (s, a) => partition(s, str(params('rpartition', a, ['sep'], 1)[0], 'sep'), true),
  removeprefix: (s, a) => {
    const p = str(params('removeprefix', a, ['prefix'], 1)[0], 'removeprefix() argument');
    return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (s, a) => {
    const p = str(params('removesuffix', a, ['suffix'], 1)[0], 'removesuffix() argument');
    return p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  format: (s, a) => strFormat(s, a.args, new Dict(a.kwargs)),
  isalpha: (s, a) => (params('isalpha', a, []), classify(s, 'isalpha', /^\p{L}$/u)),
  isalnum: (s, a) => (params('isalnum', a, []), classify(s, 'isalnum', /^[\p{L}\p{N}]$/u)),
  isdecimal: (s, a) => (params('isdecimal', a, []), classify(s, 'isdecimal', /^\p{Nd}$/u)),
  isdigit: (s, a) => (params('isdigit', a, []), classify(s, 'isdigit', /^[0-9]$/, true)),
  isnumeric: (s, a) => (params('isnumeric', a, []), classify(s, 'isnumeric', /^[0-9]$/, true)),
  isspace: (s, a) => (
    params('isspace', a, []),
    classify(s, 'isspace', new RegExp(`^[${PY_SPACE}]$`))
  ),
  isascii: (s, a) => (params('isascii', a, []), !/[\u{80}-\u{10ffff}]/u.test(s)),
  islower: (s, a) => (params('islower', a, []), caseTest(s, false)),
  isupper: (s, a) => (params('isupper', a, []), caseTest(s, true)),
  istitle: (s, a) => (params('istitle', a, []), s !== '' && title(s) === s && CASED.test(s)),
  isidentifier: (s, a) => (
    params('isidentifier', a, []),
    /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s)
  ),
  expandtabs: (s, a) => {
    const size = Number(int(params('expandtabs', a, ['tabsize'], 0, true)[0], 8n));
    let column = 0;
    let out = '';
    for (const c of s) {
      if (c === '\t') {
        const n = size > 0 ? size - (column % size) : 0;
        out += ' '.repeat(n);
        column += n;
      } else {
        out += c;
        column = c === '\n' || c === '\r' ? 0 : column + 1;
      }
    }
    return out;
  },
});

function stripChars(method: string, args: Args): string | null {
  const [chars] = params(method, args, ['chars']);
  if (chars === undefined || chars === null) return null;
  return str(chars, `${method} arg`);
}

function partition(text: string, sep: string, last: boolean): Tuple {
  if (sep === '') throw new PyError('ValueError', 'empty separator');
  const at = last ? text.lastIndexOf(sep) : text.indexOf(sep);
  if (at === -1) return new Tuple(last ? ['', '', text] : [text, '', '']);
  return new Tuple([text.slice(0, at), sep, text.slice(at + sep.length)]);
}

function listIndex(
  items: Value[],
  value: Value,
  start: Value | undefined,
  end: Value | undefined,
): number {
  const [from, to] = bounds(items.length, start, end);
  for (let i = from; i < to; i++) if (items[i] === value || equals(items[i]!, value)) return i;
  throw new PyError('ValueError', 'value is not in list');
}

const LIST_METHODS: NameTable<(self: Value[], args: Args) => Value> = nameTable({
  append: (l, a) => {
    l.push(params('append', a, ['object'], 1)[0]!);
    checkSize(l.length);
    return null;
  },
  extend: (l, a) => {
    l.push(...toArray(params('extend', a, ['iterable'], 1)[0]!));
    checkSize(l.length);
    return null;
  },
  insert: (l, a) => {
    const [at, value] = params('insert', a, ['index', 'object'], 2);
    let i = Number(int(at));
    if (i < 0) i = Math.max(0, i + l.length);
    l.splice(Math.min(i, l.length), 0, value!);
    return null;
  },
  pop: (l, a) => {
    const [at] = params('pop', a, ['index']);
    if (l.length === 0) throw new PyError('IndexError', 'pop from empty list');
    let i = at === undefined ? l.length - 1 : Number(int(at));
    if (i < 0) i += l.length;
    if (i < 0 || i >= l.length) throw new PyError('IndexError', 'pop index out of range');
    return l.splice(i, 1)[0]!;
  },
  remove: (l, a) => {
    const [value] = params('remove', a, ['value'], 1);
    const i = l.findIndex((item) => item === value || equals(item, value!));
    if (i === -1) throw new PyError('ValueError', 'list.remove(x): x not in list');
    l.splice(i, 1);
    return null;
  },
  index: (l, a) => {
    const [value, start, end] = params('index', a, ['value', 'start', 'stop'], 1);
    return BigInt(listIndex(l, value!, start, end));
  },
  count: (l, a) => {
    const [value] = params('count', a, ['value'], 1);
    return BigInt(l.filter((item) => item === value || equals(item, value!)).length);
  },
  reverse: (l, a) => (params('reverse', a, []), l.reverse(), null),
  copy: (l, a) => (params('copy', a, []), [...l]),
  clear: (l, a) => (params('clear', a, []), l.splice(0), null),
  sort: (l, a) => {
    if (a.args.length > 0) throw new PyError('TypeError', 'sort() takes no positional arguments');
    const [key, reverse] = params(
      'sort',
      { args: [], kwargs: a.kwargs },
      ['key', 'reverse'],
      0,
      true,
    );
    if (key !== undefined && key !== null) {
      throw new Refusal('list.sort(key=…)', 'use the |sort filter with attribute=');
    }
    const sorted = [...l].sort(
      (x, y) => (reverse === true || reverse === 1n ? -1 : 1) * compare(x, y),
    );
    l.splice(0, l.length, ...sorted);
    return null;
  },
});

const TUPLE_METHODS: NameTable<(self: Tuple, args: Args) => Value> = nameTable({
  index: (t, a) => {
    const [value, start, end] = params('index', a, ['value', 'start', 'stop'], 1);
    try {
      return BigInt(listIndex(t.items, value!, start, end));
    } catch {
      throw new PyError('ValueError', 'tuple.index(x): x not in tuple');
    }
  },
  count: (t, a) => {
    const [value] = params('count', a, ['value'], 1);
    return BigInt(t.items.filter((item) => item === value || equals(item, value!)).length);
  },
});

/** Python's `dict.update(other, **kwargs)` and `dict(other, **kwargs)`. */
export function updateDict(d: Dict, other: Value | undefined, kwargs: [string, Value][]): void {
  if (other instanceof Dict) {
    for (const [k, v] of other.entries()) d.set(k, v);
  } else if (other !== undefined) {
    toArray(other).forEach((pair, i) => {
      const items =
        pair instanceof Tuple
          ? pair.items
          : Array.isArray(pair)
            ? pair
            : typeof pair === 'string'
              ? codePoints(pair)
              : undefined;
      if (!items) {
        throw new PyError(
          'TypeError',
          `cannot convert dictionary update sequence element #${i} to a sequence`,
        );
      }
      if (items.length !== 2) {
        throw new PyError(
          'ValueError',
          `dictionary update sequence element #${i} has length ${items.length}; 2 is required`,
        );
      }
      d.set(items[0]!, items[1]!);
    });
  }
  for (const [k, v] of kwargs) d.set(k, v);
}

const DICT_METHODS: NameTable<(self: Dict, args: Args) => Value> = nameTable({
  get: (d, a) => {
    const [key, fallback] = params('get', a, ['key', 'default'], 1);
    const value = d.get(key!);
    return value !== undefined ? value : fallback === undefined ? null : fallback;
  },
  items: (d, a) => (params('items', a, []), new DictView('items', d)),
  keys: (d, a) => (params('keys', a, []), new DictView('keys', d)),
  values: (d, a) => (params('values', a, []), new DictView('values', d)),
  pop: (d, a) => {
    const [key, fallback] = params('pop', a, ['key', 'default'], 1);
    const value = d.get(key!);
    if (value !== undefined) {
      d.delete(key!);
      return value;
    }
    if (a.args.length > 1) return fallback!;
    throw new PyError('KeyError', String(key));
  },
  popitem: (d, a) => {
    params('popitem', a, []);
    const last = d.entries().at(-1);
    if (!last) throw new PyError('KeyError', "'popitem(): dictionary is empty'");
    d.delete(last[0]);
    return new Tuple(last);
  },
  setdefault: (d, a) => {
    const [key, fallback = null] = params('setdefault', a, ['key', 'default'], 1);
    const value = d.get(key!);
    if (value !== undefined) return value;
    d.set(key!, fallback);
    return fallback;
  },
  update: (d, a) => {
    if (a.args.length > 1)
      throw new PyError('TypeError', `update expected at most 1 argument, got ${a.args.length}`);
    updateDict(d, a.args[0] === undefined ? undefined : defined(a.args[0]), a.kwargs);
    return null;
  },
  copy: (d, a) => (params('copy', a, []), new Dict(d.entries())),
  clear: (d, a) => (params('clear', a, []), d.clear(), null),
});

const RANGE_METHODS: NameTable<(self: Range, args: Args) => Value> = nameTable({
  count: (r, a) => (contains(r, params('count', a, ['value'], 1)[0]!) ? 1n : 0n),
  index: (r, a) => {
    const [value] = params('index', a, ['value'], 1);
    if (!contains(r, value!)) throw new PyError('ValueError', `${pyStr(value!)} is not in range`);
    return (asInt(value!)! - r.start) / r.step;
  },
});

function bound<T>(
  owner: string,
  self: T,
  name: string,
  table: NameTable<(self: T, args: Args) => Value>,
): Value | undefined {
  const method = table[name];
  if (!method) return undefined;
  return new Callable('builtin_function_or_method', `${owner}.${name}`, (args) =>
    method(self, args),
  );
}

function refused(owner: string, name: string): Refusal {
  return new Refusal(
    `${owner}.${name}`,
    `worker-image does not model this Python ${owner} attribute; compute the value another way (filters such as |int, |string, |list)`,
  );
}

/**
 * `getattr(obj, name)` for built-in values: a bound method, a value (`range.stop`), NO_ATTRIBUTE
 * when Python has no such attribute, or a Refusal when Python has one worker-image does not model.
 */
export function builtinAttribute(obj: Value, name: string): Value | typeof NO_ATTRIBUTE {
  const type = typeName(obj);
  let found: Value | undefined;
  if (typeof obj === 'string') found = bound('str', obj, name, STR_METHODS);
  else if (Array.isArray(obj)) found = bound('list', obj, name, LIST_METHODS as never);
  else if (obj instanceof Tuple) {
    if (obj instanceof NamedTuple && obj.fields.includes(name))
      return obj.items[obj.fields.indexOf(name)]!;
    found = bound('tuple', obj, name, TUPLE_METHODS);
  } else if (obj instanceof Dict) found = bound('dict', obj, name, DICT_METHODS);
  else if (obj instanceof Range) {
    if (name === 'start' || name === 'stop' || name === 'step') return obj[name];
    found = bound('range', obj, name, RANGE_METHODS);
  } else if (obj instanceof Markup) {
    if (
      PYTHON_ATTRIBUTES.str!.includes(name) ||
      ['escape', 'unescape', 'striptags'].includes(name)
    ) {
      throw new Refusal(
        `calling .${name}() on the result of |tojson`,
        'Jinja2 returns Markup there, whose methods escape their arguments; apply the method before |tojson',
      );
    }
    return NO_ATTRIBUTE;
  }
  if (found !== undefined) return found;
  const generic = obj instanceof Iter ? 'generator' : type === 'bool' ? 'int' : type;
  if (PYTHON_ATTRIBUTES[generic]?.includes(name)) throw refused(type, name);
  return NO_ATTRIBUTE;
}
