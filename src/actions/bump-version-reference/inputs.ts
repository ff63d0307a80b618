import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { outsideRoot, type Root } from '../../config/confine.js';
import { checkPathText, quoted, unsafeCharacter } from '../../config/text.js';
import { hasWildcard } from '../../references/glob.js';

/** A GitHub login: letters, digits and single hyphens inside, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/;
/** A team slug, after `org/`: lowercase letters, digits, hyphens and underscores. */
const TEAM = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

const LABEL_MAX = 50;
const TITLE_MAX = 256;
const BRANCH_MAX_BYTES = 255;

export interface PullRequestText {
  reviewers: string[];
  labels: string[];
  title: string | undefined;
  branch: string;
  base: string | undefined;
}

/**
 * The pull request's inputs, checked before anything is read or the network asked, with a
 * token or without, dry run or not: a mistake shows on the first run, named as the input.
 */
export function checkPullRequestText(pr: PullRequestText): void {
  for (const r of pr.reviewers) {
    const [org, team, more] = r.split('/');
    const ok = more === undefined && LOGIN.test(org!) && (team === undefined || TEAM.test(team));
    if (!ok) {
      throw new Error(
        `input reviewers: ${quoted(r, 60)} is not a GitHub login or org/team (a login is letters, digits and single hyphens, at most 39 characters)`,
      );
    }
  }
  for (const label of pr.labels) {
    const unsafe = unsafeCharacter(label);
    if (unsafe) throw new Error(`input labels: ${unsafe}`);
    if (label.length > LABEL_MAX) {
      throw new Error(
        `input labels: at most ${LABEL_MAX} characters a label (got ${label.length}): ${quoted(label, 40)}`,
      );
    }
  }
  if (pr.title !== undefined) {
    if (/[\r\n\u2028\u2029]/.test(pr.title)) {
      throw new Error(`input title: one line (got ${quoted(pr.title, 60)})`);
    }
    const unsafe = unsafeCharacter(pr.title);
    if (unsafe) throw new Error(`input title: ${unsafe}`);
    if (pr.title.length > TITLE_MAX) {
      throw new Error(
        `input title: at most ${TITLE_MAX} characters (got ${pr.title.length}): ${quoted(pr.title, 40)}`,
      );
    }
  }
  for (const [input, name] of [
    ['branch', pr.branch],
    ['base', pr.base],
  ] as const) {
    if (name === undefined) continue;
    const unsafe = unsafeCharacter(name);
    if (unsafe) throw new Error(`input ${input}: ${unsafe}`);
    const bytes = Buffer.byteLength(name);
    if (bytes > BRANCH_MAX_BYTES) {
      throw new Error(
        `input ${input}: at most ${BRANCH_MAX_BYTES} bytes (got ${bytes}): ${quoted(name, 40)}`,
      );
    }
  }
}

/** repo-dir: inside the root, an existing folder. */
export function checkRepoDir(repoDir: string, cwd: string, root: Root): void {
  const text = checkPathText(repoDir);
  if (text) throw new Error(`input repo-dir: ${text}`);
  const full = resolve(cwd, repoDir);
  const outside = outsideRoot(full, root, repoDir);
  if (outside) throw new Error(`input repo-dir: ${outside}`);
  let folder: boolean;
  try {
    folder = statSync(full).isDirectory();
  } catch {
    throw new Error(`input repo-dir: ${quoted(repoDir)} does not exist`);
  }
  if (!folder) throw new Error(`input repo-dir: ${quoted(repoDir)} is not a folder`);
}

/**
 * Each manifest named without a wildcard must exist. A pattern is checked when expanded, and a
 * path outside the root is left to bump, which refuses it without looking.
 */
export function checkManifests(manifests: string[], cwd: string, root: Root): void {
  for (const m of manifests) {
    const text = checkPathText(m);
    if (text) throw new Error(`input manifests: ${text}`);
    if (hasWildcard(m)) continue;
    const full = resolve(cwd, m);
    if (outsideRoot(full, root, m)) continue;
    let file: boolean;
    try {
      file = statSync(full).isFile();
    } catch {
      throw new Error(`input manifests: ${quoted(m)}: manifest not found`);
    }
    if (!file) throw new Error(`input manifests: ${quoted(m)}: not a file`);
  }
}
