import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  matchAllEach,
  PatternSkippedError,
  PatternTimeoutError,
} from '../../src/references/budget.js';
import { patternProblem } from '../../src/references/pattern.js';
import { planBump } from '../../src/references/plan.js';
import { ReferenceProblemError } from '../../src/references/problem.js';
import type { ReferenceRule } from '../../src/references/rules.js';

let repo: string;
beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'worker-image-refs-hardening-'));
});
afterEach(() => rm(repo, { recursive: true, force: true }));

describe('the backtracking check reads escapes as the engine does with the rule flags', () => {
  it.each([
    // Without u, \u{2} is "u" twice: (uu|u)*.
    ['(\\u{2}|u)*x{version}', ''],
    ['(\\x{2}|x)*y{version}', ''],
    ['(\\u0{2}|u)*x{version}', ''],
    // \012 is an octal escape: a line feed, as \n is.
    ['(\\012|\\n)*x{version}', ''],
    // \c without a letter is a backslash, then c.
    ['(\\c|\\\\)*x{version}', ''],
  ])('refuses %s (flags "%s")', (pattern, flags) => {
    expect(patternProblem(pattern, flags)).toMatch(/repeats "|without the u flag/);
  });

  it.each(['\\u{2}x{version}', '\\p{L}x{version}', '\\P{Lu}x{version}'])(
    'refuses %s without the u flag, saying what it means there',
    (pattern) => {
      expect(patternProblem(pattern)).toMatch(
        /has \\[pPu]\{\w+\}, which without the u flag is the letter [pPu] then \{\w+\}.*add flags: u/,
      );
      expect(patternProblem(pattern, 'u')).toBeUndefined();
    },
  );

  it.each([
    ['(\\u{2}|u)*x{version}', 'u'],
    ['(\\p{L}|1)*x{version}', 'u'],
    ['(\\u0041|b)*x{version}', ''],
    ['(\\x41|b)*x{version}', ''],
    ['(\\cA|b)*x{version}', ''],
    ['(\\0|b)*x{version}', ''],
  ])('still accepts %s (flags "%s")', (pattern, flags) => {
    expect(patternProblem(pattern, flags)).toBeUndefined();
  });

  it('refuses \\1 and \\k as backreferences, saying \\1 may read as octal without u', () => {
    expect(patternProblem('(a)\\1{version}')).toMatch(
      /backreference \\1, which cannot be matched in linear time.*octal escape/,
    );
    expect(patternProblem('(?<a>a)\\k<a>{version}')).toMatch(/backreference \\k<a>/);
  });
});

describe('a pattern stopped on one file is not run again on every other file', () => {
  it('gives the later jobs of a stopped group a PatternSkippedError, others run', () => {
    const slow = /(\w*)*=/g;
    const text = `${'a'.repeat(40)}!`;
    const found = matchAllEach(
      [
        { regex: slow, text, group: 'slow' },
        { regex: /b(\d)/dg, text: 'b1', group: 'fast' },
        { regex: slow, text, group: 'slow' },
        { regex: slow, text, group: 'slow' },
      ],
      50,
    );
    expect(found[0]).toBeInstanceOf(PatternTimeoutError);
    expect((found[1] as RegExpMatchArray[]).map((m) => m[1])).toEqual(['1']);
    expect(found[2]).toBeInstanceOf(PatternSkippedError);
    expect(found[3]).toBeInstanceOf(PatternSkippedError);
  });

  it('fails the rule on the first file and names how many were not searched', async () => {
    // `(\w|=)*` passes the static check; `\w*\w*\w*` does too, and is cubic: slow enough.
    const rule: ReferenceRule = {
      name: 'slow',
      path: 'many/*.txt',
      pattern: '\\w*\\w*\\w*\\w*\\w*\\w*=x{version}',
      flags: '',
      value: 'gcp',
    };
    await mkdir(join(repo, 'many'));
    for (let i = 0; i < 8; i++) {
      await writeFile(join(repo, `many/f${i}.txt`), `${'a'.repeat(3_000)}=x\n`);
    }
    const started = Date.now();
    const err = await planBump({ repoDir: repo, rules: [rule], versions: { gcp: '18' } }).catch(
      (e: unknown) => e,
    );
    // One budget (a batch run, then the file alone), not one per file.
    expect(Date.now() - started).toBeLessThan(4_500);
    expect(err).toBeInstanceOf(ReferenceProblemError);
    const problems = (err as ReferenceProblemError).problems;
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/^many\/f0\.txt: pattern took longer than 1s/),
      expect.stringMatching(
        /^many\/\*\.txt: pattern was stopped past its time budget on many\/f0\.txt, so the rule's 7 other files were not searched/,
      ),
    ]);
  }, 20_000);
});
