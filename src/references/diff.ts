import type { BumpPlan, PlannedFile } from './plan.js';

const CONTEXT = 3;
// git's default hunk header context: the nearest earlier line starting like an identifier.
const FUNCNAME = /^[A-Za-z_$]/;
const FUNCNAME_BYTES = 80;
const NO_EOL = '\\ No newline at end of file';

/**
 * The planned changes as `git diff` prints them (`a/` and `b/` prefixes, three lines of
 * context, hunks closer than six lines merged, git's default function-name hunk headers), so
 * a dry run reads like the pull request will and `git apply` accepts it. The `index` line is
 * left out: it needs blob ids and modes, and patches apply without it.
 */
export function unifiedDiff(plan: Pick<BumpPlan, 'files'>): string {
  return plan.files.map(fileDiff).join('');
}

function fileDiff(file: PlannedFile): string {
  const before = splitLines(file.before);
  const after = splitLines(file.after);
  // Token edits never add or remove a line break, so line i is line i on both sides.
  if (before.lines.length !== after.lines.length) {
    throw new Error(`internal: ${file.path} changed its number of lines`);
  }
  const changed = before.lines.flatMap((line, i) => (line === after.lines[i] ? [] : [i]));
  if (changed.length === 0) return '';

  let out = `diff --git a/${file.path} b/${file.path}\n--- a/${file.path}\n+++ b/${file.path}\n`;
  for (const [first, last] of hunks(changed)) {
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(before.lines.length - 1, last + CONTEXT);
    const count = end - start + 1;
    const range = `${start + 1}${count === 1 ? '' : `,${count}`}`;
    const name = funcname(before.lines, start);
    out += `@@ -${range} +${range} @@${name ? ` ${name}` : ''}\n`;
    for (let i = start; i <= end; i++) {
      if (before.lines[i] === after.lines[i]) {
        out += line(' ', before, i);
        continue;
      }
      // A run of changed lines is printed as git does: all removals, then all additions.
      let j = i;
      while (j + 1 <= end && before.lines[j + 1] !== after.lines[j + 1]) j++;
      for (let k = i; k <= j; k++) out += line('-', before, k);
      for (let k = i; k <= j; k++) out += line('+', after, k);
      i = j;
    }
  }
  return out;
}

/** Changed line indexes grouped into hunks: [first, last] changed line of each. */
function hunks(changed: number[]): [number, number][] {
  const groups: [number, number][] = [];
  for (const i of changed) {
    const current = groups.at(-1);
    if (current && i - current[1] - 1 <= 2 * CONTEXT) current[1] = i;
    else groups.push([i, i]);
  }
  return groups;
}

function funcname(lines: string[], hunkStart: number): string | undefined {
  for (let i = hunkStart - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (!FUNCNAME.test(text)) continue;
    const bytes = Buffer.from(text, 'utf8').subarray(0, FUNCNAME_BYTES);
    // A cut through a multi-byte character would decode to U+FFFD; drop the partial one.
    return bytes
      .toString('utf8')
      .replace(/\uFFFD$/, '')
      .trimEnd();
  }
  return undefined;
}

function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  const finalNewline = text.endsWith('\n');
  const lines = text.split('\n');
  if (finalNewline || text === '') lines.pop();
  return { lines, finalNewline };
}

function line(prefix: string, side: { lines: string[]; finalNewline: boolean }, i: number): string {
  const last = i === side.lines.length - 1 && !side.finalNewline;
  return `${prefix}${side.lines[i] ?? ''}\n${last ? `${NO_EOL}\n` : ''}`;
}
