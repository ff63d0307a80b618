import { createHash, randomBytes } from 'node:crypto';

/** A resource id like GCE's: an unsigned 64-bit number in decimal (the SDK keeps int64 as a string). */
export function newId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n).toString();
}

/** `operation-1700000000000-60a1b2c3d4e5f-1a2b3c4d-5e6f7a8b`, the shape GCE uses. */
export function operationName(): string {
  const hex = (n: number): string => randomBytes(n).toString('hex');
  return `operation-${Date.now()}-${hex(7).slice(0, 13)}-${hex(4)}-${hex(4)}`;
}

/**
 * The fingerprint GCE gives a set never written (no labels, no metadata items), as its answers
 * show it (`labelFingerprint: 42WmSpB8rSM=`, GoogleCloudPlatform/magic-modules#2358).
 */
const EMPTY_FINGERPRINT = '42WmSpB8rSM=';

/** Fingerprints (labels, metadata) are opaque base64 hashes of the content. */
export function fingerprint(value: unknown): string {
  const empty =
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (empty) return EMPTY_FINGERPRINT;
  return createHash('sha256')
    .update(JSON.stringify(value))
    .digest()
    .subarray(0, 8)
    .toString('base64');
}

/**
 * Whether a request's fingerprint (or IAM etag) names `current`. They are bytes fields, which
 * JSON carries as base64, and "either standard or URL-safe base64 encoding with/without
 * paddings are accepted" (protobuf's JSON mapping, bytes): gcloud (apitools) sends back as
 * `Msd-ODc-CPI=` the `Msd+ODc+CPI=` it read.
 */
export function sameFingerprint(given: unknown, current: string): boolean {
  if (typeof given !== 'string' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(given)) return false;
  const bytes = (s: string): Buffer =>
    Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes(given).equals(bytes(current));
}

export function timestamp(date = new Date()): string {
  return date.toISOString();
}

/**
 * The project's number, which GCE names in quota and policy errors (`project_number:N`): a
 * stable 12-digit number derived from the project id.
 */
export function projectNumber(project: string): string {
  const n = createHash('sha256').update(project).digest().readBigUInt64BE() % 900_000_000_000n;
  return String(n + 100_000_000_000n);
}
