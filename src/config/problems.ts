import type { ConfigProblem } from './errors.js';

/** Where a setting sits: mapping keys, and list indexes. */
export type Path = readonly (string | number)[];

/** Maps a setting's path to its 1-based line in the config file, when known. */
export type LineOf = (path: string[]) => number | undefined;

/** `['gcp', 'scopes', 1]` → `gcp.scopes[1]`. */
export function fieldOf(path: Path): string {
  return path.reduce<string>(
    (field, key) =>
      typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${key}` : key,
    '',
  );
}

/** What the user wrote, for `(got ...)` in messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Collects problems rather than stopping at the first, so one run reports them all. */
export class Problems {
  readonly list: ConfigProblem[] = [];

  constructor(private readonly lineOf?: LineOf) {}

  add(path: Path, message: string): void {
    const line = this.lineOf?.(path.map(String));
    this.list.push({ field: fieldOf(path), message, ...(line === undefined ? {} : { line }) });
  }
}
