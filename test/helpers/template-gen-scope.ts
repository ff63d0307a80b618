/**
 * What a generated expression can refer to: the variables, every path into them
 * (`cfg.image.name`, `users[-1]['tags']`), loop variables, `{% set %}` names and macro
 * parameters, each with the type of what it holds, so most generated templates are valid.
 */
import type { Random } from './template-gen-random.js';
import { atom, type Node } from './template-gen-tree.js';
import { PyDict, PyFloat, type Value } from './template-gen-values.js';

/**
 * `strs`/`ints`: lists of strings/ints; `recs`: lists of records (`rec`: name, size, tags,
 * note); `pairs`: lists of [str, int]; `dict`: mapping of scalars; `list`: mixed; `any`: only
 * printed or joined.
 */
export type Ty =
  | 'str'
  | 'int'
  | 'float'
  | 'bool'
  | 'none'
  | 'strs'
  | 'ints'
  | 'recs'
  | 'rec'
  | 'pairs'
  | 'dict'
  | 'tuple'
  | 'list'
  | 'any';

export interface Entry {
  node: Node;
  ty: Ty;
  /** The variable this path starts at, so shadowing it can drop its paths. */
  root: string;
  /** A value it holds (a loop variable's first element), to find its keys. */
  sample?: Value;
}

/** Where an expression is being generated. */
export interface Ctx {
  rng: Random;
  scope: Entry[];
  /** Inside a for loop, where `loop.*` is defined. */
  inLoop: boolean;
  /** Chance that an expression is a deliberate failure (undefined name, type error). */
  failure: number;
  /** The family this template leans on, so every family appears often. */
  focus: string;
  /** Names in use (variables, sets, macros): new names avoid them, typos are made from them. */
  taken: Set<string>;
}

/** A variable, path, loop variable or set name of one of these types, if any is in scope. */
export function inScope(ctx: Ctx, ...tys: Ty[]): Entry | undefined {
  const fit = ctx.scope.filter((e) => tys.includes(e.ty));
  return fit.length > 0 ? ctx.rng.pick(fit) : undefined;
}

/** Dict methods and attributes: `d.items` is the method, not the key, in Jinja2. */
const METHOD_NAMES = new Set(['items', 'keys', 'values', 'get', 'pop', 'update', 'copy', 'clear']);

function tyOf(value: Value | undefined): Ty {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'number') return 'int';
  if (value instanceof PyFloat) return 'float';
  if (typeof value === 'boolean') return 'bool';
  if (value === null) return 'none';
  if (value === undefined) return 'any';
  if (value instanceof PyDict)
    return value.get('name') !== undefined && value.get('size') !== undefined ? 'rec' : 'dict';
  if (value.length === 0) return 'list';
  if (value.every((v) => typeof v === 'string')) return 'strs';
  if (value.every((v) => typeof v === 'number')) return 'ints';
  if (value.every((v) => tyOf(v) === 'rec')) return 'recs';
  if (value.every((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string'))
    return 'pairs';
  return 'list';
}

const IDENTIFIER = /^[A-Za-z_]\w*$/;

function quote(key: string): string {
  return `'${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The paths into a variable: itself, its keys by `.key` and `['key']`, its first, last and
 * other elements by index, and so on two levels down.
 */
export function pathsInto(root: string, source: string, value: Value, depth = 2): Entry[] {
  const self: Entry = { node: atom(source), ty: tyOf(value), root, sample: value };
  if (depth === 0) return [self];
  const below: Entry[] = [];
  if (value instanceof PyDict) {
    for (const [key, child] of value.entries) {
      if (IDENTIFIER.test(key) && !METHOD_NAMES.has(key)) {
        below.push(
          ...pathsInto(root, `${source}.${key}`, child, depth - 1).map((e) =>
            tagged(e, 'access.attr'),
          ),
        );
      }
      below.push(
        ...pathsInto(root, `${source}[${quote(key)}]`, child, depth - 1).map((e) =>
          tagged(e, 'access.item'),
        ),
      );
    }
  } else if (Array.isArray(value) && value.length > 0) {
    const indexes = new Set([0, value.length - 1, -1, -value.length]);
    for (const i of indexes) {
      const child = value.at(i)!;
      const access = i < 0 ? 'index.negative' : 'index';
      below.push(
        ...pathsInto(root, `${source}[${i}]`, child, depth - 1).map((e) => tagged(e, access)),
      );
    }
  }
  return [self, ...below];
}

function tagged(entry: Entry, construct: string): Entry {
  const constructs = entry.node.constructs.includes(construct)
    ? entry.node.constructs
    : [...entry.node.constructs, construct];
  return { ...entry, node: { ...entry.node, constructs } };
}

/** The element type of a list type, for a loop variable. */
export function elementTy(ty: Ty): Ty {
  switch (ty) {
    case 'strs':
      return 'str';
    case 'ints':
      return 'int';
    case 'recs':
      return 'rec';
    case 'pairs':
      return 'list';
    case 'str':
      return 'str';
    case 'dict':
      return 'str';
    default:
      return 'any';
  }
}
