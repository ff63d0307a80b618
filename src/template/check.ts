import { suggestKey } from '../config/suggest.js';
import { FILTERS, REFUSED_FILTERS } from './filters.js';
import { GLOBALS } from './globals.js';
import { builtinAttribute } from './methods.js';
import type { Expr, Node, Stmt } from './nodes.js';
import { nameTable, type NameTable } from './own.js';
import { pyRepr } from './repr.js';
import { REFUSED_TESTS, TESTS } from './tests.js';
import { children, findUndeclared, targetNames } from './walk.js';
import { Dict, NO_ATTRIBUTE, type Value } from './values.js';

/**
 * The static pass before rendering: every construct worker-image refuses, with its line and
 * what to write instead, found before anything runs (and before any cloud call). `--check`
 * also lists the variables a template reads that the given variables lack.
 */

export interface Problem {
  line: number;
  message: string;
}

const TAG_FIXES: NameTable<string> = nameTable({
  include:
    'worker-image renders one template file, like jinja2.Template(source): paste the included text in, or make it a {% macro %} in this file',
  import: 'worker-image renders one template file: define the macros in this file',
  from: 'worker-image renders one template file: define the macros in this file',
  extends: 'there is no template inheritance in a single file: write the template out in full',
  block:
    '{% block %} only matters with {% extends %}: remove the block tags and keep their content',
  autoescape: 'worker-image renders without autoescape: remove the tag and keep its content',
});

function refusal(construct: string, fix: string): string {
  return `${construct} is not supported by worker-image: ${fix}`;
}

/** Jinja2 has no filter or test of that name: which one was meant. */
export function unknown(kind: 'filter' | 'test', name: string, known: string[]): string {
  const guess = suggestKey(name, known);
  const sign = kind === 'filter' ? '|' : 'is ';
  return `unknown ${kind} ${sign}${name} (Jinja2 has none by that name either)${guess ? `: did you mean ${sign}${guess}?` : ''}`;
}

function checkFilter(name: string): string | undefined {
  if (FILTERS[name]) return undefined;
  if (REFUSED_FILTERS[name]) return refusal(`the filter |${name}`, REFUSED_FILTERS[name]);
  return unknown('filter', name, Object.keys(FILTERS));
}

function checkTest(name: string): string | undefined {
  if (TESTS[name]) return undefined;
  if (REFUSED_TESTS[name]) return refusal(`the test 'is ${name}'`, REFUSED_TESTS[name]);
  return unknown(
    'test',
    name,
    Object.keys(TESTS).filter((t) => /^\w+$/.test(t)),
  );
}

const constString = (e: Expr | undefined): string | undefined =>
  e?.type === 'Const' && typeof e.value === 'string' ? e.value : undefined;

/**
 * Every refusal in the template, in line order, and every filter or test no one has. For
 * rendering (`all` false) an unknown name is left to fail when it runs where Jinja2 does the
 * same: inside `{% if %}` and `x if y else z` (a "soft" frame), and as `|map`'s or
 * `|select`'s argument; elsewhere Jinja2 rejects the template while compiling it.
 */
export function refusals(body: Stmt[], all = false): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number, message: string | undefined): void => {
    if (message) problems.push({ line, message });
  };
  const known = (kind: 'filter' | 'test', name: string, deferred: boolean): string | undefined => {
    const table = kind === 'filter' ? FILTERS : TESTS;
    const refused = kind === 'filter' ? REFUSED_FILTERS : REFUSED_TESTS;
    if (deferred && !all && !table[name] && !refused[name]) return undefined;
    return kind === 'filter' ? checkFilter(name) : checkTest(name);
  };
  const visit = (node: Node, soft: boolean): void => {
    switch (node.type) {
      case 'Unsupported':
        add(node.line, refusal(`{% ${node.tag} %}`, TAG_FIXES[node.tag]!));
        break;
      case 'Filter': {
        add(node.line, known('filter', node.name, soft));
        const first = constString(node.args[0]);
        if (node.name === 'map' && first !== undefined && node.kwargs.length === 0)
          add(node.line, known('filter', first, true));
        if ((node.name === 'select' || node.name === 'reject') && first !== undefined)
          add(node.line, known('test', first, true));
        const second = constString(node.args[1]);
        if ((node.name === 'selectattr' || node.name === 'rejectattr') && second !== undefined) {
          add(node.line, known('test', second, true));
        }
        break;
      }
      case 'Test':
        add(node.line, known('test', node.name, soft));
        break;
      case 'Getattr':
        if (node.attr.startsWith('__') && node.attr.endsWith('__')) {
          add(
            node.line,
            refusal(`the Python attribute .${node.attr}`, 'use the value itself or a filter'),
          );
        }
        break;
      case 'Macro':
      case 'CallBlock': {
        const at = node.params.indexOf('caller');
        if (
          at !== -1 &&
          at < node.params.length - node.defaults.length &&
          findUndeclared(node.body, ['caller']).size > 0
        ) {
          add(
            node.line,
            'a macro that calls caller() cannot take "caller" as a parameter without a default (Jinja2 rejects it too): remove the parameter',
          );
        }
        break;
      }
    }
    // Jinja2's frames: if-statements and conditional expressions are soft, the frames that
    // loops, macros and blocks open are not.
    const opensFrame = ['For', 'Macro', 'CallBlock', 'FilterBlock', 'AssignBlock', 'With'].includes(
      node.type,
    );
    const inner = node.type === 'If' || node.type === 'CondExpr' ? true : opensFrame ? false : soft;
    if (node.type === 'For') {
      visit(node.iter, soft);
      [node.target, ...node.body, ...node.else_, ...(node.test ? [node.test] : [])].forEach((c) =>
        visit(c, false),
      );
    } else if (node.type === 'CallBlock') {
      visit(node.call, soft);
      [...node.defaults, ...node.body].forEach((c) => visit(c, false));
    } else if (node.type === 'With') {
      node.values.forEach((v) => visit(v, soft));
      [...node.targets, ...node.body].forEach((c) => visit(c, false));
    } else {
      children(node).forEach((c) => visit(c, inner));
    }
  };
  body.forEach((s) => visit(s, false));
  return problems.sort((a, b) => a.line - b.line);
}

/** Names the template binds itself (set, for, macro, with, call-block parameters, specials). */
function boundNames(body: Stmt[]): Set<string> {
  const names = new Set(['loop', 'caller', 'varargs', 'kwargs']);
  const visit = (node: Node): void => {
    if (node.type === 'For' || node.type === 'Assign' || node.type === 'AssignBlock') {
      targetNames(node.target).forEach((n) => names.add(n));
    }
    if (node.type === 'With') node.targets.flatMap(targetNames).forEach((n) => names.add(n));
    if (node.type === 'Macro') names.add(node.name);
    if (node.type === 'Macro' || node.type === 'CallBlock')
      node.params.forEach((n) => names.add(n));
    children(node).forEach(visit);
  };
  body.forEach(visit);
  return names;
}

type Segment = { text: string; key: Value; attr: boolean };

/** `a.b['c'][0]` as its head and the constant keys after it. */
function pathOf(e: Expr): { head: string; segments: Segment[] } | undefined {
  if (e.type === 'Name') return { head: e.name, segments: [] };
  if (e.type === 'Getattr') {
    const base = pathOf(e.node);
    return (
      base && {
        head: base.head,
        segments: [...base.segments, { text: `.${e.attr}`, key: e.attr, attr: true }],
      }
    );
  }
  if (e.type === 'Getitem' && e.arg.type === 'Const') {
    const base = pathOf(e.node);
    const key = e.arg.value;
    return (
      base && {
        head: base.head,
        segments: [...base.segments, { text: `[${pyRepr(key)}]`, key, attr: false }],
      }
    );
  }
  return undefined;
}

const pathText = (p: { head: string; segments: Segment[] }): string =>
  p.head + p.segments.map((s) => s.text).join('');

/** The paths an expression tests with `is defined` / `is undefined`, which guard their use. */
function testedPaths(e: Node, into = new Set<string>()): Set<string> {
  if (e.type === 'Test' && (e.name === 'defined' || e.name === 'undefined')) {
    const p = pathOf(e.node);
    if (p) into.add(pathText(p));
  }
  children(e).forEach((c) => testedPaths(c, into));
  return into;
}

/** The shortest prefix of the path the variables lack, or undefined when all of it resolves. */
function missingPrefix(
  path: { head: string; segments: Segment[] },
  variables: Dict,
): string | undefined {
  if (!variables.has(path.head)) return path.head;
  let value = variables.get(path.head)!;
  let text = path.head;
  for (const segment of path.segments) {
    text += segment.text;
    if (value instanceof Dict) {
      if (segment.attr && builtinAttribute(value, segment.key as string) !== NO_ATTRIBUTE)
        return undefined;
      if (!value.has(segment.key)) return text;
      value = value.get(segment.key)!;
    } else if (Array.isArray(value) && typeof segment.key === 'bigint') {
      const i = segment.key < 0n ? segment.key + BigInt(value.length) : segment.key;
      if (i < 0n || i >= BigInt(value.length)) return text;
      value = value[Number(i)]!;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Every variable the template reads that `variables` lack, with its line: reads guarded by
 * `is defined` (in an enclosing test) or `| default` are left out.
 */
export function undefinedNames(body: Stmt[], variables: Dict): Problem[] {
  const bound = boundNames(body);
  const problems = new Map<string, Problem>();
  const visit = (node: Node, guards: Set<string>): void => {
    const guarded = (text: string): boolean =>
      [...guards].some((g) => text === g || text.startsWith(`${g}.`) || text.startsWith(`${g}[`));
    if (node.type === 'Test' && (node.name === 'defined' || node.name === 'undefined')) return;
    if (
      node.type === 'Filter' &&
      (node.name === 'default' || node.name === 'd') &&
      node.node &&
      pathOf(node.node)
    ) {
      [...node.args, ...node.kwargs.map((k) => k.value)].forEach((a) => visit(a, guards));
      return;
    }
    const path =
      node.type === 'Name' || node.type === 'Getattr' || node.type === 'Getitem'
        ? pathOf(node)
        : undefined;
    if (path && !bound.has(path.head) && !Object.hasOwn(GLOBALS, path.head)) {
      const missing = missingPrefix(path, variables);
      if (missing && !guarded(missing)) {
        const key = `${node.line}:${missing}`;
        if (!problems.has(key)) {
          problems.set(key, { line: node.line, message: `undefined variable '${missing}'` });
        }
      }
      if (node.type === 'Getitem' && node.arg.type !== 'Const') visit(node.arg, guards);
      return;
    }
    if (node.type === 'If') {
      const inner = new Set([
        ...guards,
        ...testedPaths(node.test),
        ...node.elif.flatMap((e) => [...testedPaths(e.test)]),
      ]);
      children(node).forEach((c) => visit(c, inner));
      return;
    }
    if (node.type === 'And' || node.type === 'Or' || node.type === 'CondExpr') {
      const inner = new Set([...guards, ...testedPaths(node)]);
      children(node).forEach((c) => visit(c, inner));
      return;
    }
    children(node).forEach((c) => visit(c, guards));
  };
  body.forEach((s) => visit(s, new Set()));
  return [...problems.values()].sort((a, b) => a.line - b.line);
}
