import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/template/render.js';
import { shquote } from '../../src/template/shquote.js';
import { tojson as dumps } from '../../src/template/tojson.js';
import { fromJs } from '../../src/template/values.js';

/** `|tojson` of a value given as JSON-like JavaScript (integers are Python ints). */
const tojson = (value: unknown, indent?: number): string =>
  dumps(fromJs(value), indent === undefined ? undefined : ' '.repeat(indent));

/** What bash makes of a script's output on stdout. */
function bash(script: string): string {
  const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('shquote', () => {
  it('single-quotes, closing and reopening around each quote', () => {
    expect(shquote("it's")).toBe("'it'\\''s'");
    expect(shquote('')).toBe("''");
    expect(shquote('plain')).toBe("'plain'");
  });

  it('makes every value one shell word that bash expands back to exactly that value', () => {
    const values = [
      "it's",
      '',
      'two words',
      '$(id) `id` $HOME ${X}',
      'line1\nline2\n',
      `'"'"'`,
      'héllo 😀',
      '-n',
      '*',
      '\\',
    ];
    for (const value of values) expect(bash(`printf '%s' ${shquote(value)}`)).toBe(value);
  });

  it("quotes other values as Python's str() prints them", () => {
    expect([true, false, null, 42n, 1.5].map(shquote)).toEqual([
      "'True'",
      "'False'",
      "'None'",
      "'42'",
      "'1.5'",
    ]);
  });

  it('refuses a list rather than quoting its text', () => {
    expect(() => shquote(['a', 'b'])).toThrow('quote each item inside a {% for %} loop');
  });
});

describe('tojson', () => {
  it('sorts keys at every level and uses Python’s separators', () => {
    const value = { b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } };
    expect(tojson(value)).toBe('{"a": {"c": [3, {"e": 5, "f": 4}], "d": 2}, "b": 1}');
  });

  it('sorts keys by code point as Python does, not by UTF-16 unit', () => {
    expect(tojson({ '😀': 2, Ａ: 1 })).toBe('{"\\uff21": 1, "\\ud83d\\ude00": 2}');
  });

  it('writes ASCII only, escaping non-ASCII as \\u sequences', () => {
    expect(tojson('héllo ☃ 😀')).toBe('"h\\u00e9llo \\u2603 \\ud83d\\ude00"');
  });

  it("escapes quotes, backslashes and control characters, and < > & ' for HTML and shell", () => {
    expect(tojson('say "hi"\\\n\t\u0001')).toBe('"say \\"hi\\"\\\\\\n\\t\\u0001"');
    expect(tojson("<a href='x'>&</a>")).toBe(
      '"\\u003ca href=\\u0027x\\u0027\\u003e\\u0026\\u003c/a\\u003e"',
    );
  });

  it("prints numbers, null and booleans as Python's json does", () => {
    expect(tojson([42, 1.5, 0.00001, null, true, false])).toBe(
      '[42, 1.5, 1e-05, null, true, false]',
    );
  });

  it('indents like json.dumps(indent=N)', () => {
    expect(tojson({ b: [1], a: {} }, 2)).toBe('{\n  "a": {},\n  "b": [\n    1\n  ]\n}');
  });

  it('round-trips through JSON.parse', () => {
    const value = {
      name: "it's <b>",
      tags: ['a', 'ü'],
      nested: { n: -3.25, ok: true, none: null },
    };
    expect(JSON.parse(tojson(value))).toEqual(value);
  });

  it('can sit inside single quotes in a script, whatever the value holds', async () => {
    const config = { cmd: "echo 'hi' && rm -rf /tmp/x", note: '$(id)' };
    const script = await renderTemplate(
      "printf '%s' '{{ config | tojson }}'\n",
      { config },
      't.sh.j2',
    );
    expect(JSON.parse(bash(script))).toEqual(config);
  });
});
