import type { ImageConfig } from '../config/types.js';
import { AZURE_REGIONS } from './azure-regions.js';
import { RESERVED_LABEL_PREFIX } from './labels.js';
import { extraRegions, nearestRegion, unknownRegionHint } from './regions.js';
import {
  AUTO_VERSION,
  DEFAULT_NAMESPACE,
  overwriteProblem,
  type ResolvedVersion,
} from './version.js';

/** Each part of a gallery version is a signed 32-bit integer. */
export const GALLERY_VERSION_PART_MAX = 2_147_483_647;
export const AZURE_NAME_MAX = 80;

export type GalleryVersion = [major: number, minor: number, patch: number];

// No leading zeros: `01.0.0` and `1.0.0` would be two names for one version.
const GALLERY_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const GALLERY_VERSION_SHAPE = /^\d+\.\d+\.\d+$/;

export function parseGalleryVersion(v: string): GalleryVersion | undefined {
  const m = GALLERY_VERSION.exec(v);
  if (!m) return undefined;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as GalleryVersion;
  return parts.every((p) => p <= GALLERY_VERSION_PART_MAX) ? parts : undefined;
}

export function checkGalleryVersion(v: string): string | undefined {
  if (parseGalleryVersion(v)) return undefined;
  const problem = `must be Major.Minor.Patch with each part 0..${GALLERY_VERSION_PART_MAX} (got "${v}")`;
  const leadingZero = GALLERY_VERSION_SHAPE.test(v) && v.split('.').some((p) => /^0\d/.test(p));
  return leadingZero ? `${problem} without leading zeros, so a version has one spelling` : problem;
}

/**
 * Orders versions numerically (`1.10.0` after `1.9.0`). Names that are not Major.Minor.Patch
 * (made by other tools) sort before every valid version.
 */
export function compareGalleryVersions(a: string, b: string): number {
  const [pa, pb] = [parseGalleryVersion(a), parseGalleryVersion(b)];
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0) || a.localeCompare(b);
  return compareParts(pa, pb);
}

function compareParts(a: GalleryVersion, b: GalleryVersion): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The next patch after the highest existing version; `0.0.1` for the first. */
export function nextGalleryVersion(existing: string[]): string {
  let highest: GalleryVersion = [0, 0, 0];
  for (const name of existing) {
    const v = parseGalleryVersion(name);
    if (v && compareParts(v, highest) > 0) highest = v;
  }
  const [major, minor, patch] = highest;
  if (patch < GALLERY_VERSION_PART_MAX) return `${major}.${minor}.${patch + 1}`;
  if (minor < GALLERY_VERSION_PART_MAX) return `${major}.${minor + 1}.0`;
  if (major < GALLERY_VERSION_PART_MAX) return `${major + 1}.0.0`;
  throw new Error(`no gallery version follows ${highest.join('.')}`);
}

export interface ResolvedGalleryVersion {
  version: string;
  /** A version of that number is already in the definition. */
  exists: boolean;
}

/** `auto` becomes the next patch; an explicit version stands. */
export function resolveGalleryVersion(
  configVersion: string,
  existing: string[],
): ResolvedGalleryVersion {
  const version = configVersion === AUTO_VERSION ? nextGalleryVersion(existing) : configVersion;
  return { version, exists: existing.some((e) => compareGalleryVersions(e, version) === 0) };
}

/**
 * Gallery versions follow the images' rule: never replaced in the default namespace, elsewhere
 * only with `image.overwrite: true`. `resolved.name` names the version for the message, e.g.
 * `batch-worker-22-04 1.0.3`; `location` where it is, e.g. `gallery batch_images`.
 */
export function galleryVersionOverwriteProblem(
  resolved: ResolvedVersion,
  image: Pick<ImageConfig, 'namespace' | 'overwrite'>,
  location: string,
): string | undefined {
  return overwriteProblem(resolved, image, location);
}

/**
 * The image definition for a namespace: `batch-worker-22-04` in the default one,
 * `batch-worker-22-04-alice` otherwise, so throwaway versions never become the latest of the
 * definition production pools use.
 */
export function definitionName(base: string, namespace: string): string {
  return namespace === DEFAULT_NAMESPACE ? base : `${base}-${namespace}`;
}

export function galleryVersionId(
  subscriptionId: string,
  resourceGroup: string,
  gallery: string,
  definition: string,
  version: string,
): string {
  return (
    `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}` +
    `/providers/Microsoft.Compute/galleries/${gallery}/images/${definition}/versions/${version}`
  );
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `what` names the id in the message, e.g. `subscription id`. */
export function checkGuid(id: string, what: string): string | undefined {
  if (GUID.test(id)) return undefined;
  return `must be a ${what}: a GUID such as 00000000-0000-0000-0000-000000000000 (got "${id}")`;
}

const REGION = /^[a-z0-9]+$/;

/** `East US` and `east-us` → `eastus`: Azure's region name for what people tend to write. */
export function canonicalRegion(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A region of AZURE_REGIONS, or one allowed by WORKER_IMAGE_EXTRA_REGIONS. */
export function checkRegion(name: string): string | undefined {
  if (AZURE_REGIONS.includes(name)) return undefined;
  const canonical = canonicalRegion(name);
  // A suggestion is a real region (or one WORKER_IMAGE_EXTRA_REGIONS allows), never a made-up
  // one (`__proto__` is not "proto"): the name written as a region, or the nearest to it
  // (`west_europ`: westeurope).
  if (canonical !== name) {
    const meant = [...AZURE_REGIONS, ...extraRegions()].includes(canonical)
      ? canonical
      : nearestRegion(canonical, AZURE_REGIONS);
    if (meant) return `"${name}" is not an Azure region name (did you mean "${meant}"?)`;
  }
  if (!REGION.test(name)) {
    return `"${name}" is not an Azure region name such as eastus or westeurope (lowercase letters and digits)`;
  }
  if (extraRegions().includes(name)) return undefined;
  return `"${name}" is not an Azure region${unknownRegionHint(name, AZURE_REGIONS)}`;
}

// Letters and digits as .NET's Char.IsLetterOrDigit has them (resource-name-rules): any
// script's letters, decimal digits only (not ², Ⅻ or ½).
const RESOURCE_GROUP = /^[-\p{L}\p{Nd}_.()]+$/u;
const RESOURCE_GROUP_MAX = 90;

export function checkResourceGroup(name: string): string | undefined {
  if (name.length > RESOURCE_GROUP_MAX) {
    return `resource group "${name}" is ${name.length} characters; Azure allows at most ${RESOURCE_GROUP_MAX}`;
  }
  if (!RESOURCE_GROUP.test(name)) {
    return `resource group "${name}" may contain only letters, digits, "-", "_", ".", "(" and ")"`;
  }
  if (name.endsWith('.')) return `resource group "${name}" must not end with "."`;
  return undefined;
}

/**
 * Galleries (`_` and `.` inside) and image definitions (`-`, `_` and `.` inside): letters and
 * digits at both ends, at most 80 characters.
 */
export function checkGalleryName(name: string): string | undefined {
  return checkNamePattern(
    name,
    'gallery',
    /^[A-Za-z0-9]([A-Za-z0-9_.]*[A-Za-z0-9])?$/,
    '"_" and "."',
  );
}

export function checkDefinitionName(name: string): string | undefined {
  return checkNamePattern(
    name,
    'image definition',
    /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/,
    '"-", "_" and "."',
  );
}

function checkNamePattern(
  name: string,
  what: string,
  pattern: RegExp,
  inside: string,
): string | undefined {
  if (name.length > AZURE_NAME_MAX) {
    return `${what} "${name}" is ${name.length} characters; Azure allows at most ${AZURE_NAME_MAX}`;
  }
  if (pattern.test(name)) return undefined;
  return `${what} "${name}" may contain only letters, digits and ${inside}, and must start and end with a letter or digit`;
}

const TAG_NAME_MAX = 512;
const TAG_VALUE_MAX = 256;
// ARM refuses these and control characters in a tag name (InvalidTagNameCharacters).
// eslint-disable-next-line no-control-regex
const TAG_NAME_FORBIDDEN = /[<>%&\\?/\u0000-\u001f\u007f]/;

/** Azure allows 50 tags per resource; this leaves room for the few worker-image adds. */
export const MAX_USER_TAGS = 45;

/** Tag names are case-insensitive in Azure, so the reserved prefix is too. */
export function checkTagName(name: string): string | undefined {
  if (name.toLowerCase().startsWith(RESERVED_LABEL_PREFIX)) {
    return `tag "${name}" is reserved: names starting with "${RESERVED_LABEL_PREFIX}" are set by worker-image`;
  }
  if (name.length > TAG_NAME_MAX) {
    return `tag name "${name.slice(0, 20)}…" is ${name.length} characters; Azure allows at most ${TAG_NAME_MAX}`;
  }
  const bad = TAG_NAME_FORBIDDEN.exec(name);
  if (bad) {
    return `tag name "${name}" must not contain < > % & \\ ? / or control characters (found "${bad[0]}")`;
  }
  return undefined;
}

export function checkTagValue(value: string): string | undefined {
  if (value.length <= TAG_VALUE_MAX) return undefined;
  return `tag value "${value.slice(0, 20)}…" is ${value.length} characters; Azure allows at most ${TAG_VALUE_MAX}`;
}

const VM_SIZE = /^[A-Za-z]+_[A-Za-z0-9_]+$/;

/** A VM size's shape (`Standard_D4s_v5`). */
export function checkVmSize(size: string): string | undefined {
  return VM_SIZE.test(size)
    ? undefined
    : `must be a VM size such as Standard_D4s_v5 (got "${size}")`;
}
