import type { LifecycleConfig } from '../config/lifecycle.js';
import { compareVersions } from '../references/version-token.js';
import type { Cloud } from '../steps/resources.js';
import { formatAge } from './age.js';
import { ageOf, type PruneImage } from './inventory.js';

export type PruneAction = 'keep' | 'deprecate' | 'delete';

/** What prune decided for one image, and why. */
export interface PruneDecision {
  image: PruneImage;
  action: PruneAction;
  reason: string;
  /** deprecate: the newest kept image of the same lineage, which replaces it. */
  replacement?: PruneImage;
}

/** A version the repository names today, where (from the `references:` rules, read-only). */
export interface Reference {
  /** The rule's cloud; undefined for an `increment` rule, whose number may be any cloud's. */
  cloud?: Cloud;
  version: string;
  /** `default` unless the reference names a namespaced image (`batch-worker-alice-3`). */
  namespace: string;
  /** `create_instance.py:12`. */
  at: string;
}

export interface DecideInput {
  images: PruneImage[];
  lifecycle: (cloud: Cloud) => LifecycleConfig;
  references: Reference[];
  /** Images this run just baked (`cloud` and `name`); standalone prune has none. */
  justBaked?: { cloud: Cloud; name: string }[];
  now: Date;
}

/**
 * The one rule for what prune does, whatever the cloud. An image is kept when any guard
 * holds, the first that does being its reason: not baked by worker-image (unless adopt),
 * protected (config or label), just baked, named by a reference, failed with no delete-after,
 * still being made (an Azure version replicating), Azure's definition's newest, among the
 * newest `keep` of its lineage (not deprecated or failed ones), younger than min-age, or of
 * unknown age. An image an earlier prune left half-deleted (AWS) is finished whatever the
 * guards but the first; a failed image (never usable) is deleted once delete-after is set,
 * without deprecation first, whatever its age. Otherwise it is deprecated first (once
 * deprecate-after old), and deleted only once it has been deprecated for delete-after; an
 * image deprecated without a date is dated now, so delete-after counts from today. Pure.
 */
export function decide(input: DecideInput): PruneDecision[] {
  const byLineage = new Map<string, PruneImage[]>();
  for (const image of input.images) {
    const key = `${image.cloud}\u0000${image.lineage}`;
    byLineage.set(key, [...(byLineage.get(key) ?? []), image]);
  }
  const decisions: PruneDecision[] = [];
  for (const lineage of byLineage.values()) {
    decisions.push(...decideLineage(lineage, input));
  }
  const order = new Map(input.images.map((image, i) => [image, i]));
  return decisions.sort((a, b) => order.get(a.image)! - order.get(b.image)!);
}

/** Newest first: the higher version, then the later creation. */
function newestFirst(a: PruneImage, b: PruneImage): number {
  return (
    compareVersions(b.version, a.version) ||
    (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0)
  );
}

function decideLineage(images: PruneImage[], input: DecideInput): PruneDecision[] {
  const cloud = images[0]!.cloud;
  const policy = input.lifecycle(cloud);
  const sorted = [...images].sort(newestFirst);
  const candidates = sorted.filter((i) => i.baked || policy.adopt);
  const inService = candidates.filter((i) => !i.deprecated && !i.partial && !i.failed);
  const newest = new Set(inService.slice(0, policy.keep));
  const replacement = sorted.find((i) => newest.has(i));
  return sorted.map((image) => {
    const kept = keptBecause(image, sorted[0]!, newest, policy, input);
    if (kept) return { image, action: 'keep', reason: kept };
    return { ...due(image, policy, input.now), ...(replacement ? { replacement } : {}) };
  });
}

function keptBecause(
  image: PruneImage,
  lineageNewest: PruneImage,
  newest: Set<PruneImage>,
  policy: LifecycleConfig,
  input: DecideInput,
): string | undefined {
  if (!image.baked && !policy.adopt) {
    return 'not baked by worker-image (no worker-image-role label; adopt: true to prune it)';
  }
  // What an earlier prune began to delete can no longer be used everywhere: finish it.
  if (image.partial) return undefined;
  if (policy.protect.includes(image.version)) return 'protected (lifecycle.protect)';
  if (image.protectedByLabel) return 'protected (worker-image-protect label)';
  if (input.justBaked?.some((b) => b.cloud === image.cloud && b.name === image.name)) {
    return 'just baked';
  }
  const refs = input.references.filter(
    (r) =>
      (r.cloud === undefined || r.cloud === image.cloud) &&
      r.version === image.version &&
      r.namespace === image.namespace,
  );
  if (refs.length > 0) return `referenced at ${refs.map((r) => r.at).join(', ')}`;
  // Never usable: neither deprecated first nor kept for its age, but deleted only where the
  // policy deletes at all.
  if (image.failed && policy.deleteAfter === undefined) {
    return `${image.failed}; no delete-after, so never deleted`;
  }
  if (image.failed) return undefined;
  if (image.busy) return image.busy;
  if (image.cloud === 'azure' && image === lineageNewest) return "the definition's newest version";
  if (newest.has(image)) return `newest ${policy.keep}`;
  const age = ageOf(image, input.now);
  if (age === undefined) return 'age unknown';
  if (age < policy.minAge) return `younger than min-age ${formatAge(policy.minAge)}`;
  return undefined;
}

/** An image no guard keeps: what is due now. */
function due(
  image: PruneImage,
  policy: LifecycleConfig,
  now: Date,
): { image: PruneImage; action: PruneAction; reason: string } {
  if (image.partial) return { image, action: 'delete', reason: `half-pruned: ${image.partial}` };
  if (image.failed) {
    return {
      image,
      action: 'delete',
      reason: `${image.failed}: never usable (delete-after is set)`,
    };
  }
  const age = ageOf(image, now)!;
  if (!image.deprecated) {
    if (policy.deprecateAfter !== undefined && age < policy.deprecateAfter) {
      return {
        image,
        action: 'keep',
        reason: `younger than deprecate-after ${formatAge(policy.deprecateAfter)}`,
      };
    }
    return { image, action: 'deprecate', reason: `older than the newest ${policy.keep}` };
  }
  if (policy.deleteAfter === undefined) {
    return { image, action: 'keep', reason: 'deprecated; no delete-after, so never deleted' };
  }
  if (!image.deprecatedAt) {
    return {
      image,
      action: 'deprecate',
      reason: 'deprecated without a date: dated now, delete-after counts from today',
    };
  }
  const since = now.getTime() - image.deprecatedAt.getTime();
  if (since < policy.deleteAfter) {
    return {
      image,
      action: 'keep',
      reason: `deprecated ${formatAge(since)} ago; deleted after delete-after ${formatAge(policy.deleteAfter)}`,
    };
  }
  return {
    image,
    action: 'delete',
    reason: `deprecated ${formatAge(since)} ago (delete-after ${formatAge(policy.deleteAfter)})`,
  };
}
