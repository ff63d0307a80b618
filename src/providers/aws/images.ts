import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  type EC2Client,
  type Image,
} from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import type { RunContext } from '../provider.js';
import { call, errorCode, isGone } from './clients.js';
import { allPages, PAGE_SIZE } from './pages.js';
import {
  isNotVisible,
  NotVisibleError,
  retryWithin,
  visibilityDeadline,
  whenVisible,
} from './visibility.js';

export interface DeleteImageOptions {
  aws: AwsConfig;
  /**
   * This run created the AMI: NotFound means EC2 does not know it yet (eventual consistency),
   * not that it is gone.
   */
  ours: boolean;
  /**
   * False on cancellation (the runner kills us within seconds): one attempt at each call, no
   * waiting out a visibility window or a snapshot in use; what is left is for the post step.
   */
  wait?: boolean;
  /** The AMI is deregistered: these snapshots of it are what is left to delete. */
  progress?: (snapshots: string[]) => void;
}

/**
 * Deregisters an AMI and deletes its snapshots (deregistering alone leaves them, and they
 * are billed). Already gone counts as deleted; for an AMI this run created, only once the
 * visibility window has passed and no snapshot of it is left. True once nothing is left; false
 * when, cancelled, something is left for the post step.
 */
export async function deleteImage(
  client: EC2Client,
  region: string,
  imageId: string,
  ctx: RunContext,
  opts: DeleteImageOptions,
): Promise<boolean> {
  const wait = opts.wait ?? true;
  const where = `AMI ${imageId} in ${region}`;
  const read = () => client.send(new DescribeImagesCommand({ ImageIds: [imageId] }));
  let image: Image | undefined;
  try {
    const out =
      opts.ours && wait
        ? await whenVisible(ctx, `read ${where}`, visibilityDeadline(opts.aws, where), read)
        : await call(ctx, `read ${where}`, read);
    image = out.Images?.[0];
  } catch (err) {
    if (err instanceof NotVisibleError) {
      return deleteLeftSnapshots(client, region, imageId, ctx, opts);
    }
    if (opts.ours && isNotVisible(err)) return false;
    if (isGone(err)) return true;
    throw err;
  }
  if (!image) return true;
  if (image.State !== 'deregistered') {
    try {
      await call(ctx, `deregister ${where}`, () =>
        client.send(new DeregisterImageCommand({ ImageId: imageId })),
      );
    } catch (err) {
      if (!isGone(err)) throw err;
    }
  }
  const snapshots = (image.BlockDeviceMappings ?? []).flatMap((m) =>
    m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : [],
  );
  opts.progress?.(snapshots);
  return deleteSnapshots(client, region, imageId, snapshots, ctx, opts);
}

/**
 * An AMI of this run that EC2 did not come to know within the window was deleted before (by
 * a cleanup the runner cut short, say): its snapshots, found by the description EC2 gives
 * them ("Created by CreateImage(i-…) for ami-…", "Copied for DestinationAmi ami-…"), may
 * still be there.
 */
async function deleteLeftSnapshots(
  client: EC2Client,
  region: string,
  imageId: string,
  ctx: RunContext,
  opts: DeleteImageOptions,
): Promise<boolean> {
  const left = await allPages(ctx, `find snapshots of ${imageId} in ${region}`, async (token) => {
    const out = await client.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [
          {
            Name: 'description',
            Values: [
              `Created by CreateImage(*) for ${imageId}*`,
              `Copied for DestinationAmi ${imageId} *`,
            ],
          },
        ],
        MaxResults: PAGE_SIZE,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    return { items: out.Snapshots ?? [], nextToken: out.NextToken };
  });
  ctx.reporter.info(
    `AMI ${imageId} in ${region} is not known to EC2: it was deleted before` +
      (left.length > 0 ? `; deleting the ${left.length} snapshot(s) it left` : ''),
  );
  const ids = left.flatMap((s) => (s.SnapshotId ? [s.SnapshotId] : []));
  opts.progress?.(ids);
  return deleteSnapshots(client, region, imageId, ids, ctx, opts);
}

/**
 * Deletes a deregistered AMI's snapshots. Right after DeregisterImage, DeleteSnapshot answers
 * InvalidSnapshot.InUse for a while (boto/boto#3019): retried until the operation timeout, or,
 * cancelled, left for the post step. Reports what is left after each deletion; true once none is.
 */
export async function deleteSnapshots(
  client: EC2Client,
  region: string,
  imageId: string,
  snapshots: string[],
  ctx: RunContext,
  opts: DeleteImageOptions,
): Promise<boolean> {
  const deadline = new Deadline(
    `the snapshots of ${imageId} in ${region}`,
    opts.aws.timeouts.operation,
  );
  const inUse = (err: unknown): boolean => errorCode(err) === 'InvalidSnapshot.InUse';
  let left = [...snapshots];
  let said = false;
  for (const SnapshotId of snapshots) {
    const what = `delete snapshot ${SnapshotId} in ${region}`;
    const send = () => client.send(new DeleteSnapshotCommand({ SnapshotId }));
    try {
      if (opts.wait === false) await call(ctx, what, send);
      else {
        await retryWithin(ctx, what, deadline, send, {
          retryable: inUse,
          onFirst: () => {
            if (said) return;
            said = true;
            ctx.reporter.info(
              `${what}: still in use by the AMI ${imageId} just deregistered (InvalidSnapshot.InUse), retrying`,
            );
          },
          exhausted: () =>
            new Error(
              `${what}: EC2 still answered InvalidSnapshot.InUse ${formatDuration(deadline.budget)} after AMI ${imageId} was deregistered`,
            ),
        });
      }
    } catch (err) {
      if (opts.wait === false && inUse(err)) {
        ctx.reporter.info(
          `${what}: still in use by ${imageId} just deregistered; the post step deletes it`,
        );
        continue;
      }
      if (!isGone(err)) throw err;
    }
    left = left.filter((id) => id !== SnapshotId);
    opts.progress?.(left);
  }
  return left.length === 0;
}
