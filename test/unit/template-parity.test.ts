import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/template/render.js';
import { renderWithJinja2, type Jinja2Case, type Jinja2Result } from '../helpers/jinja2.js';

const FIXTURES = 'test/fixtures/templates';
const STARTUP = ['gcp-startup', 'azure-startup'];

interface Case extends Jinja2Case {
  name: string;
}

const read = (path: string): string => readFileSync(path, 'utf8');
const json = (path: string): Record<string, unknown> =>
  JSON.parse(read(path)) as Record<string, unknown>;

const fixtures: Case[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.j2'))
  .map((file) => ({
    name: file,
    source: read(join(FIXTURES, file)),
    variables: json(join(FIXTURES, file.replace(/\.j2$/, '.json'))),
  }));

const startup: Case[] = STARTUP.flatMap((template) =>
  ['cpu', 'gpu'].map((variant) => ({
    name: `templates/${template}.sh.j2 (${variant})`,
    source: read(`templates/${template}.sh.j2`),
    variables: json(join(FIXTURES, `${template}.${variant}.json`)),
  })),
);

const newlines: Case[] = [
  ['no trailing newline', 'a\nb'],
  ['a single trailing newline is dropped', 'a\nb\n'],
  ['only one of two trailing newlines is dropped', 'a\nb\n\n'],
  ['CRLF line ends become LF', 'a\r\nb\r\n'],
  ['CR line ends become LF', 'a\rb\r'],
  ['a value ending in a newline keeps it', '{{ v }}\n'],
  ['a block closing the template', '{% if true %}\nx\n{% endif %}\n'],
].map(([name, source]) => ({ name: name!, source: source!, variables: { v: 'x\n' } }));

/**
 * Each kind of tag Jinja2's lexer treats differently (statement, comment, output, raw block),
 * with every `-`/`+` modifier, between every kind of surrounding whitespace, alone and in pairs.
 */
function whitespaceCombinations(): Case[] {
  const signs = ['', '-', '+'];
  const around = ['', 'a', '  ', '\n', 'a\n  ', '\n\n\t'];
  const tags: string[] = [];
  for (const open of signs) {
    for (const close of signs) {
      tags.push(`{%${open} set v = 1 ${close}%}`, `{#${open} c ${close}#}`);
      if (close !== '+') tags.push(`{{${open} "v" ${close}}}`);
    }
  }
  const raws: string[] = [];
  for (const open of signs) {
    for (const close of ['', '-']) {
      for (const endOpen of signs) {
        for (const endClose of signs) {
          for (const content of ['r', '\n  r\n  ']) {
            raws.push(`{%${open} raw ${close}%}${content}{%${endOpen} endraw ${endClose}%}`);
          }
        }
      }
    }
  }
  const sources = [
    ...around.flatMap((before) =>
      [...tags, ...raws].flatMap((tag) => around.map((after) => before + tag + after)),
    ),
    ...tags.flatMap((a) => tags.flatMap((b) => ['', '\n  '].map((sep) => `  ${a}${sep}${b}\n  z`))),
  ];
  return sources.map((source) => ({ name: JSON.stringify(source), source, variables: {} }));
}

const combinations = whitespaceCombinations();
const named = [...fixtures, ...startup, ...newlines];
const all = [...named, ...combinations];

// One python3 run renders every case; each test awaits it, so without jinja2 each test fails.
let reference: Promise<Map<Case, Jinja2Result>> | undefined;

async function jinja2Output(c: Case): Promise<string> {
  reference ??= renderWithJinja2(all).then(
    (results) => new Map(all.map((a, i) => [a, results[i]!])),
  );
  const result = (await reference).get(c)!;
  if ('error' in result) throw new Error(`Jinja2 itself cannot render ${c.name}: ${result.error}`);
  return result.output;
}

describe('templates render to the same bytes as python3-jinja2', () => {
  it('covers every fixture and both variants of each startup script', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['bash.j2', 'filters.j2', 'loops.j2', 'raw.j2', 'whitespace.j2']),
    );
    expect(startup).toHaveLength(4);
  });

  it.each(named)('$name', async (c) => {
    expect(await renderTemplate(c.source, c.variables ?? {}, c.name)).toBe(await jinja2Output(c));
  });

  it(`whitespace control around every kind of tag (${combinations.length} templates)`, async () => {
    const mismatches: { source: string; expected: string; actual: string }[] = [];
    for (const c of combinations) {
      const expected = await jinja2Output(c);
      const actual = await renderTemplate(c.source, c.variables ?? {}, 'combination.j2');
      if (actual !== expected) mismatches.push({ source: c.source, expected, actual });
    }
    expect(mismatches).toEqual([]);
  });
});
