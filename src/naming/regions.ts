/**
 * Regions are checked against lists fixed at release time (AWS's from the SDK's partition
 * data, Azure's from Microsoft's region list), so a typo fails before any cloud call. A
 * region newer than the lists is allowed by naming it in this variable, comma- or
 * space-separated: `WORKER_IMAGE_EXTRA_REGIONS=ap-southeast-9,newzealandsouth`.
 */
export const EXTRA_REGIONS_VAR = 'WORKER_IMAGE_EXTRA_REGIONS';

export function extraRegions(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[EXTRA_REGIONS_VAR] ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Edits between two names, for "did you mean" among known regions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known region closest to `name`, when one is close enough to be a typo. */
export function nearestRegion(name: string, known: readonly string[]): string | undefined {
  let best: { region: string; d: number } | undefined;
  for (const region of known) {
    const d = distance(name, region);
    if (d <= 2 && (!best || d < best.d)) best = { region, d };
  }
  return best?.region;
}

/** The end of an unknown-region message: the typo it may be, and the override. */
export function unknownRegionHint(name: string, known: readonly string[]): string {
  const near = nearestRegion(name, known);
  return (
    `${near ? ` (did you mean "${near}"?)` : ''}; if it is a region newer than this release, ` +
    `allow it with ${EXTRA_REGIONS_VAR}=${name}`
  );
}
