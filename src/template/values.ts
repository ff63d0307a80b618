import { PyError, UNDEFINED_HINT, UndefinedError } from './errors.js';

/**
 * Template values as Python has them: `str` is a string, `int` a bigint, `float` a number,
 * `bool` a boolean, `None` null, `list` an array; the classes below are the rest. Keeping int
 * and float apart is what makes `{{ 4 / 2 }}` print `2.0` and `{{ 2 ** 64 }}` exact.
 */
export type Value =
  | string
  | bigint
  | number
  | boolean
  | null
  | Value[]
  | Tuple
  | Dict
  | Range
  | Iter
  | DictView
  | Markup
  | Undefined
  | PyObject;

/** The evaluator's generators yield nothing but "may I go on": see render.ts. */
export type Gen<T> = Generator<void, T, void>;

export type Args = { args: Value[]; kwargs: [string, Value][] };

/**
 * A float read from YAML or JSON variables: `1.0` there is a Python float and prints `1.0`,
 * but JavaScript reads it as the number 1. vars.ts marks such numbers with this class.
 */
export class TemplateFloat {
  constructor(readonly value: number) {}
}

export class Tuple {
  constructor(readonly items: Value[]) {}
}

/** A namedtuple (`|groupby`'s items): a tuple whose fields are attributes too. */
export class NamedTuple extends Tuple {
  constructor(
    readonly fields: string[],
    items: Value[],
  ) {
    super(items);
  }
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&#34;',
};

/** markupsafe's escape() of text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => HTML_ESCAPES[c]!);
}

/** Markup, which `|tojson` returns: prints as its text; operations that would escape are refused. */
export class Markup {
  constructor(readonly text: string) {}
}

/**
 * StrictUndefined: anything but `is defined`, `default` and passing it along raises. `lenient`
 * is Jinja2's plain Undefined, which `{{ x if cond }}` without an else gives even under
 * StrictUndefined: it prints as '', is false, empty and equal to another plain Undefined.
 */
export class Undefined {
  constructor(
    /** Why it is undefined, as Jinja2 says it (`'x' is undefined`). */
    readonly hint: string,
    /** The variable path the template wrote (`global.docker_root_image`), when it wrote one. */
    readonly path?: string,
    readonly lenient = false,
  ) {}
}

/** A plain Undefined is lenient where StrictUndefined raises. */
export const isLenient = (value: Value): value is Undefined =>
  value instanceof Undefined && value.lenient;

/** The error StrictUndefined raises when `value` is used. */
export function undefinedError(value: Undefined): UndefinedError {
  if (value.path === undefined) return new UndefinedError(value.hint);
  return new UndefinedError(`undefined variable '${value.path}' ${UNDEFINED_HINT}`);
}

export class Range {
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {}

  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }

  at(i: bigint): bigint {
    return this.start + i * this.step;
  }
}

/** A one-shot iterator: what `|map`, `|select`… return (Python generators). */
export class Iter {
  constructor(
    readonly typeName: string,
    readonly source: Iterator<Value>,
  ) {}
}

/** `d.keys()`, `d.values()`, `d.items()`. */
export class DictView {
  constructor(
    readonly kind: 'keys' | 'values' | 'items',
    readonly dict: Dict,
  ) {}

  list(): Value[] {
    if (this.kind === 'keys') return this.dict.keys();
    if (this.kind === 'values') return this.dict.values();
    return this.dict.entries().map(([k, v]) => new Tuple([k, v]));
  }
}

/** Attribute lookup found nothing (Python's AttributeError): Jinja2 then tries `obj[name]`. */
export const NO_ATTRIBUTE = Symbol('no attribute');

/** Objects with attributes and Python names: macros, functions, methods, loop, namespace. */
export abstract class PyObject {
  abstract readonly typeName: string;
  attr(_name: string): Value | Gen<Value> | typeof NO_ATTRIBUTE {
    return NO_ATTRIBUTE;
  }
  /** Python's repr; undefined where Python shows a memory address (refused). */
  repr(): string | undefined {
    return undefined;
  }
  call?(args: Args): Value | Gen<Value>;
  /** Python's `len()`, where defined. */
  length?(): Gen<bigint>;
}

export class Callable extends PyObject {
  constructor(
    readonly typeName: string,
    readonly name: string,
    private readonly fn: (args: Args) => Value | Gen<Value>,
  ) {
    super();
  }
  override call(args: Args): Value | Gen<Value> {
    return this.fn(args);
  }
}

type HashKey = string | bigint | number | null | symbol;

const identities = new WeakMap<object, symbol>();

/** Python's hash equality as a Map key: `1`, `1.0` and `True` are one key; lists are unhashable. */
export function hashKey(value: Value): HashKey {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? BigInt(value) : Number.isNaN(value) ? Symbol('nan') : value;
  }
  if (value === null) return null;
  if (value instanceof Markup) return value.text;
  if (value instanceof Tuple) {
    return Symbol.for(`tuple:${JSON.stringify(value.items.map(keyText))}`);
  }
  if (value instanceof Undefined) {
    if (value.lenient) return Symbol.for('Undefined');
    throw undefinedError(value);
  }
  if (Array.isArray(value) || value instanceof Dict || value instanceof DictView) {
    throw new PyError('TypeError', `unhashable type: '${typeName(value)}'`);
  }
  let id = identities.get(value);
  if (!id) identities.set(value, (id = Symbol(typeName(value))));
  return id;
}

function keyText(value: Value): string {
  const key = hashKey(value);
  if (typeof key === 'symbol') return key.description ?? '';
  return `${typeof key}:${String(key)}`;
}

export class Dict {
  private readonly map = new Map<HashKey, [Value, Value]>();

  constructor(entries: Iterable<readonly [Value, Value]> = []) {
    for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.map.size;
  }
  has(key: Value): boolean {
    return this.map.has(hashKey(key));
  }
  get(key: Value): Value | undefined {
    return this.map.get(hashKey(key))?.[1];
  }
  set(key: Value, value: Value): void {
    const k = hashKey(key);
    const existing = this.map.get(k);
    this.map.set(k, [existing ? existing[0] : key, value]);
  }
  delete(key: Value): boolean {
    return this.map.delete(hashKey(key));
  }
  clear(): void {
    this.map.clear();
  }
  keys(): Value[] {
    return [...this.map.values()].map(([k]) => k);
  }
  values(): Value[] {
    return [...this.map.values()].map(([, v]) => v);
  }
  entries(): [Value, Value][] {
    return [...this.map.values()].map(([k, v]) => [k, v]);
  }
}

/** Python's `type(value).__name__`, for messages. */
export function typeName(value: Value): string {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'bool';
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Tuple) return 'tuple';
  if (value instanceof Dict) return 'dict';
  if (value instanceof Range) return 'range';
  if (value instanceof Iter) return value.typeName;
  if (value instanceof DictView) return `dict_${value.kind}`;
  if (value instanceof Markup) return 'Markup';
  if (value instanceof Undefined) return 'StrictUndefined';
  return value.typeName;
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Variables (parsed YAML or JSON) as template values: integers become ints, other numbers
 * and TemplateFloat floats, objects dicts in their key order.
 */
export function fromJs(value: unknown, path = 'variables'): Value {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') {
    return value;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (value === null || value === undefined) return null;
  if (value instanceof TemplateFloat) return value.value;
  if (Array.isArray(value)) return value.map((item, i) => fromJs(item, `${path}[${i}]`));
  if (value instanceof Map) {
    return new Dict(
      [...value.entries()].map(
        ([k, v]) => [fromJs(k, path), fromJs(v, `${path}.${String(k)}`)] as const,
      ),
    );
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    return new Dict(Object.entries(value).map(([k, v]) => [k, fromJs(v, `${path}.${k}`)] as const));
  }
  throw new Error(`${path}: a ${typeof value} cannot be a template variable`);
}
