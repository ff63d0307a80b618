import { PLACEHOLDER } from './version-token.js';

/** One escape, whole: `\p{L}`, `\x41`, `\u0041`, `\u{1F600}`, `\cA`, `\k<name>`, `\12`, `\.`. */
const ESCAPE =
  /^\\([pP]\{[^}]*\}|x[\da-fA-F]{2}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|c[A-Za-z]|k<[^>]*>|\d+|.)/s;

/**
 * The longest run of text every match of `pattern` contains, or undefined when there is
 * none worth looking for. A file without it cannot hold a reference, so the bump skips the
 * regex there (a byte search is many times faster). Conservative: only the pattern's top
 * level counts, outside groups, classes and the placeholder, and a character is kept only
 * when no quantifier follows it; a top-level `|` or the `i` flag (cases would have to fold)
 * give none.
 */
export function requiredLiteral(pattern: string, flags: string): string | undefined {
  if (flags.includes('i')) return undefined;
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    let literal: string | undefined;
    let next = i + 1;
    if (pattern.startsWith(PLACEHOLDER, i)) {
      next = i + PLACEHOLDER.length;
    } else if (c === '|') {
      return undefined;
    } else if (c === '(') {
      next = groupEnd(pattern, i);
    } else if (c === '[') {
      next = classEnd(pattern, i);
    } else if (c === '\\') {
      const escape = ESCAPE.exec(pattern.slice(i))?.[0] ?? c;
      next = i + escape.length;
      // `\{`, `\.`, `\/`...: the character itself; letters and digits are classes or codes.
      if (escape.length === 2 && !/[\p{L}\p{N}_]/u.test(escape[1] ?? 'a')) literal = escape[1];
    } else if (!'^$.*+?{}'.includes(c)) {
      literal = c;
    }
    const q = quantifierEnd(pattern, next);
    if (literal !== undefined && q === next) {
      run += literal;
    } else {
      end();
    }
    i = q;
  }
  end();
  return best.length >= 2 ? best : undefined;
}

/** The index past a quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, lazy too). */
function quantifierEnd(pattern: string, i: number): number {
  let j = i;
  const c = pattern[j];
  if (c === '*' || c === '+' || c === '?') j++;
  else if (c === '{' && !pattern.startsWith(PLACEHOLDER, j)) {
    const m = /^\{\d+(,\d*)?\}/.exec(pattern.slice(j));
    if (m) j += m[0].length;
  }
  if (j > i && pattern[j] === '?') j++;
  return j;
}

/** The index past the group opening at `i`, classes and escapes inside skipped. */
function groupEnd(pattern: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < pattern.length) {
    const c = pattern[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(pattern, j);
    else {
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** The index past the character class opening at `i` (as JavaScript reads it: `[]` is empty). */
function classEnd(pattern: string, i: number): number {
  let j = i + 1;
  while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
  return j + 1;
}
