import type { ConfigProblem } from './errors.js';
import { clip, QUOTE_MAX, visible } from './excerpt.js';

/** Where a setting sits: mapping keys, and list indexes. */
export type Path = readonly (string | number)[];

/** Maps a setting's path to its 1-based line in the config file, when known. */
export type LineOf = (path: string[]) => number | undefined;

/** How a scalar was written in the file: its source text and whether it was unquoted. */
export type ScalarOf = (path: string[]) => { source: string; plain: boolean } | undefined;

/** `['gcp', 'scopes', 1]` → `gcp.scopes[1]`. A key is a file's text too: it is clipped. */
export function fieldOf(path: Path): string {
  return path.reduce<string>(
    (field, key) =>
      typeof key === 'number'
        ? `${field}[${key}]`
        : field
          ? `${field}.${visible(clip(key, 80))}`
          : visible(clip(key, 80)),
    '',
  );
}

/**
 * What the user wrote, for `(got ...)` in messages: one line at most, cut at 200 characters,
 * so a file given by mistake (YAML reads `/etc/passwd` as one long text) is never echoed; a
 * character a log would not show as it is (a carriage return, a no-break or zero-width space,
 * an escape) as its escape, so a value that looks right shows why it is not.
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const lines = value.split('\n').length;
    if (lines > 1) return `a text of ${lines} lines`;
    return `"${clip(visible(value.replace(/["\\]/g, (c) => `\\${c}`)))}"`;
  }
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  // YAML 1.1 (a `%YAML 1.1` header) reads 2027-06-30 as a timestamp.
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Collects problems rather than stopping at the first, so one run reports them all. */
export class Problems {
  readonly list: ConfigProblem[] = [];

  constructor(
    private readonly lineOf?: LineOf,
    readonly scalarOf?: ScalarOf,
  ) {}

  add(path: Path, message: string): void {
    const line = this.lineOf?.(path.map(String));
    this.list.push({
      field: fieldOf(path),
      message: bounded(message),
      ...(line === undefined ? {} : { line }),
    });
  }

  /** How the value at `path` was written in the file; undefined for inputs and flags. */
  written(path: Path): { source: string; plain: boolean } | undefined {
    return this.scalarOf?.(path.map(String));
  }
}

/**
 * Messages quote what the user wrote as "…"; however a check embeds it, no quote may run
 * past one line or 200 characters.
 */
function bounded(message: string): string {
  return message.replace(/"([^"]*)"/g, (quoted, inner: string) =>
    inner.length > QUOTE_MAX || /[\r\n]/.test(inner)
      ? `"${visible(clip(inner.slice(0, QUOTE_MAX)))}…"`
      : `"${visible(inner)}"`,
  );
}
