import { parseVersion } from '../naming/version.js';

/**
 * The namespace and version of an image named `<base>-[<namespace>-]<version>` (a GCE image,
 * an AMI), the version label or tag deciding where there is one (`17a` could read either way).
 * Undefined for any other name sharing the prefix (`batch-worker-22-04`, `batch-worker-subnet`).
 */
export function lineageOf(
  name: string,
  base: string,
  versionLabel: string | undefined,
): { lineage: string; namespace: string; version: string } | undefined {
  if (!name.startsWith(`${base}-`)) return undefined;
  const rest = name.slice(base.length + 1);
  const of = (namespace: string, version: string) => ({
    lineage: namespace === 'default' ? base : `${base}-${namespace}`,
    namespace,
    version,
  });
  if (versionLabel && parseVersion(versionLabel)) {
    if (rest === versionLabel) return of('default', versionLabel);
    if (rest.endsWith(`-${versionLabel}`)) {
      return of(rest.slice(0, -versionLabel.length - 1), versionLabel);
    }
  }
  const m = /^(?:(.+)-)?([^-]+)$/.exec(rest);
  if (!m?.[2] || !parseVersion(m[2])) return undefined;
  return of(m[1] ?? 'default', m[2]);
}
