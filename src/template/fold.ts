import { isRenderFailure, LimitError, Refusal } from './errors.js';
import { compare, drain, type Renderer } from './evaluate.js';
import { FILTERS } from './filters.js';
import type { Expr, Node, Stmt } from './nodes.js';
import * as ops from './ops.js';
import { pyStr } from './repr.js';
import { TESTS } from './tests.js';
import { children } from './walk.js';
import { Dict, Markup, Range, Tuple, type Args, type Value } from './values.js';

/**
 * Jinja2 folds constant expressions while compiling (jinja2/optimizer.py, each node's
 * as_const), which has two effects a template can see:
 * - some failures while folding are not caught, so the template fails to compile even where
 *   the expression would never run (`{% if false %}{{ 1[0] ~ 1 }}{% endif %}`);
 * - a folded float that is not finite is written into the generated Python as `nan` or
 *   `inf`, a name Python then fails to find: `{% set x = 'nan'|float %}` raises NameError.
 * This replays the folding to fail where, and only where, Jinja2 does.
 */

/** Filters Jinja2 never folds: they need the template context (`@pass_context`). */
export const CONTEXT_FILTERS = new Set([
  'map',
  'select',
  'reject',
  'selectattr',
  'rejectattr',
  'random',
]);

/** Jinja2's nodes.Impossible: not a constant, nothing to report. */
const IMPOSSIBLE = Symbol('impossible');

type Folded = { value: Value } | { error: unknown } | typeof IMPOSSIBLE;

/** The nodes jinja2/compiler.py decorates with @optimizeconst. */
const OPTIMIZED = new Set([
  'BinOp',
  'And',
  'Or',
  'Not',
  'Unary',
  'Concat',
  'Compare',
  'Getattr',
  'Getitem',
  'Filter',
  'Test',
  'CondExpr',
  'Call',
]);

function isExpr(node: Node): node is Expr {
  return ![
    'Output',
    'For',
    'If',
    'Assign',
    'AssignBlock',
    'Macro',
    'CallBlock',
    'FilterBlock',
    'With',
    'Unsupported',
    'Slice',
  ].includes(node.type);
}

/** Python's has_safe_repr: what Jinja2 may write into its code as a constant. */
function safeRepr(v: Value): boolean {
  if (v === null || ['string', 'bigint', 'number', 'boolean'].includes(typeof v)) return true;
  if (v instanceof Markup || v instanceof Range) return true;
  if (Array.isArray(v)) return v.every(safeRepr);
  if (v instanceof Tuple) return v.items.every(safeRepr);
  if (v instanceof Dict) return v.entries().every(([k, x]) => safeRepr(k) && safeRepr(x));
  return false;
}

function nonFinite(v: Value): string | undefined {
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : 'inf';
  const items = Array.isArray(v)
    ? v
    : v instanceof Tuple
      ? v.items
      : v instanceof Dict
        ? v.entries().flat()
        : [];
  for (const item of items) {
    const found = nonFinite(item);
    if (found) return found;
  }
  return undefined;
}

class Folder {
  private readonly cache = new Map<Expr, Folded>();
  constructor(private readonly renderer: Renderer) {}

  /** A node's as_const: its value, IMPOSSIBLE, or the error Jinja2 lets escape. */
  fold(e: Expr): Folded {
    let folded = this.cache.get(e);
    if (folded === undefined) {
      try {
        folded = { value: this.asConst(e) };
      } catch (err) {
        // What worker-image refuses or limits is left for rendering to meet, if it ever runs.
        const unmodelled = err instanceof Refusal || err instanceof LimitError;
        folded = err === IMPOSSIBLE || unmodelled ? IMPOSSIBLE : { error: err };
      }
      this.cache.set(e, folded);
    }
    return folded;
  }

  /** A child's value inside a parent's as_const: IMPOSSIBLE and errors propagate. */
  private value(e: Expr): Value {
    const folded = this.fold(e);
    if (folded === IMPOSSIBLE) throw IMPOSSIBLE;
    if ('error' in folded) throw folded.error;
    return folded.value;
  }

  /** As `value`, where Jinja2 catches every exception and calls the node Impossible. */
  private caught<T>(compute: () => T): T {
    try {
      return compute();
    } catch {
      throw IMPOSSIBLE;
    }
  }

  private asConst(e: Expr): Value {
    switch (e.type) {
      case 'Const':
        return e.value;
      case 'Tuple':
        return new Tuple(e.items.map((i) => this.value(i)));
      case 'List':
        return e.items.map((i) => this.value(i));
      case 'Dict': {
        const pairs = e.items.map((i) => [this.value(i.key), this.value(i.value)] as const);
        return new Dict(pairs);
      }
      case 'CondExpr':
        if (ops.truthy(this.value(e.test))) return this.value(e.expr1);
        if (!e.expr2) throw IMPOSSIBLE;
        return this.value(e.expr2);
      case 'And': {
        const left = this.value(e.left);
        return ops.truthy(left) ? this.value(e.right) : left;
      }
      case 'Or': {
        const left = this.value(e.left);
        return ops.truthy(left) ? left : this.value(e.right);
      }
      case 'Concat':
        return e.nodes.map((n) => pyStr(this.value(n))).join('');
      case 'Not':
        return this.caught(() => !ops.truthy(this.value(e.node)));
      case 'Unary':
        return this.caught(() => ops.negate(e.op, this.value(e.node)));
      case 'BinOp':
        return this.caught(() => BINARY[e.op](this.value(e.left), this.value(e.right)));
      case 'Compare': {
        let left = this.value(e.expr);
        return this.caught(() => {
          for (const { op, expr } of e.ops) {
            const right = this.value(expr);
            if (!compare(op, left, right)) return false;
            left = right;
          }
          return true;
        });
      }
      case 'Getattr':
        return this.caught(() => drain(this.renderer.getattr(this.value(e.node), e.attr)));
      case 'Getitem':
        return this.caught(() => {
          const obj = this.value(e.node);
          if (e.arg.type !== 'Slice') return drain(this.renderer.getitem(obj, this.value(e.arg)));
          const part = (p: Expr | undefined): Value => (p ? this.value(p) : null);
          return ops.slice(obj, part(e.arg.start), part(e.arg.stop), part(e.arg.step));
        });
      case 'Filter':
      case 'Test': {
        if (!e.node) throw IMPOSSIBLE;
        const known = e.type === 'Filter' ? FILTERS[e.name] : TESTS[e.name];
        if (!known || (e.type === 'Filter' && CONTEXT_FILTERS.has(e.name))) throw IMPOSSIBLE;
        const args: Args = {
          args: e.args.map((a) => this.value(a)),
          kwargs: e.kwargs.map((k) => [k.key, this.value(k.value)]),
        };
        if (e.dynArgs) args.args.push(...this.caught(() => ops.toArray(this.value(e.dynArgs!))));
        if (e.dynKwargs) {
          const extra = this.caught(() => this.value(e.dynKwargs!));
          if (!(extra instanceof Dict)) throw IMPOSSIBLE;
          extra.entries().forEach(([k, v]) => args.kwargs.push([String(k), v]));
        }
        const operand = this.value(e.node);
        return this.caught(() =>
          e.type === 'Filter'
            ? drain(this.renderer.filter(e.name, operand, args))
            : drain(this.renderer.test(e.name, operand, args)),
        );
      }
      default:
        throw IMPOSSIBLE;
    }
  }
}

const BINARY: Record<Extract<Expr, { type: 'BinOp' }>['op'], (a: Value, b: Value) => Value> = {
  '+': ops.add,
  '-': ops.sub,
  '*': ops.mul,
  '/': ops.truediv,
  '//': ops.floordiv,
  '%': ops.mod,
  '**': ops.pow,
};

export interface Folding {
  /** Expressions Jinja2 writes into its code as `nan`/`inf`: evaluating one raises NameError. */
  poisoned: Map<Expr, string>;
  /** The error folding raises, which makes Jinja2 reject the whole template. */
  failure?: { error: unknown; line: number };
}

/** Replays Jinja2's constant folding over a template (see the module comment). */
export function fold(body: Stmt[], renderer: Renderer): Folding {
  const folder = new Folder(renderer);
  const poisoned = new Map<Expr, string>();
  let failure: Folding['failure'];
  // Jinja2's code generator runs the optimizer on each @optimizeconst node it reaches, which
  // folds that node's whole subtree children first: the first error in that order wins.
  const check = (node: Node, optimized: boolean): void => {
    const inside = optimized || OPTIMIZED.has(node.type);
    children(node).forEach((child) => check(child, inside));
    if (failure || !inside || !isExpr(node)) return;
    const folded = folder.fold(node);
    if (folded !== IMPOSSIBLE && 'error' in folded)
      failure = { error: folded.error, line: node.line };
  };
  body.forEach((s) => check(s, false));
  if (failure && !isRenderFailure(failure.error)) throw failure.error;
  const mark = (node: Node, output: boolean): void => {
    if (isExpr(node)) {
      const folded = folder.fold(node);
      if (folded !== IMPOSSIBLE && 'value' in folded && safeRepr(folded.value)) {
        const bad = output ? undefined : nonFinite(folded.value);
        if (bad) poisoned.set(node, bad);
        return;
      }
    }
    for (const child of children(node)) mark(child, node.type === 'Output');
  };
  body.forEach((s) => mark(s, false));
  return { poisoned, ...(failure ? { failure } : {}) };
}
