import { isIPv4, isIPv6 } from 'node:net';

/** An address range from CIDR notation (`10.0.0.0/24`, `fd00::/64`), host bits masked off. */
export interface AddressRange {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

function v4(address: string): bigint {
  return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function v6(address: string): bigint | undefined {
  if (address.includes('.')) return undefined;
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** The range a prefix covers, or undefined when it is not CIDR notation the emulator reads. */
export function parseCidr(prefix: unknown): AddressRange | undefined {
  if (typeof prefix !== 'string') return undefined;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(prefix.trim());
  if (!m) return undefined;
  const family = isIPv4(m[1]!) ? 4 : isIPv6(m[1]!) ? 6 : undefined;
  const value = family === 4 ? v4(m[1]!) : family === 6 ? v6(m[1]!) : undefined;
  const bits = family === 4 ? 32n : 128n;
  const length = BigInt(Number(m[2]));
  if (family === undefined || value === undefined || length > bits) return undefined;
  const size = 1n << (bits - length);
  const first = value - (value % size);
  return { family, first, last: first + size - 1n };
}

export function contains(outer: AddressRange, inner: AddressRange): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

export function overlaps(a: AddressRange, b: AddressRange): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}
