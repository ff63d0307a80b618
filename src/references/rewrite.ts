import { matchAllWithin } from './budget.js';
import type { CompiledPattern } from './pattern.js';

/** Where a version token sits in a file's text. */
export interface TokenMatch {
  /** Offsets of the token alone (not the whole match) in the text. */
  start: number;
  end: number;
  version: string;
  /** 1-based line of the token. */
  line: number;
  /** Set when a namespaced pattern found a namespaced image (`alice` of `batch-worker-alice-3`). */
  namespace?: string;
}

/** A token's replacement. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The version tokens `compiled` finds in `text`. `offset` places a slice of a larger text
 * (a YAML value) in its file; `lineOf` gives file lines for those offsets. Throws a
 * PatternTimeoutError when the pattern runs past its time budget.
 */
export function findTokens(
  text: string,
  compiled: CompiledPattern,
  at: { offset: number; lineOf: (offset: number) => number } = {
    offset: 0,
    lineOf: lineCounter(text),
  },
): TokenMatch[] {
  return tokensOf(matchAllWithin(compiled.regex, text), at);
}

/** The version tokens of a pattern's matches in `text` (see findTokens). */
export function tokensOf(
  matches: readonly RegExpMatchArray[],
  at: { offset: number; lineOf: (offset: number) => number },
): TokenMatch[] {
  const tokens: TokenMatch[] = [];
  for (const m of matches) {
    const span = m.indices?.groups?.version;
    const version = m.groups?.version;
    if (!span || version === undefined) continue;
    const start = at.offset + span[0];
    const namespace = m.groups?.namespace;
    tokens.push({
      start,
      end: at.offset + span[1],
      version,
      line: at.lineOf(start),
      ...(namespace ? { namespace } : {}),
    });
  }
  return tokens;
}

/** Applies non-overlapping edits; everything outside them is kept byte for byte. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const edit of sorted) {
    if (edit.start < from) throw new Error('internal: overlapping edits');
    out += text.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + text.slice(from);
}

/** Offset → 1-based line, by binary search over the line starts (files have many matches). */
export function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
