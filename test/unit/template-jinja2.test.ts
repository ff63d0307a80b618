import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateError } from '../../src/template/render.js';
import { variablesFrom } from '../../src/template/vars.js';
import { renderWithJinja2, type Jinja2Result } from '../helpers/jinja2.js';

/**
 * Each construct class against python3-jinja2 itself, live: the expected bytes are whatever
 * `Environment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)` renders, and
 * a template Jinja2 rejects must fail here too. Variables are JSON text, so `1.0` reaches
 * both sides as a float.
 */

type Case = [source: string, variables?: string];

const CLASSES: Record<string, Case[]> = {
  'numbers print as Python prints them': [
    ['{{ 1 + 2 }} {{ 4 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % -3 }} {{ 2 ** 10 }} {{ 2 ** -1 }}'],
    ['{{ 1.0 }} {{ 1e16 }} {{ 1.5e-5 }} {{ 0.1 + 0.2 }} {{ -0.0 }} {{ 123456789.123456789 }}'],
    ['{{ 2 ** 100 }} {{ 10 / 3 }} {{ 7.5 // 2 }} {{ -7.5 % 2 }} {{ 1e308 * 10 }} {{ -2 ** 2 }}'],
    ['{{ x }} {{ x * 2 }} {{ y }} {{ y + 1 }} {{ x == y }} {{ 3 > 2.5 }}', '{"x": 1.0, "y": 3}'],
    ['{{ 0b101 }} {{ 0o17 }} {{ 0x1F }} {{ 1_000 }} {{ True + 1 }} {{ 5 % 3.5 }} {{ 2 ** 0.5 }}'],
    ['{{ 10 / 0 }}'],
  ],
  'strings: repetition, concatenation, % formatting, ~ and methods': [
    ["{{ '=' * 20 }}{{ 3 * 'ab' }}{{ 'a' + 'b' }}{{ 'a' ~ 1 ~ true ~ none ~ 1.5 }}"],
    [
      "{{ '%s-%05.2f|%-4d|%+d|%x|%e' % ('x', 3.14159, 7, 5, 255, 1234.5) }} {{ '%(a)s' % {'a': 1} }}",
    ],
    [
      "{{ '%s' % [1, 2] }} {{ '%d%%' % 50 }} {{ 'a' % [] }} {{ '%.3s|%5s|%c' % ('abcdef', 'a', 65) }}",
    ],
    ["{{ 'a' % 5 }}"],
    [
      "{{ 'a,b,,c'.split(',') }} {{ '  a  b '.split() }} {{ 'x-y'.replace('-', '_') }} {{ ', '.join(['a', 'b']) }}",
    ],
    [
      "{{ 'Hi'.upper() }}{{ 'Hi'.lower() }}{{ ' x '.strip() }}|{{ 'ab'.startswith('a') }}{{ 'ab'.endswith(('x', 'b')) }}",
    ],
    [
      "{{ '{} and {:>4}|{:.2f}'.format(1, 'x', 2.5) }} {{ 'hello'[1:4] }} {{ 'hello'[::-1] }} {{ 'héllo😀'[-1] }}",
    ],
    [
      "{{ name.title() }} {{ name.capitalize() }} {{ name.center(11, '*') }} {{ name|length }}",
      '{"name": "ab cd"}',
    ],
  ],
  'lists, tuples and dicts: literals, repr, indexing, slicing, in': [
    ["{{ [1, 'a', (2, 3), {'k': [None, True]}] }} {{ (1,) }} {{ () }}"],
    [
      '{% set t = (1, 2, 3) %}{{ t[0] }}{{ t[-1] }}{{ t[1:] }}{{ t[::-2] }}{{ [1, 2] + [3] }}{{ [0] * 3 }}',
    ],
    [
      "{{ 1 in [1, 2] }} {{ 'k' in {'k': 1} }} {{ 'b' in 'abc' }} {{ 3 not in (1, 2) }} {{ 1 < 2 < 3 }} {{ 3 > 2 > 5 }}",
    ],
    [
      '{{ d }} {{ d.b }} {{ d["443"] }} {{ d.items()|list }}',
      '{"d": {"b": 1, "443": 2, "a": [1.0]}}',
    ],
    ['{{ l[5] }}', '{"l": [1]}'],
    ['{{ range(3) }} {{ range(10)[2:8:2]|list }} {{ dict(a=1) }} {{ {"a": 1}.keys() }}'],
  ],
  'undefined variables fail everywhere StrictUndefined does': [
    ['{{ missing }}'],
    ['{% if missing %}x{% endif %}'],
    ['{% for x in missing %}{% endfor %}'],
    ['{{ missing|upper }}'],
    ['{{ missing.attr }}'],
    ["{{ missing['k'] }}"],
    ['{{ missing == 1 }}'],
    ['{{ missing + 1 }}'],
    ["{{ 'a' ~ missing }}"],
    ['{{ d.nope }}', '{"d": {}}'],
    [
      '{{ missing is defined }} {{ missing|default("d") }} {{ missing|d(1) }} {{ d.nope is undefined }}',
      '{"d": {}}',
    ],
    ['{{ x if false }}|{{ (x if false)|length }}|{{ [missing] }}'],
  ],
  'loops: loop.*, else, filters, unpacking, recursion': [
    [
      '{% for i in range(3) %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.first }}{{ loop.last }}{{ loop.length }} {% endfor %}',
    ],
    [
      "{% for x in [1, 2, 3] %}{{ loop.cycle('a', 'b') }}{{ loop.previtem is defined }}{{ loop.nextitem|default('-') }};{% endfor %}",
    ],
    ['{% for x in [1] %}{{ loop.previtem }}{% endfor %}'],
    [
      '{% for x in [1, 2, 3, 4] if x is even %}{{ x }}/{{ loop.length }} {% else %}none{% endfor %}',
    ],
    [
      '{% for k, v in {"b": 1, "a": 2}.items() %}{{ k }}={{ v }};{% endfor %}{% for a, b in ["xy"] %}{{ b }}{% endfor %}',
    ],
    [
      '{% for x in [] %}x{% else %}empty{% endfor %}{% for x in [1, 1, 2] %}{% if loop.changed(x) %}{{ x }}{% endif %}{% endfor %}',
    ],
    [
      '{% for a in [[1, [2]]] recursive %}{{ loop.depth }}{% if a is iterable %}({{ loop(a) }}){% endif %}{% endfor %}',
    ],
    ['{% for a, b in [(1, 2, 3)] %}{% endfor %}'],
  ],
  'set: assignment, block set, namespace, and Jinja2 scoping': [
    [
      '{% set a, b = 1, 2 %}{{ a }}{{ b }}{% set x %}block {{ a }}{% endset %}[{{ x }}]{% set y | upper %}up{% endset %}{{ y }}',
    ],
    [
      '{% set ns = namespace(n=0) %}{% for i in range(4) %}{% set ns.n = ns.n + i %}{% endfor %}{{ ns.n }}',
    ],
    ['{% set x = 0 %}{% for i in [1, 2] %}{{ x }}{% set x = i %}{{ x }}{% endfor %}{{ x }}'],
    [
      '{% set x = 0 %}{% for i in [1, 2] %}{% if true %}{% set x = i %}{% endif %}{% endfor %}{{ x }}',
    ],
    ['{% for i in [1] %}{{ x }}{% endfor %}{% set x = 2 %}', '{"x": 1}'],
    [
      '{{ x }}{% set x = 2 %}{{ x }}{% if false %}{% set y = 3 %}{% endif %}{{ y }}',
      '{"x": 1, "y": 4}',
    ],
    ['{% set x = 1 %}{% macro m() %}{{ x }}{% endmacro %}{% set x = 2 %}{{ m() }}'],
  ],
  'macros: defaults, keyword arguments, varargs, kwargs, caller': [
    [
      "{% macro greet(name, greeting='Hello') %}{{ greeting }}, {{ name }}!{% endmacro %}{{ greet('bob') }} {{ greet('al', greeting='Hi') }}",
    ],
    [
      '{% macro m(a, b=a) %}{{ a }}{{ b }}{% endmacro %}{{ m(1) }}{% macro v() %}{{ varargs }}{{ kwargs }}{% endmacro %}{{ v(1, 2, k=3) }}',
    ],
    [
      "{% macro wrap(tag) %}<{{ tag }}>{{ caller() }}</{{ tag }}>{% endmacro %}{% call wrap('b') %}inner{% endcall %}",
    ],
    [
      '{% macro each(items) %}{% for i in items %}{{ caller(i) }}{% endfor %}{% endmacro %}{% call(x) each([1, 2]) %}[{{ x }}]{% endcall %}',
    ],
    ['{% macro m(x) %}{{ x }}{% endmacro %}{{ m(1, 2) }}'],
    ['{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}'],
    ['{% macro m(a) %}{{ a }}{% endmacro %}{{ m.name }} {{ m.arguments }} {{ m }}'],
  ],
  'other blocks: filter, with, print, raw, comments': [
    [
      "{% filter upper %}hello {{ 'world' }}{% endfilter %}{% with a = 1, b = 2 %}{{ a + b }}{% endwith %}{% print 'p' %}",
    ],
    ['{% raw %}{{ not rendered }}{% endraw %}{# a comment #}x'],
    ['{# unclosed comment'],
  ],
  'whitespace: - and +, trim_blocks, lstrip_blocks': [
    ['{%- for i in [1, 2] -%}\n  {{ i }}\n{%- endfor %}\nend'],
    ['  {% if true %}\n    indented\n  {% endif %}\n  {%+ if true %}kept{% endif %}\n'],
    ['a  {#- trimmed -#}  b\n  {# lstripped #}\nc\n{% raw -%}  r  {%- endraw %}\n'],
    ['line\n\t{% set x = 1 %}\r\n{{- x -}}\r\n\n'],
  ],
  'filters: each byte-identical to Jinja2 3.1': [
    [
      "{{ [3, 1, 2]|sort }} {{ ['b', 'A', 'c']|sort }} {{ ['b', 'A', 'c']|sort(case_sensitive=true) }} {{ [1, 2, 3]|sort(reverse=true) }}",
    ],
    [
      "{{ users|sort(attribute='age,name')|map(attribute='name')|join(',') }} {{ users|map(attribute='name')|list }}",
      '{"users": [{"name": "b", "age": 2}, {"name": "a", "age": 2}, {"name": "c", "age": 1}]}',
    ],
    [
      "{{ {'b': 1, 'a': 2}|dictsort }} {{ {'b': 1, 'a': 2}|dictsort(by='value', reverse=true) }} {{ {'a': 1}|items|list }}",
    ],
    [
      "{{ [1, 2, 2, 3]|unique|list }} {{ ['a', 'A']|unique|list }} {{ [1, 2, 3]|first }} {{ [1, 2, 3]|last }} {{ 'abc'|last }}",
    ],
    [
      "{{ [1, 2, 3, 4]|select('even')|list }} {{ [1, 2, 3, 4]|reject('odd')|list }} {{ [0, 1, '']|select|list }} {{ [1, 5]|select('>', 2)|list }}",
    ],
    [
      "{{ users|selectattr('age', 'equalto', 2)|map(attribute='name')|join }} {{ users|rejectattr('age')|list }}",
      '{"users": [{"name": "b", "age": 2}, {"name": "c", "age": 0}]}',
    ],
    [
      "{{ [1, 2, 3]|map('string')|join(',') }} {{ ['a', 'b']|map('upper')|list }} {{ [1, 2]|join }} {{ [1, 2]|join(', ') }}",
    ],
    [
      "{{ 2.5|round }} {{ 3.5|round }} {{ 2.675|round(2) }} {{ 1234|round(-2) }} {{ 2.1|round(method='ceil') }} {{ 2.9|round(1, 'floor') }} {{ 5|round }}",
    ],
    [
      "{{ '42'|int + 1 }} {{ '3.5'|int }} {{ 'x'|int(7) }} {{ '0x1F'|int(0, 16) }} {{ '3.5'|float }} {{ 'x'|float }} {{ 4|float }}",
    ],
    [
      "{{ 1|string ~ 2 }} {{ [1]|string }} {{ 'ab'|list }} {{ {'a': 1}|list }} {{ 'x'|upper }}{{ 'X'|lower }} {{ ' a '|trim }}| {{ 'xax'|trim('x') }}",
    ],
    ["{{ {'b': [1, 2.0], 'a': \"it's <b>\"}|tojson }} {{ [1, 'é']|tojson(2) }}"],
    [
      "{{ 'line1\\nline2\\n\\nline3'|indent(2) }}|{{ 'a\\nb'|indent(2, true) }}|{{ 'a\\n\\nb'|indent('> ', blank=true) }}",
    ],
    [
      "{{ 'a very long sentence indeed'|truncate(10) }} {{ 'short'|truncate(10) }} {{ 'a very long sentence here'|truncate(12, true) }} {{ 'abcdefghij'|truncate(9, end='~') }}",
    ],
    [
      "{{ 'The quick brown fox jumps over the lazy dog'|wordwrap(10) }}|{{ 'a-b-c-d-e-f long-hyphenated-word'|wordwrap(5) }}|{{ 'xxxxxxxxxxxx'|wordwrap(5, false) }}",
    ],
    [
      "{{ 'abc'|center(9) }}|{{ 'hello world-foo(bar)'|title }} {{ 'hELLO'|capitalize }} {{ -3|abs }} {{ -2.5|abs }}",
    ],
    [
      "{{ [1, 5, 2]|max }} {{ [1, 5, 2]|min }} {{ ['b', 'A']|max }} {{ [1, 2, 3]|sum }} {{ [1.5, 2]|sum }} {{ users|sum(attribute='n') }}",
      '{"users": [{"n": 1}, {"n": 2}]}',
    ],
    [
      '{{ [1, 2, 3, 4, 5]|batch(2)|list }} {{ [1, 2, 3, 4, 5]|slice(2)|list }} {{ [1, 2, 3]|batch(2, 0)|list }} {{ [1, 2]|reverse|list }} {{ "ab"|reverse }}',
    ],
    [
      "{{ x|default('fallback') }} {{ ''|default('e', true) }} {{ none|default('n') }} {{ [4, 5]|length }} {{ 'héllo'|count }}",
      '{"x": null}',
    ],
    ['{{ "it\'s"|shquote }} {{ 42|shquote }} {{ 1.0|shquote }} {{ none|shquote }}'],
    ["{{ ['a']|shquote }}"],
    ["{{ '%s=%d'|format('a', 1) }} {{ 'a b'|wordcount }} {{ '<&>'|e }} {{ 'a b/é'|urlencode }}"],
  ],
  'tests: each with Python semantics': [
    [
      '{{ 2 is even }}{{ 3 is odd }}{{ 9 is divisibleby 3 }}{{ none is none }}{{ 1 is number }}{{ "a" is string }}{{ {} is mapping }}',
    ],
    [
      '{{ [] is iterable }}{{ 1 is iterable }}{{ "a" is sequence }}{{ true is boolean }}{{ 1 is integer }}{{ 1.0 is float }}{{ true is integer }}',
    ],
    [
      '{{ 1 is eq 1 }}{{ 1 is ne 2 }}{{ 1 is lt 2 }}{{ 2 is ge 2 }}{{ 1 is in [1] }}{{ "ab" is lower }}{{ "AB" is upper }}{{ false is false }}{{ true is true }}',
    ],
    ['{{ x is sameas none }}{{ x is defined }}{{ y is undefined }}', '{"x": null}'],
  ],
  "Jinja2's own quirks, reproduced": [
    ["{% set x = 'nan'|float %}"],
    ["{{ 'nan'|float }} {{ [1e400] }}"],
    ['{% set x | replace("a", y) %}abc{% endset %}{{ x }}', '{"y": "Z"}'],
    [
      '{% for i in [1] %}{% for j in [1] %}{{ x }}{% endfor %}{% set x = 5 %}{% endfor %}',
      '{"x": 1}',
    ],
  ],
};

const all = Object.entries(CLASSES).flatMap(([name, cases]) => cases.map((c) => ({ name, c })));
let reference: Promise<Jinja2Result[]> | undefined;

async function jinja2(c: Case): Promise<Jinja2Result> {
  reference ??= renderWithJinja2(
    all.map(({ c: [source, json] }) => ({ source, variablesJson: json ?? '{}' })),
  );
  return (await reference)[all.findIndex((a) => a.c === c)]!;
}

async function ours([source, json]: Case): Promise<Jinja2Result> {
  try {
    const variables = variablesFrom(json ?? '{}') as Record<string, unknown>;
    return { output: await renderTemplate(source, variables, 'case.j2') };
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).line, (err as Error).message).toBeDefined();
    return { error: (err as Error).message };
  }
}

describe('every construct class renders what python3-jinja2 renders, or fails as it does', () => {
  it.each(Object.keys(CLASSES))('%s', async (name) => {
    for (const c of CLASSES[name]!) {
      const [expected, actual] = [await jinja2(c), await ours(c)];
      const label = `${c[0]} with ${c[1] ?? '{}'}: ${JSON.stringify(actual)}`;
      if ('output' in expected) expect(actual, label).toEqual(expected);
      else expect('error' in actual, `${label}; Jinja2: ${expected.error}`).toBe(true);
    }
  });
});
