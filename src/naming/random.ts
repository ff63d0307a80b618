/**
 * `bytes` random bytes as hex. node:crypto is loaded on the first call, not with the module:
 * loading it is ~7 ms of a start-up (the bump's, a config check's) that may never need it.
 */
export function randomHex(bytes: number): string {
  const { randomBytes } = process.getBuiltinModule('node:crypto');
  return randomBytes(bytes).toString('hex');
}
