/**
 * Jinja2 literals for generated values: strings in either quote with Python's escapes, ints in
 * every base Jinja2 reads, floats as users write them, lists, tuples and dicts.
 */
import type { Random } from './template-gen-random.js';
import { atom, type Node, type Piece } from './template-gen-tree.js';
import { floatLiteral, PyFloat, type Value } from './template-gen-values.js';
import { randomInt } from './template-gen-vars.js';

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** A string literal for `value`, in either quote, its specials escaped as Python escapes them. */
export function strLit(rng: Random, value: string): Node {
  const q = value.includes("'") && !value.includes('"') ? '"' : rng.chance(0.75) ? "'" : '"';
  let escaped = false;
  let body = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    let out = ch;
    if (ch === '\\' || ch === q) out = `\\${ch}`;
    else if (ch === '\n') out = rng.chance(0.8) ? '\\n' : '\n';
    else if (ch === '\t') out = rng.chance(0.5) ? '\\t' : '\t';
    else if (ch === '\r') out = '\\r';
    else if (code < 32) out = `\\x${hex(code, 2)}`;
    else if (code > 127 && rng.chance(0.3))
      out = code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`;
    escaped ||= out !== ch;
    body += out;
  }
  return atom(`${q}${body}${q}`, escaped ? 'literal.string-escape' : 'literal.string');
}

/** An int literal, now and then in hex, octal or binary, or with `_` between digit groups. */
export function intLit(rng: Random, value = randomInt(rng)): Node {
  if (value < 0) return atom(`${value}`, 'literal.int', 'op.neg');
  if (rng.chance(0.04)) {
    const forms = [`0x${value.toString(16)}`, `0o${value.toString(8)}`, `0b${value.toString(2)}`];
    if (value >= 1000) forms.push(String(value).replace(/\B(?=(\d{3})+$)/g, '_'));
    return atom(rng.pick(forms), 'literal.int-base');
  }
  return atom(String(value), 'literal.int');
}

const FLOAT_SOURCES = ['1.0', '2.5', '0.1', '0.5', '3.14', '1e3', '2.5e-7', '1.5E+3', '100.0'];
const ODD_FLOAT_SOURCES = ['1_000.5', '0.30000000000000004', '1e-4', '12345678.9', '1e16'];

export function floatLit(rng: Random): Node {
  return atom(rng.pick([...FLOAT_SOURCES, ...ODD_FLOAT_SOURCES]), 'literal.float');
}

export function boolLit(rng: Random): Node {
  return atom(rng.pick(['true', 'false', 'True', 'False']), 'literal.bool');
}

export function noneLit(rng: Random): Node {
  return atom(rng.pick(['none', 'None']), 'literal.none');
}

function separated(open: string, items: Piece[][], close: string, construct: string): Node {
  const parts: Piece[] = [open, ...items.flatMap((item, i) => (i ? [', ', ...item] : item)), close];
  return { kind: 'expr', parts, constructs: [construct], atomic: true };
}

export function listLit(items: Node[]): Node {
  return separated(
    '[',
    items.map((item) => [item]),
    ']',
    'literal.list',
  );
}

/** `(a, b)`, `(a,)` or `()`. */
export function tupleLit(items: Node[]): Node {
  const close = items.length === 1 ? ',)' : ')';
  return separated(
    '(',
    items.map((item) => [item]),
    close,
    'literal.tuple',
  );
}

export function dictLit(entries: [Node, Node][]): Node {
  return separated(
    '{',
    entries.map(([k, v]) => [k, ': ', v]),
    '}',
    'literal.dict',
  );
}

/** A literal for any value: lists, mappings, and scalars as above. */
export function literalOf(rng: Random, value: Value): Node {
  if (typeof value === 'string') return strLit(rng, value);
  if (typeof value === 'number') return intLit(rng, value);
  if (value instanceof PyFloat) return atom(floatLiteral(value.value), 'literal.float');
  if (typeof value === 'boolean') return atom(value ? 'true' : 'false', 'literal.bool');
  if (value === null) return noneLit(rng);
  if (Array.isArray(value)) return listLit(value.map((v) => literalOf(rng, v)));
  return dictLit(value.entries.map(([k, v]) => [strLit(rng, k), literalOf(rng, v)]));
}
