import { PyError } from './errors.js';
import { codePoints, PY_SPACE, pyLength } from './text.js';

/**
 * Python's `textwrap.wrap(line, width, expand_tabs=False, replace_whitespace=False,
 * break_long_words, break_on_hyphens)`, which Jinja2's `|wordwrap` applies to each line.
 * The chunking regular expressions are textwrap's own (TextWrapper.wordsep_re).
 */

const WS = '[\\t\\n\\x0b\\x0c\\r ]';
const NWS = '[^\\t\\n\\x0b\\x0c\\r ]';
const WORD_PUNCT = `[\\p{L}\\p{N}_!"'&.,?]`;
const LETTER = '[\\p{L}\\p{Nl}\\p{No}_]';
const WORDSEP = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=[\\p{L}\\p{N}_])` +
    `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
    `|(?=${WS}|$)` +
    `|(?<=${WORD_PUNCT})(?=-{2,}[\\p{L}\\p{N}_])))`,
  'u',
);
const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, 'u');

const BLANK = new RegExp(`^[${PY_SPACE}]*$`);
const isBlank = (chunk: string): boolean => BLANK.test(chunk);

export function wordwrap(
  text: string,
  width: number,
  breakLongWords: boolean,
  breakOnHyphens: boolean,
): string[] {
  if (width <= 0) throw new PyError('ValueError', `invalid width ${width} (must be > 0)`);
  const chunks = text.split(breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c !== '');
  chunks.reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[] = [];
    let length = 0;
    if (isBlank(chunks.at(-1)!) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = pyLength(chunks.at(-1)!);
      if (length + l > width) break;
      line.push(chunks.pop()!);
      length += l;
    }
    if (chunks.length > 0 && pyLength(chunks.at(-1)!) > width) {
      const spaceLeft = width < 1 ? 1 : width - length;
      if (breakLongWords) {
        let end = spaceLeft;
        const chunk = codePoints(chunks.at(-1)!);
        if (breakOnHyphens && chunk.length > spaceLeft) {
          const hyphen = chunk.slice(0, spaceLeft).lastIndexOf('-');
          if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
        }
        line.push(chunk.slice(0, end).join(''));
        chunks[chunks.length - 1] = chunk.slice(end).join('');
      } else if (line.length === 0) {
        line.push(chunks.pop()!);
      }
      length = line.reduce((n, c) => n + pyLength(c), 0);
    }
    if (line.length > 0 && isBlank(line.at(-1)!)) {
      length -= pyLength(line.at(-1)!);
      line.pop();
    }
    if (line.length > 0) lines.push(line.join(''));
  }
  return lines;
}
