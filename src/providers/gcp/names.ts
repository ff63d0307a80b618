import { createHash } from 'node:crypto';

const MAX = 63;

/**
 * The builder's name: the image's name plus a short hash of the run id, so concurrent runs
 * for one image never collide and a leaked builder says which image it was baking.
 */
export function builderName(image: string, runId: string): string {
  return runName(image, 'builder', runId);
}

/** The verifier's name, made the same way: `batch-worker-24-verify-1a2b3c`. */
export function verifierName(image: string, runId: string): string {
  return runName(image, 'verify', runId);
}

function runName(image: string, role: string, runId: string): string {
  const suffix = `-${role}-${createHash('sha256').update(runId).digest('hex').slice(0, 6)}`;
  return image.slice(0, MAX - suffix.length).replace(/-+$/, '') + suffix;
}

/** `us-central1-a` → `us-central1`. */
export function regionOf(zone: string): string {
  return zone.replace(/-[a-z]$/, '');
}
