import { formatDuration, parseDuration } from './duration.js';
import { ConfigError } from './errors.js';
import { isMapping } from './merge.js';
import { describe, type Path, type Problems } from './problems.js';
import { suggestKey } from './suggest.js';

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
    const v = this.raw[key];
    return v === null || v === '' ? undefined : v;
  }

  has(key: string): boolean {
    return this.value(key) !== undefined;
  }

  problem(key: string | Path, message: string): void {
    this.problems.add(typeof key === 'string' ? [...this.path, key] : key, message);
  }

  /** `numbers` accepts integers too, for settings YAML would otherwise read as one (`version: 24`). */
  string(key: string, check?: Check<string>, opts: { numbers?: boolean } = {}): string | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    const text = opts.numbers && Number.isInteger(v) ? String(v) : v;
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

  required(
    key: string,
    check?: Check<string>,
    opts: { numbers?: boolean } = {},
  ): string | undefined {
    if (!this.has(key)) {
      this.problem(key, 'required');
      return undefined;
    }
    return this.string(key, check, opts);
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
   * A list of strings, each checked at its own index. `numbers` accepts integers too, as the
   * text they were written as (`accounts: [123456789012]`).
   */
  strings(
    key: string,
    check?: Check<string>,
    opts: { numbers?: boolean } = {},
  ): string[] | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.problem(key, `must be a list (got ${describe(v)})`);
      return undefined;
    }
    let ok = true;
    const items = v.map((item: unknown) =>
      opts.numbers && Number.isInteger(item) ? String(item) : item,
    );
    items.forEach((item: unknown, i) => {
      const problem =
        typeof item === 'string' ? check?.(item) : `must be a string (got ${describe(item)})`;
      if (problem) {
        this.problem([...this.path, key, i], problem);
        ok = false;
      }
    });
    return ok ? (items as string[]) : undefined;
  }
}
