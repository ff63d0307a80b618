import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { reportConfigProblems } from '../log/config-problems.js';
import type { Reporter } from '../log/reporter.js';
import { formatProblem, ReferenceProblemError } from '../references/problem.js';
import { visibleLines } from '../config/excerpt.js';

/** Fails the step with one clear message; config problems are annotated at file:line. */
export function reportFailure(err: unknown, reporter: Reporter): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof ConfigError) reportConfigProblems(err, reporter);
  if (err instanceof ReferenceProblemError) {
    for (const p of err.problems) {
      reporter.error(formatProblem(p), { file: p.file, ...(p.line ? { line: p.line } : {}) });
    }
  }
  // Unseen characters (a terminal escape, a bidi override) as escapes, line breaks kept.
  core.setFailed(visibleLines(message));
  return message;
}
