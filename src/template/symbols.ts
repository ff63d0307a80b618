import { TemplateSyntaxError } from './errors.js';
import type { Expr, Node, Stmt } from './nodes.js';
import { children, findUndeclared, targetNames } from './walk.js';

/**
 * Jinja2's variable scoping (jinja2/idtracking.py), which decides what a name means before the
 * template runs. Each frame (the template, a loop body, a macro, a block set, a filter block,
 * a with block) owns the names its own statements read or assign; a name read in an inner
 * frame refers to the nearest frame that owns it, even if that frame assigns it only later.
 * So `{% for i in l %}{{ x }}{% endfor %}{% set x = 1 %}` reads an undefined x inside the
 * loop, whatever the variables say, as Jinja2 does.
 */

/** How a frame's slot for a name starts when the frame is entered. */
export type Load =
  /** A loop target or macro parameter, set by the frame's caller. */
  | { kind: 'param' }
  /** The template's variables (and top-level assignments so far), else the globals. */
  | { kind: 'resolve' }
  /** The value the nearest enclosing frame owning the name has at entry. */
  | { kind: 'alias' }
  /** Missing: undefined until the frame assigns it. */
  | { kind: 'undefined' };

export class Symbols {
  readonly level: number;
  private refs = new Map<string, string>();
  /** The frame's own slots in the order Jinja2 initialises them: ident → [name, load]. */
  loads = new Map<string, [string, Load]>();
  private stores = new Set<string>();

  constructor(readonly parent?: Symbols) {
    this.level = parent ? parent.level + 1 : 0;
  }

  private define(name: string, load: Load): void {
    const ident = `l_${this.level}_${name}`;
    this.refs.set(name, ident);
    this.loads.set(ident, [name, load]);
  }

  findRef(name: string): string | undefined {
    return this.refs.get(name) ?? this.parent?.findRef(name);
  }

  copy(): Symbols {
    const copy = new Symbols(this.parent);
    copy.refs = new Map(this.refs);
    copy.loads = new Map(this.loads);
    copy.stores = new Set(this.stores);
    return copy;
  }

  store(name: string): void {
    this.stores.add(name);
    if (this.refs.has(name)) return;
    this.define(
      name,
      this.parent?.findRef(name) !== undefined ? { kind: 'alias' } : { kind: 'undefined' },
    );
  }

  param(name: string): void {
    this.stores.add(name);
    this.define(name, { kind: 'param' });
  }

  load(name: string): void {
    if (this.findRef(name) === undefined) this.define(name, { kind: 'resolve' });
  }

  /** After an if: names any branch assigned resolve (or alias) when the branch did not run. */
  branchUpdate(branches: Symbols[]): void {
    const stored = new Set<string>();
    for (const b of branches) b.stores.forEach((n) => stored.add(n));
    this.stores.forEach((n) => stored.delete(n));
    for (const b of branches) {
      b.refs.forEach((v, k) => this.refs.set(k, v));
      b.loads.forEach((v, k) => this.loads.set(k, v));
      b.stores.forEach((n) => this.stores.add(n));
    }
    for (const name of stored) {
      const ident = this.findRef(name)!;
      const load: Load =
        this.parent?.findRef(name) !== undefined ? { kind: 'alias' } : { kind: 'resolve' };
      this.loads.set(ident, [name, load]);
    }
  }
}

/** The frames of a template: which node (or for-loop part) starts one, with its symbols. */
export class Frames {
  private readonly table = new Map<object, Symbols>();

  get(key: object): Symbols {
    const symbols = this.table.get(key);
    if (!symbols) throw new Error('internal: a frame the analysis did not see');
    return symbols;
  }
  set(key: object, symbols: Symbols): void {
    this.table.set(key, symbols);
  }
}

/** The key of a for loop's filter (`if`) frame and else frame. */
export const forTest = (node: Extract<Stmt, { type: 'For' }>): object => node.test!;
export const forElse = (node: Extract<Stmt, { type: 'For' }>): object => node.else_;

/** Jinja2's FrameSymbolVisitor: a frame's own statements, not the frames nested in them. */
function visitInFrame(node: Node, symbols: { current: Symbols }, nested: Stmt[]): void {
  const visit = (n: Node): void => visitInFrame(n, symbols, nested);
  const sym = symbols.current;
  switch (node.type) {
    case 'Name':
      return sym.load(node.name);
    case 'NSRef':
      return sym.load(node.name);
    case 'If': {
      visit(node.test);
      const original = symbols.current;
      const branch = (run: () => void): Symbols => {
        symbols.current = original.copy();
        run();
        const result = symbols.current;
        symbols.current = original;
        return result;
      };
      const body = branch(() => node.body.forEach(visit));
      const elifs = branch(() =>
        node.elif.forEach((e) => {
          visit(e.test);
          const inner = symbols.current;
          const copy = (stmts: Stmt[]): Symbols => {
            symbols.current = inner.copy();
            stmts.forEach(visit);
            const r = symbols.current;
            symbols.current = inner;
            return r;
          };
          inner.branchUpdate([copy(e.body), copy([]), copy([])]);
        }),
      );
      const else_ = branch(() => node.else_.forEach(visit));
      original.branchUpdate([body, elifs, else_]);
      return;
    }
    case 'Macro':
      nested.push(node);
      return sym.store(node.name);
    case 'Assign':
      visit(node.expr);
      return storeTarget(node.target, symbols.current);
    case 'For':
      nested.push(node);
      return visit(node.iter);
    case 'CallBlock':
      nested.push(node);
      return visit(node.call);
    case 'FilterBlock':
      nested.push(node);
      return visit(node.filter);
    case 'With':
      nested.push(node);
      return node.values.forEach(visit);
    case 'AssignBlock':
      nested.push(node);
      return storeTarget(node.target, sym);
    case 'Unsupported':
      return;
    default:
      children(node).forEach(visit);
  }
}

function storeTarget(target: Expr, symbols: Symbols): void {
  if (target.type === 'NSRef') return symbols.load(target.name);
  targetNames(target).forEach((n) => symbols.store(n));
}

function paramTarget(target: Expr, symbols: Symbols): void {
  targetNames(target).forEach((n) => symbols.param(n));
}

/** The frame a node opens (Jinja2's RootVisitor), and the frames nested in it. */
function analyzeFrame(node: Stmt, outer: Symbols, frames: Frames): void {
  const frame = (key: object, fill: (visit: (n: Node) => void, sym: Symbols) => void): Symbols => {
    const holder = { current: new Symbols(outer) };
    const nested: Stmt[] = [];
    fill((n) => visitInFrame(n, holder, nested), holder.current);
    frames.set(key, holder.current);
    for (const inner of nested) analyzeFrame(inner, holder.current, frames);
    return holder.current;
  };
  switch (node.type) {
    case 'For': {
      const usesLoop = node.recursive || findUndeclared(node.body, ['loop']).size > 0;
      frame(node, (visit, sym) => {
        if (usesLoop) sym.param('loop');
        paramTarget(node.target, sym);
        node.body.forEach(visit);
      });
      frame(forElse(node), (visit) => node.else_.forEach(visit));
      if (node.test) {
        frame(forTest(node), (visit, sym) => {
          paramTarget(node.target, sym);
          visit(node.test!);
        });
      }
      return;
    }
    case 'Macro':
    case 'CallBlock':
      frame(node, (visit, sym) => {
        node.params.forEach((p) => sym.param(p));
        node.defaults.forEach(visit);
        node.body.forEach(visit);
        const special = findUndeclared(node.body, ['caller', 'kwargs', 'varargs']);
        for (const name of ['caller', 'kwargs', 'varargs']) {
          if (special.has(name) && !node.params.includes(name)) sym.param(name);
        }
      });
      return;
    case 'FilterBlock':
      frame(node, (visit) => {
        node.body.forEach(visit);
        visit(node.filter);
      });
      return;
    case 'AssignBlock': {
      const symbols = frame(node, (visit) => node.body.forEach(visit));
      if (node.filter) unresolved(node.filter, symbols);
      return;
    }
    case 'With':
      frame(node, (visit, sym) => {
        node.targets.forEach((t) => paramTarget(t, sym));
        node.body.forEach(visit);
      });
      return;
  }
}

/**
 * A block set's filter runs in the block's frame, which Jinja2 never analysed for it: a name
 * only the filter reads makes Jinja2 fail to compile the template.
 */
function unresolved(filter: Node, symbols: Symbols): void {
  const visit = (n: Node): void => {
    if ((n.type === 'Name' || n.type === 'NSRef') && symbols.findRef(n.name) === undefined) {
      throw new TemplateSyntaxError(
        `Tried to resolve a name to a reference that was unknown to the frame ('${n.name}')`,
        n.line,
        `Jinja2 cannot compile a {% set … | filter %} block whose filter reads ${n.name} unless the template reads or sets ${n.name} outside it too`,
      );
    }
    children(n).forEach(visit);
  };
  visit(filter);
}

/** The template's frames: the root's symbols under the key `body`. */
export function analyze(body: Stmt[]): Frames {
  const frames = new Frames();
  const holder = { current: new Symbols() };
  const nested: Stmt[] = [];
  body.forEach((s) => visitInFrame(s, holder, nested));
  frames.set(body, holder.current);
  for (const inner of nested) analyzeFrame(inner, holder.current, frames);
  return frames;
}
