import { Script, createContext } from 'node:vm';

/** How long one rule's pattern may take over one file. */
export const MATCH_BUDGET_MS = 1000;

/** A pattern ran past its budget on a file; nothing was matched. */
export class PatternTimeoutError extends Error {
  override readonly name = 'PatternTimeoutError';
}

// JavaScript regexes backtrack and cannot be interrupted from their own thread; a script in a
// vm context can, by its timeout. The static check (pattern-safety.ts) refuses the patterns
// that are exponential; this bounds what is left (`.*.*` on a very long line).
const context = createContext({});
const script = new Script('Array.from(text.matchAll(regex))');
// Many searches in one run: a timeout starts a watchdog thread per run, which costs more than
// searching a small file, so a bump over 10,000 files must not pay it per file.
const batch = new Script(
  'for (; at < jobs.length; at++) if (!jobs[at].skip) found[at] = Array.from(jobs[at].text.matchAll(jobs[at].regex))',
);

/** `text.matchAll(regex)`, stopped after `ms`: then a PatternTimeoutError. */
export function matchAllWithin(
  regex: RegExp,
  text: string,
  ms = MATCH_BUDGET_MS,
): RegExpMatchArray[] {
  const sandbox = context as { regex?: RegExp; text?: string };
  sandbox.regex = regex;
  sandbox.text = text;
  try {
    return script.runInContext(context, { timeout: ms }) as RegExpMatchArray[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new PatternTimeoutError(
        `took longer than ${ms / 1000}s on this file and was stopped: simplify the pattern (a run of .* or overlapping repeats backtracks on long lines)`,
      );
    }
    throw err;
  } finally {
    delete sandbox.regex;
    delete sandbox.text;
  }
}

/** One search of matchAllEach. */
export interface MatchJob {
  regex: RegExp;
  text: string;
  /**
   * Jobs of one group (a rule's pattern over its files): once one is stopped past its budget,
   * the group's later jobs are not run (each gets a PatternSkippedError), so a slow pattern
   * costs one budget, not one per file.
   */
  group?: unknown;
}

/** Not run: an earlier job of its group was stopped past its budget. */
export class PatternSkippedError extends Error {
  override readonly name = 'PatternSkippedError';
}

/**
 * `matchAllWithin` for each job, in order, with the same budget per job, at the cost of a
 * few runs rather than one per job. The jobs run together under one budget; when that runs
 * out, the job it stopped in runs again alone with a whole budget (so each job gets at least
 * `ms` to itself, and a timeout is that job's), then the rest resume together. A job past its
 * budget gets its PatternTimeoutError in place of matches, and the later jobs of its group a
 * PatternSkippedError.
 */
export function matchAllEach(
  jobs: readonly MatchJob[],
  ms = MATCH_BUDGET_MS,
): (RegExpMatchArray[] | PatternTimeoutError | PatternSkippedError)[] {
  const found: (RegExpMatchArray[] | PatternTimeoutError | PatternSkippedError)[] = [];
  const work = jobs.map((j) => ({ regex: j.regex, text: j.text, skip: false }));
  const sandbox = context as { jobs?: typeof work; found?: unknown[]; at?: number };
  let at = 0;
  while (at < work.length) {
    sandbox.jobs = work;
    sandbox.found = found;
    sandbox.at = at;
    try {
      batch.runInContext(context, { timeout: ms });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw err;
      at = sandbox.at;
      const job = work[at];
      if (job) {
        try {
          found[at] = matchAllWithin(job.regex, job.text, ms);
        } catch (alone) {
          if (!(alone instanceof PatternTimeoutError)) throw alone;
          found[at] = alone;
          const group = jobs[at]?.group;
          if (group !== undefined) {
            for (let later = at + 1; later < work.length; later++) {
              if (jobs[later]?.group === group) work[later]!.skip = true;
            }
          }
        }
      }
      at++;
    } finally {
      delete sandbox.jobs;
      delete sandbox.found;
      delete sandbox.at;
    }
  }
  work.forEach((job, i) => {
    if (job.skip) {
      found[i] = new PatternSkippedError(
        'not searched: the pattern was stopped past its time budget on an earlier file',
      );
    }
  });
  return found;
}
