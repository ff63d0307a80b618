import { matchRules } from './match.js';
import type { ReferenceProblem } from './problem.js';
import type { ReferenceRule } from './rules.js';
import { compareVersions } from './version-token.js';
import type { Versions } from './versions.js';

export interface CheckResult {
  ok: boolean;
  problems: ReferenceProblem[];
}

/**
 * The pull-request guard: every rule must find its references (as a bump would), none may
 * name a namespaced image (someone's `batch-worker-alice-3` test build), and none may be
 * older than the manifest's version for its cloud. Rules whose cloud has no version here,
 * and `increment` rules, are checked for the first two only. Reads only.
 */
export async function checkReferences(opts: {
  repoDir: string;
  rules: ReferenceRule[];
  versions: Versions;
}): Promise<CheckResult> {
  const matched = await matchRules(opts.repoDir, opts.rules, { guard: true });
  const problems = [...matched.problems];
  for (const { rule, tokens, namespaced } of matched.rules) {
    const at = (t: { file: string; line: number }, message: string): ReferenceProblem => ({
      rule: rule.name,
      file: t.file,
      line: t.line,
      pattern: rule.pattern,
      message,
    });
    for (const t of namespaced) {
      problems.push(
        at(
          t,
          `names an image of namespace ${t.namespace} (${t.namespace}-${t.version}), a test build; ` +
            'point it back at a released (default-namespace) image before merging',
        ),
      );
    }
    const current = rule.value === 'increment' ? undefined : opts.versions[rule.value];
    if (current === undefined) continue;
    for (const t of tokens) {
      if (compareVersions(t.version, current) < 0) {
        problems.push(
          at(
            t,
            `names version ${t.version}, older than the ${rule.value} version ${current} in the manifest`,
          ),
        );
      }
    }
  }
  return { ok: problems.length === 0, problems };
}
