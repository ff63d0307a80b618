import { PY_WHITESPACE } from './python.js';

/** Jinja2 rejects the template before parsing it; `line` is 1-based. */
export class JinjaSyntaxError extends Error {
  override name = 'JinjaSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const S = `[${PY_WHITESPACE}]`;
const RAW_BEGIN = new RegExp(`\\{%([-+]?)${S}*raw${S}*(?:-%\\}${S}*|%\\})`, 'y');
const RAW_END = new RegExp(`\\{%([-+]?)${S}*endraw${S}*(?:\\+%\\}|-%\\}${S}*|%\\}\\n?)`, 'g');
const LEADING_SPACE = new RegExp(`^${S}*`);
const TRAILING_SPACE = new RegExp(`${S}*$`);
const ONLY_SPACE = new RegExp(`^${S}+$`);
const TAG_START = /\{[{%#]/g;

const UNTERMINATED_COMMENT =
  "'{#' opens a Jinja2 comment that is never closed with '#}'. Bash's ${#VAR} does this: " +
  'write it as {% raw %}${#VAR}{% endraw %}';

/** Jinja2 reads `\r\n` and `\r` as `\n` and, with keep_trailing_newline off, drops one final newline. */
function jinjaNewlines(source: string): string {
  const text = source.replace(/\r\n|\r/g, '\n');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

const newlines = (text: string): string => text.replace(/[^\n]/g, '');

/** A nunjucks string literal; newlines stay literal so later lines keep their numbers. */
const literal = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Rewrites a Jinja2 template into nunjucks source that renders the same bytes and keeps every
 * line where it was (errors name lines of the user's file).
 *
 * nunjucks (with trimBlocks) handles `{{ }}`, `{% %}`, `-` and the newline after `%}` as Jinja2
 * does. This applies Jinja2's lexer rules for the rest: lstrip_blocks (nunjucks' differs after
 * comments and for `{%+`), comments (Jinja2 lstrips and trims them, nunjucks does neither),
 * raw blocks (whitespace rules on both tags differ; they become string literals), `+`
 * modifiers (nunjucks rejects them) and `#}` in plain text (nunjucks rejects it).
 */
export function toNunjucksSource(source: string): string {
  return new Translator(jinjaNewlines(source)).run();
}

class Translator {
  private readonly out: string[] = [];
  /** Where nunjucks' next text starts: it applies `-` and the newline trim itself. */
  private dataStart = 0;
  /** Where Jinja2's next text starts: after the whitespace the previous tag consumed. */
  private textStart = 0;
  /** Jinja2's `line_starting`: the previous tag consumed a newline (or there was none yet). */
  private lineStarting = true;

  constructor(private readonly src: string) {}

  run(): string {
    for (;;) {
      TAG_START.lastIndex = this.textStart;
      const open = TAG_START.exec(this.src)?.index;
      if (open === undefined) break;
      const kind = this.src[open + 1];
      const sign = '-+'.includes(this.src[open + 2] ?? '') ? this.src[open + 2]! : '';
      const text = this.src.slice(this.textStart, open);
      RAW_BEGIN.lastIndex = open;
      const raw = kind === '%' ? RAW_BEGIN.exec(this.src) : null;
      if (kind === '#') this.comment(open, sign, text);
      else if (raw) this.raw(open, raw, text);
      else if (!this.tag(open, kind === '{' ? ['-}}', '}}'] : ['+%}', '-%}', '%}'], sign, text)) {
        // Not a tag Jinja2 could lex: leave the rest as it is for nunjucks to report.
        this.out.push(this.src.slice(this.dataStart));
        return this.out.join('');
      }
    }
    this.emitData(this.src.length);
    return this.out.join('');
  }

  /** `{{ }}` or an ordinary `{% %}`: nunjucks renders them; we apply lstrip and `+`. */
  private tag(open: number, closers: string[], sign: string, text: string): boolean {
    const bodyStart = open + 2 + sign.length;
    const close = this.findClose(bodyStart, closers);
    if (!close) return false;
    const lstrip = closers.length === 3 && sign === '' ? this.lstripWidth(text) : 0;
    this.emitData(open - lstrip);
    // The stripped indentation moves inside the tag, so columns and lines stay put.
    const opener = this.src.slice(open, open + 2) + this.src.slice(open - lstrip, open);
    const body = this.src.slice(open + 2, close.at);
    this.out.push(opener + body.replace(/^\+/, ' ') + close.token.replace(/^\+/, ' '));
    const end = close.at + close.token.length;
    // trimBlocks would eat this newline, which Jinja2 keeps after `+%}`.
    if (close.token === '+%}' && this.src[end] === '\n') this.out.push("{{ '' }}");
    this.after(
      end,
      close.token.startsWith('-') ? 'all' : close.token === '%}' ? 'newline' : 'none',
    );
    return true;
  }

  /** Comments print nothing: strip around them as Jinja2 does, keep their newlines. */
  private comment(open: number, sign: string, text: string): void {
    const closeAt = this.src.indexOf('#}', open + 2 + sign.length);
    if (closeAt === -1) throw new JinjaSyntaxError(UNTERMINATED_COMMENT, this.lineAt(open));
    const endSign = closeAt > open + 2 + sign.length ? this.src[closeAt - 1] : '';
    const before = this.stripWidth(sign, text);
    this.emitData(open - before);
    const end = this.after(
      closeAt + 2,
      endSign === '-' ? 'all' : endSign === '+' ? 'none' : 'newline',
    );
    this.out.push(`{#${newlines(this.src.slice(open - before, end))}#}`);
    this.dataStart = end;
  }

  /** Raw content becomes a string literal: nunjucks' raw tags trim differently and nest. */
  private raw(open: number, begin: RegExpExecArray, text: string): void {
    const contentStart = open + begin[0].length;
    RAW_END.lastIndex = contentStart;
    const finish = RAW_END.exec(this.src);
    if (!finish) {
      throw new JinjaSyntaxError('{% raw %} is never closed: add {% endraw %}', this.lineAt(open));
    }
    const before = this.stripWidth(begin[1]!, text);
    const content = this.src.slice(contentStart, finish.index);
    const kept = content.length - this.stripWidth(finish[1]!, content, begin[0].endsWith('\n'));
    const end = finish.index + finish[0].length;
    this.emitData(open - before);
    this.out.push(
      `{{${newlines(this.src.slice(open - before, contentStart))} ${literal(content.slice(0, kept))} ` +
        `${newlines(this.src.slice(contentStart + kept, end))}}}`,
    );
    this.dataStart = this.textStart = end;
    this.lineStarting = finish[0].endsWith('\n');
  }

  /** Records what a tag's end consumed (`-` all whitespace, or trim_blocks' one newline). */
  private after(end: number, consume: 'all' | 'newline' | 'none'): number {
    let next = end;
    if (consume === 'all') next += LEADING_SPACE.exec(this.src.slice(end))![0].length;
    if (consume === 'newline' && this.src[end] === '\n') next += 1;
    this.dataStart = end;
    this.textStart = next;
    this.lineStarting = next > end && this.src[next - 1] === '\n';
    return next;
  }

  /** How much of `text` a block or comment tag with this sign strips before itself. */
  private stripWidth(sign: string, text: string, lineStarting = this.lineStarting): number {
    if (sign === '-') return text.length - text.replace(TRAILING_SPACE, '').length;
    return sign === '+' ? 0 : this.lstripWidth(text, lineStarting);
  }

  /** lstrip_blocks: the indentation before a tag that starts its line. */
  private lstripWidth(text: string, lineStarting = this.lineStarting): number {
    const lineStart = text.lastIndexOf('\n') + 1;
    if (lineStart === 0 && !lineStarting) return 0;
    const indent = text.slice(lineStart);
    return ONLY_SPACE.test(indent) ? indent.length : 0;
  }

  /** The end of a tag as Jinja2's lexer finds it: outside strings and brackets. */
  private findClose(from: number, closers: string[]): { at: number; token: string } | undefined {
    let depth = 0;
    for (let i = from; i < this.src.length; i++) {
      const token = depth === 0 ? closers.find((c) => this.src.startsWith(c, i)) : undefined;
      if (token) return { at: i, token };
      const ch = this.src[i]!;
      if (ch === '"' || ch === "'") {
        i = this.stringEnd(i);
        if (i === -1) return undefined;
      } else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch) && --depth < 0) return undefined;
    }
    return undefined;
  }

  private stringEnd(open: number): number {
    const quote = this.src[open];
    for (let i = open + 1; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === quote) return i;
    }
    return -1;
  }

  /** Plain text up to `end`, with what nunjucks would misread as tag syntax printed as literals. */
  private emitData(end: number): void {
    const data = this.src.slice(this.dataStart, end).replaceAll('#}', "{{ '#}' }}");
    // Stripping before a comment or raw block can leave a `{` that would join the next tag.
    this.out.push(data.endsWith('{') ? `${data.slice(0, -1)}{{ '{' }}` : data);
  }

  private lineAt(index: number): number {
    return newlines(this.src.slice(0, index)).length + 1;
  }
}
