import { GceError } from './errors.js';

type Resource = Record<string, unknown>;
type Predicate = (r: Resource) => boolean;

/**
 * List filters as the Compute API takes them: comparisons `field op value` with `=`, `!=`,
 * `:` (substring; `:*` means "has the field"), `<`, `>`, `<=`, `>=`, and the legacy regular
 * expression operators `eq`/`ne` (full match); nested fields by dots (`labels.env`);
 * parenthesised terms, implicit or explicit AND, OR (binding tighter than AND) and NOT.
 */
export function compileFilter(filter: string): Predicate {
  const source = filter.trim();
  if (source === '') return () => true;
  const parser = new Parser(source);
  const predicate = parser.expression();
  parser.end();
  parser.checkStyles();
  return predicate;
}

function invalid(filter: string, why: string): GceError {
  return new GceError(
    400,
    'invalid',
    `Invalid value for field 'filter': '${filter}'. Invalid list filter expression: ${why}`,
  );
}

function fieldValues(r: Resource, path: string): unknown[] {
  let current: unknown = r;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return [];
    current = (current as Resource)[part];
  }
  if (current === undefined || current === null) return [];
  return Array.isArray(current) ? current : [current];
}

function text(v: unknown): string {
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function order(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparison(field: string, op: string, value: string, filter: string): Predicate {
  const any =
    (test: (v: string) => boolean): Predicate =>
    (r) =>
      fieldValues(r, field).some((v) => test(text(v)));
  switch (op) {
    case '=':
      return value.includes('*') ? any((v) => glob(value).test(v)) : any((v) => v === value);
    case '!=': {
      const eq = comparison(field, '=', value, filter);
      return (r) => !eq(r);
    }
    case ':':
      return value === '*'
        ? (r) => fieldValues(r, field).length > 0
        : any((v) => v.includes(value));
    case 'eq':
    case 'ne': {
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${value})$`);
      } catch {
        throw invalid(filter, `${JSON.stringify(value)} is not a regular expression`);
      }
      const match = any((v) => re.test(v));
      return op === 'eq' ? match : (r) => !match(r);
    }
    case '<':
      return any((v) => order(v, value) < 0);
    case '<=':
      return any((v) => order(v, value) <= 0);
    case '>':
      return any((v) => order(v, value) > 0);
    default:
      return any((v) => order(v, value) >= 0);
  }
}

class Parser {
  private pos = 0;
  /** Which of the two filter languages the expression used (see checkStyles). */
  private regex = false;
  private other = false;

  constructor(private readonly src: string) {}

  /**
   * The regular expression operators are a language of their own: "If you want to use a regular
   * expression, use the eq (equal) or ne (not equal) operator against a single un-parenthesized
   * expression with or without quotes or against multiple parenthesized expressions", and they
   * cannot be combined with the other operators or AND, OR and NOT (the `filter` parameter of
   * every compute v1 list method). The refusal's wording is the emulator's.
   */
  checkStyles(): void {
    if (this.regex && this.other) {
      throw invalid(
        this.src,
        'eq and ne (regular expressions) cannot be combined with other operators or with AND, OR and NOT',
      );
    }
  }

  /** Terms joined by AND (explicit or by juxtaposition), up to `)` or the end. */
  expression(): Predicate {
    const terms = [this.disjunction()];
    for (;;) {
      this.space();
      if (this.pos >= this.src.length || this.src[this.pos] === ')') break;
      if (this.keyword('AND')) this.other = true;
      terms.push(this.disjunction());
    }
    return (r) => terms.every((t) => t(r));
  }

  end(): void {
    this.space();
    if (this.pos < this.src.length)
      throw invalid(this.src, `unexpected ${this.src.slice(this.pos)}`);
  }

  private disjunction(): Predicate {
    const alternatives = [this.term()];
    while (this.keyword('OR')) {
      this.other = true;
      alternatives.push(this.term());
    }
    return (r) => alternatives.some((t) => t(r));
  }

  private term(): Predicate {
    this.space();
    if (this.keyword('NOT') || this.literal('-')) {
      this.other = true;
      const negated = this.term();
      return (r) => !negated(r);
    }
    if (this.literal('(')) {
      const inner = this.expression();
      this.space();
      if (!this.literal(')')) throw invalid(this.src, 'missing )');
      return inner;
    }
    const m = /^([A-Za-z_][\w.-]*)\s*(!=|<=|>=|=|:|<|>|eq\b|ne\b)\s*/.exec(
      this.src.slice(this.pos),
    );
    if (!m)
      throw invalid(
        this.src,
        `expected a comparison at ${JSON.stringify(this.src.slice(this.pos))}`,
      );
    this.pos += m[0].length;
    if (m[2] === 'eq' || m[2] === 'ne') this.regex = true;
    else this.other = true;
    return comparison(m[1]!, m[2]!, this.value(), this.src);
  }

  /** A quoted literal, or everything up to whitespace or an unbalanced `)`. */
  private value(): string {
    const quote = this.src[this.pos];
    if (quote === '"' || quote === "'") {
      const close = this.src.indexOf(quote, this.pos + 1);
      if (close < 0) throw invalid(this.src, 'unterminated quoted value');
      const value = this.src.slice(this.pos + 1, close);
      this.pos = close + 1;
      return value;
    }
    let depth = 0;
    const start = this.pos;
    for (; this.pos < this.src.length; this.pos++) {
      const c = this.src[this.pos]!;
      if (/\s/.test(c)) break;
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) break;
    }
    if (this.pos === start) throw invalid(this.src, 'missing value');
    return this.src.slice(start, this.pos);
  }

  private space(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  private keyword(word: string): boolean {
    this.space();
    const m = new RegExp(`^${word}(?=[\\s(]|$)`).exec(this.src.slice(this.pos));
    if (!m) return false;
    this.pos += word.length;
    return true;
  }

  private literal(c: string): boolean {
    if (this.src[this.pos] !== c) return false;
    this.pos++;
    return true;
  }
}
