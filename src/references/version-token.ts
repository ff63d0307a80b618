/** Where a rule's pattern has the version token. */
export const PLACEHOLDER = '{version}';

/**
 * The version token a `{version}` placeholder stands for: digits, optional dot-separated
 * parts and an optional lowercase letter suffix (`23`, `17a`, `0.0.14`). GCE image numbers
 * and Azure gallery versions (Major.Minor.Patch) are both of this shape.
 */
export const VERSION_TOKEN = String.raw`\d+(?:\.\d+)*[a-z]?`;

const WHOLE = new RegExp(`^${VERSION_TOKEN}$`);
const PARTS = /^([\d.]+)([a-z]?)$/;

export function isVersionToken(text: string): boolean {
  return WHOLE.test(text);
}

/**
 * Negative when `a` is older than `b`. Numeric parts compare as numbers (`0.0.9` < `0.0.10`),
 * missing parts count as 0, and a suffixed rebuild comes after its number (`17` < `17a` < `18`).
 */
export function compareVersions(a: string, b: string): number {
  const [, aNumbers = '', aSuffix = ''] = PARTS.exec(a) ?? [];
  const [, bNumbers = '', bSuffix = ''] = PARTS.exec(b) ?? [];
  const aParts = aNumbers.split('.').map(Number);
  const bParts = bNumbers.split('.').map(Number);
  for (let i = 0; i < Math.max(aParts.length, bParts.length); i++) {
    const diff = (aParts[i] ?? 0) - (bParts[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return aSuffix < bSuffix ? -1 : aSuffix > bSuffix ? 1 : 0;
}

/** `35` → `36`; undefined for anything but a whole number (`17a`, `0.0.14` have no "+1"). */
export function incremented(version: string): string | undefined {
  if (!/^\d+$/.test(version)) return undefined;
  const next = Number(version) + 1;
  return Number.isSafeInteger(next) ? String(next) : undefined;
}
