import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { ReferenceRule } from '../../src/references/rules.js';

export const EXAMPLE = resolve('examples/repo');

/** The example files the bump edits, repository-relative. */
export const FILES = {
  gcpDriver: 'batch/batch/cloud/gcp/driver/create_instance.py',
  azureDriver: 'batch/batch/cloud/azure/driver/create_instance.py',
  gcpScript: 'batch/gcp-create-worker-image.sh',
  azureScript: 'batch/az-create-worker-image.sh',
  globals: 'batch/batch/globals.py',
  pool: 'batch/pool.yaml',
  docs: 'batch/docs/worker-image.md',
} as const;

/** A scratch copy of examples/repo; `cleanup` removes it. */
export async function copyExample(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'worker-image-refs-'));
  await cp(EXAMPLE, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The example's rules, read as the action reads them. */
export async function exampleRules(dir = EXAMPLE): Promise<ReferenceRule[]> {
  const config = await loadConfig({ path: 'worker-image.yml', cwd: dir, purpose: 'bump' });
  return config.references;
}

/** Every file of a tree, by relative path, to show what a failed bump left alone. */
export async function snapshot(dir: string, files: readonly string[]): Promise<string[]> {
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

/** git with no user or system config, so the developer's settings cannot change its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}
