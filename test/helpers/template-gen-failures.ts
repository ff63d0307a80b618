/**
 * Deliberate failures: an undefined name in every position StrictUndefined guards (print, a
 * filter, attribute and item access, arithmetic, `~`, comparisons, `in`, a condition), and the
 * type errors Python raises. Jinja2 fails on each, so worker-image must fail too.
 */
import { intLit, listLit, noneLit, strLit } from './template-gen-literals.js';
import { inScope, type Ctx } from './template-gen-scope.js';
import { atom, atomic, x, type Node } from './template-gen-tree.js';
import { WORDS } from './template-gen-vars.js';

const TYPOS = ['enable_gpuu', 'pacakges', 'regoin', 'usr', 'cfgg', 'undefined_name', 'Name'];

/** Names Jinja2 defines itself, which a typo must not hit. */
const BUILTIN = /^(?:loop|range|dict|namespace|caller|none|true|false|lipsum|cycler|joiner)$/;

const MISTYPE = [
  (n: string) => `${n}s`,
  (n: string) => `${n}${n.at(-1)}`,
  (n: string) => n.slice(0, -1),
];

/** A name that is not defined: a typo of one in use, or a common one. */
export function missingName(ctx: Ctx): string {
  const near = [...ctx.taken].filter((n) => /^[a-z]/.test(n));
  for (;;) {
    const name =
      near.length > 0 && ctx.rng.chance(0.6)
        ? ctx.rng.pick(MISTYPE)(ctx.rng.pick(near))
        : ctx.rng.pick(TYPOS);
    if (name && !ctx.taken.has(name) && !BUILTIN.test(name)) return name;
  }
}

export function missing(ctx: Ctx): Node {
  return atom(missingName(ctx), 'undefined.name');
}

/** An undefined name, or an expression Python rejects, in one of many positions. */
export function failing(ctx: Ctx): Node {
  const { rng } = ctx;
  const dict = inScope(ctx, 'dict', 'rec');
  const list = inScope(ctx, 'strs', 'ints', 'recs', 'list');
  const str = inScope(ctx, 'str')?.node ?? strLit(rng, 'a');
  const int = () => intLit(rng);
  const options: [number, () => Node | undefined][] = [
    [2, () => missing(ctx)],
    [2, () => x('undefined.filter', missing(ctx), `|${rng.pick(FILTERS)}`)],
    [1, () => atomic(x('undefined.attr', missing(ctx), `.${rng.pick(['name', 'image', 'x'])}`))],
    [1.5, () => dict && atomic(x('undefined.attr', dict.node, `.${missingName(ctx)}`))],
    [2, () => dict && atomic(x('undefined.item', dict.node, `['${missingName(ctx)}']`))],
    [1, () => list && atomic(x('undefined.index-range', list.node, rng.pick(['[99]', '[-99]'])))],
    [2, () => x('undefined.arith', missing(ctx), ` ${rng.pick(['+', '-', '*'])} 1`)],
    [2, () => x('undefined.concat', str, ' ~ ', missing(ctx))],
    [2, () => x('undefined.compare', missing(ctx), ` ${rng.pick(COMPARISONS)} `, int())],
    [1, () => x('undefined.in', strLit(rng, 'a'), ' in ', missing(ctx))],
    [1, () => x('undefined.ternary', strLit(rng, 'y'), ' if ', missing(ctx), " else 'n'")],
    [1, () => x('error.type', strLit(rng, rng.pick(WORDS)), ` ${rng.pick(['-', '/'])} `, int())],
    [0.5, () => x('error.type', int(), ' + ', strLit(rng, 'a'))],
    [0.3, () => x('error.type', noneLit(rng), ' + 1')],
    [0.3, () => x('error.type', listLit([int(), strLit(rng, 'a')]), '|sort')],
    [0.3, () => x('error.type', strLit(rng, 'a'), ' < ', int())],
    [0.3, () => x('error.type', int(), '|first')],
    [0.3, () => x('error.type', noneLit(rng), '|length')],
    [0.8, () => x('error.zero-division', int(), ` ${rng.pick(['/', '//', '%'])} 0`)],
  ];
  for (;;) {
    const node = rng.weighted(options)();
    if (node) return node;
  }
}

const FILTERS = ['upper', 'trim', 'length', 'first', 'join', 'string', 'tojson', 'int'];
const COMPARISONS = ['==', '!=', '<', '>='];
