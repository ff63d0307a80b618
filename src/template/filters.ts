import type { Environment } from 'nunjucks';
import { isContainer, pythonInt, pythonStr, pythonStrip, pythonTruthy } from './python.js';
import { shquote } from './shquote.js';
import { tojson } from './tojson.js';

/** A filter failed; errors.ts finds the lines that use it (nunjucks does not say). */
export class FilterError extends Error {
  override name = 'FilterError';
  constructor(
    readonly filter: string,
    message: string,
  ) {
    super(`|${filter}: ${message}`);
  }
}

/**
 * nunjucks passes keyword arguments (`join(', ', attribute='name')`) as one trailing object
 * marked `__keywords`; this binds positional and keyword arguments to Jinja2's parameter names.
 * Only arguments the template passed are bound, so an undefined one stays visible.
 */
function bind(args: unknown[], names: string[], required = 0): Record<string, unknown> {
  const last = args.at(-1);
  const keywords =
    isContainer(last) && (last as { __keywords?: boolean }).__keywords
      ? (args.pop() as Record<string, unknown>)
      : {};
  if (args.length > names.length) throw new TypeError(`takes at most ${names.length} arguments`);
  const bound: Record<string, unknown> = {};
  args.forEach((arg, i) => (bound[names[i]!] = arg));
  for (const [key, arg] of Object.entries(keywords)) {
    if (key === '__keywords') continue;
    if (!names.includes(key)) throw new TypeError(`got an unexpected keyword argument '${key}'`);
    bound[key] = arg;
  }
  const missing = names.slice(0, required).find((name) => !(name in bound));
  if (missing) throw new TypeError(`missing required argument '${missing}'`);
  return bound;
}

/** Jinja2's `attribute=` argument: a dotted path into each item. */
function attributeOf(item: unknown, path: string): unknown {
  let value = item;
  for (const key of path.split('.')) {
    value = isContainer(value) ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined) throw new TypeError(`an item has no attribute '${path}'`);
  }
  return value;
}

/** Python iterates a string by character and a mapping by key. */
function items(value: unknown): unknown[] {
  if (typeof value === 'string' || value instanceof String) return [...value.toString()];
  if (Array.isArray(value)) return value;
  if (isContainer(value)) return Object.keys(value);
  throw new TypeError(`cannot iterate over ${pythonStr(value)}`);
}

/** Python's `str.replace(old, new, count)`, including the empty `old` case. */
function replace(text: string, old: string, replacement: string, count: number): string {
  const limit = count < 0 ? Infinity : count;
  if (old === '') {
    const chars = [...text];
    return chars
      .map((c, i) => (i < limit ? replacement : '') + c)
      .join('')
      .concat(chars.length < limit ? replacement : '');
  }
  const parts = text.split(old);
  if (parts.length - 1 <= limit) return parts.join(replacement);
  return `${parts.slice(0, limit + 1).join(replacement)}${old}${parts.slice(limit + 1).join(old)}`;
}

function length(value: unknown): number {
  if (typeof value === 'string' || value instanceof String) return [...value.toString()].length;
  if (Array.isArray(value)) return value.length;
  if (isContainer(value)) return Object.keys(value).length;
  throw new TypeError(`${pythonStr(value)} has no length`);
}

type Filter = (value: unknown, ...args: unknown[]) => unknown;

/**
 * An undefined value passes through unchanged, so the output that prints it fails with the
 * variable's name and line (a filter cannot know either).
 */
function strict(filter: Filter): Filter {
  return (value, ...args) => (value === undefined ? undefined : filter(value, ...args));
}

function jinjaDefault(value: unknown, ...args: unknown[]): unknown {
  const bound = bind(args, ['default_value', 'boolean']);
  const fallback = 'default_value' in bound ? bound.default_value : '';
  return value === undefined || (bound.boolean && !pythonTruthy(value)) ? fallback : value;
}

const FILTERS: Record<string, Filter> = {
  default: jinjaDefault,
  d: jinjaDefault,
  tojson: strict((value, ...args) => {
    const { indent } = bind(args, ['indent']);
    return tojson(value, indent as number | string | undefined);
  }),
  shquote: strict(shquote),
  join: strict((value, ...args) => {
    const { d = '', attribute } = bind(args, ['d', 'attribute']);
    const list =
      attribute == null
        ? items(value)
        : items(value).map((item) => attributeOf(item, String(attribute)));
    return list.map(pythonStr).join(pythonStr(d));
  }),
  replace: strict((value, ...args) => {
    const { old, new: replacement, count } = bind(args, ['old', 'new', 'count'], 2);
    return replace(pythonStr(value), pythonStr(old), pythonStr(replacement), Number(count ?? -1));
  }),
  int: strict((value, ...args) => {
    const { default: fallback = 0, base = 10 } = bind(args, ['default', 'base']);
    return pythonInt(value, fallback, Number(base));
  }),
  lower: strict((value) => pythonStr(value).toLowerCase()),
  upper: strict((value) => pythonStr(value).toUpperCase()),
  trim: strict((value, ...args) => {
    const { chars } = bind(args, ['chars']);
    return pythonStrip(pythonStr(value), chars == null ? undefined : pythonStr(chars));
  }),
  length: strict(length),
  count: strict(length),
};

function named(name: string, filter: Filter): Filter {
  return (value, ...args) => {
    try {
      return filter(value, ...args);
    } catch (err) {
      throw new FilterError(name, (err as Error).message);
    }
  };
}

/** Our `tojson` and `shquote`, and Jinja2's semantics for the filters nunjucks implements differently. */
export function addJinjaFilters(env: Environment): void {
  for (const [name, filter] of Object.entries(FILTERS)) env.addFilter(name, named(name, filter));
}
