/**
 * Typed random expressions: `gen(ctx, 'str')` gives an expression that Jinja2 evaluates to a
 * string (mostly: a share are deliberate failures, see template-gen-failures.ts, and some
 * combinations fail on their own). Each producer names the construct it exercises.
 */
import { failing, missing, missingName } from './template-gen-failures.js';
import {
  boolLit,
  dictLit,
  floatLit,
  intLit,
  listLit,
  literalOf,
  noneLit,
  strLit,
  tupleLit,
} from './template-gen-literals.js';
import { inScope, type Ctx, type Ty } from './template-gen-scope.js';
import { atom, atomic, operand, x, type Node, type Piece } from './template-gen-tree.js';
import { PyDict, type Value } from './template-gen-values.js';
import { randomFloat, randomInt, randomString, WORDS } from './template-gen-vars.js';

type Make = (ctx: Ctx, depth: number) => Node | undefined;

interface Producer {
  family: string;
  weight: number;
  make: Make;
}

const p = (family: string, weight: number, make: Make): Producer => ({ family, weight, make });

/** An operand of type `ty`: parenthesised unless it is a name, literal, call or lookup. */
const sub = (ctx: Ctx, ty: Ty, depth: number): Node => operand(gen(ctx, ty, depth));

/** `value|filter…`, labelled with the filter. */
const filtered = (filter: string, value: Node, ...rest: Piece[]): Node =>
  x(`filter.${filter}`, value, `|${filter}`, ...rest);

/** One of several filters that take the same arguments, labelled with the one picked. */
function either(ctx: Ctx, filters: string[], value: Node, ...rest: Piece[]): Node {
  return filtered(ctx.rng.pick(filters), value, ...rest);
}

function smallInt(ctx: Ctx): Node {
  if (ctx.inLoop && ctx.rng.chance(0.2)) {
    return atom(ctx.rng.pick(['loop.index', 'loop.index0']), 'loop.index');
  }
  return atom(String(ctx.rng.int(0, 4)), 'literal.int');
}

function nonZero(ctx: Ctx): Node {
  return atom(ctx.rng.pick(['2', '3', '-2', '7', '4', '-5', '2.5', '10']), 'literal.int');
}

const BOUNDS = ['1:', ':2', '::-1', '1:-1', '::2', '-2:', '1:5:2', ':-1', '5:1:-1', '-1:0:-1', ':'];

function slice(ctx: Ctx, value: Node): Node {
  const bounds = ctx.rng.pick(BOUNDS);
  const construct = bounds.split(':').length === 3 ? 'slice.step' : 'slice';
  return atomic(x(construct, value, `[${bounds}]`));
}

// ---------------------------------------------------------------- producers by type

/** For every type: a value in scope, a default for a missing name, `x if c else y`. */
function common(ty: Ty): Producer[] {
  return [
    p('atom', 6, (ctx) => inScope(ctx, ty)?.node),
    p('undefined', 0.6, (ctx, d) => {
      const name = ctx.rng.pick(['default', 'd']);
      return x('undefined.default', missing(ctx), `|${name}(`, gen(ctx, ty, d), ')');
    }),
    p('undefined', 0.3, (ctx, d) => {
      const dict = inScope(ctx, 'dict', 'rec');
      const key = `.${missingName(ctx)}|default(`;
      return dict && x('undefined.default-attr', dict.node, key, gen(ctx, ty, d), ')');
    }),
    p('op.ternary', 0.5, (ctx, d) =>
      x('op.ternary', sub(ctx, ty, d), ' if ', sub(ctx, 'bool', d), ' else ', sub(ctx, ty, d)),
    ),
  ];
}

/** Backslashes as users type them: Python's unicode-escape keeps unknown escapes as written. */
const BACKSLASHES = [
  ...["'C:\\path\\to'", "'\\d+\\.\\d+'", "'a\\101b'", "'\\x41\\u00e9'", "'\\N{BULLET}'"],
  ...["'tab\\there'", "'end\\\\'", '"q\\"q"', "'\\'\\''", "'\\0'", "'\\a\\b\\f\\v'"],
];

/** Values string filters take too, as their `str()`. */
const NOT_STRINGS = ['int', 'float', 'bool', 'none', 'strs', 'dict', 'tuple'] as const;

const TRUNCATE_ARGS = ['{n}', '{n}, true', "{n}, false, '…'", "{n}, end='>'", '{n}, leeway=0'];
const WORDWRAP_ARGS = ['{n}', '{n}, false', "{n}, wrapstring=' \\\\\\n'", "{n}, true, '|'"];
const INDENT_ARGS = ['', '(2)', '(2, true)', "(width='> ')", '(4, blank=true)', '(first=true)'];

/** Arguments with `{n}` replaced by a width. */
function sized(ctx: Ctx, templates: string[], min: number, max: number): string {
  return ctx.rng.pick(templates).replace('{n}', String(ctx.rng.int(min, max)));
}

const STR: Producer[] = [
  ...common('str'),
  p('literal', 3, (ctx) => strLit(ctx.rng, randomString(ctx.rng))),
  p('literal', 0.4, (ctx) => atom(ctx.rng.pick(BACKSLASHES), 'literal.string-backslash')),
  p('op.concat', 1, (ctx, d) => x('op.concat', sub(ctx, 'str', d), ' + ', sub(ctx, 'str', d))),
  p('op.tilde', 1.5, (ctx, d) => x('op.tilde', sub(ctx, 'any', d), ' ~ ', sub(ctx, 'any', d))),
  p('op.precedence', 0.8, (ctx) => {
    // `~` binds looser than `+` and `*`, a filter tighter than both: 'a' ~ 1 + 2 * 3|string.
    const [int, str] = [() => operand(gen(ctx, 'int', 0)), () => operand(gen(ctx, 'str', 0))];
    const op = ` ${ctx.rng.pick(['+', '*', '-', '//'])} `;
    const filter = ctx.rng.pick(['', '', '|string', '|upper', '|length']);
    return ctx.rng.chance(0.5)
      ? x('op.precedence', int(), op, int(), ' ~ ', str(), filter)
      : x('op.precedence', str(), ' ~ ', int(), op, int(), filter);
  }),
  p('op.repeat', 1, (ctx, d) =>
    ctx.rng.chance(0.7)
      ? x('op.repeat-str', sub(ctx, 'str', d), ' * ', smallInt(ctx))
      : x('op.repeat-str', smallInt(ctx), ' * ', sub(ctx, 'str', d)),
  ),
  p('op.percent', 1.5, (ctx, d) => percentFormat(ctx, d)),
  p('filter.case', 1.5, (ctx, d) => either(ctx, ['upper', 'lower'], sub(ctx, 'str', d))),
  p('filter.on-other', 0.5, (ctx, d) => {
    const filter = ctx.rng.pick(['upper', 'trim', "replace('1', 'x')", 'truncate(5)', 'indent']);
    const name = filter.split('(')[0]!;
    return x(`filter.${name}`, sub(ctx, ctx.rng.pick(NOT_STRINGS), d), `|${filter}`);
  }),
  p('filter.trim', 1, (ctx, d) => {
    const chars = ctx.rng.chance(0.3)
      ? ['(', strLit(ctx.rng, ctx.rng.pick(['x-', ' a'])), ')']
      : [];
    return filtered('trim', sub(ctx, 'str', d), ...chars);
  }),
  p('filter.replace', 1, (ctx, d) => {
    const old = strLit(ctx.rng, ctx.rng.pick(['a', ' ', '', "'", '\n', 'o', '$']));
    const by = strLit(ctx.rng, ctx.rng.pick(['_', '', 'X', "\\'"]));
    const count = ctx.rng.chance(0.3) ? `, ${ctx.rng.int(0, 2)}` : '';
    return filtered('replace', sub(ctx, 'str', d), '(', old, ', ', by, `${count})`);
  }),
  p('filter.truncate', 1, (ctx, d) =>
    filtered('truncate', sub(ctx, 'str', d), `(${sized(ctx, TRUNCATE_ARGS, 3, 30)})`),
  ),
  p('filter.wordwrap', 1, (ctx, d) =>
    filtered('wordwrap', sub(ctx, 'str', d), `(${sized(ctx, WORDWRAP_ARGS, 2, 30)})`),
  ),
  p('filter.indent', 1, (ctx, d) =>
    filtered('indent', sub(ctx, 'str', d), ctx.rng.pick(INDENT_ARGS)),
  ),
  p('filter.string', 0.8, (ctx, d) => filtered('string', sub(ctx, 'any', d))),
  p('filter.tojson', 0.8, (ctx, d) =>
    filtered('tojson', sub(ctx, 'any', d), ctx.rng.chance(0.2) ? '(2)' : ''),
  ),
  p('filter.shquote', 0.8, (ctx, d) => {
    const ty = ctx.rng.pick(['str', 'str', 'int', 'float', 'bool', 'none'] as const);
    return filtered('shquote', sub(ctx, ty, d));
  }),
  p('filter.join', 1.5, (ctx, d) => {
    const ty = ctx.rng.pick(['strs', 'ints', 'list', 'tuple'] as const);
    const sep = strLit(ctx.rng, ctx.rng.pick([', ', ' ', '\n', '-', '']));
    return filtered('join', sub(ctx, ty, d), ...(ctx.rng.chance(0.8) ? ['(', sep, ')'] : []));
  }),
  p('filter.join', 0.3, (ctx, d) =>
    filtered('join', sub(ctx, 'recs', d), "(', ', attribute='name')"),
  ),
  p('filter.first', 0.8, (ctx, d) =>
    either(ctx, ['first', 'last'], sub(ctx, ctx.rng.pick(['strs', 'str'] as const), d)),
  ),
  p('filter.default', 1, (ctx, d) => {
    const value = sub(ctx, ctx.rng.pick(['str', 'none', 'str'] as const), d);
    const args = ctx.rng.chance(0.4) ? "('fallback', true)" : "('fallback')";
    return x('filter.default', value, `|${ctx.rng.pick(['default', 'd'])}${args}`);
  }),
  p('slice', 1, (ctx, d) => {
    const s = sub(ctx, 'str', d);
    if (ctx.rng.chance(0.6)) return slice(ctx, s);
    return atomic(x('index', s, `[${ctx.rng.pick(['0', '1', '-1', '-2'])}]`));
  }),
  p('loop', 2, (ctx) => {
    const values = ctx.rng.pick(["'odd', 'even'", "'a', 'b', 'c'", '1, 2.0, none']);
    return ctx.inLoop ? atom(`loop.cycle(${values})`, 'loop.cycle') : undefined;
  }),
  p('filter.map', 0.3, (ctx, d) =>
    filtered('dictsort', sub(ctx, 'dict', d), "|map('join', '=')|join(' ')"),
  ),
  p('beyond', 0.6, (ctx, d) => beyond(ctx, d)),
];

const INT_STRINGS = ['42', ' 7 ', '-3', '3.5', '1e3', '0x1F', '1_000', 'ff', 'x', '', '0b101'];

const INT: Producer[] = [
  ...common('int'),
  p('literal', 3, (ctx) => intLit(ctx.rng)),
  p('op.arith', 1.5, (ctx, d) =>
    x('op.arith', sub(ctx, 'int', d), ` ${ctx.rng.pick(['+', '-', '*'])} `, sub(ctx, 'int', d)),
  ),
  p('op.precedence', 1, (ctx) => {
    const term = () => operand(gen(ctx, 'int', 0));
    const op = () => ` ${ctx.rng.pick(['+', '-', '*', '//', '%'])} `;
    const sign = () => ctx.rng.pick(['', '', '-', '- -']);
    const power = ctx.rng.pick(['', '', ' ** 2']);
    return x('op.precedence', sign(), term(), op(), term(), power, op(), sign(), term());
  }),
  p('op.floordiv', 0.8, (ctx, d) => x('op.floordiv', sub(ctx, 'int', d), ' // ', nonZero(ctx))),
  p('op.mod', 0.8, (ctx, d) => x('op.mod', sub(ctx, 'int', d), ' % ', nonZero(ctx))),
  p('op.pow', 0.5, (ctx, d) =>
    x('op.pow', sub(ctx, 'int', d), ` ** ${ctx.rng.pick(['0', '2', '3', '10', '20', '64'])}`),
  ),
  p('op.neg', 0.4, (ctx, d) => x('op.neg', '-', sub(ctx, 'int', d))),
  p('op.arith', 0.4, (ctx, d) => {
    const op = ` ${ctx.rng.pick(['+', '-', '*', '//', '%'])} `;
    return x('op.bool-arith', sub(ctx, 'bool', d), op, ctx.rng.pick(['1', 'true', '3']));
  }),
  p('filter.length', 1.5, (ctx, d) => {
    const ty = ctx.rng.pick(['str', 'strs', 'ints', 'dict', 'recs', 'tuple'] as const);
    return x('filter.length', sub(ctx, ty, d), `|${ctx.rng.pick(['length', 'length', 'count'])}`);
  }),
  p('filter.int', 1, (ctx, d) => {
    const value = ctx.rng.chance(0.5)
      ? sub(ctx, ctx.rng.pick(['float', 'str', 'bool'] as const), d)
      : strLit(ctx.rng, ctx.rng.pick(INT_STRINGS));
    return filtered('int', value, ctx.rng.pick(['', '', '(-1)', '(base=16)', '(0, 16)', '(0, 0)']));
  }),
  p('filter.round', 0.4, (ctx, d) => filtered('round', sub(ctx, 'float', d), '|int')),
  p('filter.first', 0.6, (ctx, d) => either(ctx, ['first', 'last'], sub(ctx, 'ints', d))),
  p('loop', 1.5, (ctx) => {
    const attribute = ctx.rng.pick(['index', 'index0', 'revindex', 'revindex0', 'length']);
    return ctx.inLoop ? atom(`loop.${attribute}`, 'loop.index') : undefined;
  }),
  p('index', 0.5, (ctx, d) =>
    atomic(x('index', sub(ctx, 'ints', d), `[${ctx.rng.pick(['0', '-1', '1'])}]`)),
  ),
];

const FLOAT_STRINGS = ['2.5', ' 1e3 ', 'nan', 'inf', '-0', 'x', '1_0.5', '3'];
const ROUND_ARGS = ['', '(1)', '(2)', "(1, 'floor')", "(0, 'ceil')", "(2, 'common')", '(-1)'];

const FLOAT: Producer[] = [
  ...common('float'),
  p('literal', 3, (ctx) => floatLit(ctx.rng)),
  p('op.div', 1.5, (ctx, d) =>
    x('op.div', sub(ctx, ctx.rng.pick(['int', 'float'] as const), d), ' / ', nonZero(ctx)),
  ),
  p('op.arith', 1, (ctx, d) => {
    const op = ` ${ctx.rng.pick(['+', '-', '*'])} `;
    return x(
      'op.arith',
      sub(ctx, 'float', d),
      op,
      sub(ctx, ctx.rng.pick(['int', 'float'] as const), d),
    );
  }),
  p('op.floordiv', 0.3, (ctx, d) => {
    const by = ` ${ctx.rng.pick(['//', '%'])} ${ctx.rng.pick(['2', '0.5', '-3'])}`;
    return x('op.floordiv', sub(ctx, 'float', d), by);
  }),
  p('op.pow', 0.3, (ctx, d) => {
    const exponent = ` ** ${ctx.rng.pick(['-1', '0.5', '2.0', '-2'])}`;
    return x('op.pow', sub(ctx, ctx.rng.pick(['int', 'float'] as const), d), exponent);
  }),
  p('filter.float', 1, (ctx, d) => {
    const value = ctx.rng.chance(0.5)
      ? sub(ctx, ctx.rng.pick(['int', 'str'] as const), d)
      : strLit(ctx.rng, ctx.rng.pick(FLOAT_STRINGS));
    return filtered('float', value, ctx.rng.chance(0.2) ? '(-1.5)' : '');
  }),
  p('filter.round', 1.5, (ctx, d) => {
    const value = sub(ctx, ctx.rng.pick(['float', 'float', 'int'] as const), d);
    return filtered('round', value, ctx.rng.pick(ROUND_ARGS));
  }),
];

/** Operands Python compares across types: `1 == 1.0 == true`, `(1, 2) != [1, 2]`. */
const MIXED_OPERANDS = ['1', '1.0', 'true', 'false', '0', 'none', "''", '[1, 2]', '(1, 2)', "'1'"];

const TESTS = ['defined', 'undefined', 'none', 'string', 'number', 'not none', 'sequence'];
const MORE_TESTS = ['mapping', 'integer', 'float', 'boolean', 'true', 'false'];
const INT_TESTS = ['odd', 'even', 'divisibleby 3', 'divisibleby(2)', 'eq 1', 'in [1, 2]'];

const BOOL: Producer[] = [
  ...common('bool'),
  p('literal', 1.5, (ctx) => boolLit(ctx.rng)),
  p('op.compare', 2, (ctx, d) => {
    const ty = ctx.rng.pick(['int', 'float', 'str', 'int', 'strs', 'none', 'bool'] as const);
    const ordered = ty === 'int' || ty === 'float' || ty === 'str';
    const op = ` ${ctx.rng.pick(ordered ? ['==', '!=', '<', '<=', '>', '>='] : ['==', '!='])} `;
    return x('op.compare', sub(ctx, ty, d), op, sub(ctx, ty === 'float' ? 'int' : ty, d));
  }),
  p('op.compare', 0.6, (ctx) => {
    const [a, b] = [ctx.rng.pick(MIXED_OPERANDS), ctx.rng.pick(MIXED_OPERANDS)];
    return x('op.compare-mixed', `${a} ${ctx.rng.pick(['==', '!=', '<', '<=', 'in'])} ${b}`);
  }),
  p('op.compare-chain', 0.8, (ctx, d) => {
    const op = () => ` ${ctx.rng.pick(['<', '<=', '==', '!=', '>'])} `;
    const int = () => sub(ctx, 'int', d);
    return x('op.compare-chain', int(), op(), int(), op(), int());
  }),
  p('op.in', 1.5, (ctx, d) => {
    if (ctx.rng.chance(0.3)) {
      const ty = ctx.rng.pick(['ints', 'tuple', 'list'] as const);
      return x('op.in', sub(ctx, 'int', d), ' in ', sub(ctx, ty, d));
    }
    const ty = ctx.rng.pick(['str', 'strs', 'dict'] as const);
    const op = ctx.rng.pick([' in ', ' not in ']);
    const negated = ctx.rng.chance(0.2) ? 'not ' : '';
    return x('op.in', negated, sub(ctx, 'str', d), op, sub(ctx, ty, d));
  }),
  p('op.not', 0.5, (ctx, d) => x('op.not', 'not ', sub(ctx, 'any', d))),
  p('op.precedence', 0.8, (ctx) => {
    const term = () => operand(gen(ctx, ctx.rng.pick(['bool', 'int', 'str'] as const), 0));
    const op = () => ` ${ctx.rng.pick(['and', 'or', '==', '!=', 'and not', 'or not'])} `;
    return x('op.precedence', ctx.rng.pick(['', 'not ']), term(), op(), term(), op(), term());
  }),
  p('op.and-or', 0.8, (ctx, d) =>
    x('op.and-or', sub(ctx, 'bool', d), ` ${ctx.rng.pick(['and', 'or'])} `, sub(ctx, 'bool', d)),
  ),
  p('test', 1.5, (ctx, d) => {
    const test = ctx.rng.pick([...TESTS, ...MORE_TESTS]);
    return x(`test.${test.replace('not ', '')}`, sub(ctx, 'any', d), ` is ${test}`);
  }),
  p('test', 0.5, (ctx, d) => x('test.odd', sub(ctx, 'int', d), ` is ${ctx.rng.pick(INT_TESTS)}`)),
  p('undefined', 1.2, (ctx) => {
    const test = ctx.rng.pick(['defined', 'undefined', 'not defined', 'none', 'string']);
    const construct = test.endsWith('undefined') ? 'test-undefined' : 'test-defined';
    return x(`undefined.${construct}`, missing(ctx), ` is ${test}`);
  }),
  p('undefined', 0.5, (ctx, d) =>
    x('undefined.short-circuit', missing(ctx), ' is defined and ', sub(ctx, 'bool', d)),
  ),
];

const NONE: Producer[] = [
  ...common('none'),
  p('literal', 2, (ctx) => noneLit(ctx.rng)),
  p('filter.default', 0.3, (ctx) => x('undefined.default', missing(ctx), '|default(none)')),
];

const STR_MAPS = ["'upper'", "'trim'", "'replace', 'a', 'o'", "'truncate', 5, true", "'string'"];
const STR_TESTS = [
  '',
  "'string'",
  "'equalto', 'a'",
  "'in', ['a', 'worker']",
  "'lower'",
  "'ne', ''",
];
const ATTRIBUTE_MAPS = ["attribute='name'", "attribute='note'", "attribute='note', default='-'"];
const SORT_ARGS = ['', '', '(reverse=true)', '(case_sensitive=true)', '(true, true)'];

const STRS: Producer[] = [
  ...common('strs'),
  p('literal', 1.5, (ctx) =>
    listLit(
      Array.from({ length: ctx.rng.int(0, 4) }, () => strLit(ctx.rng, randomString(ctx.rng))),
    ),
  ),
  p('op.list-concat', 0.6, (ctx, d) =>
    x('op.list-concat', sub(ctx, 'strs', d), ' + ', sub(ctx, 'strs', d)),
  ),
  p('op.repeat', 1.5, (ctx, d) => x('op.repeat-list', sub(ctx, 'strs', d), ' * ', smallInt(ctx))),
  p('filter.sort', 1, (ctx, d) => filtered('sort', sub(ctx, 'strs', d), ctx.rng.pick(SORT_ARGS))),
  p('filter.unique', 0.8, (ctx, d) => {
    const args = ctx.rng.pick(['', '(case_sensitive=true)']);
    return filtered('unique', sub(ctx, 'strs', d), `${args}|list`);
  }),
  p('filter.map', 1, (ctx, d) =>
    ctx.rng.chance(0.5)
      ? filtered('map', sub(ctx, 'strs', d), `(${ctx.rng.pick(STR_MAPS)})|list`)
      : filtered('map', sub(ctx, 'recs', d), `(${ctx.rng.pick(ATTRIBUTE_MAPS)})|list`),
  ),
  p('filter.select', 1, (ctx, d) =>
    either(ctx, ['select', 'reject'], sub(ctx, 'strs', d), `(${ctx.rng.pick(STR_TESTS)})|list`),
  ),
  p('filter.list', 0.6, (ctx, d) =>
    filtered('list', sub(ctx, ctx.rng.pick(['str', 'dict', 'strs'] as const), d)),
  ),
  p('filter.on-dict', 0.6, (ctx, d) => {
    const filter = ctx.rng.pick(['sort', 'list', "map('upper')|list", "select('lower')|list"]);
    return x(`filter.${filter.split(/[(|]/)[0]}`, sub(ctx, 'dict', d), `|${filter}`);
  }),
  p('slice', 0.8, (ctx, d) => slice(ctx, sub(ctx, 'strs', d))),
  p('filter.map', 0.3, (ctx, d) => {
    const by = ctx.rng.pick(['', "(by='value')"]);
    return filtered('dictsort', sub(ctx, 'dict', d), `${by}|map('first')|list`);
  }),
];

const INT_SELECTS = ["'odd'", "'even'", "'>', 2", "'divisibleby', 3", '', "'lt', 3", "'eq', 1"];

const INTS: Producer[] = [
  ...common('ints'),
  p('literal', 1.5, (ctx) =>
    listLit(Array.from({ length: ctx.rng.int(0, 4) }, () => intLit(ctx.rng))),
  ),
  p('range', 1, (ctx) => {
    const args = ctx.rng.pick(['3', '0', '1, 4', '10, 0, -3', '2, 9, 2']);
    return x('range', `range(${args})|list`);
  }),
  p('filter.sort', 0.8, (ctx, d) =>
    filtered('sort', sub(ctx, 'ints', d), ctx.rng.pick(['', '(reverse=true)'])),
  ),
  p('filter.unique', 0.5, (ctx, d) => filtered('unique', sub(ctx, 'ints', d), '|list')),
  p('filter.select', 1, (ctx, d) =>
    either(ctx, ['select', 'reject'], sub(ctx, 'ints', d), `(${ctx.rng.pick(INT_SELECTS)})|list`),
  ),
  p('filter.map', 0.6, (ctx, d) =>
    ctx.rng.chance(0.5)
      ? filtered('map', sub(ctx, 'strs', d), "('length')|list")
      : filtered('map', sub(ctx, 'recs', d), "(attribute='size')|list"),
  ),
  p('op.list-concat', 0.4, (ctx, d) =>
    x('op.list-concat', sub(ctx, 'ints', d), ' + ', sub(ctx, 'ints', d)),
  ),
  p('slice', 0.6, (ctx, d) => slice(ctx, sub(ctx, 'ints', d))),
];

const REC_SORTS = ["'size'", "'name'", "'size,name'", "'name', reverse=true"];

const RECS: Producer[] = [
  ...common('recs'),
  p('filter.sort', 1, (ctx, d) =>
    filtered('sort', sub(ctx, 'recs', d), `(attribute=${ctx.rng.pick(REC_SORTS)})`),
  ),
  p('filter.unique', 0.3, (ctx, d) =>
    filtered('unique', sub(ctx, 'recs', d), "(attribute='size')|list"),
  ),
  p('slice', 0.3, (ctx, d) => slice(ctx, sub(ctx, 'recs', d))),
];

const REC: Producer[] = [
  ...common('rec'),
  p('index', 1, (ctx, d) => atomic(x('index', sub(ctx, 'recs', d), '[0]'))),
];

const DICTSORT_ARGS = ['', '(true)', "(by='value')", '(reverse=true)', "(false, 'value', true)"];

const PAIRS: Producer[] = [
  ...common('pairs'),
  p('filter.items', 1.5, (ctx, d) => filtered('items', sub(ctx, 'dict', d), '|list')),
  p('filter.dictsort', 1.5, (ctx, d) =>
    filtered('dictsort', sub(ctx, 'dict', d), ctx.rng.pick(DICTSORT_ARGS)),
  ),
  p('literal', 0.8, (ctx) => {
    const pair = () => tupleLit([strLit(ctx.rng, ctx.rng.pick(WORDS)), intLit(ctx.rng)]);
    return listLit(Array.from({ length: ctx.rng.int(1, 3) }, pair));
  }),
];

/** Keys Python tells apart by value, not by spelling: `1`, `1.0` and `true` are one key. */
const ODD_KEYS = ['1', '1.0', 'true', 'none', '(1, 2)', "'1'", '0', 'false', "'a'"];

const DICT: Producer[] = [
  ...common('dict'),
  p('literal', 1, (ctx) => {
    const keys = ctx.rng.some(['a', 'b', 'B', 'key', '10', 'x y'], ctx.rng.int(0, 3));
    const value = () => gen(ctx, ctx.rng.pick(['str', 'int'] as const), 0);
    return dictLit(keys.map((k) => [strLit(ctx.rng, k), value()]));
  }),
  p('literal', 0.3, (ctx) => {
    const keys = Array.from({ length: ctx.rng.int(1, 4) }, () => ctx.rng.pick(ODD_KEYS));
    const value = () => gen(ctx, ctx.rng.pick(['str', 'int'] as const), 0);
    const dict = dictLit(keys.map((k) => [atom(k), value()]));
    return { ...dict, constructs: ['literal.dict-keys'] };
  }),
];

const TUPLE: Producer[] = [
  p('literal', 3, (ctx, d) => {
    const item = () => gen(ctx, ctx.rng.pick(['str', 'int', 'float', 'none'] as const), d);
    return tupleLit(Array.from({ length: ctx.rng.pick([0, 1, 2, 2, 3]) }, item));
  }),
  p('index', 1, (ctx, d) =>
    atomic(x('index', sub(ctx, 'pairs', d), `[${ctx.rng.pick(['0', '-1'])}]`)),
  ),
  p('op.list-concat', 0.4, (ctx, d) =>
    x('op.tuple-concat', sub(ctx, 'tuple', d), ' + (', intLit(ctx.rng), ',)'),
  ),
  p('op.repeat', 0.3, (ctx, d) => x('op.repeat-tuple', sub(ctx, 'tuple', d), ' * ', smallInt(ctx))),
  p('slice', 0.4, (ctx, d) => slice(ctx, sub(ctx, 'tuple', d))),
];

const LIST: Producer[] = [
  ...common('list'),
  p('literal', 2, (ctx) => {
    const values = (): Value[] => [
      ...[randomInt(ctx.rng), randomFloat(ctx.rng), null, true, 'a'],
      ...[[1, 'b'], new PyDict([['k', 'v']])],
    ];
    const item = () => literalOf(ctx.rng, ctx.rng.pick(values()));
    return listLit(Array.from({ length: ctx.rng.int(0, 4) }, item));
  }),
  p('op.list-concat', 0.5, (ctx, d) =>
    x('op.list-concat', sub(ctx, 'strs', d), ' + ', sub(ctx, 'ints', d)),
  ),
  p('filter.list', 0.5, (ctx, d) => filtered('list', sub(ctx, 'tuple', d))),
];

const PRODUCERS: Record<Exclude<Ty, 'any'>, Producer[]> = {
  str: STR,
  int: INT,
  float: FLOAT,
  bool: BOOL,
  none: NONE,
  strs: STRS,
  ints: INTS,
  recs: RECS,
  rec: REC,
  pairs: PAIRS,
  dict: DICT,
  tuple: TUPLE,
  list: LIST,
};

/** Any type, weighted towards what templates print most. */
export function anyTy(ctx: Ctx): Exclude<Ty, 'any'> {
  return ctx.rng.weighted<Exclude<Ty, 'any'>>([
    [5, 'str'],
    [3, 'int'],
    [2, 'float'],
    [1.5, 'bool'],
    [1, 'none'],
    [1.5, 'strs'],
    [1, 'ints'],
    [0.5, 'recs'],
    [0.5, 'rec'],
    [1, 'pairs'],
    [1, 'dict'],
    [1, 'tuple'],
    [1, 'list'],
  ]);
}

function choose(ctx: Ctx, producers: readonly Producer[]): Producer {
  return ctx.rng.weighted(
    producers.map((pr) => [pr.weight * (pr.family === ctx.focus ? 12 : 1), pr] as const),
  );
}

/**
 * An expression of type `ty`, `depth` levels of operators deep at most. A `ctx.failure`
 * share are failures instead.
 */
export function gen(ctx: Ctx, ty: Ty, depth = 2): Node {
  const want = ty === 'any' ? anyTy(ctx) : ty;
  if (ctx.rng.chance(ctx.failure)) return failing(ctx);
  const producers = PRODUCERS[want];
  const usable =
    depth > 0 ? producers : producers.filter((pr) => ['atom', 'literal'].includes(pr.family));
  for (let attempt = 0; attempt < 6; attempt++) {
    const node = choose(ctx, usable).make(ctx, depth - 1);
    if (node) return node;
  }
  return fallback(ctx, want);
}

/** A literal of the type, when no producer applies (nothing of the type in scope). */
function fallback(ctx: Ctx, ty: Exclude<Ty, 'any'>): Node {
  const { rng } = ctx;
  const word = () => strLit(rng, rng.pick(WORDS));
  const record = () =>
    literalOf(
      rng,
      new PyDict([
        ['name', rng.pick(WORDS)],
        ['size', rng.int(0, 9)],
        ['tags', []],
      ]),
    );
  switch (ty) {
    case 'str':
      return word();
    case 'int':
      return intLit(rng);
    case 'float':
      return floatLit(rng);
    case 'bool':
      return boolLit(rng);
    case 'none':
      return noneLit(rng);
    case 'rec':
      return record();
    case 'recs':
      return listLit([record(), record()]);
    case 'dict':
      return dictLit([[strLit(rng, 'a'), intLit(rng)]]);
    case 'tuple':
      return tupleLit([intLit(rng), word()]);
    case 'pairs':
      return listLit([tupleLit([word(), intLit(rng)])]);
    case 'ints':
      return listLit([intLit(rng), intLit(rng)]);
    default:
      return listLit([word(), word()]);
  }
}

// ---------------------------------------------------------------- `%` and beyond the list

/** The formats shell templates use with `%`, with arguments of the types they expect. */
const FORMATS: [string, Ty[]][] = [
  ['%s', ['any']],
  ['%s-%s', ['any', 'any']],
  ['%d', ['int']],
  ['%05d', ['int']],
  ['%+d', ['int']],
  ['%d', ['float']],
  ['%-6s|', ['str']],
  ['%6.2f', ['float']],
  ['%.3e', ['float']],
  ['%g', ['float']],
  ['%x %o', ['int', 'int']],
  ['%r', ['str']],
  ['%.2s', ['str']],
  ['%5.1f%%', ['float']],
  ['%s=%r', ['str', 'any']],
  ['%i items', ['int']],
  ['%.0f|%.1f', ['float', 'float']],
  ['%#x %#o % d', ['int', 'int', 'int']],
  ['%10.4e|%-8g|', ['float', 'float']],
  ['%5s|%-5s|', ['str', 'str']],
  ['%r', ['any']],
];

/** What `%s` takes without surprise (a tuple would be the argument list itself). */
const PRINTABLE = ['str', 'int', 'float', 'none', 'strs', 'bool'] as const;

function percentFormat(ctx: Ctx, depth: number): Node {
  const { rng } = ctx;
  const construct = 'op.percent-format';
  if (rng.chance(0.05)) return x(construct, strLit(rng, '%c'), ` % ${rng.int(65, 90)}`);
  if (rng.chance(0.1)) {
    const named = dictLit([
      [strLit(rng, 'a'), gen(ctx, 'str', depth)],
      [strLit(rng, 'b'), gen(ctx, 'int', depth)],
    ]);
    return x(construct, strLit(rng, '%(a)s:%(b)d'), ' % ', named);
  }
  const [format, tys] = rng.pick(FORMATS);
  const args = tys.map((ty) => gen(ctx, ty === 'any' ? rng.pick(PRINTABLE) : ty, depth));
  const single = args.length === 1 && rng.chance(0.7);
  return x(construct, strLit(rng, format), ' % ', single ? operand(args[0]!) : tupleLit(args));
}

const BEYOND_STR_FILTERS = ['center(12)', 'title', 'capitalize', 'wordcount', 'urlencode'];
const MORE_BEYOND_FILTERS = ['reverse', 'striptags', 'e', 'format(1)', 'safe'];
const STR_METHODS = ['upper()', 'split()', "split(',')", "startswith('a')", "replace('a', 'b')"];
const MORE_METHODS = ['strip()', "ljust(8, '.')", "format('x')", "endswith('\\n')"];
const INT_FILTERS = ['sum', 'max', 'min', 'batch(2)|list', 'slice(2)|list', 'reverse|list'];
const DICT_METHODS = ['items()', 'keys()', "get('a', 1)", 'values()'];
const GLOBALS = ['dict(a=1)', 'cycler(1, 2).next()', 'joiner()()', 'range(3)'];
const PAIR_FILTERS = ['groupby(0)|list', 'map("last")|list', 'sum(attribute=1)'];

/** Constructs outside the supported list: each must render identically or be refused. */
function beyond(ctx: Ctx, depth: number): Node {
  const { rng } = ctx;
  const s = () => sub(ctx, 'str', depth);
  return rng.pick([
    () => x('beyond.filter', s(), `|${rng.pick([...BEYOND_STR_FILTERS, ...MORE_BEYOND_FILTERS])}`),
    () => x('beyond.method', s(), `.${rng.pick([...STR_METHODS, ...MORE_METHODS])}`),
    () => x('beyond.filter', sub(ctx, 'ints', depth), `|${rng.pick(INT_FILTERS)}`),
    () =>
      x(
        'beyond.filter',
        sub(ctx, 'recs', depth),
        "|selectattr('size', 'gt', 2)|map(attribute='name')|join(',')",
      ),
    () => x('beyond.method', sub(ctx, 'dict', depth), `.${rng.pick(DICT_METHODS)}|list`),
    () => x('beyond.global', rng.pick(GLOBALS)),
    () => x('beyond.filter', sub(ctx, 'pairs', depth), `|${rng.pick(PAIR_FILTERS)}`),
  ])();
}
