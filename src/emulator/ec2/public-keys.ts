import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { Ec2Error } from './errors.js';

/**
 * The public keys ImportKeyPair takes, as the EC2 user guide lists them ("Create a key pair
 * using a third-party tool and import the public key", awsdocs/amazon-ec2-user-guide
 * doc_source/create-key-pairs.md): RSA and ED25519 only ("Amazon EC2 does not accept DSA
 * keys"), in the OpenSSH public key format (an `authorized_keys` line), and for RSA also the
 * RFC 4716 SSH2 format and base64-encoded DER. ECDSA keys are refused as real EC2 refuses them
 * (StreisandEffect/streisand#1171, terraform-aws-modules/terraform-aws-key-pair#16): the API
 * reference's keyType has only `rsa | ed25519`.
 *
 * The fingerprint of an imported key (doc_source/verify-keys.md, "How the fingerprints are
 * calculated"): RSA is the MD5 of the DER public key, colon-separated
 * (`openssl rsa -pubout -outform DER | openssl md5 -c`); ED25519 the base64 SHA-256 of the
 * OpenSSH key blob, which EC2 answers with its `=` padding ("Amazon EC2 might append padding
 * to the fingerprint with `=` characters. Other tools, such as ssh-keygen, might omit this").
 */
export interface ImportedKey {
  type: 'rsa' | 'ed25519';
  fingerprint: string;
}

/**
 * EC2's refusal, as clients quote it (aws/aws-sdk-js#314, trailofbits/algo#376,
 * StreisandEffect/streisand#1171): "InvalidKey.Format: Key is not in valid OpenSSH public key
 * format". EC2 answers it for every key it cannot take, so the emulator does too.
 */
export function invalidKeyFormat(): Ec2Error {
  return new Ec2Error('InvalidKey.Format', 'Key is not in valid OpenSSH public key format');
}

/**
 * RSA moduli the emulator takes. The user guide lists 1024, 2048 and 4096; 8192-bit keys import
 * on real EC2 (terraform-aws-modules/terraform-aws-key-pair#16), so the bounds here are the
 * emulator's own and refusals outside them use the format error above.
 */
const RSA_MIN_BITS = 1024;
const RSA_MAX_BITS = 16384;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function strictBase64(text: string): Buffer {
  if (text === '' || !BASE64.test(text)) throw invalidKeyFormat();
  return Buffer.from(text, 'base64');
}

/** The strings of an SSH wire-format key blob (RFC 4253 §6.6): uint32 length, then bytes. */
function sshStrings(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  while (at < blob.length) {
    if (at + 4 > blob.length) throw invalidKeyFormat();
    const length = blob.readUInt32BE(at);
    if (at + 4 + length > blob.length) throw invalidKeyFormat();
    out.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

function unsigned(mpint: Buffer): string {
  let start = 0;
  while (start < mpint.length - 1 && mpint[start] === 0) start++;
  return mpint.subarray(start).toString('base64url');
}

function colonHex(digest: Buffer): string {
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function rsaKey(key: KeyObject): ImportedKey {
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (key.asymmetricKeyType !== 'rsa' || bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
    throw invalidKeyFormat();
  }
  const der = key.export({ format: 'der', type: 'spki' });
  return { type: 'rsa', fingerprint: colonHex(createHash('md5').update(der).digest()) };
}

/** An SSH key blob (`ssh-rsa` e n, or `ssh-ed25519` key), checked against the line's type. */
function fromBlob(blob: Buffer, expected: string): ImportedKey {
  const [name, ...fields] = sshStrings(blob);
  if (name?.toString('latin1') !== expected) throw invalidKeyFormat();
  if (expected === 'ssh-rsa') {
    if (fields.length !== 2) throw invalidKeyFormat();
    const [e, n] = fields as [Buffer, Buffer];
    let key: KeyObject;
    try {
      key = createPublicKey({ key: { kty: 'RSA', e: unsigned(e), n: unsigned(n) }, format: 'jwk' });
    } catch {
      throw invalidKeyFormat();
    }
    return rsaKey(key);
  }
  if (fields.length !== 1 || fields[0]!.length !== 32) throw invalidKeyFormat();
  return {
    type: 'ed25519',
    fingerprint: createHash('sha256').update(blob).digest('base64'),
  };
}

/** `---- BEGIN SSH2 PUBLIC KEY ----`, headers (`Comment: "…"`, continued by `\`), body, end. */
function fromRfc4716(text: string): ImportedKey {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines[lines.length - 1] !== '---- END SSH2 PUBLIC KEY ----') throw invalidKeyFormat();
  const body: string[] = [];
  let continued = false;
  for (const line of lines.slice(1, -1)) {
    const header: boolean = continued || /^[\x21-\x39\x3b-\x7e]{1,64}:/.test(line);
    continued = header && line.endsWith('\\');
    if (!header) body.push(line);
  }
  return fromBlob(strictBase64(body.join('')), 'ssh-rsa');
}

/** Base64 DER: a SubjectPublicKeyInfo or a PKCS#1 RSAPublicKey. */
function fromDer(text: string): ImportedKey {
  const der = strictBase64(text.replace(/\s+/g, ''));
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      return rsaKey(createPublicKey({ key: der, format: 'der', type }));
    } catch (err) {
      if (err instanceof Ec2Error) throw err;
    }
  }
  throw invalidKeyFormat();
}

const OPENSSH_TYPES = new Set(['ssh-rsa', 'ssh-ed25519']);

/** ImportKeyPair's PublicKeyMaterial, once the wire's base64 is undone: the key's type and fingerprint. */
export function parsePublicKey(material: Buffer): ImportedKey {
  const text = material.toString('utf8').trim();
  if (text.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) return fromRfc4716(text);
  const openssh = /^(\S+)\s+(\S+)(?:\s.*)?$/s.exec(text);
  if (openssh && OPENSSH_TYPES.has(openssh[1]!)) {
    return fromBlob(strictBase64(openssh[2]!), openssh[1]!);
  }
  if (/^[A-Za-z0-9+/=\s]+$/.test(text)) return fromDer(text);
  throw invalidKeyFormat();
}
