/**
 * The statements of generated templates: shell text, `{{ }}`, if/elif/else, for (with
 * unpacking, filters, else and loop.*), set in its three forms and its scoping, namespace,
 * macros with defaults, keyword arguments and caller, raw, comments, and deliberate failures,
 * each with whitespace control and the indentation lstrip_blocks and trim_blocks act on.
 */
import { anyTy, gen } from './template-gen-expr.js';
import { missingName } from './template-gen-failures.js';
import { intLit, listLit, literalOf, strLit, tupleLit } from './template-gen-literals.js';
import { elementTy, inScope, pathsInto, type Ctx, type Ty } from './template-gen-scope.js';
import {
  atom,
  body,
  expr,
  operand,
  optional,
  render,
  stmt,
  text,
  type Node,
  type Piece,
} from './template-gen-tree.js';
import type { Value } from './template-gen-values.js';
import { randomRecord, WORDS } from './template-gen-vars.js';

// ---------------------------------------------------------------- tags and layout

function sign(ctx: Ctx, plus: boolean): string {
  return ctx.rng.weighted([
    [80, ''],
    [15, '-'],
    [plus ? 5 : 0, '+'],
  ]);
}

/** `{%` with a whitespace-control sign or none, and a space. */
const open = (ctx: Ctx): string => `{%${sign(ctx, true)}${ctx.rng.chance(0.97) ? ' ' : ''}`;
/** A space (or none, as compact templates write `{%if x%}`), a sign or none, and `%}`. */
const close = (ctx: Ctx): string => `${ctx.rng.chance(0.97) ? ' ' : ''}${sign(ctx, true)}%}`;

/** Whitespace between statements: what lstrip_blocks and trim_blocks act on. */
export function layout(ctx: Ctx): Node {
  return text(
    ctx.rng.weighted([
      [6, '\n'],
      [3, '\n  '],
      [1, '\n\t'],
      [1, '\n\n    '],
      [1, ' '],
      [1, '\n  \n\t '],
      [0.5, '   \n'],
      // Whitespace to Python's `\s` but not to every renderer: lstrip_blocks and `-` strip it.
      [0.5, ctx.rng.pick(['\n\u00a0 ', '\n\f', '\n\u3000', '\n\v ', '\u2003'])],
    ]),
  );
}

const SHELL_LINES = [
  '#!/bin/bash',
  'set -euo pipefail',
  'echo "starting"',
  'export PATH=$PATH:/opt/bin',
  "awk '{print $1}' /etc/hosts",
  'if [ -n "${HOME}" ]; then',
  'fi',
  'cat <<EOF',
  'EOF',
  'apt-get install -y',
  '  indented line',
  '\tTabbed line',
  '# a shell comment',
  'x = }} and %} stray',
  'a % b # c',
  'done',
  'echo "héllo wörld ✓"',
  'trailing spaces   ',
  '\u00a0nbsp-indented line',
  '',
];

export function shellText(ctx: Ctx): Node {
  const { rng } = ctx;
  if (rng.chance(0.004)) return text('echo ${#ARR[@]}\n', 'text.bash-length');
  const lines = rng.some(SHELL_LINES, rng.int(1, 2));
  const end = rng.chance(0.04) ? '\r\n' : '\n';
  return text(lines.join(end) + end, ...(end === '\r\n' ? ['ws.crlf'] : []));
}

// ---------------------------------------------------------------- scope

function child(ctx: Ctx, patch: Partial<Ctx> = {}): Ctx {
  return { ...ctx, scope: [...ctx.scope], ...patch };
}

const FRESH = ['x', 'y', 'result', 'line', 'total', 'msg', 'acc', 'sep', 'prefix', 'item', 'n'];

/** A name not in use, or now and then a variable's name, which the new value shadows. */
function freshName(ctx: Ctx, shadow = 0.1): string {
  const variables = ctx.scope.filter((e) => e.node.parts[0] === e.root).map((e) => e.root);
  if (variables.length > 0 && ctx.rng.chance(shadow)) return ctx.rng.pick(variables);
  for (let i = 0; ; i++) {
    const name = i < 5 ? ctx.rng.pick(FRESH) : `${ctx.rng.pick(FRESH)}${i}`;
    if (!ctx.taken.has(name)) {
      ctx.taken.add(name);
      return name;
    }
  }
}

/** `name` now holds a value of type `ty` (and shape `sample`, when known). */
function bind(ctx: Ctx, name: string, ty: Ty, sample?: Value): void {
  ctx.scope = ctx.scope.filter((e) => e.root !== name);
  if (sample !== undefined) ctx.scope.push(...pathsInto(name, name, sample, 1));
  else ctx.scope.push({ node: atom(name), ty, root: name });
}

// ---------------------------------------------------------------- statements

type StmtMake = (ctx: Ctx, depth: number) => Node[];

export function print(ctx: Ctx, ty: Ty = anyTy(ctx), depth = ctx.rng.int(0, 2)): Node {
  const value = gen(ctx, ty, depth);
  // Long expressions get lines of their own: `{{\n  a ~ b\n}}`.
  const space = ctx.rng.weighted([
    [90, ' '],
    [7, ''],
    [3, '\n  '],
  ]);
  const o = ctx.rng.weighted([
    [85, '{{'],
    [12, '{{-'],
    [3, '{{+'],
  ]);
  const c = ctx.rng.chance(0.12) ? '-}}' : '}}';
  return stmt(`print.${ty}`)`${o}${space}${value}${space}${c}`;
}

/**
 * An expression for `{% if %}` or `{% for … in %}`, where Jinja2 takes no bare `a if b else c`
 * (the `if` would start the test or the loop filter).
 */
function tested(node: Node): Node {
  return node.constructs.some((c) => c.endsWith('.ternary')) ? operand(node) : node;
}

export function block(ctx: Ctx, depth: number, min = 1, max = 2): Node {
  const items: Node[] = [];
  const count = ctx.rng.int(min, max);
  for (let i = 0; i < count; i++) {
    if (ctx.rng.chance(0.5)) items.push(layout(ctx));
    items.push(...statement(ctx, depth));
  }
  if (ctx.rng.chance(0.6)) items.push(layout(ctx));
  return body(items);
}

const ifStmt: StmtMake = (ctx, depth) => {
  const truthy = (node: Node): Node => ({
    ...node,
    constructs: [...node.constructs, 'if.truthiness'],
  });
  const cond = (): Node =>
    tested(ctx.rng.chance(0.7) ? gen(ctx, 'bool', ctx.rng.int(0, 2)) : truthy(gen(ctx, 'any', 1)));
  const parts: Piece[] = [open(ctx), 'if ', cond(), close(ctx), block(child(ctx), depth - 1)];
  const constructs = ['stmt.if'];
  const elifs = ctx.rng.pick([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
  for (let i = 0; i < elifs; i++) {
    const branch = block(child(ctx), depth - 1);
    parts.push(optional(stmt('stmt.elif')`${open(ctx)}elif ${cond()}${close(ctx)}${branch}`));
  }
  if (ctx.rng.chance(0.4)) {
    const branch = block(child(ctx), depth - 1);
    parts.push(optional(stmt('stmt.else')`${open(ctx)}else${close(ctx)}${branch}`));
  }
  parts.push(open(ctx), 'endif', close(ctx));
  return [{ kind: 'stmt', parts, constructs }];
};

interface Iterable {
  source: Node;
  targets: { name: string; ty: Ty; sample?: Value }[];
  constructs: string[];
}

function iterable(ctx: Ctx): Iterable {
  const { rng } = ctx;
  const one = (ty: Ty, sample?: Value) => [{ name: freshName(ctx, 0.05), ty, sample }];
  return rng.weighted<() => Iterable>([
    [
      4,
      () => {
        const ty = rng.pick(['strs', 'ints', 'recs', 'list', 'str', 'dict', 'tuple'] as const);
        const from = ctx.scope.filter((e) => e.ty === ty);
        if (from.length > 0 && rng.chance(0.7)) {
          const entry = rng.pick(from);
          const first = Array.isArray(entry.sample) ? entry.sample[0] : undefined;
          const sample = ty === 'recs' ? (first ?? randomRecord(rng)) : undefined;
          return {
            source: entry.node,
            targets: one(elementTy(ty), sample),
            constructs: ['stmt.for'],
          };
        }
        const sample = ty === 'recs' ? randomRecord(rng) : undefined;
        return {
          source: gen(ctx, ty, 1),
          targets: one(elementTy(ty), sample),
          constructs: ['stmt.for'],
        };
      },
    ],
    [
      1,
      () => ({
        source: atom(`range(${rng.pick(['3', '0', '1, 4', '5, 0, -2'])})`, 'range'),
        targets: one('int'),
        constructs: ['stmt.for'],
      }),
    ],
    [
      2,
      () => ({
        source: gen(ctx, 'pairs', 1),
        targets: [
          { name: freshName(ctx, 0), ty: 'str' },
          { name: freshName(ctx, 0), ty: 'any' },
        ],
        constructs: ['stmt.for', 'stmt.for-unpack'],
      }),
    ],
    [
      0.5,
      () => ({
        source: listLit([literalOf(ctx.rng, [rng.pick(WORDS), 1]), literalOf(ctx.rng, ['b', 2])]),
        targets: [
          { name: freshName(ctx, 0), ty: 'str' },
          { name: freshName(ctx, 0), ty: 'int' },
        ],
        constructs: ['stmt.for', 'stmt.for-unpack'],
      }),
    ],
  ])();
}

const forStmt: StmtMake = (ctx, depth) => {
  const loop = iterable(ctx);
  const inner = child(ctx, { inLoop: true });
  for (const t of loop.targets) bind(inner, t.name, t.ty, t.sample);
  const constructs = [...loop.constructs];
  const filter: Piece = ctx.rng.chance(0.15)
    ? optional(stmt('stmt.for-if')` if ${gen(inner, 'bool', 1)}`)
    : '';
  const items = block(inner, depth - 1).parts as Node[];
  if (ctx.rng.chance(0.7)) {
    const use =
      loop.targets.length === 1 && loop.targets[0]!.sample === undefined
        ? stmt(`print.${loop.targets[0]!.ty}`)`{{ ${atom(loop.targets[0]!.name)} }}`
        : print(inner, ctx.rng.pick(['str', 'int', 'any'] as const), 1);
    items.splice(ctx.rng.int(0, items.length), 0, use);
  }
  if (ctx.rng.chance(0.4)) {
    const attribute = ctx.rng.pick([
      'first',
      'last',
      'index',
      'revindex',
      'length',
      "cycle('odd', 'even')",
      'cycle(1, none)',
    ]);
    items.push(
      stmt(attribute.startsWith('cycle') ? 'loop.cycle' : 'loop.index')`{{ loop.${attribute} }}`,
    );
  }
  const parts: Piece[] = [
    open(ctx),
    `for ${loop.targets.map((t) => t.name).join(', ')} in `,
    tested(loop.source),
    filter,
    close(ctx),
    body(items),
  ];
  if (ctx.rng.chance(0.15)) {
    const otherwise = block(child(ctx), depth - 1, 1, 1);
    parts.push(optional(stmt('stmt.for-else')`${open(ctx)}else${close(ctx)}${otherwise}`));
  }
  parts.push(open(ctx), 'endfor', close(ctx));
  // After the loop its variable is gone, or is again the outer variable it shadowed.
  const name = atom(loop.targets[0]!.name);
  const after = ctx.rng.chance(0.05) ? [stmt('set.scope-loop-var')`{{ ${name} }}`] : [];
  return [{ kind: 'stmt', parts, constructs }, ...after];
};

const setStmt: StmtMake = (ctx) => {
  if (ctx.rng.chance(0.2)) {
    const [a, b] = [freshName(ctx, 0), freshName(ctx, 0)];
    const pair = [gen(ctx, 'str', 1), gen(ctx, 'int', 1)];
    const value = ctx.rng.chance(0.5) ? expr()`${pair[0]!}, ${pair[1]!}` : tupleLit(pair);
    bind(ctx, a, 'str');
    bind(ctx, b, 'any');
    return [
      stmt('stmt.set', 'stmt.set-unpack')`${open(ctx)}set ${a}, ${b} = ${value}${close(ctx)}`,
    ];
  }
  const ty = anyTy(ctx);
  const value = gen(ctx, ty, ctx.rng.int(0, 2));
  const name = freshName(ctx);
  bind(ctx, name, ty);
  return [stmt('stmt.set')`${open(ctx)}set ${name} = ${value}${close(ctx)}`];
};

const setBlockStmt: StmtMake = (ctx, depth) => {
  const name = freshName(ctx);
  const filter = ctx.rng.pick(['', '', ' | upper', ' | trim', ' | replace("\\n", ";")']);
  const content = block(child(ctx), depth - 1, 1, 2);
  bind(ctx, name, 'str');
  return [
    stmt(
      'stmt.set-block',
    )`${open(ctx)}set ${name}${filter}${close(ctx)}${content}${open(ctx)}endset${close(ctx)}`,
    ...(ctx.rng.chance(0.8) ? [layout(ctx), print(ctx, 'str', 1)] : []),
  ];
};

/** `{% set %}` inside a for loop does not change the variable outside it; inside an if, it does. */
const setScopeStmt: StmtMake = (ctx) => {
  const name = freshName(ctx, 0);
  const assign = (value: Node): Node =>
    stmt('stmt.set')`${open(ctx)}set ${name} = ${value}${close(ctx)}`;
  const show = stmt('set.scope')`{{ ${atom(name)} }}`;
  if (ctx.rng.chance(0.5)) {
    const loopVar = freshName(ctx, 0);
    const before = ctx.rng.chance(0.85) ? [assign(intLit(ctx.rng, 0)), layout(ctx)] : [];
    const update = atom(ctx.rng.pick([`${name} + 1`, loopVar, `${name} ~ ${loopVar}`]));
    const iterable = tested(gen(ctx, ctx.rng.pick(['ints', 'strs'] as const), 0));
    const inside = body([assign(update), stmt()`{{ ${atom(name)} }}`]);
    return [
      ...before,
      stmt(
        'set.scope-for',
      )`${open(ctx)}for ${loopVar} in ${iterable}${close(ctx)}${inside}${open(ctx)}endfor${close(ctx)}`,
      layout(ctx),
      show,
    ];
  }
  const otherwise = ctx.rng.chance(0.8)
    ? expr()`${open(ctx)}else${close(ctx)}${body([assign(strLit(ctx.rng, 'no'))])}`
    : '';
  return [
    stmt(
      'set.scope-if',
    )`${open(ctx)}if ${tested(gen(ctx, 'bool', 1))}${close(ctx)}${body([assign(strLit(ctx.rng, 'yes'))])}${otherwise}${open(ctx)}endif${close(ctx)}`,
    layout(ctx),
    show,
  ];
};

const namespaceStmt: StmtMake = (ctx) => {
  const ns = freshName(ctx, 0);
  const x = freshName(ctx, 0);
  const fields = ctx.rng.some(['total', 'found', 'text'], ctx.rng.int(1, 3));
  const init = fields
    .map((f) => ({ total: 'total=0', found: 'found=false', text: "text=''" })[f])
    .join(', ');
  const set = (field: string, value: string): Node =>
    stmt('namespace')`${open(ctx)}set ${ns}.${field} = ${atom(value)}${close(ctx)}`;
  const updates = fields.map((f) =>
    f === 'total'
      ? set('total', `${ns}.total + ${x}`)
      : f === 'found'
        ? stmt()`${open(ctx)}if ${x} > 2${close(ctx)}${body([set('found', 'true')])}${open(ctx)}endif${close(ctx)}`
        : set('text', `${ns}.text ~ ${x} ~ ','`),
  );
  for (const f of fields)
    bind(ctx, `${ns}.${f}`, f === 'total' ? 'int' : f === 'found' ? 'bool' : 'str');
  return [
    stmt('namespace')`${open(ctx)}set ${ns} = namespace(${init})${close(ctx)}`,
    layout(ctx),
    stmt(
      'namespace',
    )`${open(ctx)}for ${x} in ${tested(gen(ctx, 'ints', 1))}${close(ctx)}${body(updates)}${open(ctx)}endfor${close(ctx)}`,
    layout(ctx),
    ...fields.flatMap((f, i) => [
      ...(i > 0 ? [text(' ')] : []),
      stmt('namespace')`{{ ${atom(`${ns}.${f}`)} }}`,
    ]),
  ];
};

interface Param {
  name: string;
  ty: Ty;
  fallback?: Node;
}

const macroStmt: StmtMake = (ctx, depth) => {
  const name = `m_${freshName(ctx, 0)}`;
  const params: Param[] = [{ name: freshName(ctx, 0), ty: 'str' }];
  if (ctx.rng.chance(0.8))
    params.push({
      name: freshName(ctx, 0),
      ty: 'str',
      // A default may name a variable, or the parameter before it.
      fallback: ctx.rng.weighted<() => Node>([
        [8, () => strLit(ctx.rng, ctx.rng.pick(['-', 'x', '', 'def']))],
        [1, () => inScope(ctx, 'str')?.node ?? strLit(ctx.rng, 'none in scope')],
        [1, () => atom(params[0]!.name)],
      ])(),
    });
  if (ctx.rng.chance(0.6))
    params.push({
      name: freshName(ctx, 0),
      ty: 'int',
      fallback: intLit(ctx.rng, ctx.rng.int(0, 3)),
    });
  const inner = child(ctx, { inLoop: false });
  for (const param of params) bind(inner, param.name, param.ty);
  const content = block(inner, depth - 1, 1, 2);
  content.parts.splice(
    ctx.rng.int(0, content.parts.length),
    0,
    print(inner, ctx.rng.pick(['str', 'int'] as const), 1),
  );
  const signature = params
    .map((q) => (q.fallback ? `${q.name}=${render(q.fallback)}` : q.name))
    .join(', ');
  const calls = Array.from({ length: ctx.rng.int(1, 3) }, () => macroCall(ctx, name, params));
  return [
    stmt(
      'macro',
    )`${open(ctx)}macro ${name}(${signature})${close(ctx)}${content}${open(ctx)}endmacro${close(ctx)}`,
    ...calls.flatMap((call) => [layout(ctx), call]),
  ];
};

function macroCall(ctx: Ctx, name: string, params: Param[]): Node {
  const { rng } = ctx;
  const value = (q: Param) => gen(ctx, q.ty, 1);
  const constructs = ['macro'];
  let args: Piece[];
  if (rng.chance(0.3) && params.length > 1) {
    const given = rng.some(params.slice(1), rng.int(1, params.length - 1));
    args = [value(params[0]!), ...given.flatMap((q) => [`, ${q.name}=`, value(q)])];
    constructs.push('macro.kwargs');
  } else {
    const count = rng.chance(0.05) ? params.length + 1 : rng.int(1, params.length);
    args = Array.from({ length: count }, (_, i) => [
      i ? ', ' : '',
      params[i] ? value(params[i]!) : intLit(ctx.rng),
    ]).flat();
  }
  if (args.filter((a) => typeof a !== 'string').length < params.length)
    constructs.push('macro.defaults');
  if (rng.chance(0.03)) args = [];
  if (rng.chance(0.03)) args.push(args.length > 0 ? ', ' : '', 'unknown_kwarg=1');
  const call: Node = { kind: 'expr', parts: [`${name}(`, ...args, ')'], constructs, atomic: true };
  const shown = rng.weighted<() => Node>([
    [6, () => call],
    [1, () => expr('filter.trim')`${call}|trim`],
    [1, () => expr('op.tilde')`${call} ~ ${strLit(ctx.rng, '!')}`],
  ])();
  return stmt()`{{ ${shown} }}`;
}

const callStmt: StmtMake = (ctx, depth) => {
  const name = `m_${freshName(ctx, 0)}`;
  if (ctx.rng.chance(0.5)) {
    const tag = freshName(ctx, 0);
    const content = block(child(ctx), depth - 1, 1, 2);
    return [
      stmt(
        'macro',
        'macro.caller',
      )`${open(ctx)}macro ${name}(${tag}='div')${close(ctx)}<{{ ${tag} }}>{{ caller() }}</{{ ${tag} }}>${open(ctx)}endmacro${close(ctx)}`,
      layout(ctx),
      stmt(
        'macro.caller',
      )`${open(ctx)}call ${name}(${ctx.rng.chance(0.5) ? strLit(ctx.rng, 'p') : ''})${close(ctx)}${content}${open(ctx)}endcall${close(ctx)}`,
    ];
  }
  const [items, item, index] = [freshName(ctx, 0), freshName(ctx, 0), freshName(ctx, 0)];
  const inner = child(ctx, { inLoop: false });
  bind(inner, item, 'str');
  bind(inner, index, 'int');
  const content = block(inner, depth - 1, 1, 2);
  content.parts.unshift(stmt()`[{{ ${atom(index)} }}={{ ${atom(item)} }}]`);
  return [
    stmt(
      'macro',
      'macro.caller-args',
    )`${open(ctx)}macro ${name}(${items})${close(ctx)}${open(ctx)}for i in ${items}${close(ctx)}{{ caller(i, loop.index) }}${open(ctx)}endfor${close(ctx)}${open(ctx)}endmacro${close(ctx)}`,
    layout(ctx),
    stmt(
      'macro.caller-args',
    )`${open(ctx)}call(${item}, ${index}) ${name}(${gen(ctx, 'strs', 1)})${close(ctx)}${content}${open(ctx)}endcall${close(ctx)}`,
  ];
};

const RAW_CONTENT = [
  '{{ x }}',
  '{% if %}',
  '\n  {{ a }}\n',
  '{# c #}',
  "$'{x}'",
  '  {%- endif -%}  ',
  '\n',
  'plain',
];

const rawStmt: StmtMake = (ctx) => {
  const content = ctx.rng
    .some(RAW_CONTENT, ctx.rng.int(1, 3))
    .join(ctx.rng.pick(['', '\n', '\n  ']));
  const rawOpen = `{%${sign(ctx, true)} raw ${ctx.rng.chance(0.2) ? '-' : ''}%}`;
  return [stmt('raw')`${rawOpen}${text(content)}${open(ctx)}endraw${close(ctx)}`];
};

const commentStmt: StmtMake = (ctx) => {
  const content = ctx.rng.pick([
    ' comment ',
    ' multi\n  line ',
    ' {{ x }} inside ',
    '',
    ' {% if %} ',
  ]);
  return [stmt('comment')`{#${sign(ctx, true)}${content}${sign(ctx, true)}#}`];
};

const undefinedStmt: StmtMake = (ctx, depth) => {
  const name = missingName(ctx);
  const x = freshName(ctx, 0);
  const inner = block(child(ctx), depth - 1, 1, 1);
  return [
    ctx.rng.pick([
      () =>
        stmt(
          'undefined.if',
        )`${open(ctx)}if ${atom(name)}${close(ctx)}${inner}${open(ctx)}endif${close(ctx)}`,
      () =>
        stmt(
          'undefined.if',
        )`${open(ctx)}if not ${atom(name)}${close(ctx)}${inner}${open(ctx)}endif${close(ctx)}`,
      () =>
        stmt(
          'undefined.for',
        )`${open(ctx)}for ${x} in ${atom(name)}${close(ctx)}${inner}${open(ctx)}endfor${close(ctx)}`,
      () => stmt('undefined.set-unused')`${open(ctx)}set ${x} = ${atom(name)}${close(ctx)}${inner}`,
      () =>
        stmt(
          'undefined.items',
        )`${open(ctx)}for ${x}, v in ${atom(name)}|items${close(ctx)}${inner}${open(ctx)}endfor${close(ctx)}`,
      () =>
        stmt(
          'undefined.test-defined',
        )`${open(ctx)}if ${atom(name)} is defined${close(ctx)}{{ ${atom(name)} }}${open(ctx)}else${close(ctx)}${inner}${open(ctx)}endif${close(ctx)}`,
      () =>
        stmt(
          'undefined.default',
        )`${open(ctx)}for ${x} in ${atom(name)}|default(${gen(ctx, 'strs', 0)})${close(ctx)}{{ ${atom(x)} }}${open(ctx)}endfor${close(ctx)}`,
    ])(),
  ];
};

const SYNTAX_ERRORS = [
  '{% if true %}unclosed',
  '{{ 1 + }}',
  '{% endif %}',
  '{% for x in %}{% endfor %}',
  '{{ x | }}',
  '{% unknowntag %}',
  "{{ 'a'|nosuchfilter }}",
  "{{ 'a' is nosuchtest }}",
  '{% set %}',
  '{{ }}',
  '{% macro m( %}{% endmacro %}',
  '{% for x in [1] %}{% endif %}',
  '{{ "unterminated }}',
  '{% raw %}never closed',
  '{# never closed',
];

const syntaxErrorStmt: StmtMake = (ctx) => [
  stmt('error.syntax')`${text(ctx.rng.pick(SYNTAX_ERRORS))}`,
];

const beyondStmt: StmtMake = (ctx, depth) => {
  const inner = block(child(ctx), depth - 1, 1, 1);
  return [
    ctx.rng.pick([
      () =>
        stmt(
          'beyond.filter-block',
        )`${open(ctx)}filter ${ctx.rng.pick(['upper', 'trim', 'indent(2)', 'replace("a", "b")'])}${close(ctx)}${inner}${open(ctx)}endfilter${close(ctx)}`,
      () =>
        stmt(
          'beyond.with',
        )`${open(ctx)}with w = ${gen(ctx, 'str', 1)}${close(ctx)}{{ w }}${inner}${open(ctx)}endwith${close(ctx)}`,
      () =>
        stmt(
          'beyond.loop',
        )`${open(ctx)}for q in ${tested(gen(ctx, 'ints', 1))}${close(ctx)}{{ ${atom(ctx.rng.pick(['loop.previtem|default(0)', 'loop.nextitem is defined', 'loop.depth', 'loop.changed(q)']))} }}${open(ctx)}endfor${close(ctx)}`,
      () => stmt('beyond.include')`${open(ctx)}include 'other.j2'${close(ctx)}`,
      () =>
        stmt(
          'beyond.print-object',
        )`{{ ${ctx.rng.pick(['namespace(a=1)', 'range(3)', 'range(1, 9, 2)', 'dict(b=1, a=none)'])} }}`,
    ])(),
  ];
};

const printStmt: StmtMake = (ctx) => [print(ctx)];
const textStmt: StmtMake = (ctx) => [shellText(ctx)];

export const STATEMENTS: readonly {
  family: string;
  weight: number;
  make: StmtMake;
  nests?: boolean;
}[] = [
  { family: 'text', weight: 3, make: textStmt },
  { family: 'print', weight: 5, make: printStmt },
  { family: 'stmt.if', weight: 2, make: ifStmt, nests: true },
  { family: 'stmt.for', weight: 2, make: forStmt, nests: true },
  { family: 'stmt.set', weight: 1.2, make: setStmt },
  { family: 'stmt.set-block', weight: 0.5, make: setBlockStmt, nests: true },
  { family: 'set.scope', weight: 0.4, make: setScopeStmt },
  { family: 'namespace', weight: 0.4, make: namespaceStmt },
  { family: 'macro', weight: 0.5, make: macroStmt, nests: true },
  { family: 'macro.caller', weight: 0.3, make: callStmt, nests: true },
  { family: 'raw', weight: 0.4, make: rawStmt },
  { family: 'comment', weight: 0.6, make: commentStmt },
  { family: 'undefined.stmt', weight: 0.8, make: undefinedStmt, nests: true },
  { family: 'beyond.stmt', weight: 0.2, make: beyondStmt, nests: true },
  { family: 'error.syntax', weight: 0.05, make: syntaxErrorStmt },
];

function statement(ctx: Ctx, depth: number): Node[] {
  const usable = STATEMENTS.filter((s) => depth > 0 || !s.nests);
  const chosen = ctx.rng.weighted(
    usable.map((s) => [s.weight * (s.family === ctx.focus ? 10 : 1), s] as const),
  );
  return chosen.make(ctx, depth);
}
