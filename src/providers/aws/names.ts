import { createHash } from 'node:crypto';

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('/')).digest('hex');
}

/** The builder's Name tag: the AMI's name plus a short hash of the run id. */
export function builderName(ami: string, runId: string): string {
  return `${ami}-builder-${hash(runId).slice(0, 6)}`;
}

/**
 * Idempotency tokens (at most 64 ASCII characters) derived from the run, so a retried call
 * (a lost answer, a re-run step) returns what the first one made instead of a second builder
 * or a second copy.
 */
export function clientToken(runId: string, purpose: string, region: string, ami: string): string {
  return `wi-${purpose}-${hash(runId, purpose, region, ami).slice(0, 40)}`;
}
