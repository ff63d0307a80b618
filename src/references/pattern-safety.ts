import { PLACEHOLDER } from './version-token.js';

/**
 * A static check that a rule's pattern cannot backtrack exponentially. JavaScript's regex
 * engine backtracks, so `(a+)+` or `(a|ab)*` take time exponential in the length of a line
 * that almost matches: a hostile file (or an unlucky one) would hang the bump. Refused:
 *
 * - a repeat of something that itself repeats (`(\w+-?)+`, `({version}.)*`): nested quantifiers;
 * - a repeat of a choice whose branches can begin with the same character (`(a|ab)*`,
 *   `(\w|\d)+`): an ambiguous alternation;
 * - backreferences (`\1`, `\k<name>`), which no engine matches in linear time.
 *
 * What is left is at worst polynomial (`.*x.*`), and budget.ts bounds its running time.
 * The pattern must already compile: this reads valid syntax only.
 */
export function backtrackingProblem(pattern: string, flags: string): string | undefined {
  const parser = new Parser(pattern, flags);
  try {
    parser.alternation();
    return undefined;
  } catch (err) {
    if (err instanceof Unsafe) return err.message;
    throw err;
  }
}

class Unsafe extends Error {}

/** What a piece of pattern can do, for the checks on repeats around it. */
interface Info {
  /** Characters (of a sample alphabet) it can begin with. */
  first: Set<string>;
  /** It can match the empty string. */
  nullable: boolean;
  /** It holds a repeat of more than once (`+`, `*`, `{2,}`, the placeholder's digits). */
  repeats: boolean;
  /** Branches of a choice that can begin alike (for a repeat of this group). */
  ambiguous: boolean;
}

/** ASCII and a few letters beyond it: enough to tell whether two branches can start alike. */
const SAMPLE = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  'é',
  'ß',
  'Ж',
  '中',
  '\u00a0',
  '\u2028',
];
const DIGITS = new Set('0123456789');
const EMPTY: Info = { first: new Set(), nullable: true, repeats: false, ambiguous: false };

class Parser {
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    const first = new Set<string>();
    let ambiguous = branches.filter((b) => b.nullable).length > 1;
    for (const b of branches) {
      for (const c of b.first) {
        if (first.has(c)) ambiguous = true;
        first.add(c);
      }
    }
    return {
      first,
      nullable: branches.some((b) => b.nullable),
      repeats: branches.some((b) => b.repeats),
      ambiguous: branches.length > 1 && ambiguous,
    };
  }

  private sequence(): Info {
    const info: Info = { ...EMPTY, first: new Set() };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.term();
      if (info.nullable) for (const c of term.first) info.first.add(c);
      info.nullable &&= term.nullable;
      info.repeats ||= term.repeats;
    }
    return info;
  }

  private term(): Info {
    const start = this.i;
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const shown = this.src.slice(start, this.i);
    if (q.max > 1) {
      if (atom.repeats) {
        throw new Unsafe(
          `repeats "${shown}", which itself repeats: nested repeats can take exponential time on a line that almost matches; repeat one thing once, e.g. [\\w-]+ rather than (\\w+-?)+`,
        );
      }
      if (atom.ambiguous) {
        throw new Unsafe(
          `repeats "${shown}", a choice whose branches can begin with the same character: that can take exponential time on a line that almost matches; make the branches begin differently, or use a character class`,
        );
      }
    }
    return {
      first: atom.first,
      nullable: atom.nullable || q.min === 0,
      repeats: atom.repeats || q.max > 1,
      ambiguous: false,
    };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.i++;
    else if (c === '{' && !this.src.startsWith(PLACEHOLDER, this.i)) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      this.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    }
    if (q && this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Info {
    const c = this.src[this.i];
    if (this.src.startsWith(PLACEHOLDER, this.i)) {
      this.i += PLACEHOLDER.length;
      return { first: new Set(DIGITS), nullable: false, repeats: true, ambiguous: false };
    }
    if (c === '(') return this.group();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '[') return this.chars(this.classEnd());
    if (c === '\\') return this.escape();
    return this.chars(this.i + 1);
  }

  private group(): Info {
    const rest = this.src.slice(this.i);
    const head = /^\((\?(<?[=!]|<[A-Za-z_$][\w$]*>|[a-z-]*:)?)?/.exec(rest)?.[0] ?? '(';
    const lookaround = /^\(\?<?[=!]/.test(head);
    this.i += head.length;
    const inner = this.alternation();
    this.i++; // ')'
    return lookaround ? EMPTY : inner;
  }

  /**
   * An escape outside a class, read as the engine reads it with the rule's flags. Without the
   * `u` flag JavaScript keeps its legacy readings (Annex B): `\u{2}` is `u` twice (the braces
   * a quantifier), `\p{L}` is `p` then `{L}`, `\x` and `\u` without their hex digits are `x`
   * and `u`, `\c` without a letter is a backslash then `c`, and `\012` is an octal escape.
   */
  private escape(): Info {
    const rest = this.src.slice(this.i);
    const unicode = this.flags.includes('u');
    if (/^\\[1-9]/.test(rest) || /^\\k/.test(rest)) {
      const ref = /^\\(\d+|k<[^>]*>)/.exec(rest)?.[0] ?? rest.slice(0, 2);
      const octal = !unicode && /^\\\d/.test(ref);
      throw new Unsafe(
        `uses the backreference ${ref}, which cannot be matched in linear time; match the text itself instead${
          octal
            ? ` (without the u flag ${ref} may also read as an octal escape: write a character by its code as \\x41 or \\u0041)`
            : ''
        }`,
      );
    }
    if (/^\\[bB]/.test(rest)) {
      this.i += 2;
      return EMPTY;
    }
    const braced = unicode ? undefined : /^\\([pPu])\{[^}]*\}?/.exec(rest);
    if (braced) {
      const [shown, letter] = braced;
      const meant =
        letter === 'u'
          ? 'a character by its code point; add flags: u, or write \\uXXXX (four hex digits)'
          : 'a Unicode property; add flags: u';
      throw new Unsafe(
        `has ${shown}, which without the u flag is the letter ${letter} then ${shown.slice(2)} (a repeat count or literal braces), not ${meant}`,
      );
    }
    if (!unicode && /^\\c(?![A-Za-z])/.test(rest)) {
      // A lone backslash: the `c` after it is an atom of its own (and takes the quantifier).
      this.i += 1;
      return { first: new Set(['\\']), nullable: false, repeats: false, ambiguous: false };
    }
    const escape =
      (unicode
        ? /^\\([pP]\{[^}]*\}|x[\da-fA-F]{2}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|c[A-Za-z]|0|.)/su
        : /^\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|c[A-Za-z]|0[0-7]{0,2}|.)/s
      ).exec(rest)?.[0] ?? rest.slice(0, 2);
    return this.chars(this.i + escape.length);
  }

  /** The index just past the character class starting at `i`. */
  private classEnd(): number {
    let j = this.i + 1;
    if (this.src[j] === '^') j++;
    if (this.src[j] === ']') j++;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j + 1;
  }

  /** The single-character atom from here to `end`: which sample characters it matches. */
  private chars(end: number): Info {
    const source = this.src.slice(this.i, end);
    this.i = end;
    const one = new RegExp(`^(?:${source})$`, this.flags.replace(/[gmd]/g, ''));
    return {
      first: new Set(SAMPLE.filter((c) => one.test(c))),
      nullable: false,
      repeats: false,
      ambiguous: false,
    };
  }
}
