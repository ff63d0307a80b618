import { generateKeyPairSync } from 'node:crypto';

/**
 * A throwaway OpenSSH public key for the builder's admin user. Azure requires one for Linux
 * VMs; nobody logs in (run-command does the work) and the private key is never kept.
 */
export function throwawaySshKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const jwk = publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string): Buffer => {
    const bytes = Buffer.from(b64url, 'base64url');
    return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  };
  const field = (b: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const blob = Buffer.concat([
    field(Buffer.from('ssh-rsa')),
    field(mpint(jwk.e!)),
    field(mpint(jwk.n!)),
  ]);
  return `ssh-rsa ${blob.toString('base64')} worker-image-builder`;
}
