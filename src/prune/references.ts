import { matchRules } from '../references/match.js';
import { formatProblem } from '../references/problem.js';
import type { ReferenceRule } from '../references/rules.js';
import type { Reference } from './decide.js';

/**
 * The versions the repository names today, by the same rules (and the same search) bump
 * uses; reads only. Namespaced references (`batch-worker-alice-3`) count for their namespace.
 * A rule that cannot be searched, or finds nothing, stops the prune: a reference prune
 * cannot see is one it might delete the image of.
 */
export async function referencedVersions(
  repoDir: string,
  rules: readonly ReferenceRule[],
): Promise<Reference[]> {
  if (rules.length === 0) return [];
  const matched = await matchRules(repoDir, rules, { guard: true });
  if (matched.problems.length > 0) {
    throw new Error(
      'prune reads the references: rules to keep every image the repository names, and some ' +
        `could not be read, so nothing was pruned:\n${matched.problems.map(formatProblem).join('\n')}`,
    );
  }
  return matched.rules.flatMap(({ rule, tokens, namespaced }) =>
    [...tokens, ...namespaced].map((t) => ({
      ...(rule.value === 'increment' ? {} : { cloud: rule.value }),
      version: t.version,
      namespace: t.namespace ?? 'default',
      at: `${t.file}:${t.line}`,
    })),
  );
}
