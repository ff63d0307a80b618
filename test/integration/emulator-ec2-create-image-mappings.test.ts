/**
 * CreateImage's BlockDeviceMapping.N as the API reference documents it ("The only option that
 * can be changed for existing mappings or snapshots is DeleteOnTermination"), as Packer's
 * `ami_block_device_mappings` sends it, through @aws-sdk/client-ec2 against the emulator: what
 * the AMI's mapping then shows, and what RunInstances and CopyImage make of it.
 */
import {
  CopyImageCommand,
  CreateImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type BlockDeviceMapping,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2, until } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let client: EC2Client;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.setHazards({
    ec2: { instanceVisibilityLag: 0, imageVisibilityLag: 0 },
  });
  client = ec2(emulator);
});

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

const codeAndMessage = (e: Error | undefined) => [e?.name, e?.message];

/** A launch with a 20 GiB gp3 data volume at /dev/sdb and a 3 GiB one at /dev/sdc. */
const DATA_DISKS: BlockDeviceMapping[] = [
  { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 20, VolumeType: 'gp3' } },
  { DeviceName: '/dev/sdc', Ebs: { VolumeSize: 3 } },
];

function ownAmi(): string {
  return (
    emulator.control.seedAmi({ region: 'us-east-1', name: 'mappings-base' }) as { id: string }
  ).id;
}

async function instance(id: string) {
  const { Reservations } = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return Reservations![0]!.Instances![0]!;
}

async function launch(ImageId: string, BlockDeviceMappings?: BlockDeviceMapping[]) {
  const { Instances } = await client.send(
    new RunInstancesCommand({
      ImageId,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      BlockDeviceMappings,
    }),
  );
  const id = Instances![0]!.InstanceId!;
  await until(async () => (await instance(id)).State?.Name === 'running');
  return id;
}

async function imageOf(id: string, c = client) {
  const { Images } = await c.send(new DescribeImagesCommand({ ImageIds: [id] }));
  return Images![0]!;
}

const createImage = (InstanceId: string, Name: string, BlockDeviceMappings: BlockDeviceMapping[]) =>
  client.send(new CreateImageCommand({ InstanceId, Name, BlockDeviceMappings }));

async function capture(InstanceId: string, Name: string, mappings: BlockDeviceMapping[]) {
  const { ImageId } = await createImage(InstanceId, Name, mappings);
  await until(async () => (await imageOf(ImageId!)).State === 'available');
  return ImageId!;
}

/** An AMI's mapping as `device virtual size type deleteOnTermination hasSnapshot`. */
function mappingRows(mappings: BlockDeviceMapping[]) {
  return mappings.map((m) => [
    m.DeviceName,
    m.VirtualName,
    m.Ebs?.VolumeSize,
    m.Ebs?.VolumeType,
    m.Ebs?.DeleteOnTermination,
    m.Ebs ? m.Ebs.SnapshotId !== undefined : undefined,
  ]);
}

/** An instance's volumes as `device size type deleteOnTermination snapshotId`. */
async function volumeRows(id: string) {
  const attached = (await instance(id)).BlockDeviceMappings!;
  const { Volumes } = await client.send(
    new DescribeVolumesCommand({ VolumeIds: attached.map((m) => m.Ebs!.VolumeId!) }),
  );
  return attached.map((m) => {
    const v = Volumes!.find((x) => x.VolumeId === m.Ebs!.VolumeId)!;
    return [m.DeviceName, v.Size, v.VolumeType, m.Ebs!.DeleteOnTermination, v.SnapshotId];
  });
}

describe('CreateImage BlockDeviceMapping: devices the instance has', () => {
  it('takes DeleteOnTermination for the root and a data volume, and repeats of their own values; a launch from the AMI honours it', async () => {
    const id = await launch(ownAmi(), DATA_DISKS);
    // Packer's ami_block_device_mappings repeat the launch's size and type beside delete_on_termination.
    const made = await capture(id, 'mappings-keep', [
      { DeviceName: '/dev/sda1', Ebs: { DeleteOnTermination: false, VolumeSize: 8 } },
      {
        DeviceName: '/dev/sdb',
        Ebs: {
          DeleteOnTermination: false,
          VolumeSize: 20,
          VolumeType: 'gp3',
          Encrypted: false,
          Iops: 3000,
          Throughput: 125,
        },
      },
    ]);
    expect(mappingRows((await imageOf(made)).BlockDeviceMappings!)).toEqual([
      ['/dev/sda1', undefined, 8, 'gp3', false, true],
      ['/dev/sdb', undefined, 20, 'gp3', false, true],
      ['/dev/sdc', undefined, 3, 'gp2', true, true],
    ]);
    const relaunched = await launch(made);
    const rows = await volumeRows(relaunched);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['/dev/sda1', 8, false],
      ['/dev/sdb', 20, false],
      ['/dev/sdc', 3, true],
    ]);
    await client.send(new TerminateInstancesCommand({ InstanceIds: [relaunched] }));
    await until(async () => (await instance(relaunched)).State?.Name === 'terminated');
    const { Volumes } = await client.send(
      new DescribeVolumesCommand({
        Filters: [{ Name: 'snapshot-id', Values: rows.map((r) => r[4] as string) }],
      }),
    );
    expect(Volumes!.map((v) => [v.Size, v.State]).sort()).toEqual([
      [20, 'available'],
      [8, 'available'],
    ]);
  });

  it('refuses any other change in EC2 words, KmsKeyId as an unknown parameter, and makes nothing', async () => {
    const id = await launch(ownAmi(), DATA_DISKS);
    const root = (await instance(id)).BlockDeviceMappings![0]!;
    const refused = async (mapping: BlockDeviceMapping) =>
      codeAndMessage(await errorOf(createImage(id, 'mappings-refused', [mapping])));
    const unchangeable = (what: string, device: string) => [
      'InvalidBlockDeviceMapping',
      `The ${what} of device ${device} can't be changed by CreateImage: only DeleteOnTermination can be changed for a volume the instance has.`,
    ];
    expect(await refused({ DeviceName: '/dev/sda1', Ebs: { VolumeSize: 16 } })).toEqual(
      unchangeable('volume size', '/dev/sda1'),
    );
    expect(
      await refused({ DeviceName: '/dev/sdb', Ebs: { VolumeType: 'io2', Iops: 4000 } }),
    ).toEqual(unchangeable('volume type', '/dev/sdb'));
    expect(await refused({ DeviceName: 'sdb', Ebs: { Iops: 4000 } })).toEqual(
      unchangeable('IOPS', 'sdb'),
    );
    expect(await refused({ DeviceName: '/dev/sdb', Ebs: { Throughput: 250 } })).toEqual(
      unchangeable('throughput', '/dev/sdb'),
    );
    const seeded = (await imageOf((await instance(id)).ImageId!)).BlockDeviceMappings![0]!;
    expect(
      await refused({ DeviceName: '/dev/sdc', Ebs: { SnapshotId: seeded.Ebs!.SnapshotId } }),
    ).toEqual(unchangeable('snapshot', '/dev/sdc'));
    expect(await refused({ DeviceName: '/dev/sdc', VirtualName: 'ephemeral0' })).toEqual(
      unchangeable('virtual name', '/dev/sdc'),
    );
    expect(await refused({ DeviceName: '/dev/sdb', Ebs: { Encrypted: true } })).toEqual([
      'InvalidBlockDeviceMapping',
      'the encrypted flag cannot be specified since device /dev/sdb has a conflicting encryption setting',
    ]);
    expect(await refused({ DeviceName: '/dev/sda1', NoDevice: '' })).toEqual([
      'InvalidBlockDeviceMapping',
      "The root device /dev/sda1 can't be left out of the image.",
    ]);
    expect(
      await refused({
        DeviceName: '/dev/sdf',
        Ebs: { VolumeSize: 4, Encrypted: true, KmsKeyId: 'alias/mine' },
      }),
    ).toEqual(['UnknownParameter', 'The parameter KmsKeyId is not recognized']);
    expect(root.DeviceName).toBe('/dev/sda1');
    const { Images } = await client.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(Images!.map((i) => i.Name)).toEqual(['mappings-base']);
    const { Snapshots } = await client.send(
      new DescribeSnapshotsCommand({
        Filters: [{ Name: 'volume-id', Values: [root.Ebs!.VolumeId!] }],
      }),
    );
    expect(Snapshots).toEqual([]);
  });
});

describe('CreateImage BlockDeviceMapping: devices it adds or leaves out', () => {
  it('leaves out a NoDevice volume unsnapshotted, adds an instance store and an empty volume; RunInstances and CopyImage honour them', async () => {
    const id = await launch(ownAmi(), DATA_DISKS);
    const sdc = (await instance(id)).BlockDeviceMappings!.find((m) => m.DeviceName === '/dev/sdc')!;
    const made = await capture(id, 'mappings-added', [
      { DeviceName: '/dev/sda1', Ebs: { DeleteOnTermination: false } },
      { DeviceName: '/dev/sdc', NoDevice: '' },
      { DeviceName: '/dev/sdd', VirtualName: 'ephemeral0' },
      { DeviceName: '/dev/sdf', Ebs: { VolumeSize: 50, VolumeType: 'io1', Iops: 500 } },
      {
        DeviceName: '/dev/sdg',
        Ebs: { VolumeSize: 125, VolumeType: 'st1', DeleteOnTermination: false },
      },
    ]);
    const img = await imageOf(made);
    expect(mappingRows(img.BlockDeviceMappings!)).toEqual([
      ['/dev/sda1', undefined, 8, 'gp3', false, true],
      ['/dev/sdb', undefined, 20, 'gp3', true, true],
      ['/dev/sdd', 'ephemeral0', undefined, undefined, undefined, undefined],
      ['/dev/sdf', undefined, 50, 'io1', true, false],
      ['/dev/sdg', undefined, 125, 'st1', false, false],
    ]);
    expect(img.BlockDeviceMappings!.find((m) => m.DeviceName === '/dev/sdf')!.Ebs!.Iops).toBe(500);
    const { Snapshots } = await client.send(
      new DescribeSnapshotsCommand({
        Filters: [{ Name: 'volume-id', Values: [sdc.Ebs!.VolumeId!] }],
      }),
    );
    expect(Snapshots).toEqual([]);

    const relaunched = await launch(made);
    const rows = await volumeRows(relaunched);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['/dev/sda1', 8, 'gp3', false],
      ['/dev/sdb', 20, 'gp3', true],
      ['/dev/sdf', 50, 'io1', true],
      ['/dev/sdg', 125, 'st1', false],
    ]);
    // A volume for an added EBS device starts empty: it has no snapshot.
    expect(rows.slice(2).map((r) => r[4])).toEqual(['', '']);

    const west = ec2(emulator, 'us-west-2');
    const { ImageId } = await west.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: made,
        Name: 'mappings-copy',
      }),
    );
    const copy = await imageOf(ImageId!, west);
    expect(mappingRows(copy.BlockDeviceMappings!)).toEqual(mappingRows(img.BlockDeviceMappings!));
    expect(copy.BlockDeviceMappings![1]!.Ebs!.SnapshotId).not.toBe(
      img.BlockDeviceMappings![1]!.Ebs!.SnapshotId,
    );
  });

  it('checks an added device as EC2 checks one: its name, its size for its type, Iops', async () => {
    const id = await launch(ownAmi(), DATA_DISKS);
    const refused = async (...mappings: BlockDeviceMapping[]) =>
      codeAndMessage(await errorOf(createImage(id, 'mappings-checked', mappings)));
    expect(await refused({ DeviceName: '/dev/sdf', Ebs: { DeleteOnTermination: true } })).toEqual([
      'InvalidBlockDeviceMapping',
      'Either snapshot ID or volume size must be provided for: /dev/sdf',
    ]);
    expect(await refused({ DeviceName: '/dev/sdf', Ebs: { VolumeSize: 10, Iops: 500 } })).toEqual([
      'InvalidParameterCombination',
      'The parameter iops is not supported for gp2 volumes',
    ]);
    expect(
      await refused({ DeviceName: '/dev/sdf', Ebs: { VolumeSize: 10, VolumeType: 'io2' } }),
    ).toEqual([
      'InvalidParameterCombination',
      'The parameter iops must be specified for io2 volumes.',
    ]);
    expect(
      await refused({ DeviceName: '/dev/sdf', Ebs: { VolumeSize: 100, VolumeType: 'sc1' } }),
    ).toEqual([
      'InvalidParameterValue',
      'The volume size is invalid for sc1 volumes: 100 GiB. sc1 volumes must be at least 125 GiB in size. Please specify a volume size above the minimum limit.',
    ]);
    expect(
      await refused({ DeviceName: '/dev/sdf', Ebs: { VolumeSize: 2000, VolumeType: 'standard' } }),
    ).toEqual([
      'InvalidParameterValue',
      'The volume size is invalid for standard volumes: 2000 GiB. standard volumes must be at most 1024 GiB in size. Please specify a volume size below the maximum limit.',
    ]);
    expect(await refused({ DeviceName: '/dev/sdf1', Ebs: { VolumeSize: 4 } })).toEqual([
      'InvalidBlockDeviceMapping',
      'Invalid device name /dev/sdf1',
    ]);
    expect(
      await refused(
        { DeviceName: '/dev/sdf', Ebs: { VolumeSize: 4 } },
        { DeviceName: '/dev/sdf', VirtualName: 'ephemeral1' },
      ),
    ).toEqual(['InvalidBlockDeviceMapping', '/dev/sdf is being assigned to multiple times.']);
    expect(await refused({ DeviceName: '/dev/sdf', VirtualName: 'scratch' })).toEqual([
      'InvalidBlockDeviceMapping',
      'Invalid virtual name scratch for device /dev/sdf: expected ephemeralN',
    ]);
    const { Images } = await client.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(Images!.map((i) => i.Name)).toEqual(['mappings-base']);
  });
});
