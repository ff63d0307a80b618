import { TemplateSyntaxError } from './errors.js';
import { PY_SPACE } from './text.js';

/**
 * Jinja2's lexer (jinja2/lexer.py) with the settings worker-image renders with: default
 * delimiters, trim_blocks and lstrip_blocks on, keep_trailing_newline off. The same regular
 * expressions tried in the same order, so whitespace control, comments and raw blocks strip
 * exactly the characters Jinja2 strips.
 */

export type TokenType =
  | 'data'
  | 'variable_begin'
  | 'variable_end'
  | 'block_begin'
  | 'block_end'
  | 'name'
  | 'string'
  | 'integer'
  | 'float'
  | 'operator'
  | 'eof';

export interface Token {
  line: number;
  type: TokenType;
  /** The text; for `string` its unescaped value, for `operator` the operator itself. */
  value: string;
  /** The value of an `integer` or `float` token. */
  number?: bigint | number;
}

const S = `[${PY_SPACE}]`;
const rx = (source: string): RegExp => new RegExp(source, 'ys');

const WHITESPACE = rx(`${S}+`);
const FLOAT = rx(
  String.raw`(?<!\.)(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?[eE][+\-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)`,
);
const INTEGER = rx(
  '0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|[1-9](?:_?\\d)*|0(?:_?0)*',
);
const NAME = /[\p{XID_Continue}\p{L}\p{N}]+/uy;
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const STRING = rx(`'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|"([^"\\\\]*(?:\\\\.[^"\\\\]*)*)"`);
const OPERATORS = ['//', '**', '==', '!=', '>=', '<=', ...'+-/*%~[](){}><=.:|,;'];
const OPERATOR = rx(OPERATORS.map((op) => op.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'));

const ROOT = rx(
  String.raw`(.*?)(?:(?<raw_begin>\{%(\-|\+|)${S}*raw${S}*(?:\-%\}${S}*|%\}))` +
    String.raw`|(?<variable_begin>\{\{(\-|\+|))|(?<comment_begin>\{#(\-|\+|))|(?<block_begin>\{%(\-|\+|)))`,
);
const COMMENT_END = rx(String.raw`(.*?)((?:\+#\}|\-#\}${S}*|#\}\n?))`);
const BLOCK_END = rx(String.raw`\+%\}|\-%\}${S}*|%\}\n?`);
const VARIABLE_END = rx(String.raw`\-\}\}${S}*|\}\}`);
const RAW_END = rx(String.raw`(.*?)((?:\{%(\-|\+|))${S}*endraw${S}*(?:\+%\}|\-%\}${S}*|%\}\n?))`);
const TRAILING_SPACE = new RegExp(`${S}+$`);
const ONLY_SPACE = new RegExp(`^${S}+$`);

const count = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Jinja2 reads `\r\n` and `\r` as `\n` and, with keep_trailing_newline off, drops one final newline. */
function normalize(source: string): string {
  const text = source.replace(/\r\n|\r/g, '\n');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

export function tokenize(source: string): Token[] {
  return new Lexer(normalize(source)).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStarting = true;
  private readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    while (this.pos < this.src.length) this.root();
    this.tokens.push({ line: this.line, type: 'eof', value: '' });
    return this.tokens;
  }

  private match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    return re.exec(this.src);
  }

  private advance(m: RegExpExecArray): void {
    this.pos += m[0].length;
    this.lineStarting = m[0].endsWith('\n');
  }

  /** Text up to the next tag, with the strip its sign (or lstrip_blocks) applies. */
  private data(text: string, sign: string, lstrip: boolean): void {
    let kept = text;
    let stripped = 0;
    if (sign === '-') {
      kept = text.replace(TRAILING_SPACE, '');
      stripped = count(text.slice(kept.length));
    } else if (sign !== '+' && lstrip) {
      const lineStart = text.lastIndexOf('\n') + 1;
      if ((lineStart > 0 || this.lineStarting) && ONLY_SPACE.test(text.slice(lineStart))) {
        kept = text.slice(0, lineStart);
      }
    }
    if (kept) this.tokens.push({ line: this.line, type: 'data', value: kept });
    this.line += count(kept) + stripped;
  }

  private root(): void {
    const m = this.match(ROOT);
    if (!m) {
      this.tokens.push({ line: this.line, type: 'data', value: this.src.slice(this.pos) });
      this.line += count(this.src.slice(this.pos));
      this.pos = this.src.length;
      return;
    }
    const groups = m.groups!;
    const sign = m[3] ?? m[5] ?? m[7] ?? m[9] ?? '';
    this.data(m[1]!, sign, groups.variable_begin === undefined);
    this.advance(m);
    if (groups.raw_begin !== undefined) {
      this.line += count(groups.raw_begin);
      this.raw();
    } else if (groups.comment_begin !== undefined) {
      this.comment();
    } else if (groups.block_begin !== undefined) {
      this.tokens.push({ line: this.line, type: 'block_begin', value: groups.block_begin });
      this.tag(BLOCK_END, 'block_end');
    } else {
      this.tokens.push({ line: this.line, type: 'variable_begin', value: groups.variable_begin! });
      this.tag(VARIABLE_END, 'variable_end');
    }
  }

  private comment(): void {
    const m = this.match(COMMENT_END);
    if (!m) throw new TemplateSyntaxError('Missing end of comment tag', this.line, COMMENT_HINT);
    this.line += count(m[0]);
    this.advance(m);
  }

  private raw(): void {
    const m = this.match(RAW_END);
    if (!m) {
      throw new TemplateSyntaxError('{% raw %} is never closed', this.line, 'add {% endraw %}');
    }
    this.data(m[1]!, m[3]!, true);
    this.line += count(m[2]!);
    this.advance(m);
  }

  /** The inside of `{{ }}` or `{% %}`: Jinja2's tag rules, until an end outside brackets. */
  private tag(end: RegExp, endType: 'block_end' | 'variable_end'): void {
    const brackets: string[] = [];
    for (;;) {
      let m: RegExpExecArray | null;
      if (brackets.length === 0 && (m = this.match(end))) {
        this.tokens.push({ line: this.line, type: endType, value: m[0] });
        this.line += count(m[0]);
        this.advance(m);
        return;
      }
      if ((m = this.match(WHITESPACE))) {
        this.line += count(m[0]);
      } else if ((m = this.match(FLOAT))) {
        const value = Number(m[0].replaceAll('_', ''));
        this.tokens.push({ line: this.line, type: 'float', value: m[0], number: value });
      } else if ((m = this.match(INTEGER))) {
        const text = m[0].replaceAll('_', '').toLowerCase();
        const value = /^0\d/.test(text) ? 0n : BigInt(text);
        this.tokens.push({ line: this.line, type: 'integer', value: m[0], number: value });
      } else if ((m = this.match(NAME))) {
        if (!IDENTIFIER.test(m[0])) {
          throw new TemplateSyntaxError('Invalid character in identifier', this.line);
        }
        this.tokens.push({ line: this.line, type: 'name', value: m[0] });
      } else if ((m = this.match(STRING))) {
        const body = m[1] ?? m[2]!;
        this.tokens.push({ line: this.line, type: 'string', value: unescape(body, this.line) });
        this.line += count(m[0]);
      } else if ((m = this.match(OPERATOR))) {
        this.bracket(m[0], brackets);
        this.tokens.push({ line: this.line, type: 'operator', value: m[0] });
      } else if (this.pos >= this.src.length) {
        return;
      } else {
        throw new TemplateSyntaxError(
          `unexpected char ${pyCharRepr(this.src[this.pos]!)} at ${this.pos}`,
          this.line,
        );
      }
      this.advance(m);
    }
  }

  private bracket(op: string, stack: string[]): void {
    const close = { '(': ')', '[': ']', '{': '}' }[op];
    if (close) stack.push(close);
    else if (op === ')' || op === ']' || op === '}') {
      const expected = stack.pop();
      if (expected === undefined) throw new TemplateSyntaxError(`unexpected '${op}'`, this.line);
      if (expected !== op) {
        throw new TemplateSyntaxError(`unexpected '${op}', expected '${expected}'`, this.line);
      }
    }
  }
}

const COMMENT_HINT =
  "'{#' opens a Jinja2 comment that is never closed with '#}'. Bash's ${#VAR} does this: " +
  'write it as {% raw %}${#VAR}{% endraw %}';

function pyCharRepr(c: string): string {
  return c === "'" ? `"'"` : `'${c}'`;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Python's unicode-escape decoding of a string literal's body, as Jinja2 applies it. */
function unescape(body: string, line: number): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new TemplateSyntaxError('\\ at end of string', line);
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
    } else if (e >= '0' && e <= '7') {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += digits.length - 1;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const width = { x: 2, u: 4, U: 8 }[e];
      const hex = body.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        throw new TemplateSyntaxError(`truncated \\${e}${'X'.repeat(width)} escape`, line);
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new TemplateSyntaxError('illegal Unicode character', line);
      out += String.fromCodePoint(code);
      i += width;
    } else if (e === 'N') {
      throw new TemplateSyntaxError(
        'a \\N{...} escape in a string literal is not supported',
        line,
        'write the character itself',
      );
    } else {
      out += `\\${e}`;
    }
  }
  return out;
}
