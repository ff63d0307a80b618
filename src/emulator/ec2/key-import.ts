import type { Action, Ec2Context } from './context.js';
import { missingParameter, stopIfDryRun } from './errors.js';
import { newId, timestamp } from './ids.js';
import { checkKeyName, duplicateKey } from './key-pairs.js';
import { invalidKeyFormat, parsePublicKey } from './public-keys.js';
import type { KeyPairRecord } from './state.js';
import { tagSpecifications } from './tag-rules.js';
import { tagSet } from './xml.js';

/**
 * ImportKeyPair (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html):
 * `KeyName`, `PublicKeyMaterial` (base64 on the wire: the SDKs and the CLI encode the key file)
 * and `TagSpecification.N` of type `key-pair`. The key joins the region's key pairs, so
 * DescribeKeyPairs lists it, DeleteKeyPair deletes it and RunInstances' KeyName finds it.
 * The answer has exactly the documented elements: keyFingerprint, keyName, keyPairId, tagSet
 * (keyType is DescribeKeyPairs'). A name already taken is InvalidKeyPair.Duplicate, a key EC2
 * cannot take InvalidKey.Format (public-keys.ts).
 */
function importKeyPair(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const name = q.get('KeyName');
    if (!name) throw missingParameter('KeyName');
    const material = q.get('PublicKeyMaterial');
    if (!material) throw missingParameter('PublicKeyMaterial');
    checkKeyName(name);
    const tags = tagSpecifications(q, ['key-pair'])('key-pair');
    // The wire's base64 (not strictly checked by EC2 either: a key sent unencoded decodes to
    // bytes that are no key, and EC2 answers InvalidKey.Format, aws/aws-cli#4969).
    const decoded = Buffer.from(material, 'base64');
    if (decoded.length === 0) throw invalidKeyFormat();
    const key = parsePublicKey(decoded);
    if (region.keyPairs.has(name)) throw duplicateKey(name);
    stopIfDryRun(req);
    const record: KeyPairRecord = {
      id: newId('key'),
      name,
      type: key.type,
      fingerprint: key.fingerprint,
      createTime: timestamp(),
      tags,
    };
    region.keyPairs.set(name, record);
    ctx.log(`ec2: key pair ${name} (${record.id}) imported in ${region.region}`);
    return {
      keyFingerprint: record.fingerprint,
      keyName: name,
      keyPairId: record.id,
      tagSet: tagSet(record.tags),
    };
  };
}

export function keyImportActions(ctx: Ec2Context): Record<string, Action> {
  return { ImportKeyPair: importKeyPair(ctx) };
}
