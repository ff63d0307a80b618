import { DescribeImagesCommand, type EC2Client, type Image } from '@aws-sdk/client-ec2';
import type { AwsConfig, WorkerImageConfig } from '../../config/types.js';
import { labelValue } from '../../naming/labels.js';
import { imageName, overwriteProblem, resolveVersion } from '../../naming/version.js';
import type { BakePlan, RunContext } from '../provider.js';
import { call, errorCode } from './clients.js';
import { dataDevicesOf, type EbsDevice } from './devices.js';
import { builderName } from './names.js';
import { listImages } from './pages.js';

export interface AwsPlan extends BakePlan {
  region: string;
  builderName: string;
  sourceImageId: string;
  /** The source AMI's root device and size: the builder's volume maps onto it. */
  rootDeviceName: string;
  /**
   * The source AMI's other EBS devices and whether each is deleted with its instance: the
   * builder's copies are temporary (deleted with it whatever the AMI says), and the new AMI
   * keeps each device's setting.
   */
  dataDevices: EbsDevice[];
  volumeSizeGb: number;
  /** Copy destinations, the source region excluded. */
  targetRegions: string[];
  /** AMIs of the same name that `overwrite: true` replaces, by region. */
  replaces: { region: string; imageId: string }[];
  /** Tags on everything the bake creates (role and Name added per resource). */
  tags: Record<string, string>;
}

export type Clients = (region: string) => Promise<EC2Client>;

/**
 * Own AMIs whose name matches `filter` (EC2 wildcards) in one region. An AMI deregistered
 * moments ago is still listed, as `deregistered` (DescribeImages API reference): it is gone.
 */
async function ownImages(clients: Clients, region: string, filter: string, ctx: RunContext) {
  const images = await listImages(await clients(region), `list AMIs in ${region}`, ctx, {
    Owners: ['self'],
    Filters: [{ Name: 'name', Values: [filter] }],
  });
  return images.filter((i) => i.Name && i.State !== 'deregistered');
}

/**
 * Reads only: the AMIs of the base name in the source region give the version; the name is
 * then looked up in every region it will be copied to (a copy of an existing name would fail
 * hours later); the source AMI is resolved.
 */
export async function planAws(
  config: WorkerImageConfig,
  aws: AwsConfig,
  clients: Clients,
  ctx: RunContext,
): Promise<AwsPlan> {
  const { namespace } = config.image;
  const prefix = imageName(aws.amiName, namespace, '');
  const existing = await ownImages(clients, aws.region, `${prefix}*`, ctx);
  const resolved = resolveVersion(
    { name: aws.amiName, namespace, version: config.image.version },
    existing.map((i) => i.Name!),
  );
  const replaces = existing
    .filter((i) => i.Name === resolved.name)
    .map((i) => ({ region: aws.region, imageId: i.ImageId! }));
  for (const region of aws.targetRegions) {
    for (const i of await ownImages(clients, region, resolved.name, ctx)) {
      replaces.push({ region, imageId: i.ImageId! });
    }
  }
  const where = [...new Set(replaces.map((r) => r.region))].join(', ');
  const problem = overwriteProblem(
    { ...resolved, exists: replaces.length > 0 },
    config.image,
    `region ${where}`,
  );
  if (problem) throw new Error(problem);
  const source = await resolveSourceImage(aws, clients, ctx);
  const sourceSize = source.BlockDeviceMappings?.find((m) => m.DeviceName === source.RootDeviceName)
    ?.Ebs?.VolumeSize;
  if (sourceSize !== undefined && aws.volume.sizeGb < sourceSize) {
    throw new Error(
      `aws.volume.size-gb: ${aws.volume.sizeGb} GB is smaller than the source AMI's ${sourceSize} GB root volume (${source.ImageId}); set at least ${sourceSize}`,
    );
  }
  const builder = builderName(resolved.name, ctx.runId);
  const tags = {
    ...aws.tags,
    'worker-image-run': labelValue(ctx.runId),
    'worker-image-version': resolved.version,
    ...(ctx.commit ? { 'worker-image-commit': ctx.commit } : {}),
    ...(ctx.runUrl ? { 'worker-image-run-url': ctx.runUrl } : {}),
  };
  return {
    cloud: 'aws',
    imageName: resolved.name,
    version: resolved.version,
    location:
      `region ${aws.region}` +
      (aws.targetRegions.length ? `, copied to ${aws.targetRegions.join(', ')}` : ''),
    sourceImage: `${source.ImageId} (${source.Name})`,
    template: aws.template.path,
    labels: tags,
    tags,
    region: aws.region,
    builderName: builder,
    sourceImageId: source.ImageId!,
    rootDeviceName: source.RootDeviceName ?? '/dev/xvda',
    dataDevices: dataDevicesOf(source),
    volumeSizeGb: aws.volume.sizeGb,
    targetRegions: aws.targetRegions,
    replaces,
    resources: [
      {
        kind: 'instance',
        name: `${builder} (${aws.instanceType}, ${aws.region})`,
        role: 'builder',
      },
      {
        kind: 'AMI',
        name: `${resolved.name} (${aws.region}${aws.encrypted ? ', encrypted' : ''})`,
        role: 'image',
      },
      ...aws.targetRegions.map((r) => ({
        kind: 'AMI copy',
        name: `${resolved.name} (${r})`,
        role: 'image' as const,
      })),
    ],
  };
}

/** An explicit AMI id, or the newest available AMI of the owner matching the name filter. */
async function resolveSourceImage(
  aws: AwsConfig,
  clients: Clients,
  ctx: RunContext,
): Promise<Image> {
  const client = await clients(aws.region);
  const { id, owner, name } = aws.sourceImage;
  if (id) {
    try {
      const out = await call(ctx, 'resolve the source AMI', () =>
        client.send(new DescribeImagesCommand({ ImageIds: [id] })),
      );
      const image = out.Images?.[0];
      if (image?.State === 'available') return image;
      if (image) throw new Error(`aws.source-image: AMI ${id} is ${image.State}, not available`);
    } catch (err) {
      if (!errorCode(err)?.startsWith('InvalidAMIID.')) throw err;
    }
    throw new Error(
      `aws.source-image: AMI ${id} not found in ${aws.region} (AMI ids are regional; is it shared with this account?)`,
    );
  }
  const images = await listImages(client, 'resolve the source AMI', ctx, {
    Owners: [owner!],
    Filters: [
      { Name: 'name', Values: [name!] },
      { Name: 'state', Values: ['available'] },
    ],
  });
  const newest = images.sort((a, b) =>
    (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''),
  )[0];
  if (!newest?.ImageId) {
    throw new Error(
      `aws.source-image: no available AMI of owner ${owner} matches "${name}" in ${aws.region}; ` +
        `list them with \`aws ec2 describe-images --region ${aws.region} --owners ${owner} --filters Name=name,Values='${name}'\``,
    );
  }
  return newest;
}
