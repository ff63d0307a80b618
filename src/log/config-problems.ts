import type { ConfigError } from '../config/errors.js';
import type { Reporter } from './reporter.js';

/** One error per config problem, naming the field, at the file and line it came from. */
export function reportConfigProblems(err: ConfigError, reporter: Reporter): void {
  for (const p of err.problems) {
    reporter.error(
      p.field ? `${p.field}: ${p.message}` : p.message,
      err.source ? { file: err.source, line: p.line } : undefined,
    );
  }
}
