import { matchRules, type Found } from './match.js';
import { ReferenceProblemError, type ReferenceProblem } from './problem.js';
import { applyEdits, type Edit } from './rewrite.js';
import type { ReferenceRule, ReferenceValue } from './rules.js';
import { incremented, isVersionToken } from './version-token.js';
import { VersionsError, type Versions } from './versions.js';

/** One reference a rule found: its current version token and the one it gets. */
export interface PlannedChange {
  rule: string;
  file: string;
  line: number;
  old: string;
  new: string;
  /** False for a reference that is already current. */
  changed: boolean;
}

/** A file the bump rewrites, whole, before and after. */
export interface PlannedFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  before: string;
  after: string;
}

export interface BumpPlan {
  repoDir: string;
  /** Every reference found, in rule order, current ones included. */
  changes: PlannedChange[];
  /** Only the files that change, sorted by path. */
  files: PlannedFile[];
  /** Rules whose cloud has no new version in this bump (a GCP-only build leaves Azure alone). */
  skipped: { rule: string; value: ReferenceValue; reason: string }[];
  /**
   * Per rule, in rule order: the files its path named (all read), those with references, and
   * those a glob matched that are not UTF-8 text (not searched).
   */
  searched: { rule: string; files: number; withReferences: number; notText: string[] }[];
}

interface Located extends PlannedChange {
  start: number;
  end: number;
  pattern: string;
}

/**
 * Every change the rules call for, computed from the files without writing any. `increment`
 * rules only move when some other reference does, so re-running a bump on a tree that is
 * already current changes nothing (rather than draining workers for no new image). Throws a
 * ReferenceProblemError listing every rule problem at once.
 */
export async function planBump(opts: {
  repoDir: string;
  rules: ReferenceRule[];
  versions: Versions;
}): Promise<BumpPlan> {
  for (const [cloud, version] of Object.entries(opts.versions)) {
    if (!isVersionToken(version)) {
      throw new VersionsError(
        `${cloud} version "${version}" is not a version such as 24, 17a or 0.0.15`,
      );
    }
  }
  const matched = await matchRules(opts.repoDir, opts.rules, { guard: false });
  const problems = [...matched.problems];
  const skipped: BumpPlan['skipped'] = [];
  const perRule = matched.rules.map(({ rule, tokens }) => ({
    rule,
    tokens,
    changes: [] as Located[],
  }));

  for (const entry of perRule) {
    const { rule, tokens } = entry;
    if (rule.value === 'increment') continue;
    const target = opts.versions[rule.value];
    if (target === undefined) {
      skipped.push({
        rule: rule.name,
        value: rule.value,
        reason: `no new ${rule.value} version in this bump`,
      });
      continue;
    }
    entry.changes = tokens.map((t) => located(rule, t, target));
  }
  const moving = perRule.some((r) => r.changes.some((c) => c.changed));
  for (const entry of perRule) {
    const { rule, tokens } = entry;
    if (rule.value !== 'increment') continue;
    entry.changes = tokens.flatMap((t) => {
      const next = incremented(t.version);
      if (next !== undefined) return [located(rule, t, moving ? next : t.version)];
      problems.push(problemAt(rule, t, `increment needs a whole number, found ${t.version}`));
      return [];
    });
  }

  const changes = perRule.flatMap((r) => r.changes);
  const edits = editsByFile(changes, problems);
  const [first, ...rest] = problems;
  if (first) throw new ReferenceProblemError([first, ...rest]);

  const files = [...edits]
    .filter(([, fileEdits]) => fileEdits.some((e) => e.changed))
    .map(([path, fileEdits]) => {
      const before = matched.texts.get(path) ?? '';
      return {
        path,
        before,
        after: applyEdits(
          before,
          fileEdits.filter((e) => e.changed),
        ),
      };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    repoDir: opts.repoDir,
    changes: changes.map(({ rule, file, line, old, new: next, changed }) => ({
      rule,
      file,
      line,
      old,
      new: next,
      changed,
    })),
    files,
    skipped,
    searched: matched.rules.map(({ rule, files, tokens, notText }) => ({
      rule: rule.name,
      files,
      withReferences: new Set(tokens.map((t) => t.file)).size,
      notText,
    })),
  };
}

function located(rule: ReferenceRule, t: Found, version: string): Located {
  return {
    rule: rule.name,
    file: t.file,
    line: t.line,
    old: t.version,
    new: version,
    changed: t.version !== version,
    start: t.start,
    end: t.end,
    pattern: rule.pattern,
  };
}

function problemAt(rule: ReferenceRule, t: Found, message: string): ReferenceProblem {
  return { rule: rule.name, file: t.file, line: t.line, pattern: rule.pattern, message };
}

/**
 * The edits per file. Two rules may find the same token (a glob and a file rule); that is
 * fine when they agree on the new version and a problem when they do not.
 */
function editsByFile(
  changes: Located[],
  problems: ReferenceProblem[],
): Map<string, (Edit & { changed: boolean })[]> {
  const byFile = new Map<string, Located[]>();
  for (const c of changes) {
    const list = byFile.get(c.file);
    if (list) list.push(c);
    else byFile.set(c.file, [c]);
  }
  const edits = new Map<string, (Edit & { changed: boolean })[]>();
  for (const [file, located] of byFile) {
    const sorted = [...located].sort((a, b) => a.start - b.start);
    const kept: Located[] = [];
    for (const c of sorted) {
      const previous = kept.at(-1);
      if (previous && c.start < previous.end) {
        if (c.start !== previous.start || c.end !== previous.end || c.new !== previous.new) {
          problems.push({
            rule: c.rule,
            file,
            line: c.line,
            pattern: c.pattern,
            message: `rewrites the same reference as rule ${previous.rule}, to ${c.new} instead of ${previous.new}`,
          });
        }
        continue;
      }
      kept.push(c);
    }
    edits.set(
      file,
      kept.map((c) => ({ start: c.start, end: c.end, text: c.new, changed: c.changed })),
    );
  }
  return edits;
}
