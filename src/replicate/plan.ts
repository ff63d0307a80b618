import type { ReplicaPolicy, TargetRegion } from '../config/types.js';
import { canonicalRegion } from '../naming/azure.js';
import { MAX_REPLICAS } from './regions.js';

/** Azure's guidance for production images. */
export const PRODUCTION_MIN_REPLICAS = 3;

export interface ReplicaPlan {
  regions: TargetRegion[];
  /** Warnings for the user: a capped count, a production image with too few replicas. */
  notes: string[];
}

/**
 * Replicas per target region. Azure creates VMs from a version's replicas, so too few of them
 * throttle a pool that scales out at once. With `expectedConcurrentVms` every region gets
 * enough for that many VMs (at least 3 for production images, at most Azure's 100); a region
 * that asks for more keeps its count. Without it the counts stand as written.
 */
export function planReplicas(regions: TargetRegion[], policy: ReplicaPolicy): ReplicaPlan {
  const { expectedConcurrentVms: vms, vmsPerReplica, production } = policy;
  if (vms === undefined) {
    const few = regions.filter((r) => r.replicas < PRODUCTION_MIN_REPLICAS);
    const notes =
      production && few.length > 0
        ? [
            `production images should have at least ${PRODUCTION_MIN_REPLICAS} replicas per region (Azure's guidance); ` +
              `${few.map((r) => `${r.name} has ${r.replicas}`).join(', ')}: ` +
              'raise replicas, or set replica-policy.expected-concurrent-vms',
          ]
        : [];
    return { regions, notes };
  }
  const needed = Math.ceil(vms / vmsPerReplica);
  const planned = Math.min(
    Math.max(needed, production ? PRODUCTION_MIN_REPLICAS : 1),
    MAX_REPLICAS,
  );
  const notes =
    needed > MAX_REPLICAS
      ? [
          `${vms} concurrent VMs need ${needed} replicas; capped at ${MAX_REPLICAS}, Azure's maximum per version — ` +
            'consider splitting across versions/regions',
        ]
      : [];
  return {
    regions: regions.map((r) => ({ ...r, replicas: Math.max(r.replicas, planned) })),
    notes,
  };
}

export interface MergedRegions {
  regions: TargetRegion[];
  /** Whether the version needs an update. */
  changed: boolean;
  /** Regions new to the version. */
  added: string[];
  /** Regions whose replica count went up. */
  raised: string[];
}

/**
 * An existing version's target regions after a replicate request: regions are added and
 * counts raised, never removed or lowered. Removing a region deletes its replicas from under
 * the pools running there, whose next scale-out then fails; a lower count throttles them.
 * Shrinking is a deliberate change to make by hand, not a side effect of asking for more.
 * An existing region keeps its storage account type. Names are compared and returned in
 * Azure's region-name form (a version read back from Azure may say `East US`).
 */
export function mergeTargetRegions(
  existing: TargetRegion[],
  requested: TargetRegion[],
): MergedRegions {
  const regions = existing.map((r) => ({ ...r, name: canonicalRegion(r.name) }));
  const added: string[] = [];
  const raised: string[] = [];
  for (const want of requested) {
    const name = canonicalRegion(want.name);
    const have = regions.find((r) => r.name === name);
    if (!have) {
      regions.push({ ...want, name });
      added.push(name);
    } else if (want.replicas > have.replicas) {
      have.replicas = want.replicas;
      raised.push(name);
    }
  }
  return { regions, changed: added.length > 0 || raised.length > 0, added, raised };
}
