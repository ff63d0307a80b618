import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bumpCommand } from '../../src/cli/bump.js';
import { catalogueCommand } from '../../src/cli/catalogue.js';
import { cli } from '../../src/cli.js';
import { planBump } from '../../src/references/plan.js';
import { ReferenceProblemError } from '../../src/references/problem.js';

let repo: string;
beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'wi-bump-hardening-'));
  await mkdir(join(repo, 'scripts'));
  await writeFile(join(repo, 'scripts/create.py'), "IMAGE = 'batch-worker-23'\n");
});
afterEach(() => rm(repo, { recursive: true, force: true }));

async function config(rules: string): Promise<string> {
  await writeFile(join(repo, 'worker-image.yml'), `references:\n${rules}`);
  return join(repo, 'worker-image.yml');
}

const RULE = `  - name: gcp-driver
    path: scripts/create.py
    pattern: batch-worker-{version}
    value: gcp
`;

/** Runs a command, returning what it printed (stdout) and its exit code or error. */
async function run(
  command: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ out: string; code?: number; error?: Error }> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof write;
  try {
    const code = await command(args);
    return { out: out.join(''), code };
  } catch (error) {
    return { out: out.join(''), error: error as Error };
  } finally {
    process.stdout.write = write;
  }
}

const bump = async (...args: string[]) =>
  run(bumpCommand, ['--config', await config(RULE), '--repo', repo, ...args]);

describe('bump: a downgrade is never silent', () => {
  it('warns of 23 → 18 at the reference, naming rule, file and both versions, in a dry run too', async () => {
    for (const extra of [['--dry-run'], []]) {
      const { code, out } = await bump('--set', 'gcp=18', ...extra);
      expect(code).toBe(0);
      expect(out).toMatch(
        /warning: scripts\/create\.py:1: rule gcp-driver: 23 → 18 moves the reference back to an older version/,
      );
    }
    expect(await readFile(join(repo, 'scripts/create.py'), 'utf8')).toContain('batch-worker-18');
  });

  it('an upgrade says nothing of the kind, and --check is unchanged (newer references pass)', async () => {
    const { code, out } = await bump('--set', 'gcp=24', '--dry-run');
    expect(code).toBe(0);
    expect(out).not.toMatch(/older version/);
    expect((await bump('--set', 'gcp=18', '--check')).code).toBe(0);
  });
});

describe('bump: reference paths that are not files', () => {
  it.each([
    [
      'a folder',
      'batch',
      /batch: rule r: is a folder, not a file: name a file in it, or its files with a glob \(batch\/\*\)/,
    ],
    ['a FIFO', 'pipe', /pipe: rule r: is a FIFO \(named pipe\), not a regular file/],
    [
      'a link to /dev/zero',
      'zero',
      /zero: rule r: is a symbolic link to a device, not a regular file/,
    ],
    ['a missing file', 'nothing.py', /nothing\.py: rule r: file not found/],
  ])('%s says what it is', async (_what, path, says) => {
    await mkdir(join(repo, 'batch'));
    execFileSync('mkfifo', [join(repo, 'pipe')]);
    await symlink('/dev/zero', join(repo, 'zero'));
    const file = await config(
      `  - name: r\n    path: ${path}\n    pattern: batch-worker-{version}\n    value: gcp\n`,
    );
    const { error } = await run(bumpCommand, ['--config', file, '--repo', repo, '--set', 'gcp=24']);
    expect(error?.message).toMatch(says);
  });

  it('counts and names the files a glob matched that are not UTF-8 text', async () => {
    await writeFile(join(repo, 'scripts/a.py'), "IMAGE = 'batch-worker-23'\n");
    await writeFile(
      join(repo, 'scripts/b.py'),
      Buffer.concat([Buffer.from("IMAGE = 'batch-worker-23'\n"), Buffer.from([0xff, 0xfe])]),
    );
    const file = await config(
      `  - name: r\n    path: scripts/*.py\n    pattern: batch-worker-{version}\n    value: gcp\n`,
    );
    const { out, code } = await run(bumpCommand, [
      ...['--config', file, '--repo', repo, '--set', 'gcp=24', '--dry-run'],
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /rule r: 3 files read, 2 with references, 1 skipped as not UTF-8 text \(scripts\/b\.py\)/,
    );
  });
});

describe('--repo and --config are checked first, for every command', () => {
  it('refuses a --repo that is a file or missing, and an empty --config', async () => {
    const file = await config(RULE);
    const cases: [string[], RegExp][] = [
      [['--config', file, '--repo', file], /--repo: ".*worker-image\.yml" is a file, not a folder/],
      [['--config', file, '--repo', join(repo, 'nowhere')], /--repo: ".*nowhere" does not exist/],
      [['--config', '', '--repo', repo], /--config is empty/],
    ];
    for (const [args, says] of cases) {
      const bumped = await run(bumpCommand, [...args, '--set', 'gcp=24']);
      expect(bumped.error?.message).toMatch(says);
    }
    const catalogued = await run(catalogueCommand, [
      ...['--manifest', 'm.json', '--out', 'o/', '--repo', file],
    ]);
    expect(catalogued.error?.message).toMatch(/--repo: ".*" is a file, not a folder/);
    for (const command of ['share', 'replicate', 'prune', 'gc', 'verify', 'plan', 'run', 'bake']) {
      const err: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (err.push(chunk), true)) as typeof write;
      try {
        await cli([command, '--config', '']);
      } finally {
        process.stderr.write = write;
      }
      expect(err.join(''), command).toMatch(/--config is empty/);
    }
  });
});

describe('messages echoing a user value keep it on one line', () => {
  it('bump --set with a line break', async () => {
    const { error } = await bump('--set', 'gcp=18\n::error::pwned');
    expect(error?.message).toMatch(/^set: "gcp=18\\n::error::pwned" must be cloud=version/);
    expect(error?.message).not.toContain('\n');
  });

  it('a rule name and a file name with control characters', async () => {
    await writeFile(join(repo, 'scripts/a\n::warning::y.py'), 'nope-1 nope-2\n');
    const err = await planBump({
      repoDir: repo,
      rules: [
        {
          name: 'r\n::error::x\u001b[31m',
          path: 'scripts/*.py',
          pattern: 'nope-{version}',
          flags: '',
          value: 'gcp',
          expect: 1,
        },
      ],
      versions: { gcp: '24' },
    }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(ReferenceProblemError);
    const message = (err as Error).message;
    expect(message).toMatch(
      /^scripts\/a\\n::warning::y\.py:1: rule r\\n::error::x\\u001b\[31m: matched 2 times \(scripts\/a\\n::warning::y\.py:1, /,
    );
    expect(message.split('\n')).toHaveLength(1);
  });
});
