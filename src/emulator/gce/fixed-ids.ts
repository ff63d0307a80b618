import { createHash } from 'node:crypto';

/**
 * An id for a resource the emulator does not store (a zone, a machine type, the default
 * network): an unsigned 64-bit decimal like newId's, the same on every read.
 */
export function fixedId(key: string): string {
  return (createHash('sha256').update(key).digest().readBigUInt64BE() >> 1n).toString();
}
