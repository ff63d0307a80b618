import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTemplateFile, renderTemplate, TemplateError } from '../../src/template/render.js';
import { variablesFrom } from '../../src/template/vars.js';
import { Jinja2, type Jinja2Result } from '../helpers/jinja2.js';

/**
 * Names a template gives (filters, tests, variables, attributes, keyword arguments, keys) that
 * are also members of JavaScript's Object.prototype: Jinja2 knows nothing of them, so they
 * must be unknown, undefined or plain keys here too, never reach Object.prototype.
 */

const VARS =
  '{"x": "a", "l": [1, 2], "d": {"a": 1, "constructor": 2, "__proto__": 3, "toString": 4}}';

type Case = [source: string, variables?: string];
type Outcome = { output: string } | { error: string; line: number | undefined };

const GROUPS: Record<string, Case[]> = {
  'filters and tests: Jinja2 has none by these names': [
    ['{{ x | constructor }}'],
    ['{{ x | __proto__ }}'],
    ['{{ x | hasOwnProperty }}'],
    ['{{ x | toString }}'],
    ['{{ x | valueOf }}'],
    ['{{ x | isPrototypeOf }}'],
    ['{{ x | __defineGetter__ }}'],
    ['{{ x is constructor }}'],
    ['{{ x is toString }}'],
    ['{% if x is __proto__ %}y{% endif %}'],
    ['{% if x is constructor %}y{% endif %}'],
    ['{% if x is defined %}{{ x | constructor }}{% endif %}'],
    ['{% if false %}{{ x | constructor }}{% endif %}'],
    ["{{ l | map('constructor') | list }}"],
    ["{{ l | select('toString') | list }}"],
    ["{{ l | reject('__proto__') | list }}"],
  ],
  'variables: undefined unless the variables or the template bind them': [
    ['{{ constructor }}'],
    ['{{ toString }}'],
    ['{{ __proto__ }}'],
    ['{{ hasOwnProperty }}'],
    ['{{ constructor is defined }}{{ valueOf is undefined }}'],
    ['{{ constructor | default("none") }}'],
    ['{{ __proto__.a }} {{ constructor }}', '{"__proto__": {"a": 1}, "constructor": "c"}'],
    ['{% set constructor = 1 %}{{ constructor }}'],
    ['{% set __proto__ = 1 %}{{ __proto__ }}'],
    ['{% for constructor in [1, 2] %}{{ constructor }}{% endfor %}'],
    ['{% macro constructor() %}m{% endmacro %}{{ constructor() }}'],
    [
      '{% macro toString(hasOwnProperty) %}{{ hasOwnProperty }}{% endmacro %}{{ toString(hasOwnProperty=3) }}',
    ],
    ['{% macro m() %}{{ kwargs }}{% endmacro %}{{ m(constructor=1, __proto__=2) }}'],
    ['{% macro m(a) %}{{ a }}{% endmacro %}{{ m(constructor=1) }}'],
    ['{% with valueOf = 2 %}{{ valueOf }}{% endwith %}'],
    [
      '{% set ns = namespace(constructor=1) %}{% set ns.toString = 2 %}{{ ns.constructor }}{{ ns.toString }}',
    ],
    ["{% import 'm.j2' as constructor %}"],
    ["{% from 'm.j2' import toString %}"],
  ],
  'attributes and items of values that have none by that name: undefined': [
    ['{{ x.constructor }}'],
    ['{{ x.toString }}'],
    ['{{ x.toString() }}'],
    ["{{ x['__proto__'] }}"],
    ["{{ x['constructor'] }}"],
    ['{{ x.constructor is defined }}'],
    ['{{ l.constructor }}'],
    ['{{ l.toString() }}'],
    ['{{ l.length }}'],
    ['{{ range(3).constructor }}'],
    ['{{ (1, 2).constructor }}'],
    ['{{ 1.constructor }}'],
    ['{{ d.hasOwnProperty }}'],
    ['{{ d.valueOf }}'],
    ['{{ d.items().constructor }}'],
    ['{% for i in l %}{{ loop.constructor }}{% endfor %}'],
    ["{% for i in l %}{{ loop['toString'] }}{% endfor %}"],
    ['{% set ns = namespace() %}{{ ns.constructor }}'],
    ['{{ cycler(1).constructor }}'],
    ['{% macro m() %}{% endmacro %}{{ m.constructor }}'],
  ],
  'dict keys and keyword arguments: plain names as in Python': [
    ['{{ d.constructor }} {{ d.toString }}'],
    ["{{ d['constructor'] }} {{ d['__proto__'] }} {{ d['toString'] }}"],
    ["{{ d.items() | list }} {{ d.get('constructor') }} {{ d.get('valueOf') }}"],
    ["{{ 'constructor' in d }} {{ 'valueOf' in d }} {{ d | dictsort }}"],
    ["{{ {'constructor': 1, '__proto__': 2} }} {{ {'__proto__': 2}['__proto__'] }}"],
    ["{{ {'constructor': 1}.constructor }} {{ dict(constructor=1, toString=2) }}"],
    ["{{ [d] | map(attribute='constructor') | list }} {{ [d] | groupby('__proto__') | list }}"],
    ['{{ x | default(constructor=1) }}'],
    ['{{ x | default(__proto__=1) }}'],
    ['{{ x | indent(constructor=1) }}'],
    ['{{ x | truncate(toString=1) }}'],
    ['{{ l | join(constructor=1) }}'],
    ['{{ l | sum(hasOwnProperty=1) }}'],
    ['{{ x is divisibleby(constructor=1) }}'],
    ['{{ range(constructor=1) }}'],
    ["{{ '{constructor}'.format(constructor=1) }} {{ '%(constructor)s' % {'constructor': 1} }}"],
    ["{{ '{constructor}'.format() }}"],
    ['{{ x.split(constructor=1) }}'],
  ],
};

const CASES = Object.values(GROUPS).flat();

const jinja2 = new Jinja2();
afterAll(() => jinja2.close());
let reference: Promise<Jinja2Result[]> | undefined;

async function theirs(c: Case): Promise<Jinja2Result> {
  reference ??= jinja2.render(
    CASES.map(([source, json]) => ({ source, variablesJson: json ?? VARS })),
  );
  return (await reference)[CASES.indexOf(c)]!;
}

async function ours([source, json]: Case): Promise<Outcome> {
  try {
    const variables = variablesFrom(json ?? VARS) as Record<string, unknown>;
    return { output: await renderTemplate(source, variables, 'case.j2') };
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    return { error: (err as TemplateError).reason, line: (err as TemplateError).line };
  }
}

/** What worker-image says where Jinja2 says it has no filter or test of that name. */
function unknownName(error: string): string | undefined {
  const m = /^Template(?:Assertion|Runtime)Error: No (filter|test) named '([^']*)'/.exec(error);
  if (!m) return undefined;
  return m[1] === 'filter' ? `unknown filter |${m[2]} ` : `unknown test is ${m[2]} `;
}

/** Renders what Jinja2 renders; fails where it fails, as it does, never as an internal error. */
async function sameAsJinja2(c: Case): Promise<void> {
  const [expected, actual] = [await theirs(c), await ours(c)];
  const label = `${c[0]}: ${JSON.stringify(actual)}; Jinja2: ${JSON.stringify(expected)}`;
  if ('output' in expected) {
    expect(actual, label).toEqual(expected);
    return;
  }
  if (!('error' in actual)) expect.fail(`renders where Jinja2 fails: ${label}`);
  const { error, line } = actual;
  expect(error, label).not.toMatch(/internal error/);
  expect(line, label).toBe(1);
  const unknown = unknownName(expected.error);
  if (unknown) expect(error, label).toContain(unknown);
  else expect(error, label).not.toMatch(/^unknown (filter|test)/);
  // Python names the function (do_default, sync_do_join): the keyword is what matters here.
  const keyword = /^TypeError: .*'(\w+)'/.exec(expected.error)?.[1];
  if (keyword) expect(error, label).toMatch(new RegExp(`^TypeError: .*'${keyword}'`));
  if (expected.error.startsWith('KeyError:')) expect(error, label).toBe(expected.error);
}

describe('names that are members of Object.prototype are names like any other', () => {
  it.each(Object.keys(GROUPS))('%s', async (group) => {
    for (const c of GROUPS[group]!) await sameAsJinja2(c);
  });

  it('an unknown filter or test says so in the form every other unknown name has', async () => {
    const reason = async (source: string): Promise<string | undefined> => {
      const outcome = await ours([source]);
      return 'error' in outcome ? outcome.error : undefined;
    };
    expect(await reason('{{ x | toString }}')).toBe(
      'unknown filter |toString (Jinja2 has none by that name either)',
    );
    expect(await reason('{{ x | __proto__ }}')).toBe(
      'unknown filter |__proto__ (Jinja2 has none by that name either)',
    );
    expect(await reason('{% if x is constructor %}y{% endif %}')).toBe(
      'TemplateRuntimeError: unknown test is constructor (Jinja2 has none by that name either)',
    );
    expect(await reason('{{ d.__proto__ }}')).toBe(
      'the Python attribute .__proto__ is not supported by worker-image: use the value itself or a filter',
    );
    expect(await reason('{{ constructor }}')).toBe(
      "undefined variable 'constructor' (pass it under variables: in worker-image.yml, or with --vars)",
    );
  });
});

describe('render --check reports these names as Jinja2 would refuse them', () => {
  const check = async (source: string, variables: Record<string, unknown> = { x: 'a' }) => {
    const path = join(await mkdtemp(join(tmpdir(), 'wi-proto-')), 'startup.sh.j2');
    await writeFile(path, source);
    return (await checkTemplateFile(path, variables)).map((p) => [p.line, p.reason]);
  };

  it('flags unknown filters and tests, in soft frames too', async () => {
    expect(await check('{{ x | toString }}\n{% if x is constructor %}y{% endif %}')).toEqual([
      [1, 'unknown filter |toString (Jinja2 has none by that name either)'],
      [2, 'unknown test is constructor (Jinja2 has none by that name either)'],
    ]);
    expect(await check('{{ x | hasOwnProperty }}\n{{ x is __proto__ }}')).toEqual([
      [1, 'unknown filter |hasOwnProperty (Jinja2 has none by that name either)'],
      [2, 'unknown test is __proto__ (Jinja2 has none by that name either)'],
    ]);
  });

  it('flags a variable named like a prototype member that the variables lack', async () => {
    expect(await check('{{ constructor }}\n{{ toString.a }}')).toEqual([
      [
        1,
        "undefined variable 'constructor' (pass it under variables: in worker-image.yml, or with --vars)",
      ],
      [
        2,
        "undefined variable 'toString' (pass it under variables: in worker-image.yml, or with --vars)",
      ],
    ]);
  });

  it('passes such names where Jinja2 renders them', async () => {
    const variables = { d: { constructor: 2, toString: 3 } };
    const source = '{% set valueOf = 1 %}{{ valueOf }}{{ d.constructor }}{{ d["toString"] }}';
    expect(await check(source, variables)).toEqual([]);
  });
});
