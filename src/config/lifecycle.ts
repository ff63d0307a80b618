import { checkGalleryVersion } from '../naming/azure.js';
import { AUTO_VERSION, versionTooLarge } from '../naming/version.js';
import type { Cloud } from '../steps/resources.js';
import { checkImageVersion } from './image.js';
import { isMapping, own as ownValue } from './merge.js';
import type { Problems } from './problems.js';
import { Section, type Check } from './section.js';
import { quoted } from './text.js';
import type { Milliseconds } from './types.js';

/**
 * `lifecycle:` (and `<cloud>.lifecycle:`): which of the images worker-image baked `prune`
 * deprecates, and later deletes.
 *
 * ```yaml
 * lifecycle:
 *   keep: 3              # the newest 3 of each image name and namespace / gallery definition
 *   min-age: 30d         # never touch a younger one
 *   deprecate-after: 7d  # optional: deprecate only once this old (default: as soon as not kept)
 *   delete-after: 90d    # optional: delete once deprecated this long (absent: never delete)
 *   protect: ['23']      # versions never touched
 * aws:
 *   lifecycle:
 *     keep: 5
 * ```
 *
 * A cloud's block overrides the shared one setting by setting; `protect` lists add up.
 */
export const LIFECYCLE_KEYS = [
  'keep',
  'min-age',
  'deprecate-after',
  'delete-after',
  'protect',
  'adopt',
] as const;

export const DEFAULT_KEEP = 3;
export const DEFAULT_MIN_AGE: Milliseconds = 30 * 86_400_000;
const MAX_KEEP = 1000;
const MAX_AGE: Milliseconds = 3650 * 86_400_000;

/** One block as written (shared, or a cloud's): only what it sets. */
export interface LifecycleBlock {
  keep?: number;
  minAge?: Milliseconds;
  deprecateAfter?: Milliseconds;
  deleteAfter?: Milliseconds;
  protect: string[];
  adopt?: boolean;
}

/** What prune applies on one cloud: the shared block and the cloud's merged, defaults filled. */
export interface LifecycleConfig {
  /** The newest this many (not deprecated) images of each lineage are kept; at least 1. */
  keep: number;
  /** An image younger than this is never touched. */
  minAge: Milliseconds;
  /** Deprecate only once this old; absent: as soon as it is not kept. */
  deprecateAfter?: Milliseconds;
  /** Delete once deprecated this long; absent: never delete, only deprecate. */
  deleteAfter?: Milliseconds;
  /** Versions never touched, whatever else says. */
  protect: string[];
  /** Also prune images of the image's name that worker-image did not bake (no role label). */
  adopt: boolean;
}

export const DEFAULT_LIFECYCLE: LifecycleConfig = {
  keep: DEFAULT_KEEP,
  minAge: DEFAULT_MIN_AGE,
  protect: [],
  adopt: false,
};

const isImageVersion = (v: string): boolean => v !== AUTO_VERSION && !checkImageVersion(v);
const isGalleryVersion = (v: string): boolean => !checkGalleryVersion(v);

/**
 * A `protect` entry: prune keeps an image whose version equals it exactly (prune/decide.ts),
 * so anything but a version (`batch-worker-24`, `v24`, ` 24`) would silently protect
 * nothing. GCE images and AMIs have image versions (24, 17a, as image.version); Azure's
 * are gallery versions (0.0.15, as azure.version). The shared block applies to every cloud,
 * so it may list either; a cloud's block only its own kind.
 */
function checkProtect(cloud: string | undefined): Check<string> {
  const azure = cloud === 'azure';
  return (entry) => {
    const fits = (v: string): boolean =>
      cloud === undefined
        ? isImageVersion(v) || isGalleryVersion(v)
        : azure
          ? isGalleryVersion(v)
          : isImageVersion(v);
    if (fits(entry)) return undefined;
    const meant = [
      entry.trim(),
      /^v(.+)$/i.exec(entry)?.[1],
      /^[a-z][a-z0-9-]*?-([^-]+)$/.exec(entry)?.[1],
    ]
      .filter((v): v is string => v !== undefined && v !== entry)
      .find(fits);
    if (meant !== undefined) {
      const shown = /^[\w.-]+$/.test(entry) ? entry : quoted(entry);
      return `protect lists versions: write ${meant}, not ${shown}`;
    }
    if (versionTooLarge(entry)) return checkImageVersion(entry);
    if (azure && isImageVersion(entry)) {
      return `Azure versions are gallery versions (Major.Minor.Patch, such as 0.0.15), so ${quoted(entry)} protects nothing here; list image versions under lifecycle or gcp/aws.lifecycle`;
    }
    if (cloud !== undefined && !azure && isGalleryVersion(entry)) {
      return `${quoted(entry)} is an Azure gallery version; ${cloud} versions are image versions such as 24 or 17a: list it under azure.lifecycle or lifecycle`;
    }
    const kinds = azure
      ? 'gallery versions such as 0.0.15'
      : cloud === undefined
        ? 'image versions such as 24 or 17a, or Azure gallery versions such as 0.0.15'
        : 'image versions such as 24 or 17a';
    return `${quoted(entry)} is not a version: protect lists ${kinds}`;
  };
}

/** Reads one `lifecycle:` block at `path`; problems are recorded at each field. */
export function readLifecycleBlock(
  problems: Problems,
  path: readonly string[],
  value: unknown,
): LifecycleBlock | undefined {
  const section = Section.open(problems, path, value, LIFECYCLE_KEYS);
  if (!section) return undefined;
  const before = problems.list.length;
  const keep = section.integer('keep', 1, MAX_KEEP);
  const minAge = section.duration('min-age', 0, MAX_AGE);
  const deprecateAfter = section.duration('deprecate-after', 0, MAX_AGE);
  const deleteAfter = section.duration('delete-after', 0, MAX_AGE);
  const cloud = path.length > 1 ? path[0] : undefined;
  const protect = section.strings('protect', checkProtect(cloud), { id: true }) ?? [];
  const adopt = section.boolean('adopt');
  if (problems.list.length > before) return undefined;
  return {
    protect,
    ...(keep !== undefined ? { keep } : {}),
    ...(minAge !== undefined ? { minAge } : {}),
    ...(deprecateAfter !== undefined ? { deprecateAfter } : {}),
    ...(deleteAfter !== undefined ? { deleteAfter } : {}),
    ...(adopt !== undefined ? { adopt } : {}),
  };
}

/** A cloud's lifecycle: its own settings over the shared ones over the defaults. */
export function lifecycleFor(
  shared: LifecycleBlock | undefined,
  own: LifecycleBlock | undefined,
): LifecycleConfig {
  const deprecateAfter = own?.deprecateAfter ?? shared?.deprecateAfter;
  const deleteAfter = own?.deleteAfter ?? shared?.deleteAfter;
  return {
    keep: own?.keep ?? shared?.keep ?? DEFAULT_KEEP,
    minAge: own?.minAge ?? shared?.minAge ?? DEFAULT_MIN_AGE,
    ...(deprecateAfter !== undefined ? { deprecateAfter } : {}),
    ...(deleteAfter !== undefined ? { deleteAfter } : {}),
    protect: [...new Set([...(shared?.protect ?? []), ...(own?.protect ?? [])])],
    adopt: own?.adopt ?? shared?.adopt ?? false,
  };
}

/**
 * `lifecycle:` and each configured cloud's `<cloud>.lifecycle:`, resolved per cloud; undefined
 * when neither kind of block exists (prune then applies DEFAULT_LIFECYCLE).
 */
export function readLifecycleClouds(
  problems: Problems,
  root: Section,
  clouds: readonly Cloud[],
): Partial<Record<Cloud, LifecycleConfig>> | undefined {
  const shared = root.has('lifecycle')
    ? readLifecycleBlock(problems, ['lifecycle'], root.value('lifecycle'))
    : undefined;
  const own: Partial<Record<Cloud, LifecycleBlock>> = {};
  let written = false;
  for (const cloud of clouds) {
    const block = root.value(cloud);
    const ownLifecycle = isMapping(block) ? ownValue(block, 'lifecycle') : undefined;
    if (ownLifecycle === undefined || ownLifecycle === null) continue;
    written = true;
    const read = readLifecycleBlock(problems, [cloud, 'lifecycle'], ownLifecycle);
    if (read) own[cloud] = read;
  }
  if (!root.has('lifecycle') && !written) return undefined;
  const lifecycle: Partial<Record<Cloud, LifecycleConfig>> = {};
  for (const cloud of clouds.filter((c) => root.has(c))) {
    lifecycle[cloud] = lifecycleFor(shared, own[cloud]);
  }
  return lifecycle;
}
