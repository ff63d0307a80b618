import { Refusal } from './errors.js';
import { strRepr } from './text.js';
import {
  Dict,
  DictView,
  Iter,
  Markup,
  PyObject,
  Range,
  Tuple,
  Undefined,
  typeName,
  undefinedError,
  type Value,
} from './values.js';

/** Python's `repr(float)`: the shortest digits that read back, `.0` on whole numbers, `1e+16`. */
export function floatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const [mantissa, exponent] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  if (point > 16 || point < -3) {
    const exp = Number(exponent);
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${body}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const ADDRESS_FIX =
  'Jinja2 prints a Python object address here, which changes on every run; print a value instead';

function unprintable(value: Value): Refusal {
  const name = typeName(value);
  if (value instanceof Iter) {
    return new Refusal(
      `printing a ${name} (what |map, |select, |reject, |unique and the like return)`,
      `Jinja2 prints "<${name} object at 0x…>"; add |list to print the items, or |join(', ')`,
    );
  }
  if (['builtin_function_or_method', 'method'].includes(name) || name.endsWith('method')) {
    return new Refusal(
      'printing a method without calling it',
      `Jinja2 prints "<built-in method … at 0x…>"; add the parentheses to call it`,
    );
  }
  return new Refusal(`printing a ${name} object`, ADDRESS_FIX);
}

/** Python's `repr()` of a value. `seen` stops at containers that hold themselves, as Python does. */
export function pyRepr(value: Value, seen: Set<object> = new Set()): string {
  if (typeof value === 'string') return strRepr(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return floatRepr(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (value instanceof Undefined) return 'Undefined';
  if (value instanceof Markup) return `Markup(${strRepr(value.text)})`;
  if (value instanceof Range) {
    const step = value.step === 1n ? '' : `, ${value.step}`;
    return `range(${value.start}, ${value.stop}${step})`;
  }
  if (Array.isArray(value) || value instanceof Tuple || value instanceof Dict) {
    if (seen.has(value))
      return Array.isArray(value) ? '[...]' : value instanceof Dict ? '{...}' : '(...)';
    seen.add(value);
    try {
      if (Array.isArray(value)) return `[${value.map((v) => pyRepr(v, seen)).join(', ')}]`;
      if (value instanceof Tuple) {
        const items = value.items.map((v) => pyRepr(v, seen));
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      }
      const entries = value.entries().map(([k, v]) => `${pyRepr(k, seen)}: ${pyRepr(v, seen)}`);
      return `{${entries.join(', ')}}`;
    } finally {
      seen.delete(value);
    }
  }
  if (value instanceof DictView) return `dict_${value.kind}(${pyRepr(value.list(), seen)})`;
  if (value instanceof PyObject) {
    const repr = value.repr();
    if (repr !== undefined) return repr;
  }
  throw unprintable(value);
}

/** Python's `str()`: what `{{ value }}` and `~` print. */
export function pyStr(value: Value): string {
  if (typeof value === 'string') return value;
  if (value instanceof Markup) return value.text;
  if (value instanceof Undefined) {
    if (value.lenient) return '';
    throw undefinedError(value);
  }
  return pyRepr(value);
}
