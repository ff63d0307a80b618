import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Test git never reads the developer's or the machine's git config (their identity, signing,
 * credential helpers); set before any git runs, and inherited by the code under test.
 */
export function isolateGitConfig(): void {
  process.env['GIT_CONFIG_GLOBAL'] = '/dev/null';
  process.env['GIT_CONFIG_NOSYSTEM'] = '1';
}

const PERSON = { name: 'Dana Maintainer', email: 'dana@example.com' };

/** Runs git as a person (identity by environment, never by config) and returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: PERSON.name,
      GIT_AUTHOR_EMAIL: PERSON.email,
      GIT_COMMITTER_NAME: PERSON.name,
      GIT_COMMITTER_EMAIL: PERSON.email,
    },
  }).trim();
}

export interface RepoWithRemote {
  /** The bare repository playing GitHub's side. */
  bare: string;
  /** A clone of it, on main: the checkout the action works in. */
  work: string;
}

/**
 * A bare remote whose main has one commit with `files`, and a clone of it. The remote logs
 * every push it receives (a pre-receive hook), so a test can tell that nothing was pushed.
 */
export function repoWithRemote(files: Record<string, string>, parent = tmpdir()): RepoWithRemote {
  const root = mkdtempSync(join(parent, 'wi-git-'));
  const bare = join(root, 'workers.git');
  const work = join(root, 'work');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  const hook = join(bare, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\ncat >> "$GIT_DIR/pushes.log"\n');
  chmodSync(hook, 0o755);
  git(root, 'clone', '--quiet', bare, work);
  for (const [path, content] of Object.entries(files)) writeFile(work, path, content);
  git(work, 'add', '-A');
  git(work, 'commit', '--quiet', '-m', 'Initial commit');
  git(work, 'push', '--quiet', 'origin', 'main');
  return { bare, work };
}

export function writeFile(repo: string, path: string, content: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

/** The ref updates the remote has received so far, one line each. */
export function pushesReceived(bare: string): string[] {
  try {
    return readFileSync(join(bare, 'pushes.log'), 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
