/** A YAML mapping read as a plain object (template variables' own values are Maps and marked floats). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * `value[key]` when the mapping holds `key` itself: a user's key such as `toString` or
 * `constructor` must never find what Object.prototype has under that name.
 */
export function own(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Sets `key` as the mapping's own, `__proto__` included (an assignment would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** A mapping's entries, whether a plain object or a Map (template variables keep some as Maps). */
function entriesOf(value: unknown): [unknown, unknown][] | undefined {
  if (value instanceof Map) return [...value.entries()];
  return isMapping(value) ? Object.entries(value) : undefined;
}

/** Mappings merge key by key; anything else in `over` (lists included) replaces `base`. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if ((base instanceof Map || over instanceof Map) && entriesOf(base) && entriesOf(over)) {
    const merged = new Map<unknown, unknown>(entriesOf(base));
    for (const [key, value] of entriesOf(over)!) merged.set(key, deepMerge(merged.get(key), value));
    return merged;
  }
  if (!isMapping(base) || !isMapping(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over))
    setOwn(merged, key, deepMerge(own(base, key), value));
  return merged;
}

/**
 * Drops unset overrides (undefined or '': an action input left empty, a flag not given) and
 * the mappings left empty, so they never mask the file's values. `variables` pass through
 * whole: there an empty string is a value a user may pass on purpose.
 */
export function withoutUnset(value: unknown): unknown {
  if (value === '') return undefined;
  if (!isMapping(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const pruned = key === 'variables' ? v : withoutUnset(v);
    if (pruned !== undefined) setOwn(kept, key, pruned);
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
