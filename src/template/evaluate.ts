import { LimitError, PyError, Refusal } from './errors.js';
import { unknown } from './check.js';
import { FILTERS } from './filters.js';
import { GLOBALS, Namespace } from './globals.js';
import { builtinAttribute } from './methods.js';
import type { Arguments, CallNode, Expr, FilterNode, MacroSignature, Stmt } from './nodes.js';
import * as ops from './ops.js';
import { pyRepr, pyStr } from './repr.js';
import { TESTS } from './tests.js';
import { findUndeclared } from './walk.js';
import { forElse, forTest, type Frames } from './symbols.js';
import {
  Callable,
  Dict,
  Markup,
  NO_ATTRIBUTE,
  PyObject,
  Tuple,
  Undefined,
  typeName,
  undefinedError,
  type Args,
  type Gen,
  type Value,
} from './values.js';

/**
 * Runs a parsed template with Jinja2's semantics. Every statement and expression is a
 * generator that yields at loop iterations and calls, so render.ts can hand the event loop
 * back (signals, timers) and stop a render that runs too long.
 */

/** What filters and tests need from the renderer. */
export interface Context {
  /** Jinja2's `environment.getitem`: an item, else an attribute, else an undefined value. */
  getitem(obj: Value, key: Value): Gen<Value>;
  filter(name: string, value: Value, args: Args): Gen<Value>;
  test(name: string, value: Value, args: Args): Gen<boolean>;
  /** Runs a generator to its end at once, for work done inside a lazy iterator. */
  sync<T>(gen: Gen<T>): T;
}

const MISSING = Symbol('missing');

/**
 * Python frames Jinja2 uses per nested macro call (Context.call, Macro.__call__, _invoke, the
 * macro) or recursive loop call: about four either way, measured against python3-jinja2.
 */
const CALL_FRAMES = 4;
/** What worker-image allows of Python's 1000, leaving room for Jinja2's own frames. */
const FRAME_BUDGET = 800;
const DONE = Symbol('done');

export function isGen<T>(value: unknown): value is Gen<T> {
  return Object.prototype.toString.call(value) === '[object Generator]';
}

export function* result<T extends Value>(value: T | Gen<T>): Gen<T> {
  return isGen<T>(value) ? yield* value : value;
}

/**
 * A frame's slots at run time (see symbols.ts): the template, each loop iteration, each macro
 * call, block set, filter block and with block. A name is read from the nearest frame that
 * has a slot for it; an unset slot reads as undefined.
 */
class Frame {
  readonly slots = new Map<string, Value | typeof MISSING>();
  constructor(readonly parent?: Frame) {}

  /** The nearest slot's value (MISSING when unset), or undefined when no frame has one. */
  find(name: string): Value | typeof MISSING | undefined {
    if (this.slots.has(name)) return this.slots.get(name);
    return this.parent?.find(name);
  }
}

/** Rendered text, bounded: the template's output by the output limit, a block by VALUE_LIMIT. */
class Buffer {
  private readonly parts: string[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}

  write(text: string): void {
    this.size += text.length;
    if (this.size > this.limit) {
      throw new LimitError(
        this.limit === ops.VALUE_LIMIT
          ? `a block's output is over the ${ops.VALUE_LIMIT} characters a template may build`
          : `the rendered output is over the ${this.limit}-byte limit`,
      );
    }
    this.parts.push(text);
  }
  text(): string {
    return this.parts.join('');
  }
}

/** Jinja2's LoopContext (jinja2/runtime.py): `loop.index`, `loop.last`, `loop.cycle()`… */
class Loop extends PyObject {
  readonly typeName = 'LoopContext';
  index0 = -1n;
  private after: Value | typeof MISSING = MISSING;
  private current: Value | typeof MISSING = MISSING;
  private before: Value | typeof MISSING = MISSING;
  private lastChanged: Value[] | typeof MISSING = MISSING;
  private cached: bigint | undefined;
  private buffered: Value[] | undefined;

  constructor(
    private pull: () => Gen<Value | typeof DONE>,
    /** The iterable itself when it has a length (Jinja2 asks len() of it). */
    private readonly sized: Value | undefined,
    readonly depth0: bigint,
    private readonly recurse: ((iterable: Value, depth0: bigint) => Gen<Value>) | undefined,
  ) {
    super();
  }

  private *peek(): Gen<Value | typeof MISSING> {
    if (this.after === MISSING) {
      const next = yield* this.pull();
      this.after = next === DONE ? MISSING : next;
    }
    return this.after;
  }

  *next(): Gen<Value | typeof DONE> {
    let item: Value | typeof DONE;
    if (this.after !== MISSING) {
      item = this.after;
      this.after = MISSING;
    } else {
      item = yield* this.pull();
    }
    if (item === DONE) return DONE;
    this.index0 += 1n;
    this.before = this.current;
    this.current = item;
    return item;
  }

  override *length(): Gen<bigint> {
    if (this.cached !== undefined) return this.cached;
    if (this.sized !== undefined) return (this.cached = yield* ops.length(this.sized));
    const rest: Value[] = [];
    for (let item = yield* this.pull(); item !== DONE; item = yield* this.pull()) {
      rest.push(item);
      ops.checkSize(rest.length);
      yield;
    }
    this.buffered = rest;
    const it = rest[Symbol.iterator]();
    // eslint-disable-next-line require-yield
    this.pull = function* () {
      const r = it.next();
      return r.done ? DONE : r.value;
    };
    this.cached = BigInt(rest.length) + this.index0 + 1n + (this.after === MISSING ? 0n : 1n);
    return this.cached;
  }

  private *revindex(offset: bigint): Gen<Value> {
    return (yield* this.length()) - this.index0 - offset;
  }

  private *last(): Gen<Value> {
    return (yield* this.peek()) === MISSING;
  }

  private *nextitem(): Gen<Value> {
    const next = yield* this.peek();
    return next === MISSING ? new Undefined('there is no next item') : next;
  }

  override attr(name: string): Value | Gen<Value> | typeof NO_ATTRIBUTE {
    switch (name) {
      case 'index0':
        return this.index0;
      case 'index':
        return this.index0 + 1n;
      case 'depth0':
        return this.depth0;
      case 'depth':
        return this.depth0 + 1n;
      case 'first':
        return this.index0 === 0n;
      case 'length':
        return this.length();
      case 'revindex':
        return this.revindex(0n);
      case 'revindex0':
        return this.revindex(1n);
      case 'last':
        return this.last();
      case 'previtem':
        if (this.index0 === 0n) return new Undefined('there is no previous item');
        return this.before === MISSING ? new Undefined('there is no previous item') : this.before;
      case 'nextitem':
        return this.nextitem();
      case 'cycle':
        return new Callable('method', 'LoopContext.cycle', ({ args, kwargs }) => {
          if (kwargs.length > 0)
            throw new PyError('TypeError', 'cycle() got an unexpected keyword argument');
          if (args.length === 0) throw new PyError('TypeError', 'no items for cycling given');
          return args[Number(this.index0 % BigInt(args.length))]!;
        });
      case 'changed':
        return new Callable('method', 'LoopContext.changed', ({ args, kwargs }) => {
          if (kwargs.length > 0)
            throw new PyError('TypeError', 'changed() got an unexpected keyword argument');
          const last = this.lastChanged;
          const same = last !== MISSING && ops.equals(new Tuple(last), new Tuple(args));
          if (same) return false;
          this.lastChanged = args;
          return true;
        });
    }
    return NO_ATTRIBUTE;
  }

  override call({ args, kwargs }: Args): Gen<Value> {
    if (!this.recurse) {
      throw new PyError(
        'TypeError',
        "The loop must have the 'recursive' marker to be called recursively.",
      );
    }
    if (args.length !== 1 || kwargs.length > 0) {
      throw new PyError(
        'TypeError',
        `__call__() takes 2 positional arguments but ${args.length + 1} were given`,
      );
    }
    return this.recurse(args[0]!, this.depth0 + 1n);
  }

  override repr(): string {
    const length = drain(this.length());
    return `<LoopContext ${this.index0 + 1n}/${length}>`;
  }
}

/** Runs a generator to completion without handing back control. */
export function drain<T>(gen: Gen<T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    beat?.();
  }
}

/** Set by render.ts while a render runs: counts work done inside drain() against the time limit. */
let beat: (() => void) | undefined;
export function setBeat(fn: (() => void) | undefined): void {
  beat = fn;
}

/** A macro, or the `caller` of a `{% call %}` block (jinja2/runtime.py Macro). */
class Macro extends PyObject {
  readonly typeName = 'Macro';
  private readonly signature: MacroSignature;
  private readonly body: Stmt[];
  private readonly catchVarargs: boolean;
  private readonly catchKwargs: boolean;
  private readonly usesCaller: boolean;

  constructor(
    readonly name: string,
    /** The {% macro %} or {% call %} node: its frame's key in the analysis. */
    private readonly node: Stmt & MacroSignature & { body: Stmt[] },
    private readonly closure: Frame,
    private readonly renderer: Renderer,
  ) {
    const signature = node;
    const body = node.body;
    super();
    this.signature = signature;
    this.body = body;
    const undeclared = findUndeclared(body, ['caller', 'kwargs', 'varargs']);
    this.usesCaller = undeclared.has('caller');
    this.catchKwargs = undeclared.has('kwargs') && !signature.params.includes('kwargs');
    this.catchVarargs = undeclared.has('varargs') && !signature.params.includes('varargs');
    if (this.usesCaller) {
      const i = signature.params.indexOf('caller');
      if (i !== -1 && i < signature.params.length - signature.defaults.length) {
        throw new PyError(
          'TemplateAssertionError',
          'When defining macros or call blocks the special "caller" argument must be omitted or be given a default.',
        );
      }
    }
  }

  override attr(name: string): Value | typeof NO_ATTRIBUTE {
    switch (name) {
      case 'name':
        return this.name;
      case 'arguments':
        return new Tuple(this.signature.params);
      case 'catch_kwargs':
        return this.catchKwargs;
      case 'catch_varargs':
        return this.catchVarargs;
      case 'caller':
        return this.usesCaller;
    }
    return NO_ATTRIBUTE;
  }

  override repr(): string {
    return `<Macro '${this.name}'>`;
  }

  override *call({ args, kwargs }: Args): Gen<Value> {
    yield;
    const { params, defaults } = this.signature;
    const rest = new Map(kwargs);
    const values: (Value | typeof MISSING)[] = args.slice(0, params.length);
    let foundCaller = false;
    if (values.length !== params.length) {
      for (const name of params.slice(values.length)) {
        const value = rest.get(name);
        rest.delete(name);
        if (name === 'caller') foundCaller = true;
        values.push(value === undefined ? MISSING : value);
      }
    } else {
      foundCaller = params.includes('caller');
    }
    const scope = this.renderer.enter(this.node, this.closure);
    if (this.usesCaller && !foundCaller) {
      const caller = rest.get('caller');
      rest.delete('caller');
      scope.slots.set(
        'caller',
        caller === undefined || caller === null ? new Undefined('No caller defined') : caller,
      );
    }
    if (this.catchKwargs) {
      scope.slots.set('kwargs', new Dict(rest));
    } else if (rest.size > 0) {
      if (rest.has('caller')) {
        throw new PyError(
          'TypeError',
          `macro '${this.name}' was invoked with two values for the special caller argument. This is most likely a bug.`,
        );
      }
      throw new PyError(
        'TypeError',
        `macro '${this.name}' takes no keyword argument '${[...rest.keys()][0]}'`,
      );
    }
    if (this.catchVarargs) scope.slots.set('varargs', new Tuple(args.slice(params.length)));
    else if (args.length > params.length) {
      throw new PyError(
        'TypeError',
        `macro '${this.name}' takes not more than ${params.length} argument(s)`,
      );
    }
    // A default may read an earlier parameter; a later one not passed is undefined meanwhile.
    params.forEach((name, i) => scope.slots.set(name, values[i]!));
    for (let i = 0; i < params.length; i++) {
      if (values[i] !== MISSING) continue;
      const name = params[i]!;
      const d = i - (params.length - defaults.length);
      scope.slots.set(
        name,
        d >= 0
          ? yield* this.renderer.expr(defaults[d]!, scope)
          : new Undefined(`parameter '${name}' of macro '${this.name}' was not provided`),
      );
    }
    const out = new Buffer(ops.VALUE_LIMIT);
    yield* this.renderer.nested(this.renderer.block(this.body, scope, out));
    return out.text();
  }
}

function lookupError(err: unknown): boolean {
  return (
    err instanceof PyError &&
    ['TypeError', 'KeyError', 'IndexError', 'AttributeError'].includes(err.pyType)
  );
}

function describeObject(obj: Value): string {
  return obj === null ? 'None' : `${typeName(obj)} object`;
}

/** The variable path an expression names (`global.images['worker']`), for error messages. */
function pathOf(e: Expr): string | undefined {
  if (e.type === 'Name') return e.name;
  if (e.type === 'Getattr') {
    const base = pathOf(e.node);
    return base === undefined ? undefined : `${base}.${e.attr}`;
  }
  if (e.type === 'Getitem' && e.arg.type === 'Const') {
    const base = pathOf(e.node);
    return base === undefined ? undefined : `${base}[${pyRepr(e.arg.value)}]`;
  }
  return undefined;
}

export class Renderer implements Context {
  /** The line being rendered, for errors. */
  line = 1;
  private frames: Frames | undefined;
  private root: Frame | undefined;
  /** The template's variables and its top-level assignments (Jinja2's context). */
  private readonly context = new Map<string, Value>();

  /** Constants Jinja2 writes into its code as `nan`/`inf` (see fold.ts). */
  private poisoned = new Map<Expr, string>();
  /** Python frames the macro calls and recursive loops running now would take in Jinja2. */
  private depth = 0;

  constructor(private readonly outputLimit: number) {}

  *render({ body, frames, poisoned }: Compiled, variables: Dict): Gen<string> {
    this.frames = frames;
    this.poisoned = poisoned;
    for (const [key, value] of variables.entries()) this.context.set(String(key), value);
    this.root = this.enter(body, undefined);
    const out = new Buffer(this.outputLimit);
    yield* this.block(body, this.root, out);
    return out.text();
  }

  /** A new frame for `key` (see symbols.ts), its slots set as Jinja2 sets them on entry. */
  enter(key: object, parent: Frame | undefined): Frame {
    const frame = new Frame(parent);
    for (const [name, load] of this.frames!.get(key).loads.values()) {
      if (load.kind === 'resolve') frame.slots.set(name, this.resolve(name));
      else if (load.kind === 'alias') {
        const outer = parent?.find(name);
        frame.slots.set(name, outer === undefined ? MISSING : outer);
      } else frame.slots.set(name, MISSING);
    }
    return frame;
  }

  private resolve(name: string): Value {
    if (this.context.has(name)) return this.context.get(name)!;
    return GLOBALS[name] ?? new Undefined(`'${name}' is undefined`, name);
  }

  private lookup(frame: Frame, name: string): Value {
    const value = frame.find(name);
    if (value === undefined) return this.resolve(name);
    return value === MISSING ? new Undefined(`'${name}' is undefined`, name) : value;
  }

  private store(frame: Frame, name: string, value: Value): void {
    frame.slots.set(name, value);
    if (frame === this.root) this.context.set(name, value);
  }

  sync<T>(gen: Gen<T>): T {
    return drain(gen);
  }

  *block(body: Stmt[], scope: Frame, out: Buffer): Gen<void> {
    for (const stmt of body) yield* this.stmt(stmt, scope, out);
  }

  private *stmt(s: Stmt, scope: Frame, out: Buffer): Gen<void> {
    this.line = s.line;
    switch (s.type) {
      case 'Output':
        for (const node of s.nodes) {
          if (node.type === 'TemplateData') out.write(node.data);
          else out.write(pyStr(yield* this.expr(node, scope)));
        }
        return;
      case 'If': {
        if (ops.truthy(yield* this.expr(s.test, scope)))
          return yield* this.block(s.body, scope, out);
        for (const branch of s.elif) {
          this.line = branch.line;
          if (ops.truthy(yield* this.expr(branch.test, scope)))
            return yield* this.block(branch.body, scope, out);
        }
        return yield* this.block(s.else_, scope, out);
      }
      case 'For':
        return yield* this.renderFor(s, scope, yield* this.expr(s.iter, scope), 0n, out);
      case 'Assign':
        return this.assign(s.target, yield* this.expr(s.expr, scope), scope);
      case 'AssignBlock': {
        const inner = new Buffer(ops.VALUE_LIMIT);
        const block = this.enter(s, scope);
        yield* this.block(s.body, block, inner);
        let value: Value = inner.text();
        if (s.filter) value = yield* this.applyFilter(s.filter, value, block);
        return this.assign(s.target, value, scope);
      }
      case 'Macro':
        this.store(scope, s.name, new Macro(s.name, s, scope, this));
        return;
      case 'CallBlock': {
        const caller = new Macro('caller', s, scope, this);
        const fn = yield* this.expr(s.call.node, scope);
        const args = yield* this.arguments(s.call, scope);
        args.kwargs.push(['caller', caller]);
        out.write(pyStr(yield* this.call(fn, args)));
        return;
      }
      case 'FilterBlock': {
        const inner = new Buffer(ops.VALUE_LIMIT);
        const block = this.enter(s, scope);
        yield* this.block(s.body, block, inner);
        out.write(pyStr(yield* this.applyFilter(s.filter, inner.text(), block)));
        return;
      }
      case 'With': {
        const values: Value[] = [];
        for (const v of s.values) values.push(yield* this.expr(v, scope));
        const inner = this.enter(s, scope);
        s.targets.forEach((target, i) => this.assign(target, values[i]!, inner));
        return yield* this.block(s.body, inner, out);
      }
      case 'Unsupported':
        throw new Refusal(`{% ${s.tag} %}`, 'see worker-image render --check');
    }
  }

  private *renderFor(
    s: Extract<Stmt, { type: 'For' }>,
    scope: Frame,
    iterable: Value,
    depth0: bigint,
    out: Buffer,
  ): Gen<void> {
    const source = ops.iterate(iterable);
    const filterScope = s.test ? this.enter(forTest(s), scope) : scope;
    const pull = (): Gen<Value | typeof DONE> => this.nextItem(source, s, filterScope);
    let sized: Value | undefined;
    if (!s.test && !(iterable instanceof PyObject) && typeName(iterable) !== 'generator') {
      try {
        drain(ops.length(iterable));
        sized = iterable;
      } catch {
        sized = undefined;
      }
    }
    const recurse = s.recursive
      ? (inner: Value, depth: bigint): Gen<Value> => this.recurse(s, scope, inner, depth)
      : undefined;
    const loop = new Loop(pull, sized, depth0, recurse);
    let iterated = false;
    for (let item = yield* loop.next(); item !== DONE; item = yield* loop.next()) {
      iterated = true;
      const inner = this.enter(s, scope);
      this.assign(s.target, item, inner);
      if (inner.slots.has('loop')) inner.slots.set('loop', loop);
      yield* this.block(s.body, inner, out);
      yield;
    }
    if (!iterated) yield* this.block(s.else_, this.enter(forElse(s), scope), out);
  }

  /** The loop's next item that passes its `if` filter (evaluated lazily, as Jinja2 does). */
  private *nextItem(
    source: Iterator<Value>,
    s: Extract<Stmt, { type: 'For' }>,
    filterScope: Frame,
  ): Gen<Value | typeof DONE> {
    for (;;) {
      const r = source.next();
      if (r.done) return DONE;
      if (!s.test) return r.value;
      this.assign(s.target, r.value, filterScope);
      if (ops.truthy(yield* this.expr(s.test, filterScope))) return r.value;
      yield;
    }
  }

  /** `loop(children)` in a recursive loop: the loop rendered again, as text. */
  private *recurse(
    s: Extract<Stmt, { type: 'For' }>,
    scope: Frame,
    inner: Value,
    depth: bigint,
  ): Gen<Value> {
    const buffer = new Buffer(ops.VALUE_LIMIT);
    yield* this.nested(this.renderFor(s, scope, inner, depth, buffer));
    return buffer.text();
  }

  /**
   * Runs a macro body or a recursive loop, counting the Python frames Jinja2 would use for it:
   * past Python's recursion limit (1000) Jinja2 fails, so worker-image refuses well before.
   */
  *nested(body: Gen<void>): Gen<void> {
    this.depth += CALL_FRAMES;
    try {
      if (this.depth > FRAME_BUDGET) {
        throw new Refusal(
          'macro calls or recursive loops nested this deep',
          "Jinja2 stops at Python's recursion limit (about 250 nested macro calls); make the recursion shallower, or a loop",
        );
      }
      yield* body;
    } finally {
      this.depth -= CALL_FRAMES;
    }
  }

  private assign(target: Expr, value: Value, scope: Frame): void {
    if (target.type === 'Name') return this.store(scope, target.name, value);
    if (target.type === 'NSRef') {
      const ns = this.lookup(scope, target.name);
      if (!(ns instanceof Namespace)) {
        throw new PyError(
          'TemplateRuntimeError',
          'cannot assign attribute on non-namespace object',
        );
      }
      ns.attrs.set(target.attr, value);
      return;
    }
    if (target.type === 'Tuple') {
      const items = ops.toArray(value);
      if (items.length < target.items.length) {
        throw new PyError(
          'ValueError',
          `not enough values to unpack (expected ${target.items.length}, got ${items.length})`,
        );
      }
      if (items.length > target.items.length) {
        throw new PyError(
          'ValueError',
          `too many values to unpack (expected ${target.items.length})`,
        );
      }
      target.items.forEach((t, i) => this.assign(t, items[i]!, scope));
      return;
    }
    throw new PyError('TemplateSyntaxError', `cannot assign to ${target.type}`);
  }

  *expr(e: Expr, scope: Frame): Gen<Value> {
    this.line = e.line;
    const poison = this.poisoned.get(e);
    if (poison) {
      throw new PyError(
        'NameError',
        `name '${poison}' is not defined (Jinja2 writes this constant into its Python code as ${poison})`,
      );
    }
    switch (e.type) {
      case 'Const':
        return e.value;
      case 'Name':
        return this.lookup(scope, e.name);
      case 'NSRef':
        throw new PyError('TemplateSyntaxError', 'a namespace attribute can only be assigned');
      case 'Tuple':
      case 'List': {
        const items: Value[] = [];
        for (const item of e.items) items.push(yield* this.expr(item, scope));
        return e.type === 'Tuple' ? new Tuple(items) : items;
      }
      case 'Dict': {
        const d = new Dict();
        for (const item of e.items) {
          const key = yield* this.expr(item.key, scope);
          d.set(key, yield* this.expr(item.value, scope));
        }
        return d;
      }
      case 'CondExpr':
        if (ops.truthy(yield* this.expr(e.test, scope))) return yield* this.expr(e.expr1, scope);
        if (e.expr2) return yield* this.expr(e.expr2, scope);
        return new Undefined(
          `the inline if-expression on line ${e.line} evaluated to false and no else section was defined.`,
          undefined,
          true,
        );
      case 'Or': {
        const left = yield* this.expr(e.left, scope);
        return ops.truthy(left) ? left : yield* this.expr(e.right, scope);
      }
      case 'And': {
        const left = yield* this.expr(e.left, scope);
        return ops.truthy(left) ? yield* this.expr(e.right, scope) : left;
      }
      case 'Not':
        return !ops.truthy(yield* this.expr(e.node, scope));
      case 'Compare': {
        let left = yield* this.expr(e.expr, scope);
        for (const { op, expr } of e.ops) {
          const right = yield* this.expr(expr, scope);
          if (!compare(op, left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'BinOp': {
        const left = yield* this.expr(e.left, scope);
        const right = yield* this.expr(e.right, scope);
        this.line = e.line;
        return BINARY[e.op](left, right);
      }
      case 'Unary':
        return ops.negate(e.op, yield* this.expr(e.node, scope));
      case 'Concat': {
        let text = '';
        for (const node of e.nodes) {
          text += pyStr(yield* this.expr(node, scope));
          ops.checkSize(text.length);
        }
        return text;
      }
      case 'Getattr':
        return yield* this.getattr(yield* this.expr(e.node, scope), e.attr, pathOf(e));
      case 'Getitem': {
        const obj = yield* this.expr(e.node, scope);
        if (e.arg.type === 'Slice') {
          const part = function* (this: Renderer, p: Expr | undefined): Gen<Value> {
            return p ? yield* this.expr(p, scope) : null;
          };
          const start = yield* part.call(this, e.arg.start);
          const stop = yield* part.call(this, e.arg.stop);
          const step = yield* part.call(this, e.arg.step);
          return ops.slice(obj, start, stop, step);
        }
        const key = yield* this.expr(e.arg, scope);
        return yield* this.item(obj, key, pathOf(e));
      }
      case 'Call': {
        const fn = yield* this.expr(e.node, scope);
        const args = yield* this.arguments(e, scope);
        this.line = e.line;
        return yield* this.call(fn, args);
      }
      case 'Filter':
        return yield* this.applyFilter(e, yield* this.expr(e.node!, scope), scope);
      case 'Test': {
        const value = yield* this.expr(e.node, scope);
        const args = yield* this.arguments(e, scope);
        this.line = e.line;
        return yield* this.test(e.name, value, args);
      }
    }
  }

  private *arguments(node: Arguments, scope: Frame): Gen<Args> {
    const args: Value[] = [];
    for (const a of node.args) args.push(yield* this.expr(a, scope));
    const kwargs: [string, Value][] = [];
    for (const k of node.kwargs) kwargs.push([k.key, yield* this.expr(k.value, scope)]);
    if (node.dynArgs) args.push(...ops.toArray(ops.defined(yield* this.expr(node.dynArgs, scope))));
    if (node.dynKwargs) {
      const extra = ops.defined(yield* this.expr(node.dynKwargs, scope));
      if (!(extra instanceof Dict)) {
        throw new PyError(
          'TypeError',
          `argument after ** must be a mapping, not ${typeName(extra)}`,
        );
      }
      for (const [k, v] of extra.entries()) {
        if (typeof k !== 'string') throw new PyError('TypeError', 'keywords must be strings');
        if (kwargs.some(([name]) => name === k)) {
          throw new PyError('TypeError', `got multiple values for keyword argument '${k}'`);
        }
        kwargs.push([k, v]);
      }
    }
    return { args, kwargs };
  }

  *call(fn: Value, args: Args): Gen<Value> {
    if (fn instanceof Undefined) throw undefinedError(fn);
    if (fn instanceof PyObject && fn.call) return yield* result(fn.call(args));
    throw new PyError('TypeError', `'${typeName(fn)}' object is not callable`);
  }

  private *applyFilter(node: FilterNode, value: Value, scope: Frame): Gen<Value> {
    const args = yield* this.arguments(node, scope);
    this.line = node.line;
    return yield* this.filter(node.name, value, args);
  }

  *filter(name: string, value: Value, args: Args): Gen<Value> {
    const filter = FILTERS[name];
    if (!filter)
      throw new PyError('TemplateRuntimeError', unknown('filter', name, Object.keys(FILTERS)));
    return yield* result(filter(this, value, args));
  }

  *test(name: string, value: Value, args: Args): Gen<boolean> {
    const test = TESTS[name];
    if (!test) throw new PyError('TemplateRuntimeError', unknown('test', name, Object.keys(TESTS)));
    return yield* result(test(this, value, args));
  }

  /** Jinja2's `environment.getattr`: the attribute, else the item of that name, else undefined. */
  *getattr(obj: Value, name: string, path?: string): Gen<Value> {
    if (obj instanceof Undefined) throw undefinedError(missingVariable(obj, path));
    const found = attribute(obj, name);
    if (found !== NO_ATTRIBUTE) return yield* result(found);
    try {
      return ops.getitem(obj, name);
    } catch (err) {
      if (!lookupError(err)) throw err;
      return new Undefined(`'${describeObject(obj)}' has no attribute '${name}'`, path);
    }
  }

  *getitem(obj: Value, key: Value): Gen<Value> {
    return yield* this.item(obj, key);
  }

  /** Jinja2's `environment.getitem`: the item, else the attribute of that name, else undefined. */
  private *item(obj: Value, key: Value, path?: string): Gen<Value> {
    if (obj instanceof Undefined) throw undefinedError(missingVariable(obj, path));
    try {
      return ops.getitem(obj, key);
    } catch (err) {
      if (!lookupError(err)) throw err;
      if (typeof key === 'string') {
        const found = attribute(obj, key);
        if (found !== NO_ATTRIBUTE) return yield* result(found);
      }
      const what =
        typeof key === 'string'
          ? `has no attribute '${key}'`
          : `has no element ${key instanceof Undefined ? 'Undefined' : pyRepr(key)}`;
      return new Undefined(`'${describeObject(obj)}' ${what}`, path);
    }
  }
}

/**
 * A path read from a variable that is missing altogether is named whole
 * (`global.docker_root_image`: what to pass); below a variable that exists, the first part
 * missing is named (`global.images` of `global.images.worker`).
 */
function missingVariable(obj: Undefined, path: string | undefined): Undefined {
  if (path === undefined || obj.path === undefined || /[.[]/.test(obj.path)) return obj;
  return new Undefined(obj.hint, path, obj.lenient);
}

/** Python's getattr for every value: dunder names are refused (Jinja2 prints Python internals). */
function attribute(obj: Value, name: string): Value | Gen<Value> | typeof NO_ATTRIBUTE {
  if (name.startsWith('__') && name.endsWith('__')) {
    throw new Refusal(`the Python attribute .${name}`, 'use the value itself or a filter');
  }
  if (obj instanceof PyObject) {
    const found = obj.attr(name);
    if (found === NO_ATTRIBUTE && obj instanceof Callable) {
      throw new Refusal(`.${name} of a function or method`, 'call the function and use its result');
    }
    return found;
  }
  return builtinAttribute(obj, name);
}

/** A parsed template, its scoping and its folded constants: what rendering needs. */
export interface Compiled {
  body: Stmt[];
  frames: Frames;
  poisoned: Map<Expr, string>;
}

/** Python's comparison operators, `in` and `not in`. */
export function compare(op: CallNodeOp, left: Value, right: Value): boolean {
  switch (op) {
    case 'eq':
      return ops.equals(left, right);
    case 'ne':
      return !ops.equals(left, right);
    case 'in':
      return ops.contains(right, left);
    case 'notin':
      return !ops.contains(right, left);
    default:
      return ops.order(op, left, right);
  }
}

type CallNodeOp = Extract<Expr, { type: 'Compare' }>['ops'][number]['op'];

const BINARY: Record<Extract<Expr, { type: 'BinOp' }>['op'], (a: Value, b: Value) => Value> = {
  '+': ops.add,
  '-': ops.sub,
  '*': ops.mul,
  '/': ops.truediv,
  '//': ops.floordiv,
  '%': ops.mod,
  '**': ops.pow,
};

export type { CallNode, Markup };
