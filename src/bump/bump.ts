import { resolve } from 'node:path';
import { outsideRoot, type Root } from '../config/confine.js';
import { shown, visible } from '../config/excerpt.js';
import { loadConfig } from '../config/load.js';
import type { RawOverrides } from '../config/load.js';
import { branchNameProblem } from '../github/ref-name.js';
import type { Reporter } from '../log/reporter.js';
import { expandManifests } from '../manifest/read.js';
import { applyBump } from '../references/apply.js';
import { checkReferences } from '../references/check.js';
import { unifiedDiff } from '../references/diff.js';
import { planBump, type BumpPlan } from '../references/plan.js';
import { ReferenceProblemError } from '../references/problem.js';
import { compareVersions } from '../references/version-token.js';
import { parseSet, versionsFromManifests, type Versions } from '../references/versions.js';

export interface PullRequestOptions {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  branch: string;
  base: string;
  title?: string;
  labels: string[];
  reviewers: string[];
  author?: { name: string; email: string };
}

export interface BumpOptions {
  config?: string;
  /** Rules given directly (parsed YAML list), instead of the config's. */
  rules?: unknown;
  manifests: string[];
  set: string[];
  check: boolean;
  dryRun: boolean;
  repoDir: string;
  cwd: string;
  /**
   * The folder the config, the manifests and the repository must stay inside; the action and
   * the CLI always give it (absent: nothing is confined).
   */
  root?: Root | undefined;
  /** How messages name the inputs: `manifests`, `repo-dir` (action) or `--manifest`, `--repo`. */
  names?: { manifests: string; repoDir: string };
  reporter: Reporter;
  /** Absent: edit the working tree only. */
  pullRequest?: PullRequestOptions;
}

export interface BumpOutcome {
  operation: 'created' | 'updated' | 'none' | 'edited' | 'dry-run' | 'checked';
  changedFiles: string[];
  diff: string;
  pullRequest?: { number: number; url: string };
}

/**
 * config rules + versions (manifests, then --set) → plan → (check | diff | write) → commit
 * and pull request. Every rule is checked before anything is written.
 */
export async function bump(opts: BumpOptions): Promise<BumpOutcome> {
  const { reporter } = opts;
  // Before anything is read or edited: a name git refuses would fail only after the edits.
  for (const [input, name] of Object.entries({
    branch: opts.pullRequest?.branch,
    base: opts.pullRequest?.base,
  })) {
    const problem = name === undefined ? undefined : branchNameProblem(name);
    if (problem) throw new Error(`${input}: ${problem}`);
  }
  const names = opts.names ?? { manifests: 'manifests', repoDir: 'repo-dir' };
  const repoDir = resolve(opts.cwd, opts.repoDir);
  const outside = opts.root && outsideRoot(repoDir, opts.root, opts.repoDir);
  if (outside) throw new Error(`${names.repoDir}: ${visible(outside)}`);
  const overrides: RawOverrides = opts.rules === undefined ? {} : { references: opts.rules };
  const config = await loadConfig({
    ...(opts.config ? { path: opts.config } : {}),
    overrides,
    cwd: opts.cwd,
    purpose: 'bump',
    root: opts.root,
  });
  const manifests = await expandManifests(opts.manifests, opts.cwd, {
    root: opts.root,
    input: names.manifests,
  });
  const versions: Versions = { ...(await versionsFromManifests(manifests)), ...parseSet(opts.set) };
  reporter.info(
    `versions: ${
      Object.entries(versions)
        .map(([c, v]) => `${c} ${v}`)
        .join(', ') || '(none: only increment rules can move)'
    }`,
  );
  const base = { repoDir, rules: config.references, versions };

  if (opts.check) {
    const result = await checkReferences(base);
    const [first, ...rest] = result.problems;
    if (first) throw new ReferenceProblemError([first, ...rest]);
    reporter.info(`all ${config.references.length} references are current`);
    return { operation: 'checked', changedFiles: [], diff: '' };
  }

  const plan = await planBump(base);
  reportPlan(plan, reporter);
  // A reference moved back to an older version (23 → 18: a rollback, or a manifest of an older
  // build) is done as asked, as it always was, but never silently: a warning at its line.
  const downgrades = plan.changes.filter((c) => c.changed && compareVersions(c.new, c.old) < 0);
  for (const c of downgrades) {
    reporter.warning(
      `rule ${shown(c.rule)}: ${c.old} → ${c.new} moves the reference back to an older version`,
      {
        file: shown(c.file),
        line: c.line,
      },
    );
  }
  const diff = unifiedDiff(plan);
  if (diff) await reporter.group('Diff', async () => reporter.info(diff.trimEnd()));
  if (opts.dryRun)
    return { operation: 'dry-run', changedFiles: plan.files.map((f) => f.path), diff };

  const changedFiles = await applyBump(plan);
  const pr = opts.pullRequest;
  if (!pr) return { operation: changedFiles.length ? 'edited' : 'none', changedFiles, diff };

  // Only a pull request needs git and the GitHub client: a bump without one does not load them.
  const [
    { commitToBranch },
    { createOrUpdatePullRequest },
    { pullRequestBody },
    { imagesFromManifests },
  ] = await Promise.all([
    import('../github/git.js'),
    import('../github/pulls.js'),
    import('../github/pr-body.js'),
    import('./images.js'),
  ]);
  const changed = plan.changes.filter((c) => c.changed);
  const summary = Object.entries(versions)
    .map(([c, v]) => `${c} ${v}`)
    .join(', ');
  const commit = await reporter.group(`Commit on ${pr.branch}`, () =>
    commitToBranch({
      repoDir,
      branch: pr.branch,
      base: pr.base,
      files: changedFiles,
      message: `Bump worker images: ${summary}`,
      token: pr.token,
      serverUrl: pr.serverUrl,
      ...(pr.author ? { author: pr.author } : {}),
    }),
  );
  if (commit.operation === 'none') {
    reporter.info(`${pr.branch} already has these changes: nothing to push`);
    return { operation: 'none', changedFiles, diff };
  }
  const images = manifests.length ? await imagesFromManifests(manifests) : [];
  const result = await reporter.group('Pull request', () =>
    createOrUpdatePullRequest({
      token: pr.token,
      owner: pr.owner,
      repo: pr.repo,
      apiUrl: pr.apiUrl,
      head: pr.branch,
      base: pr.base,
      title: pr.title ?? `Bump worker images: ${summary}`,
      body: pullRequestBody(
        changed.map((c) => ({ file: c.file, line: c.line, old: c.old, new: c.new })),
        images,
      ),
      labels: pr.labels,
      reviewers: pr.reviewers,
    }),
  );
  reporter.info(`pull request #${result.number} ${result.operation}: ${result.url}`);
  return {
    operation: result.operation,
    changedFiles,
    diff,
    pullRequest: { number: result.number, url: result.url },
  };
}

/**
 * A line per rule (files read, files with references, references to change and already
 * current), then a line per reference that changes; references already current are counted,
 * not listed, so a glob over 10,000 files does not print a line per file it leaves alone.
 */
function reportPlan(plan: BumpPlan, reporter: Reporter): void {
  for (const searched of plan.searched) {
    const skipped = plan.skipped.find((s) => s.rule === searched.rule);
    const changes = plan.changes.filter((c) => c.rule === searched.rule);
    const moving = changes.filter((c) => c.changed);
    const { notText } = searched;
    const unread = notText.length
      ? `, ${notText.length} skipped as not UTF-8 text (${notText
          .slice(0, LISTED)
          .map((f) => shown(f))
          .join(', ')}${notText.length > LISTED ? `, and ${notText.length - LISTED} more` : ''})`
      : '';
    const read = `${searched.files} ${searched.files === 1 ? 'file' : 'files'} read, ${searched.withReferences} with references${unread}`;
    const rule = shown(searched.rule);
    if (skipped) {
      reporter.info(`rule ${rule}: ${read}; skipped (${skipped.reason})`);
      continue;
    }
    reporter.info(
      `rule ${rule}: ${read}: ${moving.length} to change, ${changes.length - moving.length} already current`,
    );
    for (const c of moving) reporter.info(`  ${shown(c.file)}:${c.line}: ${c.old} → ${c.new}`);
  }
}

/** How many files or references a message lists before it counts the rest. */
const LISTED = 5;
