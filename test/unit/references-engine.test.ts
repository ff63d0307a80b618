import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/references/diff.js';
import { glob } from '../../src/references/glob.js';
import { compilePattern } from '../../src/references/pattern.js';
import { findTokens } from '../../src/references/rewrite.js';
import { git } from './references-example.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-engine-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), path);
  }
}

const versionsIn = (text: string, pattern: string, flags = ''): string[] =>
  findTokens(text, compilePattern(pattern, flags)).map((t) => t.version);

describe('{version} patterns', () => {
  it.each([
    ['batch-worker-23', ['23']],
    ['batch-worker-17a', ['17a']],
    ["'batch-worker-0.0.13'", ['0.0.13']],
    ['batch-worker-23.tar.gz', ['23']],
    ['the image is batch-worker-9.', ['9']],
    ['batch-worker-22-04', []],
    ['batch-worker-17ab', []],
    ['batch-worker-23_old', []],
    ['batch-worker-subnet', []],
    ["f'batch-worker-{DEFAULT_NAMESPACE}-'", []],
    ['batch-worker-alice-3', []],
  ])('batch-worker-{version} in %j finds %j', (text, expected) => {
    expect(versionsIn(text, 'batch-worker-{version}')).toEqual(expected);
  });

  it('reads escaped braces as text, quantifiers and classes as regex', () => {
    expect(
      versionsIn(
        "f'projects/{project}/images/w-7'",
        String.raw`projects/\{project\}/images/w-{version}`,
      ),
    ).toEqual(['7']);
    expect(versionsIn('xx-5 x-6', 'x{2}-{version}')).toEqual(['5']);
    expect(versionsIn('{a}/5', '[{]a[}]/{version}')).toEqual(['5']);
  });

  it('anchors at line ends, and takes flags', () => {
    const script = 'A=1\nVERSION=23\n# VERSION=22\n';
    expect(versionsIn(script, '^VERSION={version}$')).toEqual(['23']);
    expect(versionsIn('image: BATCH-WORKER-3', 'batch-worker-{version}', 'i')).toEqual(['3']);
  });

  it('can find a namespaced image for the guard', () => {
    const found = findTokens(
      'batch-worker-alice-3 batch-worker-24 batch-worker-22-04',
      compilePattern('batch-worker-{version}', '', { namespaced: true }),
    );
    expect(found.map((t) => [t.namespace, t.version])).toEqual([
      ['alice', '3'],
      [undefined, '24'],
    ]);
  });
});

describe('glob', () => {
  beforeEach(() =>
    files([
      'a/x.py',
      'a/xy.py',
      'a/b/c.py',
      'a/b/c.md',
      'a/.hidden/h.py',
      '.github/workflows/ci.yml',
      'top.py',
    ]),
  );

  it.each([
    ['**/*.py', ['a/b/c.py', 'a/x.py', 'a/xy.py', 'top.py']],
    ['a/**', ['a/b/c.md', 'a/b/c.py', 'a/x.py', 'a/xy.py']],
    ['a/**/c.*', ['a/b/c.md', 'a/b/c.py']],
    ['a/?.py', ['a/x.py']],
    ['a/x.py', ['a/x.py']],
    ['./a//x.py', ['a/x.py']],
    ['.github/**/*.yml', ['.github/workflows/ci.yml']],
    ['a/.hidden/*.py', ['a/.hidden/h.py']],
    ['a/nothing.py', []],
    ['a', []],
  ])('%s', async (pattern, expected) => {
    expect(await glob(dir, pattern)).toEqual(expected);
  });

  it('does not follow a link cycle', async () => {
    await symlink(join(dir, 'a'), join(dir, 'a/b/loop'));
    expect(await glob(dir, '**/c.py')).toEqual(['a/b/c.py']);
  });
});

describe('unified diff', () => {
  it('prints what git prints: merged and separate hunks, function headers, no final newline', async () => {
    const before = [
      'def first():',
      ...Array.from({ length: 30 }, (_, i) => `    line_${i} = 'v1'`),
      'class Second:',
      ...Array.from({ length: 20 }, (_, i) => `    field_${i} = 'v1'`),
      'tail = "v1"',
    ].join('\n');
    // Changes 6 lines apart share a hunk, 7 apart do not; the last line has no newline.
    const changed = new Set([2, 9, 17, 18, 40, 52]);
    const after = before
      .split('\n')
      .map((line, i) => (changed.has(i) ? line.replace('v1', 'v2') : line))
      .join('\n');
    const plan = {
      repoDir: dir,
      changes: [],
      skipped: [],
      files: [{ path: 'src/app.py', before, after }],
    };
    await files(['src/app.py']);
    await writeFile(join(dir, 'src/app.py'), before);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'before');
    await writeFile(join(dir, 'src/app.py'), after);
    const expected = git(dir, 'diff').replace(/^index .*\n/gm, '');
    expect(expected).toContain('\\ No newline at end of file');
    expect(unifiedDiff(plan)).toBe(expected);
  });
});
