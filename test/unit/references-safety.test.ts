import { execFileSync } from 'node:child_process';
import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { branchNameProblem } from '../../src/github/ref-name.js';
import { applyBump } from '../../src/references/apply.js';
import { matchAllWithin, PatternTimeoutError } from '../../src/references/budget.js';
import { unifiedDiff } from '../../src/references/diff.js';
import { patternProblem } from '../../src/references/pattern.js';
import { planBump } from '../../src/references/plan.js';
import { ReferenceProblemError } from '../../src/references/problem.js';
import type { ReferenceRule } from '../../src/references/rules.js';

const RULE: ReferenceRule = {
  name: 'driver',
  path: 'scripts/*.py',
  pattern: 'batch-worker-{version}',
  flags: '',
  value: 'gcp',
};

let base: string;
let repo: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'worker-image-links-'));
  repo = join(base, 'repo');
  await mkdir(join(repo, 'scripts'), { recursive: true });
  await mkdir(join(repo, 'shared'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('a bump never replaces a link', () => {
  it('a link whose target is inside the repository is edited at the target and stays a link', async () => {
    await writeFile(join(repo, 'shared/image.py'), "IMAGE = 'batch-worker-23'\n");
    await symlink('../shared/image.py', join(repo, 'scripts/image.py'));
    const plan = await planBump({
      repoDir: repo,
      rules: [RULE, { ...RULE, name: 'shared', path: 'shared/image.py' }],
      versions: { gcp: '24' },
    });
    expect(plan.files.map((f) => f.path)).toEqual(['shared/image.py']);
    expect(unifiedDiff(plan)).toContain('+++ b/shared/image.py');
    expect(await applyBump(plan)).toEqual(['shared/image.py']);
    expect((await lstat(join(repo, 'scripts/image.py'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(repo, 'scripts/image.py'))).toBe('../shared/image.py');
    expect(await readFile(join(repo, 'shared/image.py'), 'utf8')).toBe(
      "IMAGE = 'batch-worker-24'\n",
    );
  });

  it('a link leading outside is refused, its target neither read nor written', async () => {
    await writeFile(join(base, 'outside.py'), "IMAGE = 'batch-worker-23'\nSECRET\n");
    await symlink(join(base, 'outside.py'), join(repo, 'scripts/image.py'));
    const err = await planBump({ repoDir: repo, rules: [RULE], versions: { gcp: '24' } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReferenceProblemError);
    expect((err as Error).message).toBe(
      'scripts/image.py: rule driver: is a symbolic link leading outside the repository; refusing to read or edit it (pattern: batch-worker-{version})',
    );
    expect(await readFile(join(base, 'outside.py'), 'utf8')).toContain('batch-worker-23');
  });

  it('a folder linked from outside the repository is refused too', async () => {
    await mkdir(join(base, 'elsewhere'));
    await writeFile(join(base, 'elsewhere/x.py'), "IMAGE = 'batch-worker-23'\n");
    await symlink(join(base, 'elsewhere'), join(repo, 'vendor'));
    const err = await planBump({
      repoDir: repo,
      rules: [{ ...RULE, path: 'vendor/x.py' }],
      versions: { gcp: '24' },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^vendor\/x\.py: rule driver: is a symbolic link leading outside/,
    );
  });
});

describe('reference patterns cannot backtrack without bound', () => {
  it.each([
    'batch-worker-{version}',
    'images/batch-worker-(?:22-04-)?{version}',
    'INSTANCE_VERSION\\s*=\\s*{version}',
    'arm_image_id:.*versions/{version}',
    '[a-z]+-{version}',
    '(?:-|_)+worker-{version}',
    '(?:ab){2,}{version}',
    '\\{project\\}/global/images/batch-worker-{version}',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });

  it.each([
    ['(a+)+{version}', /repeats "\(a\+\)\+", which itself repeats/],
    ['(?:[a-z]+-)*{version}', /which itself repeats/],
    ['(?:x{version})+', /which itself repeats/],
    ['(a|ab)*{version}', /a choice whose branches can begin with the same character/],
    ['(?:\\w|\\d)+{version}', /a choice whose branches can begin with the same character/],
    ['(a)\\1{version}', /uses the backreference \\1/],
    ['(?<q>a)\\k<q>{version}', /uses the backreference \\k<q>/],
  ])('refuses %s', (pattern, message) => {
    expect(patternProblem(pattern)).toMatch(message);
  });

  it('stops a pattern past its time budget, and says so', () => {
    const slow = /(\w*)*=/g;
    expect(() => matchAllWithin(slow, `${'a'.repeat(40)}!`, 50)).toThrow(PatternTimeoutError);
    expect(matchAllWithin(/b(\d)/dg, 'b1 b2').map((m) => m[1])).toEqual(['1', '2']);
  });
});

describe("branch names, by git's rules", () => {
  const names = [
    'main',
    'worker-image/bump-images',
    'feature/x',
    '@',
    'a@b',
    'é',
    'HEAD',
    '-main',
    '',
    'a..b',
    'a b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    '/a',
    'a/',
    'a//b',
    'a.',
    'a@{1}',
    '.a',
    'a/.b',
    'a.lock',
    'a/b.lock/c',
    'a\tb',
    'a\u007fb',
  ];

  it.each(names)('%j as git check-ref-format --branch decides', (name) => {
    let gitAccepts: boolean;
    try {
      execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' });
      gitAccepts = true;
    } catch {
      gitAccepts = false;
    }
    expect(branchNameProblem(name) === undefined).toBe(gitAccepts);
  });
});
