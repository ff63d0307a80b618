import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVarsArg, variablesFrom } from '../../src/template/vars.js';

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wi-vars-')), name);
  await writeFile(path, text);
  return path;
}

describe('template variables holding themselves (a self-referencing alias)', () => {
  it.each([
    ['&a [*a]', '"*a"', 1],
    ['a: &x [*x]', '"*x"', 1],
    ['a: 1\nb: &x\n  c: [1, *x]\n', '"*x"', 3],
    ['a: &x [1, &y [*x]]', '"*x"', 1],
  ])('refuses %j naming the alias and its line', (text, alias, line) => {
    expect(() => variablesFrom(text)).toThrow(
      `alias ${alias} at line ${line} names the list or mapping it is in: a recursive value`,
    );
  });

  it('--vars @file names the file, the alias and the line once', async () => {
    const path = await file('vars.yml', 'ok: 1\na: &x [*x]\n');
    const err = await parseVarsArg(`@${path}`).catch((e: unknown) => e as Error);
    expect((err as Error).message).toBe(
      `--vars @${path}: not valid YAML: alias "*x" at line 2 names the list or mapping it is in: a recursive value, which a template cannot use: a: &x [*x]`,
    );
  });

  it('an alias used again elsewhere (no loop) is still read', () => {
    expect(variablesFrom('a: &x [1]\nb: [*x, *x]\nc: &y {d: 1}\ne: {f: *y}\n')).toEqual({
      a: [1],
      b: [[1], [1]],
      c: { d: 1 },
      e: { f: { d: 1 } },
    });
  });
});
