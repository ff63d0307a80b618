/**
 * What an error may quote of a file or an input: at most one line, cut at 200 characters.
 * A file given by mistake (a system file as the config, a binary as a manifest) must never
 * reach a log or an annotation whole.
 */
export const QUOTE_MAX = 200;

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
