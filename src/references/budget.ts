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
