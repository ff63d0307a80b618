import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { git, isolateGitConfig, pushesReceived, repoWithRemote } from '../helpers/git-repo.js';
import { changelogSection, changelogVersions } from '../../scripts/changelog-section.mjs';
import {
  checkTagMatchesVersion,
  majorTagToMove,
  parseReleaseTag,
} from '../../scripts/release-tags.mjs';

isolateGitConfig();

type Mapping = Record<string, unknown>;
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Mapping;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}

const WORKFLOW = '.github/workflows/release.yml';
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Mapping;
const jobs = workflow.jobs as Record<string, Job>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const TAG = `v${pkg.version}`;
const compareVersions = (a: string, b: string): number => {
  const [x, y] = [parseReleaseTag(`v${a}`), parseReleaseTag(`v${b}`)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

const stepNamed = (job: string, name: RegExp): Step => {
  const step = jobs[job]!.steps.find((s) => name.test(s.name ?? ''));
  if (!step?.run) throw new Error(`${WORKFLOW}: no run step /${name.source}/ in job ${job}`);
  return step;
};

/** A step's script as the runner runs it: bash -eo pipefail, its `env:` with the tag pushed. */
function runStep(step: Step, cwd: string, env: Record<string, string>) {
  const stepEnv = Object.fromEntries(
    Object.keys(step.env ?? {}).map((k) => [k, k === 'TAG' ? env.TAG! : 'not-a-token']),
  );
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_SERVER_URL: 'https://github.com', ...stepEnv, ...env },
  });
}

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'wi-release-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the release workflow', () => {
  it('starts only from a vX.Y.Z tag push, never twice for one release', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(workflow.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
  });

  it('checks the tagged commit, then attests, then releases', () => {
    expect(Object.keys(jobs)).toEqual(['check', 'attest', 'release']);
    expect([jobs.attest!.needs, jobs.release!.needs]).toEqual(['check', 'attest']);
    const commands = jobs.check!.steps.map((s) => s.run).filter(Boolean);
    expect(commands.slice(-4)).toEqual([
      'npm ci',
      'npm run lint',
      'npm test',
      'npm run check-dist',
    ]);
  });

  it('lets only the attest job mint an OIDC token and write attestations, and only the release job write', () => {
    expect(workflow.permissions).toEqual({});
    expect(jobs.check!.permissions).toEqual({ contents: 'read' });
    expect(jobs.attest!.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      attestations: 'write',
    });
    expect(jobs.release!.permissions).toEqual({ contents: 'write' });
  });

  it('attests every file of dist/ with a SHA-pinned attest-build-provenance, within its subject limit', () => {
    const attest = jobs.attest!.steps.find((s) => s.uses?.startsWith('actions/attest-'));
    expect(attest?.uses).toMatch(/^actions\/attest-build-provenance@[0-9a-f]{40}$/);
    expect(attest?.with).toEqual({ 'subject-path': 'dist/**' });
    // The action takes at most 1024 subjects; a bundle that splits into more would fail a release.
    const files = execFileSync('git', ['ls-files', 'dist'], { encoding: 'utf8' }).split('\n');
    expect(files.filter(Boolean).length).toBeLessThanOrEqual(1024);
    expect(jobs.attest!.steps.filter((s) => s.run)).toEqual([]);
  });

  it('refuses a tag that is not package.json’s version, or has no CHANGELOG section', () => {
    const step = stepNamed('check', /CHANGELOG/);
    expect(runStep(step, process.cwd(), { TAG })).toMatchObject({ status: 0 });
    const wrong = runStep(step, process.cwd(), { TAG: 'v9.9.9' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(
      `tag v9.9.9 does not match package.json's version ${pkg.version}`,
    );
  });

  it('creates the GitHub release with the tag’s CHANGELOG section as its notes', () => {
    const bin = temp();
    const calls = join(bin, 'gh.log');
    // A stand-in gh that records its arguments and the notes it was handed.
    writeFileSync(
      join(bin, 'gh'),
      `#!/bin/sh\necho "$@" >> '${calls}'\nwhile [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cp "$2" '${bin}/notes.md'; shift; done\n`,
    );
    chmodSync(join(bin, 'gh'), 0o755);
    const step = stepNamed('release', /create the GitHub release/);
    const result = runStep(step, process.cwd(), {
      TAG,
      RUNNER_TEMP: temp(),
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(result.stderr).toBe('');
    expect(readFileSync(calls, 'utf8')).toMatch(
      new RegExp(`^release create ${TAG} --verify-tag --title ${TAG} --notes-file \\S+\\n$`),
    );
    const notes = readFileSync(join(bin, 'notes.md'), 'utf8');
    expect(notes).toContain('The first release.');
    expect(notes).not.toMatch(/^## /m);
  });

  describe('moves the major tag', () => {
    const script = resolve('scripts/release-tags.mjs');
    const moveStep = stepNamed('release', /move the major tag/);

    /** GitHub's side (a bare repo logging each push) and the job's checkout at `tag`. */
    function releaseRepo(tags: Record<string, number>, tag: string) {
      const repo = repoWithRemote({ 'scripts/release-tags.mjs': readFileSync(script, 'utf8') });
      for (let i = 1; i <= 3; i++) {
        writeFileSync(join(repo.work, 'n'), String(i));
        git(repo.work, 'add', 'n');
        git(repo.work, 'commit', '--quiet', '-m', `commit ${i}`);
        for (const [name, at] of Object.entries(tags)) if (at === i) git(repo.work, 'tag', name);
      }
      git(repo.work, 'push', '--quiet', 'origin', 'main', '--tags');
      git(repo.work, 'checkout', '--quiet', tag);
      // Anything else in the checkout stays there: only the major tag may reach the remote.
      git(repo.work, 'tag', 'v0-local-only');
      const before = pushesReceived(repo.bare).length;
      return { ...repo, newPushes: () => pushesReceived(repo.bare).slice(before) };
    }
    const commitOf = (dir: string, ref: string): string => git(dir, 'rev-parse', `${ref}^{commit}`);

    it('to the release commit, pushing that one tag and nothing else', () => {
      const repo = releaseRepo({ 'v1.1.0': 1, v1: 1, 'v1.2.0': 3 }, 'v1.2.0');
      const result = runStep(moveStep, repo.work, { TAG: 'v1.2.0' });
      expect(result.status).toBe(0);
      expect(commitOf(repo.bare, 'v1')).toBe(commitOf(repo.bare, 'v1.2.0'));
      expect(repo.newPushes()).toEqual([
        `${commitOf(repo.work, 'v1.1.0')} ${commitOf(repo.work, 'v1.2.0')} refs/tags/v1`,
      ]);
    });

    it('creating it on a new major version', () => {
      const repo = releaseRepo({ 'v1.4.0': 1, v1: 1, 'v2.0.0': 2 }, 'v2.0.0');
      expect(runStep(moveStep, repo.work, { TAG: 'v2.0.0' }).status).toBe(0);
      expect(commitOf(repo.bare, 'v2')).toBe(commitOf(repo.bare, 'v2.0.0'));
      expect(commitOf(repo.bare, 'v1')).toBe(commitOf(repo.bare, 'v1.4.0'));
    });

    it('never back to a fix of an older minor line', () => {
      const repo = releaseRepo({ 'v1.10.0': 2, v1: 2, 'v1.9.1': 3 }, 'v1.9.1');
      const result = runStep(moveStep, repo.work, { TAG: 'v1.9.1' });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('not the newest release of its major version');
      expect(repo.newPushes()).toEqual([]);
      expect(commitOf(repo.bare, 'v1')).toBe(commitOf(repo.bare, 'v1.10.0'));
    });
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync('CHANGELOG.md', 'utf8');

  it('keeps Unreleased on top, then releases newest first, the newest being package.json’s version', () => {
    expect(text.split('\n').filter((l) => l.startsWith('## '))[0]).toBe('## [Unreleased]');
    const versions = changelogVersions(text);
    expect(versions[0]).toBe(pkg.version);
    const newestFirst = [...versions].sort((a, b) => compareVersions(b, a));
    expect(versions).toEqual(newestFirst);
  });

  it('gives each release its own section, headings and link definitions left out', () => {
    const sample = [
      '# Changelog',
      '## [Unreleased]',
      '- next',
      '## [1.1.0] - 2026-02-01',
      '### Fixed',
      '- a fix',
      '## [1.0.0] - 2026-01-01',
      '- first',
      '',
      '[1.1.0]: https://example.com/compare/v1.0.0...v1.1.0',
    ].join('\n');
    expect(changelogSection(sample, 'v1.1.0')).toBe('### Fixed\n- a fix');
    expect(changelogSection(sample, '1.0.0')).toBe('- first');
    expect(() => changelogSection('## [1.2.0] - 2026-03-01\n\n## [1.1.0]\n- x', '1.2.0')).toThrow(
      "CHANGELOG.md's section for 1.2.0 is empty",
    );
    expect(() => changelogSection(sample, '1.0.1')).toThrow('no section for 1.0.1');
  });
});

describe('release tags', () => {
  it('the tag must be vX.Y.Z and name package.json’s version', () => {
    expect(() => checkTagMatchesVersion('v1.2.3', '1.2.3')).not.toThrow();
    expect(() => checkTagMatchesVersion('v1.2.4', '1.2.3')).toThrow('does not match');
    expect(() => checkTagMatchesVersion('v1', '1.2.3')).toThrow('is not a release tag');
  });

  it('the major tag follows the highest release of its major version, by number', () => {
    const tags = ['v1', 'v1.9.0', 'v1.10.0', 'v1.11.0-rc.1', 'v2.0.0', ''];
    expect(majorTagToMove('v1.10.1', tags)).toBe('v1');
    expect(majorTagToMove('v1.9.1', tags)).toBeUndefined();
    expect(majorTagToMove('v2.0.1', tags)).toBe('v2');
    expect(majorTagToMove('v3.0.0', tags)).toBe('v3');
  });
});

describe('release scripts', () => {
  it('changelog-section fails, naming the heading to add, when a release has no section', () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.0.0] - 2026-01-01\n\n- x\n');
    const run = (version: string) =>
      spawnSync(process.execPath, [resolve('scripts/changelog-section.mjs'), version], {
        cwd: dir,
        encoding: 'utf8',
      });
    expect(run('v1.0.0')).toMatchObject({ status: 0, stdout: '- x\n' });
    expect(run('v1.0.1')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('add "## [1.0.1] - YYYY-MM-DD"'),
    });
  });
});
