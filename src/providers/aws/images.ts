import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { RunContext } from '../provider.js';
import { call, isGone } from './clients.js';

/**
 * Deregisters an AMI and deletes its snapshots (deregistering alone leaves them, and they
 * are billed). Already gone counts as deleted.
 */
export async function deleteImage(
  client: EC2Client,
  region: string,
  imageId: string,
  ctx: RunContext,
): Promise<void> {
  let snapshots: string[];
  try {
    const out = await call(ctx, `read AMI ${imageId} in ${region}`, () =>
      client.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
    );
    snapshots = (out.Images?.[0]?.BlockDeviceMappings ?? []).flatMap((m) =>
      m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : [],
    );
    await call(ctx, `deregister AMI ${imageId} in ${region}`, () =>
      client.send(new DeregisterImageCommand({ ImageId: imageId })),
    );
  } catch (err) {
    if (isGone(err)) return;
    throw err;
  }
  for (const SnapshotId of snapshots) {
    try {
      await call(ctx, `delete snapshot ${SnapshotId} in ${region}`, () =>
        client.send(new DeleteSnapshotCommand({ SnapshotId })),
      );
    } catch (err) {
      if (!isGone(err)) throw err;
    }
  }
}
