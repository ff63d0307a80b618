import { shown, visible } from '../config/excerpt.js';

/** What went wrong with one rule, where: enough for a GitHub annotation on the line. */
export interface ReferenceProblem {
  /** The rule's name. */
  rule: string;
  /** Repository-relative file, or the rule's path when no file matched. */
  file: string;
  /** 1-based line, when the problem sits on one. */
  line?: number;
  /** The rule's pattern, as written. */
  pattern: string;
  message: string;
}

/** Every rule problem of a bump at once; nothing was written. */
export class ReferenceProblemError extends Error {
  override readonly name = 'ReferenceProblemError';
  readonly problems: readonly [ReferenceProblem, ...ReferenceProblem[]];

  constructor(problems: [ReferenceProblem, ...ReferenceProblem[]]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** `batch/globals.py:12: rule instance-version: matched 0 times (pattern: ...)` */
export function formatProblem(p: ReferenceProblem): string {
  const file = shown(p.file);
  const where = p.line === undefined ? file : `${file}:${p.line}`;
  // One line per problem, whatever the paths and names in it hold.
  return `${where}: rule ${shown(p.rule)}: ${visible(p.message)} (pattern: ${shown(p.pattern)})`;
}
