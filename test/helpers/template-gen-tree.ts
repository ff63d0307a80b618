/**
 * Generated templates are trees, so a failing one can be shrunk piece by piece (drop a
 * statement, unwrap a block, replace an expression by one of its operands) instead of by
 * cutting text at random, which mostly yields syntax errors.
 */

/** A piece of template text, or a node whose text is its parts joined. */
export type Piece = string | Node;

export interface Node {
  /**
   * `body`: a sequence of statements, any of which can be dropped; `stmt`: a tag and what it
   * holds; `expr`: an expression, replaceable by one of its operands; `text`: template text.
   */
  kind: 'body' | 'stmt' | 'expr' | 'text';
  parts: Piece[];
  /** The constructs this node exercises, for the report. */
  constructs: string[];
  /** A name, literal, call or lookup: needs no parentheses as an operand. */
  atomic?: boolean;
  /** A part its statement can do without (an elif or else clause, a loop filter). */
  optional?: boolean;
}

type Tag = (strings: TemplateStringsArray, ...values: Piece[]) => Node;

function builder(kind: Node['kind']): (...constructs: string[]) => Tag {
  return (...constructs) =>
    (strings, ...values) => {
      const parts: Piece[] = [];
      strings.forEach((text, i) => {
        if (text) parts.push(text);
        if (i < values.length) parts.push(values[i]!);
      });
      return { kind, parts, constructs };
    };
}

/** An expression from its parts: x('op.concat', a, ' + ', b). */
export function x(construct: string, ...parts: Piece[]): Node {
  return { kind: 'expr', parts, constructs: [construct] };
}

/** An expression: expr('op.concat')`${a} + ${b}`. */
export const expr = builder('expr');
/** A statement (tags and their bodies): stmt('if')`{% if ${cond} %}${body}{% endif %}`. */
export const stmt = builder('stmt');

/** An expression that is one token or a lookup chain: `name`, `'a'`, `cfg.image['tag']`. */
export function atom(source: string, ...constructs: string[]): Node {
  return { kind: 'expr', parts: [source], constructs, atomic: true };
}

/** `node` as an operand: parenthesised unless it is atomic. */
export function operand(node: Node): Node {
  return node.atomic ? node : { ...expr()`(${node})`, atomic: true };
}

/** Marks an expression built with `expr` as needing no parentheses (a call, a lookup). */
export function atomic(node: Node): Node {
  return { ...node, atomic: true };
}

/** A clause its statement can do without: `{% else %}…`, a loop's `if` filter. */
export function optional(node: Node): Node {
  return { ...node, optional: true };
}

export function text(content: string, ...constructs: string[]): Node {
  return { kind: 'text', parts: [content], constructs };
}

export function body(items: Node[]): Node {
  return { kind: 'body', parts: items, constructs: [] };
}

export function render(piece: Piece): string {
  return typeof piece === 'string' ? piece : piece.parts.map(render).join('');
}

export function constructsOf(piece: Piece, into = new Set<string>()): Set<string> {
  if (typeof piece !== 'string') {
    for (const c of piece.constructs) into.add(c);
    for (const part of piece.parts) constructsOf(part, into);
  }
  return into;
}

/** The nodes among a node's parts, and the nodes inside its text-free wrappers. */
function childNodes(node: Node): Node[] {
  return node.parts.filter((p): p is Node => typeof p !== 'string');
}

/** Expressions anywhere below `node` but not inside another expression below it. */
function operands(node: Node): Node[] {
  return childNodes(node).flatMap((child) => (child.kind === 'expr' ? [child] : operands(child)));
}

/** Bodies held by a statement (an if's branches, a for's body and else). */
function bodiesOf(node: Node): Node[] {
  return childNodes(node).flatMap((child) =>
    child.kind === 'body' ? [child] : child.optional ? bodiesOf(child) : [],
  );
}

/** Stand-ins for an expression that may be all a mismatch needs of it. */
const STAND_INS = ['false', 'true', '1', "'a'"].map((source) => atom(source));

/**
 * A tag's text without its whitespace-control signs, and the whitespace inside a tag as one
 * space: what a shrunk template may not need.
 */
function simplerStrings(part: string): string[] {
  const unsigned = part.replace(/(\{[%{#])[-+]/g, '$1').replace(/[-+]([%#]\}|\}\})/g, '$1');
  const spaced = /^\s+$/.test(part) && part !== ' ' ? [' '] : [];
  return unsigned === part ? spaced : [unsigned, ...spaced];
}

function simplerTexts(content: string): string[] {
  const out = new Set<string>(['']);
  const lines = content.split('\n');
  if (lines.length > 1) {
    for (let i = 0; i < lines.length; i++) out.add(lines.filter((_, j) => j !== i).join('\n'));
  }
  if (content.length > 2) out.add(content.slice(0, Math.ceil(content.length / 2)));
  out.add(content.replace(/[^\s]+/g, 'x'));
  out.add(content.trim());
  out.delete(content);
  return [...out];
}

/** Nodes that could stand where `node` stands: simpler, usually fewer characters. */
function replacements(node: Node): Node[] {
  if (node.kind === 'expr') {
    const length = render(node).length;
    return [...operands(node), ...STAND_INS.filter((s) => render(s).length < length)];
  }
  if (node.kind === 'text') {
    return simplerTexts(render(node)).map((t) => ({ ...node, parts: [t] }));
  }
  return [];
}

/**
 * Every tree one step simpler than `node`: a statement or clause dropped, a block replaced by
 * one of its bodies, an expression by one of its operands or a literal, a text or a sign
 * removed. Bigger steps first.
 */
export function* simplerTrees(node: Node): Generator<Node> {
  if (node.kind === 'body') {
    const items = node.parts as Node[];
    for (let size = Math.floor(items.length / 2); size >= 1; size = Math.floor(size / 2)) {
      for (let start = 0; start + size <= items.length; start += size) {
        yield { ...node, parts: [...items.slice(0, start), ...items.slice(start + size)] };
      }
    }
    for (let i = 0; i < items.length; i++) {
      for (const inner of bodiesOf(items[i]!)) {
        yield { ...node, parts: [...items.slice(0, i), ...inner.parts, ...items.slice(i + 1)] };
      }
    }
  }
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i]!;
    if (typeof part !== 'string' && part.optional) {
      yield { ...node, parts: node.parts.filter((_, j) => j !== i) };
    }
  }
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i]!;
    const swap = (p: Piece): Node => ({ ...node, parts: node.parts.with(i, p) });
    if (typeof part === 'string') {
      for (const simpler of simplerStrings(part)) yield swap(simpler);
      continue;
    }
    for (const simpler of replacements(part)) yield swap(simpler);
    for (const simpler of simplerTrees(part)) yield swap(simpler);
  }
}
