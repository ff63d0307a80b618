import { PyError, Refusal } from './errors.js';
import type { Context } from './evaluate.js';
import { signature } from './signature.js';
import * as ops from './ops.js';
import { nameTable, type NameTable } from './own.js';
import { pyStr } from './repr.js';
import {
  Dict,
  Markup,
  PyObject,
  Undefined,
  typeName,
  type Args,
  type Gen,
  type Value,
} from './values.js';

/** Jinja2's tests (jinja2/tests.py), each with Python's semantics. */

export type Test = (ctx: Context, value: Value, args: Args) => boolean | Gen<boolean>;

function noArgs(name: string, test: (value: Value) => boolean): Test {
  const bind = signature(name, []);
  return (_ctx, value, args) => {
    bind(args);
    return test(value);
  };
}

function binary(name: string, test: (value: Value, other: Value) => boolean): Test {
  const bind = signature(name, ['other']);
  return (_ctx, value, args) => test(value, bind(args).other!);
}

const isString = (v: Value): boolean => typeof v === 'string' || v instanceof Markup;

/** `str(value).islower()`: at least one cased character, none upper or title case. */
function caseOf(text: string, upper: boolean): boolean {
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

const equalTo = binary('eq', (a, b) => ops.equals(a, b));
const notEqual = binary('ne', (a, b) => !ops.equals(a, b));
const lessThan = binary('lt', (a, b) => ops.order('lt', a, b));
const lessEqual = binary('le', (a, b) => ops.order('lteq', a, b));
const greaterThan = binary('gt', (a, b) => ops.order('gt', a, b));
const greaterEqual = binary('ge', (a, b) => ops.order('gteq', a, b));

const modulo = (value: Value, n: Value): Value => ops.mod(value, n);

export const TESTS: NameTable<Test> = nameTable({
  defined: noArgs('defined', (v) => !(v instanceof Undefined)),
  undefined: noArgs('undefined', (v) => v instanceof Undefined),
  none: noArgs('none', (v) => v === null),
  boolean: noArgs('boolean', (v) => typeof v === 'boolean'),
  true: noArgs('true', (v) => v === true),
  false: noArgs('false', (v) => v === false),
  integer: noArgs('integer', (v) => typeof v === 'bigint'),
  float: noArgs('float', (v) => typeof v === 'number'),
  number: noArgs('number', (v) => ['bigint', 'number', 'boolean'].includes(typeof v)),
  string: noArgs('string', isString),
  mapping: noArgs('mapping', (v) => v instanceof Dict),
  lower: noArgs('lower', (v) => caseOf(pyStr(v), false)),
  upper: noArgs('upper', (v) => caseOf(pyStr(v), true)),
  odd: noArgs('odd', (v) => ops.equals(modulo(v, 2n), 1n)),
  even: noArgs('even', (v) => ops.equals(modulo(v, 2n), 0n)),
  divisibleby: (_ctx, value, args) => {
    const { num } = signature('divisibleby', ['num'])(args);
    return ops.equals(modulo(value, num!), 0n);
  },
  iterable: noArgs('iterable', (v) => {
    try {
      ops.iterate(v);
      return true;
    } catch (err) {
      if (err instanceof PyError && err.pyType === 'TypeError') return false;
      throw err;
    }
  }),
  sequence: noArgs('sequence', (v) => {
    if (v instanceof Undefined) return v.lenient;
    return isString(v) || Array.isArray(v) || ['tuple', 'dict', 'range'].includes(typeName(v));
  }),
  callable: noArgs(
    'callable',
    (v) => v instanceof Undefined || (v instanceof PyObject && v.call !== undefined),
  ),
  sameas: binary('sameas', (a, b) => {
    const singleton = (v: Value): boolean =>
      v === null || typeof v === 'boolean' || v instanceof Undefined;
    if (singleton(a) || singleton(b)) return a === b;
    if (typeof a === 'object' && typeof b === 'object') return a === b;
    throw new Refusal(
      '`is sameas` between two strings or numbers',
      "whether Python gives them one object depends on CPython's caching; compare with == instead",
    );
  }),
  in: binary('in', (value, seq) => ops.contains(seq, value)),
  eq: equalTo,
  '==': equalTo,
  equalto: equalTo,
  ne: notEqual,
  '!=': notEqual,
  lt: lessThan,
  '<': lessThan,
  lessthan: lessThan,
  le: lessEqual,
  '<=': lessEqual,
  gt: greaterThan,
  '>': greaterThan,
  greaterthan: greaterThan,
  ge: greaterEqual,
  '>=': greaterEqual,
});

/** Jinja2 tests worker-image refuses, with what to write instead. */
export const REFUSED_TESTS: NameTable<string> = nameTable({
  escaped: 'worker-image renders without autoescape, so nothing is ever escaped; remove the test',
  filter: 'the set of filters is fixed; remove the test',
  test: 'the set of tests is fixed; remove the test',
});
