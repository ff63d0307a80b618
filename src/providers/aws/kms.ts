import { DescribeSnapshotsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { RunContext } from '../provider.js';
import { call } from './clients.js';

/**
 * Whether an encrypted snapshot's key is AWS managed (the region's default EBS key,
 * `alias/aws/ebs`), which no other account can be granted. DescribeImages does not name
 * the key (its KmsKeyId is a launch-time parameter), so the snapshot does, and KMS says who
 * manages it. KMS is reached at the SDK's usual endpoint (or `AWS_ENDPOINT_URL_KMS`).
 */
export async function snapshotUsesAwsManagedKey(
  ec2: EC2Client,
  region: string,
  snapshotId: string,
  ctx: RunContext,
): Promise<boolean> {
  const out = await call(ctx, `read snapshot ${snapshotId} in ${region}`, () =>
    ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }), {
      abortSignal: ctx.signal,
    }),
  );
  const keyId = out.Snapshots?.[0]?.KmsKeyId;
  // An encrypted snapshot always names its key; without one it was the account default.
  if (!keyId || /(^|:)alias\/aws\/ebs$/.test(keyId)) return true;
  const { KMSClient, DescribeKeyCommand } = await import('@aws-sdk/client-kms');
  const kms = new KMSClient({ region, maxAttempts: 1 });
  const key = await call(ctx, `read KMS key ${keyId}`, () =>
    kms.send(new DescribeKeyCommand({ KeyId: keyId }), { abortSignal: ctx.signal }),
  );
  return key.KeyMetadata?.KeyManager === 'AWS';
}
