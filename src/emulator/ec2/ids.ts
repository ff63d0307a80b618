import { createHash, randomBytes } from 'node:crypto';

/** EC2's long ids: a prefix and 17 hex digits (`i-0abc…`, `ami-0abc…`, `snap-0abc…`). */
export function newId(prefix: 'i' | 'ami' | 'snap' | 'vol' | 'r' | 'sg' | 'key' | 'sgr'): string {
  return `${prefix}-0${randomBytes(8).toString('hex')}`;
}

/** Stable ids for the stock images, so each region's copy keeps its id across resets. */
export function stableId(
  prefix: 'ami' | 'snap' | 'vpc' | 'subnet' | 'sg' | 'igw' | 'dopt' | 'acl' | 'rtb' | 'rtbassoc',
  seed: string,
): string {
  return `${prefix}-0${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
}

export function requestId(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function timestamp(date = new Date()): string {
  return date.toISOString();
}
