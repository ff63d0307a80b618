import { createHash } from 'node:crypto';
import { ACCOUNT_ID } from './state.js';

/**
 * The KMS keys the EC2 emulator knows of. As on AWS, each region's default EBS key is an
 * AWS managed key (alias `aws/ebs`) reported by its key ARN, never by the alias; any other
 * key id is taken for a customer managed key.
 */
function defaultKeyId(region: string): string {
  const h = createHash('sha256').update(`aws/ebs/${region}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The default EBS key of a region, as DescribeSnapshots reports it: a key ARN. */
export function defaultEbsKey(region: string): string {
  return `arn:aws:kms:${region}:${ACCOUNT_ID}:key/${defaultKeyId(region)}`;
}

export interface KeyMetadata {
  AWSAccountId: string;
  KeyId: string;
  Arn: string;
  KeyManager: 'AWS' | 'CUSTOMER';
  KeyState: 'Enabled';
  Description: string;
}

/** DescribeKey: a key id, key ARN, alias name or alias ARN → its metadata. */
export function describeKey(region: string, keyId: string): KeyMetadata {
  const isDefault =
    keyId === defaultEbsKey(region) ||
    keyId === defaultKeyId(region) ||
    /(^|:)alias\/aws\/ebs$/.test(keyId);
  if (isDefault) {
    return {
      AWSAccountId: ACCOUNT_ID,
      KeyId: defaultKeyId(region),
      Arn: defaultEbsKey(region),
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      Description: 'Default key that protects my EBS volumes when no other key is defined',
    };
  }
  const id = keyId.includes(':key/') ? keyId.slice(keyId.indexOf(':key/') + 5) : keyId;
  return {
    AWSAccountId: ACCOUNT_ID,
    KeyId: id,
    Arn: keyId.startsWith('arn:') ? keyId : `arn:aws:kms:${region}:${ACCOUNT_ID}:key/${id}`,
    KeyManager: 'CUSTOMER',
    KeyState: 'Enabled',
    Description: '',
  };
}

export function isAwsManagedKey(region: string, keyId: string | undefined): boolean {
  return keyId !== undefined && describeKey(region, keyId).KeyManager === 'AWS';
}
