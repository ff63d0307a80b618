import { resolve } from 'node:path';
import { outputProblem, outsideRoot, type Root } from './confine.js';
import { formatDuration, parseDuration } from './duration.js';
import { ConfigError } from './errors.js';
import { isMapping, own } from './merge.js';
import { describe, type Path, type Problems } from './problems.js';
import { suggestKey } from './suggest.js';
import { checkPathText } from './text.js';

/** A rule on a value: the problem's message, or undefined when the value is fine. */
export type Check<T> = (value: T) => string | undefined;

/**
 * One mapping of the config (`gcp`, `gcp.boot-disk`, ...). Reads typed settings from it and
 * records a problem, at the setting's own path, for each one that is wrong.
 */
export class Section {
  private constructor(
    readonly problems: Problems,
    readonly path: Path,
    private readonly raw: Record<string, unknown>,
  ) {}

  /**
   * The mapping at `path` with the given keys; absent means empty so required settings inside
   * are reported by name. Undefined (and a problem) when it is not a mapping.
   */
  static open(
    problems: Problems,
    path: Path,
    value: unknown,
    keys: readonly string[],
  ): Section | undefined {
    if (value === undefined || value === null) return new Section(problems, path, {});
    if (!isMapping(value)) {
      problems.add(path, `must be a mapping (got ${describe(value)})`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (keys.includes(key)) continue;
      const suggestion = suggestKey(key, keys);
      problems.add(
        [...path, key],
        `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      );
    }
    return new Section(problems, path, value);
  }

  /** A nested mapping, e.g. `boot-disk` inside `gcp`. */
  section(key: string, keys: readonly string[]): Section | undefined {
    return Section.open(this.problems, [...this.path, key], this.value(key), keys);
  }

  /** YAML `key:` or `key: ""` means "not set", like leaving the key out. */
  value(key: string): unknown {
    const v = own(this.raw, key);
    return v === null || v === '' ? undefined : v;
  }

  has(key: string): boolean {
    return this.value(key) !== undefined;
  }

  problem(key: string | Path, message: string): void {
    this.problems.add(typeof key === 'string' ? [...this.path, key] : key, message);
  }

  /**
   * A text setting. `id` marks a version or an id: a YAML number counts as the digits written
   * (`version: 24`), and anything YAML would read as something other than its text (`017`,
   * `0x1A`, `1e3`, `yes`) must be quoted.
   */
  string(key: string, check?: Check<string>, opts: { id?: boolean } = {}): string | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    const path = [...this.path, key];
    const coerced = coercion(this.problems.written(path), v, path, opts.id ? 'id' : 'text');
    if (coerced) {
      this.problem(key, coerced);
      return undefined;
    }
    const text = opts.id && typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string') {
      this.problem(key, `must be a string (got ${describe(v)})`);
      return undefined;
    }
    const problem = check?.(text);
    if (problem) {
      this.problem(key, problem);
      return undefined;
    }
    return text;
  }

  required(key: string, check?: Check<string>, opts: { id?: boolean } = {}): string | undefined {
    if (!this.has(key)) {
      this.problem(key, 'required');
      return undefined;
    }
    return this.string(key, check, opts);
  }

  /** Why the value at `path` (a label or tag value) is not the text written, if it is not. */
  coercedValue(path: Path, value: unknown): string | undefined {
    return coercion(this.problems.written(path), value, path, 'value');
  }

  /**
   * A path setting, resolved against `baseDir`: with a `root`, it must lead (links followed)
   * inside it, so a template cannot be /etc/shadow nor a manifest land outside the workspace.
   * An `output` must not be a link at all: it is written as a regular file at its own path.
   */
  file(
    key: string,
    where: { baseDir: string; root?: Root | undefined },
    opts: { required?: boolean; output?: boolean } = {},
  ): string | undefined {
    // Checked as text first: a control character must not reach a message or the file
    // system, nor an over-long name the file system's own error (which echoes it whole).
    const text = opts.required
      ? this.required(key, checkPathText)
      : this.string(key, checkPathText);
    if (text === undefined) return undefined;
    const full = resolve(where.baseDir, text);
    const problem = opts.output
      ? outputProblem(full, where.root, text)
      : where.root && outsideRoot(full, where.root, text);
    if (problem) {
      this.problem(key, problem);
      return undefined;
    }
    return full;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (values.includes(v as T)) return v as T;
    this.problem(key, `must be one of ${values.join(', ')} (got ${describe(v)})`);
    return undefined;
  }

  /** Action inputs and CLI flags arrive as text, so `"true"`/`"false"` count too. */
  boolean(key: string): boolean | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    this.problem(key, `must be true or false (got ${describe(v)})`);
    return undefined;
  }

  integer(key: string, min: number, max: number): number | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      this.problem(key, `must be a whole number from ${min} to ${max} (got ${describe(v)})`);
      return undefined;
    }
    return n;
  }

  duration(key: string, min: number, max: number): number | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    try {
      const ms = parseDuration(v, '');
      if (ms >= min && ms <= max) return ms;
      this.problem(
        key,
        `must be from ${formatDuration(min)} to ${formatDuration(max)} (got ${describe(v)})`,
      );
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      this.problem(key, err.problems[0].message);
    }
    return undefined;
  }

  /** A free-form mapping such as `variables` or `labels`. */
  mapping(key: string): Record<string, unknown> | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (isMapping(v)) return v;
    this.problem(key, `must be a mapping (got ${describe(v)})`);
    return undefined;
  }

  /**
   * A list of strings, each checked at its own index, none listed twice. `id` as for
   * `string`: YAML numbers count as the digits written (`accounts: [123456789012]`).
   */
  strings(key: string, check?: Check<string>, opts: { id?: boolean } = {}): string[] | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.problem(key, `must be a list (got ${describe(v)})`);
      return undefined;
    }
    let ok = true;
    const seen = new Map<string, number>();
    const items = v.map((item: unknown) =>
      opts.id && typeof item === 'number' ? String(item) : item,
    );
    items.forEach((item: unknown, i) => {
      const path = [...this.path, key, i];
      const problem =
        coercion(this.problems.written(path), v[i], path, opts.id ? 'id' : 'text') ??
        (typeof item === 'string' ? check?.(item) : `must be a string (got ${describe(item)})`);
      const twice = typeof item === 'string' ? seen.get(item) : undefined;
      if (problem || twice !== undefined) {
        this.problem(path, problem ?? `${describe(item)} is listed twice (also [${twice}])`);
        ok = false;
      }
      if (typeof item === 'string' && !seen.has(item)) seen.set(item, i);
    });
    return ok ? (items as string[]) : undefined;
  }
}

/** Plain scalars YAML 1.1 tools read as booleans or null, though YAML 1.2 reads them as text. */
const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;
/** Plain scalars some YAML version reads as a number: octal, hex, binary, exponents, `_`, `:`. */
const YAML_NUMBER =
  /^[-+]?(\.?\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0[xob][\da-fA-F_]+|\d[\d_]*(:[0-5]?\d)+(\.\d*)?|\.(inf|nan))$/i;

/**
 * What a setting wants: `id` a version or an id (digits YAML reads as a number are fine when
 * they are the number's own spelling), `text` any other text, `value` a label or tag value
 * (numbers and booleans are fine when written as YAML prints them).
 */
type Wanted = 'id' | 'text' | 'value';

/**
 * Why a value written unquoted in the file is not the text it looks like: YAML read `0x1A` as
 * 26, `017` as 17, `1.10` as 1.1, `True` as true. For a version or an id, also a plain
 * scalar YAML 1.1 tools read differently (`yes`, `1_000`). Undefined when it is fine, or when
 * the value did not come from the file (inputs and flags are text already).
 */
function coercion(
  written: { source: string; plain: boolean } | undefined,
  value: unknown,
  path: Path,
  wanted: Wanted,
): string | undefined {
  if (!written?.plain) return undefined;
  const { source } = written;
  let read: string;
  if (typeof value === 'string') {
    const word = YAML11_WORDS.test(source);
    if (wanted !== 'id' || !(word || YAML_NUMBER.test(source))) return undefined;
    read = `YAML 1.1 tools read ${source} as ${word ? 'a boolean or null' : 'a number'}`;
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    const exact = String(value) === source;
    if (exact && (wanted === 'value' || (wanted === 'id' && typeof value === 'number'))) {
      return undefined;
    }
    read = `YAML reads ${source} as ${typeof value === 'number' ? `the number ${value}` : `the boolean ${value}`}`;
  } else if (value instanceof Date) {
    // Only under a `%YAML 1.1` header: YAML 1.2 has no timestamps.
    read = `YAML 1.1 reads ${source} as a date`;
  } else {
    return undefined;
  }
  const key = path.at(-1);
  const fix = typeof key === 'number' ? `- '${source}'` : `${String(key)}: '${source}'`;
  return `${read}, not the text "${source}"; quote it: ${fix}`;
}
