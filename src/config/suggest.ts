/** `machineType` and `machine_type` are how people misspell `machine-type`. */
function kebab(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** Edits between two keys, a swap of neighbours (`imgae` for `image`) counting as one. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known key the user most likely meant, if one is close enough to be a typo. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const exact = known.find((k) => k === kebab(key));
  if (exact) return exact;
  const limit = Math.min(2, Math.floor(key.length / 3));
  let best: { key: string; distance: number } | undefined;
  for (const k of known) {
    const distance = editDistance(kebab(key), k);
    if (distance <= limit && (!best || distance < best.distance)) best = { key: k, distance };
  }
  return best?.key;
}
