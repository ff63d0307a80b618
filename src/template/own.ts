/**
 * Tables looked up by names a template gives (filters, tests, globals, methods): own entries
 * only. A plain object would also answer `constructor`, `toString` or `__proto__` from
 * Object.prototype, names Jinja2 knows nothing of, so every such table has no prototype.
 */
export type NameTable<T> = Readonly<Record<string, T>>;

/** `entries` as a frozen object without a prototype: `table[name]` finds its own entries only. */
export function nameTable<T>(entries: Record<string, T>): NameTable<T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
