import { backtrackingProblem } from './pattern-safety.js';
import { PLACEHOLDER, VERSION_TOKEN } from './version-token.js';

export { PLACEHOLDER } from './version-token.js';

/** Flags a rule may add; `g` and `d` are the engine's own, `m` is always on. */
const USER_FLAGS = /^[imsu]*$/;

// A version never starts in the middle of a number...
const BEFORE = String.raw`(?<!\d|\d\.)`;
// ...and never runs on into a longer name: `22` of `batch-worker-22-04` is not a version, nor
// `0.0` of `0.0.13`; a full stop ending a sentence or `.tar.gz` may follow.
const AFTER = String.raw`(?!\w|[.-]\d)`;
// What a non-default namespace puts before the version (`batch-worker-alice-3`), as
// image.namespace allows it; only the guard looks for it.
const NAMESPACE = String.raw`(?:(?<namespace>[a-z](?:[a-z0-9-]*[a-z0-9])?)-)?`;

export interface CompiledPattern {
  /** The rule's pattern as the user wrote it, for messages. */
  pattern: string;
  regex: RegExp;
}

export class PatternError extends Error {
  override readonly name = 'PatternError';
}

/**
 * Turns a rule's pattern into a regex whose `version` group is the token to replace.
 * `{version}` is the placeholder; `\{` and `\}` are literal braces (an f-string's
 * `\{project\}`); `{2}` and `{1,3}` stay quantifiers; any other `{...}` is refused, since it
 * is almost always a literal brace the user forgot to escape. `^` and `$` match at line
 * ends. With `namespaced`, the token may also carry a namespace (`alice-3`), in a
 * `namespace` group. A pattern that could backtrack exponentially is refused (see
 * pattern-safety.ts). Throws a PatternError saying what to fix.
 */
export function compilePattern(
  pattern: string,
  flags = '',
  opts: { namespaced?: boolean } = {},
): CompiledPattern {
  const badFlags = flagsProblem(flags);
  if (badFlags) throw new PatternError(`flags ${badFlags}`);
  const token = `${BEFORE}${opts.namespaced ? NAMESPACE : ''}(?<version>${VERSION_TOKEN})${AFTER}`;
  const source = expandPlaceholder(pattern, token);
  let regex: RegExp;
  try {
    regex = new RegExp(source, [...new Set(`gmd${flags}`)].join(''));
  } catch (err) {
    const inline = /^\(\?[a-z]+\)/.exec(pattern);
    const hint = inline
      ? `; inline flags such as ${inline[0]} are not JavaScript regex syntax, use flags: ${inline[0].slice(2, -1)}`
      : '';
    throw new PatternError(`is not a valid regular expression: ${(err as Error).message}${hint}`);
  }
  const unsafe = backtrackingProblem(pattern, flags);
  if (unsafe) throw new PatternError(unsafe);
  return { pattern, regex };
}

export function flagsProblem(flags: string): string | undefined {
  if (USER_FLAGS.test(flags) && new Set(flags).size === flags.length) return undefined;
  return `must be some of i (ignore case), s (. matches line breaks), u (unicode), m (always on), each once (got "${flags}")`;
}

/** The rule's problem with its pattern, or undefined when it compiles. */
export function patternProblem(pattern: string, flags = ''): string | undefined {
  try {
    compilePattern(pattern, flags);
    return undefined;
  } catch (err) {
    if (err instanceof PatternError) return err.message;
    throw err;
  }
}

function expandPlaceholder(pattern: string, token: string): string {
  let out = '';
  let placeholders = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      // `\p{L}` and `\u{1F600}` carry braces of their own.
      const escape = /^\\(?:[pPu]\{[^}]*\}|.)/s.exec(pattern.slice(i))?.[0] ?? c;
      out += escape;
      i += escape.length - 1;
    } else if (inClass || c !== '{') {
      if (c === '[') inClass = true;
      if (c === ']') inClass = false;
      out += c;
    } else if (pattern.startsWith(PLACEHOLDER, i)) {
      out += token;
      placeholders++;
      i += PLACEHOLDER.length - 1;
    } else {
      const quantifier = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i))?.[0];
      if (!quantifier) {
        const brace = /^\{[^}]*\}?/.exec(pattern.slice(i))?.[0] ?? c;
        throw new PatternError(
          `has "${brace}", which is neither ${PLACEHOLDER} nor a quantifier: ` +
            String.raw`write literal braces as \{ and \} (e.g. \{project\})`,
        );
      }
      out += quantifier;
      i += quantifier.length - 1;
    }
  }
  if (placeholders !== 1) {
    throw new PatternError(
      placeholders === 0
        ? `has no ${PLACEHOLDER}: put it where the version number is, e.g. batch-worker-${PLACEHOLDER}`
        : `has ${placeholders} ${PLACEHOLDER} placeholders; a rule rewrites exactly one token per match, so split it into one rule per reference`,
    );
  }
  return out;
}
