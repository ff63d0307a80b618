import type { ImageConfig } from '../config/types.js';

/** The namespace of released images: names carry no namespace and are never overwritten. */
export const DEFAULT_NAMESPACE = 'default';
export const AUTO_VERSION = 'auto';
export const NAMESPACE_MAX = 20;

const NAMESPACE = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
// No leading zeros: `07` and `7` would be two names for one version number.
const VERSION = /^(0|[1-9][0-9]*)([a-z]?)$/;

export interface Version {
  number: number;
  /** A letter for a rebuild of the same number (`17a`), or ''. */
  suffix: string;
}

export function parseVersion(v: string): Version | undefined {
  const m = VERSION.exec(v);
  if (!m?.[1]) return undefined;
  const number = Number(m[1]);
  return Number.isSafeInteger(number) ? { number, suffix: m[2] ?? '' } : undefined;
}

/**
 * Why `v`, shaped as a version, cannot be one, or undefined: its number is past
 * Number.MAX_SAFE_INTEGER, where two versions could no longer be told apart.
 */
export function versionTooLarge(v: string): string | undefined {
  return VERSION.test(v) && !parseVersion(v)
    ? `is too large: a version number is at most ${Number.MAX_SAFE_INTEGER}`
    : undefined;
}

export function checkVersion(v: string): string | undefined {
  if (v === AUTO_VERSION || parseVersion(v)) return undefined;
  return `must be "${AUTO_VERSION}" or a version such as 24 or 17a (a number without leading zeros, optionally one lowercase letter)`;
}

export function checkNamespace(ns: string): string | undefined {
  if (ns.length > NAMESPACE_MAX)
    return `must be at most ${NAMESPACE_MAX} characters (got ${ns.length})`;
  if (NAMESPACE.test(ns)) return undefined;
  return 'must start with a lowercase letter, contain only lowercase letters, digits and "-", and not end with "-"';
}

/** Released images are immutable: anything built from them must stay reproducible. */
export function overwriteAllowed(namespace: string): boolean {
  return namespace !== DEFAULT_NAMESPACE;
}

/** `batch-worker-24` in the default namespace, `batch-worker-alice-24` in namespace `alice`. */
export function imageName(base: string, namespace: string, version: string): string {
  return namespace === DEFAULT_NAMESPACE ? `${base}-${version}` : `${base}-${namespace}-${version}`;
}

/**
 * The version of an image of this base and namespace, or undefined for any other image that
 * merely shares the prefix: `batch-worker-22-04`, `batch-worker-subnet`, and (in the default
 * namespace) namespaced images such as `batch-worker-alice-3`.
 */
export function versionOfImage(name: string, base: string, namespace: string): Version | undefined {
  const prefix = imageName(base, namespace, '');
  return name.startsWith(prefix) ? parseVersion(name.slice(prefix.length)) : undefined;
}

/** One more than the highest version number in use; a suffixed `17a` counts as 17. */
export function nextVersion(existingNames: string[], base: string, namespace: string): string {
  let highest = 0;
  for (const name of existingNames) {
    const v = versionOfImage(name, base, namespace);
    if (v && v.number > highest) highest = v.number;
  }
  return String(highest + 1);
}

export interface ResolvedVersion {
  version: string;
  name: string;
  /** An image of that name is already among the existing ones. */
  exists: boolean;
}

export function resolveVersion(
  image: Pick<ImageConfig, 'name' | 'namespace' | 'version'>,
  existingNames: string[],
): ResolvedVersion {
  const version =
    image.version === AUTO_VERSION
      ? nextVersion(existingNames, image.name, image.namespace)
      : image.version;
  const name = imageName(image.name, image.namespace, version);
  return { version, name, exists: existingNames.includes(name) };
}

/**
 * Why the resolved image must not be written, or undefined when it may. `location` says
 * where the name is taken, e.g. `project my-project`.
 */
export function overwriteProblem(
  resolved: ResolvedVersion,
  image: Pick<ImageConfig, 'namespace' | 'overwrite'>,
  location: string,
): string | undefined {
  if (!resolved.exists) return undefined;
  if (image.overwrite && overwriteAllowed(image.namespace)) return undefined;
  const taken = `image ${resolved.name} already exists in ${location}`;
  if (!overwriteAllowed(image.namespace)) {
    return `${taken}; images in the default namespace are never overwritten: choose another version, or use version: auto`;
  }
  return `${taken}; choose another version, use version: auto, or set overwrite: true to replace it`;
}
