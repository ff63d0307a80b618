import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bump } from '../../src/bump/bump.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { matchAllEach, PatternTimeoutError } from '../../src/references/budget.js';
import { glob } from '../../src/references/glob.js';
import { requiredLiteral } from '../../src/references/literal.js';
import { compilePattern } from '../../src/references/pattern.js';
import { planBump } from '../../src/references/plan.js';
import { FileReader } from '../../src/references/read.js';
import { findTokens } from '../../src/references/rewrite.js';
import type { ReferenceRule } from '../../src/references/rules.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-scale-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function put(files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const rule = (over: Partial<ReferenceRule>): ReferenceRule => ({
  name: 'images',
  path: '**',
  pattern: 'batch-worker-{version}',
  flags: '',
  value: 'gcp',
  ...over,
});

/** A repository of `n` filler modules, some naming the image at 24 (current) or 23. */
function repo(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const image = i % 5 === 0 ? "IMAGE = 'batch-worker-24'\n" : '';
    files[`pkg/m${i % 7}/file_${i}.py`] = `x = ${i}\n${image}y = 'batch-worker-subnet'\n`;
  }
  files['pkg/old_a.py'] = "IMAGE = 'batch-worker-23'\n";
  files['pkg/m3/old_b.py'] = "\n\nIMAGE = 'batch-worker-23'\n";
  return files;
}

describe('a bump over many files', () => {
  it('logs a line per rule with its counts and a line per reference that changes, none per file it leaves alone', async () => {
    await put(repo(200));
    await put({
      'worker-image.yml':
        "references:\n  - name: py-images\n    path: '**/*.py'\n    pattern: batch-worker-{version}\n    value: gcp\n" +
        '  - name: azure-images\n    path: pkg/m3/*.py\n    pattern: batch-worker-{version}\n    value: azure\n',
    });
    const lines: string[] = [];
    const outcome = await bump({
      config: 'worker-image.yml',
      manifests: [],
      set: ['gcp=24'],
      check: false,
      dryRun: true,
      repoDir: '.',
      cwd: dir,
      reporter: new ConsoleReporter((l) => lines.push(l)),
    });
    const log = lines.join('').split('\n');
    const diffAt = log.indexOf('▸ Diff');
    expect(log.slice(0, diffAt)).toEqual([
      'versions: gcp 24',
      'rule py-images: 202 files read, 42 with references: 2 to change, 40 already current',
      '  pkg/m3/old_b.py:3: 23 → 24',
      '  pkg/old_a.py:1: 23 → 24',
      'rule azure-images: 30 files read, 7 with references; skipped (no new azure version in this bump)',
    ]);
    expect(outcome.changedFiles).toEqual(['pkg/m3/old_b.py', 'pkg/old_a.py']);
    // The diff is printed whole, as before.
    expect(lines.join('')).toContain(outcome.diff.trimEnd().split('\n').join('\n  '));
  });

  it('reads each file once, however many rules name it', async () => {
    await put(repo(60));
    const read = vi.spyOn(FileReader.prototype, 'read');
    const plan = await planBump({
      repoDir: dir,
      rules: [
        rule({ name: 'all' }),
        rule({ name: 'py', path: 'pkg/**/*.py' }),
        rule({ name: 'again', path: '**' }),
        rule({ name: 'one', path: 'pkg/old_a.py' }),
      ],
      versions: { gcp: '24' },
    });
    const files = await glob(dir, '**');
    expect(read).toHaveBeenCalledTimes(files.length);
    expect(new Set(read.mock.calls.map(([path]) => path)).size).toBe(files.length);
    expect(plan.files.map((f) => f.path)).toEqual(['pkg/m3/old_b.py', 'pkg/old_a.py']);
  });

  it('finds what a search of every file with the regex finds, where the shortcut skips files', async () => {
    const files: Record<string, string | Buffer> = {
      // The literal text split over two lines, in another case, or only partly there.
      'a/split.txt': "projects/x/global/images/batch-\nworker-23'",
      'a/case.txt': "/GLOBAL/IMAGES/BATCH-WORKER-23'",
      'a/part.txt': "/global/images/batch-worker-'",
      // At the very start and end, after multi-byte characters, with CRLF line ends.
      'b/start.txt': "/global/images/batch-worker-1'",
      'b/end.txt': "x\r\ny\r\n/global/images/batch-worker-2'",
      'b/utf8.txt': "é中😀\n/global/images/batch-worker-3' and /global/images/batch-worker-4a'\n",
      'b/many.txt': Array.from(
        { length: 50 },
        (_, i) => `line ${i} /global/images/batch-worker-${i}'`,
      ).join('\n'),
      // Not UTF-8: a glob passes over it.
      'c/binary.bin': Buffer.from([0xff, 0xfe, 0x2f, 0x67, 0x6c]),
      'c/empty.txt': '',
    };
    await put(files);
    const pattern = "/global/images/batch-worker-{version}'";
    expect(requiredLiteral(pattern, '')).toBe('/global/images/batch-worker-');
    const plan = await planBump({
      repoDir: dir,
      rules: [rule({ pattern })],
      versions: { gcp: '99' },
    });
    const compiled = compilePattern(pattern);
    const expected = Object.entries(files)
      .filter(([, text]) => typeof text === 'string')
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([file, text]) =>
        findTokens(text as string, compiled).map((t) => [file, t.line, t.version]),
      );
    expect(expected.length).toBe(54);
    expect(plan.changes.map((c) => [c.file, c.line, c.old])).toEqual(expected);
    expect(await readFile(join(dir, 'b/utf8.txt'), 'utf8')).toContain('é中😀');
    expect(plan.files.find((f) => f.path === 'b/utf8.txt')?.after).toBe(
      "é中😀\n/global/images/batch-worker-99' and /global/images/batch-worker-99'\n",
    );
  });
});

describe('the text a pattern requires', () => {
  it.each([
    [
      "f'projects/\\{project\\}/global/images/batch-worker-{version}'",
      "f'projects/{project}/global/images/batch-worker-",
    ],
    ['^WORKER_IMAGE_VERSION={version}$', 'WORKER_IMAGE_VERSION='],
    ['--image batch-worker-{version}', '--image batch-worker-'],
    ['images/batch-worker-(?:22-04-)?{version}', 'images/batch-worker-'],
    ['INSTANCE_VERSION\\s*=\\s*{version}', 'INSTANCE_VERSION'],
    ['abcd?ef-{version}', 'abc'],
    ['x{2}-{version}', undefined],
    ['a\\x41bc{version}', 'bc'],
    ['[ab]cde|fgh-{version}', undefined],
    ['[)|(]batch-{version}', 'batch-'],
    ['(a|b)long-literal-{version}', 'long-literal-'],
    ['{version}$', undefined],
  ])('%s needs %j', (pattern, literal) => {
    expect(requiredLiteral(pattern, '') ?? undefined).toBe(literal);
  });

  it('is none with the i flag, where cases fold', () => {
    expect(requiredLiteral('batch-worker-{version}', 'i')).toBeUndefined();
  });

  it.each([
    [
      "f'projects/\\{project\\}/global/images/batch-worker-{version}'",
      "f'projects/{project}/global/images/batch-worker-7'",
    ],
    ['images/batch-worker-(?:22-04-)?{version}', 'images/batch-worker-22-04-3'],
    ['INSTANCE_VERSION\\s*=\\s*{version}', 'INSTANCE_VERSION  =  35'],
    ['abcd?ef-{version}', 'abcef-1 abcdef-2'],
    ['a\\x41bc{version}', 'aAbc5'],
    ['[)|(]batch-{version}', '(batch-5 |batch-6'],
    ['(a|b)long-literal-{version}', 'blong-literal-4'],
    ['\\{x\\}\\.y{version}', '{x}.y8'],
  ])('every match of %s contains it', (pattern, text) => {
    const literal = requiredLiteral(pattern, '');
    const matches = [...text.matchAll(compilePattern(pattern).regex)];
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m[0]).toContain(literal);
  });
});

describe('searches under one time budget', () => {
  it('gives a slow search its timeout and the others their matches, in order', () => {
    const slow = /(\w*)*=/g;
    const found = matchAllEach(
      [
        { regex: /b(\d)/dg, text: 'b1 b2' },
        { regex: slow, text: `${'a'.repeat(40)}!` },
        { regex: /c(\d)/dg, text: 'c3' },
      ],
      50,
    );
    expect(found).toHaveLength(3);
    expect((found[0] as RegExpMatchArray[]).map((m) => m[1])).toEqual(['1', '2']);
    expect(found[1]).toBeInstanceOf(PatternTimeoutError);
    expect((found[2] as RegExpMatchArray[]).map((m) => m[1])).toEqual(['3']);
  });
});
