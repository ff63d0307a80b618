import { createHash, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { newId, timestamp } from './ids.js';
import { filtersOf, matchesAny, type Filter } from './query.js';
import { tagSpecifications } from './tag-rules.js';
import type { KeyPairRecord, RegionState } from './state.js';
import { tagSet, type XmlObject } from './xml.js';

/**
 * Key pairs as CreateKeyPair, DescribeKeyPairs and DeleteKeyPair document them
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html): EC2 makes
 * the key and hands out the private half once; the fingerprint of an RSA key is the SHA-1 of
 * the DER private key, of an ED25519 key the base64 SHA-256 of the public key (OpenSSH's).
 * The emulator keeps only the record: the private key is never stored. ImportKeyPair
 * (key-import.ts) adds records to the same store.
 */

const generate = promisify(generateKeyPair);

function colonHex(digest: Buffer): string {
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The OpenSSH wire form of an ed25519 public key: string "ssh-ed25519", string key. */
function sshEd25519Blob(publicKey: KeyObject): Buffer {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const withLength = (b: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(b.length, 0);
    return Buffer.concat([length, b]);
  };
  return Buffer.concat([withLength(Buffer.from('ssh-ed25519')), withLength(raw)]);
}

async function makeKey(type: 'rsa' | 'ed25519'): Promise<{ pem: string; fingerprint: string }> {
  if (type === 'rsa') {
    const { privateKey } = await generate('rsa', { modulusLength: 2048 });
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    return {
      pem: privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
      fingerprint: colonHex(createHash('sha1').update(der).digest()),
    };
  }
  const { privateKey, publicKey } = await generate('ed25519');
  const digest = createHash('sha256').update(sshEd25519Blob(publicKey)).digest('base64');
  return {
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    // With its `=` padding, as EC2 answers it ("Amazon EC2 might append padding to the
    // fingerprint with = characters. Other tools, such as ssh-keygen, might omit this":
    // verify-keys.md), the same for a key made here as for one imported (public-keys.ts).
    fingerprint: digest,
  };
}

function keyXml(k: KeyPairRecord): XmlObject {
  return {
    keyPairId: k.id,
    keyName: k.name,
    keyFingerprint: k.fingerprint,
    keyType: k.type,
    tagSet: tagSet(k.tags),
    createTime: k.createTime,
  };
}

/** Key names: 1 to 255 ASCII characters (CreateKeyPair's and ImportKeyPair's KeyName). */
export function checkKeyName(name: string): void {
  if (!/^[\x20-\x7e]{1,255}$/.test(name)) {
    throw invalidParameter(
      `Value (${name}) for parameter keyName is invalid. Character sets beyond ASCII are not supported.`,
    );
  }
}

/** A key pair of that name is already in the region (CreateKeyPair, ImportKeyPair). */
export function duplicateKey(name: string): Ec2Error {
  return new Ec2Error('InvalidKeyPair.Duplicate', `The keypair '${name}' already exists.`);
}

function keyNotFound(name: string): Ec2Error {
  return new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${name}' does not exist`);
}

/**
 * The region's key pair `name`, as RunInstances' KeyName must name one: "The key pair 'x' does
 * not exist" (InvalidKeyPair.NotFound) otherwise.
 */
export function findKeyPair(region: RegionState, name: string): KeyPairRecord {
  return region.keyPairs.get(name) ?? throwNotFound(name);
}

function keyMatches(k: KeyPairRecord, f: Filter): boolean {
  switch (f.name) {
    case 'key-pair-id':
      return matchesAny(k.id, f.values);
    case 'key-name':
      return matchesAny(k.name, f.values);
    case 'fingerprint':
      return matchesAny(k.fingerprint, f.values);
    case 'key-type':
      return matchesAny(k.type, f.values);
    case 'tag-key':
      return Object.keys(k.tags).some((t) => matchesAny(t, f.values));
    default:
      if (f.name.startsWith('tag:')) return matchesAny(k.tags[f.name.slice(4)], f.values);
      throw invalidParameter(`The filter '${f.name}' is invalid`);
  }
}

function byId(region: RegionState, id: string): KeyPairRecord | undefined {
  return [...region.keyPairs.values()].find((k) => k.id === id);
}

function createKeyPair(ctx: Ec2Context): Action {
  return async (req) => {
    const { q, region } = req;
    const name = q.get('KeyName');
    if (!name) throw missingParameter('KeyName');
    checkKeyName(name);
    const type = q.get('KeyType') ?? 'rsa';
    const tags = tagSpecifications(q, ['key-pair'])('key-pair');
    if (type !== 'rsa' && type !== 'ed25519') {
      throw invalidParameter(`Value (${type}) for parameter keyType is invalid.`);
    }
    const format = q.get('KeyFormat') ?? 'pem';
    if (format !== 'pem' && format !== 'ppk') {
      throw invalidParameter(`Value (${format}) for parameter keyFormat is invalid.`);
    }
    if (format === 'ppk') {
      throw invalidParameter('The emulator makes PEM keys only (KeyFormat=pem)');
    }
    if (region.keyPairs.has(name)) throw duplicateKey(name);
    stopIfDryRun(req);
    const key = await makeKey(type);
    // Made while the key was generated by another call of the same name: the first one wins.
    if (region.keyPairs.has(name)) throw duplicateKey(name);
    const record: KeyPairRecord = {
      id: newId('key'),
      name,
      type,
      fingerprint: key.fingerprint,
      createTime: timestamp(),
      tags,
    };
    region.keyPairs.set(name, record);
    ctx.log(`ec2: key pair ${name} (${record.id}) created in ${region.region}`);
    return {
      keyName: name,
      keyFingerprint: key.fingerprint,
      keyMaterial: key.pem,
      keyPairId: record.id,
      tagSet: tagSet(record.tags),
    };
  };
}

function describeKeyPairs(): Action {
  return (req) => {
    const { q, region } = req;
    const names = q.list('KeyName');
    const ids = q.list('KeyPairId');
    const filters = filtersOf(q);
    let found = [...region.keyPairs.values()];
    if (names.length > 0 || ids.length > 0) {
      found = [
        ...names.map((n) => region.keyPairs.get(n) ?? throwNotFound(n)),
        ...ids.map((id) => byId(region, id) ?? throwNotFound(id)),
      ];
    }
    const matching = found.filter((k) => filters.every((f) => keyMatches(k, f)));
    stopIfDryRun(req);
    return { keySet: matching.map(keyXml) };
  };
}

function throwNotFound(name: string): never {
  throw keyNotFound(name);
}

/** DeleteKeyPair succeeds whether or not the key exists (the API reference's wording). */
function deleteKeyPair(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const name = q.get('KeyName');
    const id = q.get('KeyPairId');
    if (!name && !id) throw missingParameter('KeyName');
    stopIfDryRun(req);
    const key = name ? region.keyPairs.get(name) : byId(region, id!);
    if (key) {
      region.keyPairs.delete(key.name);
      ctx.log(`ec2: key pair ${key.name} (${key.id}) deleted in ${region.region}`);
    }
    return { return: true, keyPairId: key?.id };
  };
}

export function keyPairActions(ctx: Ec2Context): Record<string, Action> {
  return {
    CreateKeyPair: createKeyPair(ctx),
    DescribeKeyPairs: describeKeyPairs(),
    DeleteKeyPair: deleteKeyPair(ctx),
  };
}
