import { clip } from '../config/excerpt.js';

/**
 * Why `name` is not a branch name git accepts, as `git check-ref-format --branch` decides
 * (https://git-scm.com/docs/git-check-ref-format), or undefined when it is one. Checked
 * before the working tree is touched, so a bad name never leaves edits behind.
 */
export function branchNameProblem(name: string): string | undefined {
  const rule = BRANCH_RULES.find(([test]) => test(name));
  return rule
    ? `${JSON.stringify(clip(name))} is not a branch name git accepts: ${rule[1]}`
    : undefined;
}

const BRANCH_RULES: [(name: string) => boolean, string][] = [
  [(n) => n === '', 'it is empty'],
  [(n) => n === 'HEAD', 'HEAD names the checked-out commit, not a branch'],
  [(n) => n.startsWith('-'), 'it must not start with "-"'],
  [
    // eslint-disable-next-line no-control-regex -- git's rule is about control characters
    (n) => /[\x00-\x20\x7f~^:?*[\\]/.test(n),
    'it must not hold spaces, control characters or any of ~ ^ : ? * [ \\',
  ],
  [(n) => n.includes('..'), 'it must not hold ".."'],
  [(n) => n.includes('@{'), 'it must not hold "@{"'],
  [
    (n) => n.startsWith('/') || n.endsWith('/') || n.includes('//'),
    'it must not start or end with "/" or hold "//"',
  ],
  [(n) => n.endsWith('.'), 'it must not end with "."'],
  [(n) => n.split('/').some((c) => c.startsWith('.')), 'no part between "/" may start with "."'],
  [
    (n) => n.split('/').some((c) => c.endsWith('.lock')),
    'no part between "/" may end with ".lock"',
  ],
];
