import { GCE_REGIONS } from '../../naming/gce-regions.js';
import { extraRegions } from '../../naming/regions.js';

/**
 * Zone letters per region: the emulator's approximation of
 * https://cloud.google.com/compute/docs/regions-zones. Every region gets a, b and c; the
 * regions below add the further zones that page lists (it also shows us-east1 and europe-west1
 * without an `a`, which the emulator keeps so that any a/b/c zone it accepts exists here).
 */
const EXTRA_LETTERS: Record<string, readonly string[]> = {
  'us-central1': ['f'],
  'us-east1': ['d'],
  'europe-west1': ['d'],
};

const ZONE = /^([a-z]+-[a-z]+[0-9]+)-([a-z])$/;

/** The regions served: GCE_REGIONS and those WORKER_IMAGE_EXTRA_REGIONS allows (by region or zone). */
export function servedRegions(): string[] {
  const extra = extraRegions().map((r) => ZONE.exec(r)?.[1] ?? r);
  return [...new Set([...GCE_REGIONS, ...extra])].sort();
}

/** The zones of `region`, or none when it is not served. */
export function zonesOf(region: string): string[] {
  if (!servedRegions().includes(region)) return [];
  const named = extraRegions()
    .map((z) => ZONE.exec(z))
    .filter((m) => m?.[1] === region)
    .map((m) => m![2]!);
  const letters = new Set(['a', 'b', 'c', ...(EXTRA_LETTERS[region] ?? []), ...named]);
  return [...letters].sort().map((l) => `${region}-${l}`);
}

/** The region of a served zone, or undefined. */
export function regionOfZone(zone: string): string | undefined {
  const region = ZONE.exec(zone)?.[1];
  return region !== undefined && zonesOf(region).includes(zone) ? region : undefined;
}

export const regionPath = (project: string, region: string): string =>
  `projects/${project}/regions/${region}`;

/**
 * What GCE answers as creationTimestamp for zones, regions and machine types, which have none:
 * the Unix epoch in Pacific time (`gcloud compute zones describe` shows it).
 */
export const EPOCH_TIMESTAMP = '1969-12-31T16:00:00.000-08:00';
