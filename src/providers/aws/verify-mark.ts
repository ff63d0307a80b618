import { CreateTagsCommand, DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import type { RunContext, VerifyTarget } from '../provider.js';
import { call } from './clients.js';
import { amisOf, type RegionalAmi } from './verify-instance.js';
import { visibilityDeadline, whenVisible } from './visibility.js';

/** The tag what picks images up reads: `true` once a verifier passed, `false` when one failed. */
export const VERIFIED_TAG = 'worker-image-verified';

/**
 * Tags the AMI and its snapshots `worker-image-verified: true|false` in every region it
 * exists in (`details.amis`; for an AMI given by id, then its copies in the target regions,
 * found by the name its own read gave). EC2 has no "latest" to keep a failed AMI out of: the
 * tag is what a lookup filters on (`tag:worker-image-verified=true`). A just-copied AMI may not
 * be visible to every call yet (eventual consistency): NotFound is retried within the window.
 */
export async function markAmis(
  clients: (region: string) => Promise<EC2Client>,
  aws: AwsConfig,
  target: VerifyTarget,
  verified: boolean,
  ctx: RunContext,
): Promise<void> {
  const Tags = [{ Key: VERIFIED_TAG, Value: String(verified) }];
  /** Tags one AMI and its snapshots; its name. */
  const mark = async ({ region, imageId }: RegionalAmi): Promise<string | undefined> => {
    const client = await clients(region);
    const deadline = visibilityDeadline(aws, `AMI ${imageId} in ${region}`);
    const out = await whenVisible(ctx, `read AMI ${imageId} in ${region}`, deadline, () =>
      client.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
    );
    const image = out.Images?.[0];
    if (!image) throw new Error(`AMI ${imageId} is not listed in ${region}: nothing to tag`);
    const snapshots = (image.BlockDeviceMappings ?? [])
      .map((m) => m.Ebs?.SnapshotId)
      .filter((id): id is string => !!id);
    await whenVisible(ctx, `tag AMI ${imageId} in ${region}`, deadline, () =>
      client.send(new CreateTagsCommand({ Resources: [imageId, ...snapshots], Tags })),
    );
    ctx.reporter.info(
      `${region}: ${imageId}${snapshots.length ? ` and ${snapshots.join(', ')}` : ''} tagged ${VERIFIED_TAG}=${verified}`,
    );
    return image.Name;
  };
  const amis = amisOf(target, aws.region);
  const [name] = await Promise.all(amis.map(mark));
  if (target.details.copies !== 'by-name' || !name) return;
  await Promise.all((await copiesNamed(clients, aws, name, amis, ctx)).map(mark));
}

/**
 * An AMI named by id alone (`verify --image`): its copies in the config's target regions, found
 * by its name (unique per region in an account; CopyImage keeps it). A region without one is
 * passed over: the image may not have been copied there.
 */
async function copiesNamed(
  clients: (region: string) => Promise<EC2Client>,
  aws: AwsConfig,
  name: string,
  known: RegionalAmi[],
  ctx: RunContext,
): Promise<RegionalAmi[]> {
  const regions = aws.targetRegions.filter((r) => !known.some((a) => a.region === r));
  const found = await Promise.all(
    regions.map(async (region) => {
      const regional = await clients(region);
      const listed = await call(ctx, `find copies of ${name} in ${region}`, () =>
        regional.send(
          new DescribeImagesCommand({
            Owners: ['self'],
            Filters: [{ Name: 'name', Values: [name] }],
          }),
        ),
      );
      return (listed.Images ?? []).flatMap((i) =>
        i.ImageId ? [{ region, imageId: i.ImageId }] : [],
      );
    }),
  );
  return found.flat();
}
