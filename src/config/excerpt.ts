import { NOT_PRINTABLE } from '../log/printable.js';

/**
 * What an error may quote of a file or an input: at most one line, cut at 200 characters.
 * A file given by mistake (a system file as the config, a binary as a manifest) must never
 * reach a log or an annotation whole.
 */
export const QUOTE_MAX = 200;

/**
 * Characters a log shows as nothing, as a space or not at all as they are: controls (a carriage
 * return, an escape that starts a terminal sequence, DEL), format characters (zero-width space,
 * bidi overrides, byte order mark, soft hyphen) and every space but U+0020 (no-break, en,
 * ideographic...). A value holding one looks right and is refused, so messages name them.
 */
const UNSEEN = new RegExp(`(?! )${NOT_PRINTABLE}`, 'gu');

/**
 * `text` with each unseen character written as an escape (`\r`, `\t`, `\n`, `\u00a0`,
 * `\u200b`; beyond U+FFFF `\u{e0001}`), so `"none\r"` does not print as `"none"`.
 */
export function visible(text: string): string {
  return text.replace(UNSEEN, (c) => {
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * `visible` for a message of several lines (an error with a console tail): line breaks and
 * tabs stay, every other unseen character is escaped, so what a VM printed cannot move the
 * cursor, recolour or retitle the terminal it is shown in.
 */
export function visibleLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(visible).join('\t'))
    .join('\n');
}

/**
 * A user's value (a path, a rule name, a flag's value) as a message may show it: every
 * control or unseen character escaped (a line break cannot start a line of its own, which a
 * runner would read as a workflow command, nor an escape sequence act on a terminal), and
 * clipped when long.
 */
export function shown(value: string, max?: number): string {
  return clip(visible(value), max);
}

/** The first line of `text`, cut at QUOTE_MAX characters (`…` marks a cut). */
export function clip(text: string, max = QUOTE_MAX): string {
  const line = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Line `n` (1-based) of `text`, clipped. */
export function lineOf(text: string, n: number): string {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  return clip(text.slice(start));
}

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * JSON.parse, failing with `refusal` (e.g. `manifest m.json is not valid JSON`), V8's reason
 * and the offending line alone: V8's own messages quote a window of the text, which may span
 * lines and hold anything.
 */
export function parseJson(text: string, refusal: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const reason = message
      .replace(/,? ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ at position \d+.*$/s, '');
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAtOffset(text, Number(position));
    const where = line === undefined ? '' : ` at line ${line}: ${lineOf(text, line)}`;
    throw new Error(`${refusal} (${clip(reason, 80)})${where}`);
  }
}
