/**
 * The differential test's templates: a seeded generator of Jinja2 templates shaped like
 * startup scripts (shell lines around tags), mixing every construct issue 12 lists, nested,
 * with whitespace control and with undefined names, each with its own variables.
 *
 * Each template leans on one family of constructs (its focus), so that every family appears
 * hundreds of times in a run of thousands; around one in four fails in Jinja2 (undefined names,
 * type errors, syntax errors, some by chance), so "both fail" is exercised too.
 */
import { Random } from './template-gen-random.js';
import { pathsInto, type Ctx, type Ty } from './template-gen-scope.js';
import { block, layout, print, shellText, STATEMENTS } from './template-gen-stmt.js';
import { body, constructsOf, render, type Node } from './template-gen-tree.js';
import type { PyDict } from './template-gen-values.js';
import { randomVariables } from './template-gen-vars.js';

export interface GeneratedCase {
  /** Position in the run: with the seed, enough to generate it again. */
  index: number;
  /** The family of constructs it leans on. */
  focus: string;
  tree: Node;
  variables: PyDict;
  source: string;
  constructs: string[];
}

/**
 * Expression families a template can lean on, with the types that have them: a template with
 * such a focus prints a few expressions of those types, where the family weighs twelve times more.
 */
const EXPR_FOCUS: readonly [string, Ty[]][] = [
  ['undefined', ['str', 'int', 'bool']],
  ['op.ternary', ['str', 'int']],
  ['op.precedence', ['str', 'int', 'bool']],
  ['op.concat', ['str']],
  ['op.tilde', ['str']],
  ['op.repeat', ['str', 'strs', 'tuple']],
  ['op.percent', ['str']],
  ['filter.case', ['str']],
  ['filter.trim', ['str']],
  ['filter.replace', ['str']],
  ['filter.truncate', ['str']],
  ['filter.wordwrap', ['str']],
  ['filter.indent', ['str']],
  ['filter.string', ['str']],
  ['filter.tojson', ['str']],
  ['filter.shquote', ['str']],
  ['filter.join', ['str']],
  ['filter.first', ['str', 'int']],
  ['filter.default', ['str']],
  ['slice', ['str', 'strs', 'ints', 'tuple']],
  ['index', ['int', 'rec', 'tuple']],
  ['op.arith', ['int', 'float']],
  ['op.floordiv', ['int', 'float']],
  ['op.mod', ['int']],
  ['op.pow', ['int', 'float']],
  ['op.div', ['float']],
  ['op.neg', ['int']],
  ['filter.length', ['int']],
  ['filter.int', ['int']],
  ['filter.float', ['float']],
  ['filter.round', ['float', 'int']],
  ['op.compare', ['bool']],
  ['op.compare-chain', ['bool']],
  ['op.in', ['bool']],
  ['op.not', ['bool']],
  ['op.and-or', ['bool']],
  ['test', ['bool']],
  ['op.list-concat', ['strs', 'ints', 'list', 'tuple']],
  ['filter.sort', ['strs', 'ints', 'recs']],
  ['filter.unique', ['strs', 'ints', 'recs']],
  ['filter.map', ['strs', 'ints', 'str']],
  ['filter.select', ['strs', 'ints']],
  ['filter.list', ['strs', 'list']],
  ['range', ['ints']],
  ['filter.items', ['pairs']],
  ['filter.dictsort', ['pairs']],
  [
    'literal',
    ['str', 'int', 'float', 'bool', 'none', 'strs', 'ints', 'list', 'dict', 'tuple', 'pairs'],
  ],
  ['beyond', ['str']],
];

/** StrictUndefined has many positions to cover, so templates lean on it three times as often. */
const FOCUS = [
  ...STATEMENTS.map((s) => s.family),
  ...EXPR_FOCUS.map(([family]) => family),
  'undefined',
  'undefined',
];

/** Every construct issue 12 lists, by the name the generator gives it. */
export const LISTED_CONSTRUCTS = [
  ...['name', 'if', 'for', 'filter', 'attr', 'item', 'compare', 'arith', 'concat'].map(
    (position) => `undefined.${position}`,
  ),
  ...['undefined.test-defined', 'undefined.default'],
  ...['repeat-str', 'repeat-list', 'concat', 'list-concat', 'percent-format'].map((o) => `op.${o}`),
  ...['div', 'floordiv', 'pow', 'mod', 'in', 'tilde', 'compare-chain'].map((o) => `op.${o}`),
  ...['literal.tuple', 'literal.list', 'literal.int', 'literal.float'],
  ...['index', 'index.negative', 'slice', 'slice.step', 'stmt.for-unpack'],
  ...['loop.index', 'loop.cycle', 'namespace', 'stmt.set', 'stmt.set-block'],
  ...['set.scope-for', 'set.scope-if', 'raw', 'comment'],
  ...['macro', 'macro.defaults', 'macro.kwargs', 'macro.caller', 'macro.caller-args'],
  ...['minus', 'plus', 'lstrip', 'trim-newline', 'tab', 'blank-line'].map((w) => `ws.${w}`),
  ...['none', 'bool', 'strs', 'dict', 'tuple', 'float'].map((ty) => `print.${ty}`),
  ...[
    ...['default', 'join', 'upper', 'lower', 'replace', 'trim', 'length', 'first', 'last'],
    ...['sort', 'unique', 'map', 'select', 'reject', 'items', 'dictsort', 'round', 'int'],
    ...['float', 'string', 'list', 'tojson', 'indent', 'truncate', 'wordwrap', 'shquote'],
  ].map((filter) => `filter.${filter}`),
];

// ---------------------------------------------------------------- constructs seen in the text

const TEXT_CONSTRUCTS: readonly [string, RegExp][] = [
  ['ws.minus', /\{[%{#]-|-[%}#]\}/],
  ['ws.plus', /\{[%{#]\+|\+[%#]\}/],
  ['ws.lstrip', /(?:^|\n)[ \t]+\{[%#]/],
  ['ws.tab', /\t[ \t]*\{[%#]/],
  ['ws.trim-newline', /[%#]\}\n/],
  ['ws.text-after-tag', /%\}[^\n{]/],
  ['ws.blank-line', /\n[ \t]*\n/],
  ['ws.trailing-newline', /\n$/],
];

export function constructsIn(tree: Node): string[] {
  const found = constructsOf(tree);
  const source = render(tree);
  for (const [name, pattern] of TEXT_CONSTRUCTS) if (pattern.test(source)) found.add(name);
  return [...found].sort();
}

// ---------------------------------------------------------------- templates

function generateOne(rng: Random, index: number): GeneratedCase {
  const variables = randomVariables(rng);
  const ctx: Ctx = {
    rng,
    scope: variables.entries.flatMap(([name, value]) =>
      pathsInto(name, name, value, name === 'cfg' || name === 'settings' ? 3 : 2),
    ),
    inLoop: false,
    failure: 0,
    focus: rng.pick(FOCUS),
    taken: new Set(variables.entries.map(([name]) => name)),
  };
  ctx.failure = ctx.focus === 'undefined' ? 0.3 : rng.chance(0.15) ? 0.08 : 0.005;
  const items = block(ctx, 2, 1, 4).parts as Node[];
  const focused = EXPR_FOCUS.find(([family]) => family === ctx.focus);
  if (focused) {
    for (let i = ctx.rng.int(1, 2); i > 0; i--) {
      items.splice(
        ctx.rng.int(0, items.length),
        0,
        layout(ctx),
        print(ctx, ctx.rng.pick(focused[1]), ctx.rng.int(1, 2)),
      );
    }
  }
  if (rng.chance(0.3)) items.unshift(shellText(ctx));
  const tree = rng.chance(0.25) ? spacedFilters(body(items)) : body(items);
  return {
    index,
    focus: ctx.focus,
    tree,
    variables,
    source: render(tree),
    constructs: constructsIn(tree),
  };
}

/** The same template written `x | upper` instead of `x|upper`, as many users do. */
function spacedFilters(node: Node): Node {
  if (node.kind === 'text' || node.constructs.some((c) => c.startsWith('literal.string')))
    return node;
  const parts = node.parts.map((part) =>
    typeof part !== 'string'
      ? spacedFilters(part)
      : node.kind === 'expr'
        ? part.replace(/\|/g, ' | ')
        : part,
  );
  return { ...node, parts };
}

/** `count` templates with their variables; the same seed gives the same templates. */
export function generateCases(seed: number, count: number): GeneratedCase[] {
  const root = new Random(seed);
  return Array.from({ length: count }, (_, index) => generateOne(root.fork(), index));
}
