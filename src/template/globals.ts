import { PyError, Refusal } from './errors.js';
import { updateDict } from './methods.js';
import { asInt, defined } from './ops.js';
import { nameTable, type NameTable } from './own.js';
import { pyRepr } from './repr.js';
import {
  Callable,
  Dict,
  NO_ATTRIBUTE,
  PyObject,
  Range,
  typeName,
  type Args,
  type Value,
} from './values.js';

/** Jinja2's `namespace()`: attributes `{% set ns.x = … %}` can change from inside a loop. */
export class Namespace extends PyObject {
  readonly typeName = 'Namespace';
  readonly attrs = new Dict();

  override attr(name: string): Value | typeof NO_ATTRIBUTE {
    return this.attrs.has(name) ? this.attrs.get(name)! : NO_ATTRIBUTE;
  }
  override repr(): string {
    return `<Namespace ${pyRepr(this.attrs)}>`;
  }
}

/** Jinja2's `cycler(*items)`. */
class Cycler extends PyObject {
  readonly typeName = 'Cycler';
  private pos = 0;
  constructor(private readonly items: Value[]) {
    super();
  }
  override attr(name: string): Value | typeof NO_ATTRIBUTE {
    if (name === 'items') return [...this.items];
    if (name === 'pos') return BigInt(this.pos);
    if (name === 'current') return this.items[this.pos]!;
    if (name === 'next') {
      return new Callable('method', 'Cycler.next', ({ args }) => {
        if (args.length > 0) throw new PyError('TypeError', 'next() takes no arguments');
        const value = this.items[this.pos]!;
        this.pos = (this.pos + 1) % this.items.length;
        return value;
      });
    }
    if (name === 'reset') {
      return new Callable('method', 'Cycler.reset', () => {
        this.pos = 0;
        return null;
      });
    }
    return NO_ATTRIBUTE;
  }
}

/** Jinja2's `joiner(sep)`: '' on the first call, `sep` on every later one. */
class Joiner extends PyObject {
  readonly typeName = 'Joiner';
  private used = false;
  constructor(private readonly sep: Value) {
    super();
  }
  override call({ args, kwargs }: Args): Value {
    if (args.length > 0 || kwargs.length > 0)
      throw new PyError('TypeError', '__call__() takes no arguments');
    if (this.used) return this.sep;
    this.used = true;
    return '';
  }
}

function rangeArg(value: Value): bigint {
  const n = asInt(defined(value));
  if (n === undefined) {
    throw new PyError(
      'TypeError',
      `'${typeName(value)}' object cannot be interpreted as an integer`,
    );
  }
  return n;
}

function noKeywords(name: string, kwargs: [string, Value][]): void {
  if (kwargs.length > 0) throw new PyError('TypeError', `${name}() takes no keyword arguments`);
}

/** The globals Jinja2 defines (jinja2/defaults.py DEFAULT_NAMESPACE). */
export const GLOBALS: NameTable<Value> = nameTable({
  range: new Callable('type', 'range', ({ args, kwargs }) => {
    noKeywords('range', kwargs);
    if (args.length === 0 || args.length > 3) {
      throw new PyError('TypeError', `range expected at least 1 argument, got ${args.length}`);
    }
    const [a, b, c] = args.map(rangeArg);
    if (b === undefined) return new Range(0n, a!, 1n);
    if (c === 0n) throw new PyError('ValueError', 'range() arg 3 must not be zero');
    return new Range(a!, b, c ?? 1n);
  }),
  dict: new Callable('type', 'dict', ({ args, kwargs }) => {
    if (args.length > 1)
      throw new PyError('TypeError', `dict expected at most 1 argument, got ${args.length}`);
    const d = new Dict();
    updateDict(d, args[0] === undefined ? undefined : defined(args[0]), kwargs);
    return d;
  }),
  namespace: new Callable('type', 'Namespace', ({ args, kwargs }) => {
    if (args.length > 1)
      throw new PyError('TypeError', `dict expected at most 1 argument, got ${args.length}`);
    const ns = new Namespace();
    updateDict(ns.attrs, args[0] === undefined ? undefined : defined(args[0]), kwargs);
    return ns;
  }),
  cycler: new Callable('type', 'Cycler', ({ args, kwargs }) => {
    noKeywords('Cycler', kwargs);
    if (args.length === 0)
      throw new PyError('RuntimeError', 'at least one item has to be provided');
    return new Cycler(args);
  }),
  joiner: new Callable('type', 'Joiner', ({ args, kwargs }) => {
    const keyword = kwargs.find(([k]) => k === 'sep');
    const sep = keyword ? keyword[1] : args.length > 0 ? args[0]! : ', ';
    return new Joiner(sep);
  }),
  lipsum: new Callable('function', 'generate_lorem_ipsum', () => {
    throw new Refusal('lipsum()', 'it is random text; write the text you want');
  }),
});
