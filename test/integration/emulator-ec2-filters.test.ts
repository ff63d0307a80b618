/**
 * The describe filters, block device mappings, image attributes and snapshot deletion results
 * EC2 documents, as boto3, the AWS CLI, Terraform's data sources and Packer send and read them,
 * through @aws-sdk/client-ec2 against the emulator.
 */
import {
  CopyImageCommand,
  CreateImageCommand,
  CreateKeyPairCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type BlockDeviceMapping,
  type EC2Client,
  type Filter,
  type ImageAttributeName,
  type _InstanceType,
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
    ec2: {
      instanceVisibilityLag: 0,
      imageVisibilityLag: 0,
      deregisteredVisibility: 0,
      snapshotInUseAfterDeregister: 0,
    },
  });
  client = ec2(emulator);
});

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

function ownAmi(name = 'filters-1'): string {
  return (emulator.control.seedAmi({ region: 'us-east-1', name }) as { id: string }).id;
}

async function launch(
  ImageId: string,
  extra: {
    BlockDeviceMappings?: BlockDeviceMapping[];
    KeyName?: string;
    ClientToken?: string;
    InstanceType?: _InstanceType;
  } = {},
): Promise<string> {
  const { Instances } = await client.send(
    new RunInstancesCommand({
      ImageId,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      ...extra,
    }),
  );
  const id = Instances![0]!.InstanceId!;
  await until(async () => (await instance(id)).State?.Name === 'running');
  return id;
}

async function instance(id: string) {
  const { Reservations } = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return Reservations![0]!.Instances![0]!;
}

async function instanceIds(Filters: Filter[]): Promise<string[]> {
  const { Reservations } = await client.send(new DescribeInstancesCommand({ Filters }));
  return (Reservations ?? []).flatMap((r) => r.Instances!.map((i) => i.InstanceId!));
}

async function imageIds(Filters: Filter[]): Promise<string[]> {
  const { Images } = await client.send(new DescribeImagesCommand({ Owners: ['self'], Filters }));
  return (Images ?? []).map((i) => i.ImageId!);
}

async function snapshotIds(Filters: Filter[]): Promise<string[]> {
  const { Snapshots } = await client.send(
    new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters }),
  );
  return (Snapshots ?? []).map((s) => s.SnapshotId!);
}

async function volumeIds(Filters: Filter[]): Promise<string[]> {
  const { Volumes } = await client.send(new DescribeVolumesCommand({ Filters }));
  return (Volumes ?? []).map((v) => v.VolumeId!);
}

const DATA_DISK: BlockDeviceMapping = {
  DeviceName: '/dev/sdb',
  Ebs: { VolumeSize: 20, VolumeType: 'gp3' },
};

async function imageOf(id: string) {
  const { Images } = await client.send(new DescribeImagesCommand({ ImageIds: [id] }));
  return Images![0]!;
}

async function capture(instanceId: string, Name: string, extra: BlockDeviceMapping[] = []) {
  const { ImageId } = await client.send(
    new CreateImageCommand({ InstanceId: instanceId, Name, BlockDeviceMappings: extra }),
  );
  await until(async () => (await imageOf(ImageId!)).State === 'available');
  return ImageId!;
}

describe('DescribeInstances filters', () => {
  it('answers each documented filter from the instance, wildcards on the ISO launch time', async () => {
    const ami = ownAmi();
    // KeyName must name a key pair of the region (InvalidKeyPair.NotFound otherwise).
    // An instance type EC2 does not have (a misspelt size) is refused in EC2's words.
    const badType = await errorOf(launch(ami, { InstanceType: 't3.larg' as _InstanceType }));
    expect([badType?.name, badType?.message]).toEqual([
      'InvalidParameterValue',
      "Invalid value 't3.larg' for InstanceType.",
    ]);
    const missingKey = await errorOf(launch(ami, { KeyName: 'builder' }));
    expect(missingKey?.name).toBe('InvalidKeyPair.NotFound');
    await client.send(new CreateKeyPairCommand({ KeyName: 'builder' }));
    const id = await launch(ami, { KeyName: 'builder', ClientToken: 'tok-1' });
    const other = await launch(ami);
    const inst = await instance(id);
    const day = inst.LaunchTime!.toISOString().slice(0, 10);
    const cases: [string, string[], string[]][] = [
      ['instance-type', ['t3.*'], [id, other]],
      ['vpc-id', [inst.VpcId!], [id, other]],
      ['subnet-id', [inst.SubnetId!], [id, other]],
      ['instance-state-code', ['16'], [id, other]],
      ['instance-state-code', ['80'], []],
      ['reservation-id', [(await reservationOf(id))!], [id]],
      ['key-name', ['build*'], [id]],
      ['availability-zone', [inst.Placement!.AvailabilityZone!], [id, other]],
      ['private-ip-address', [inst.PrivateIpAddress!], [id, other]],
      ['launch-time', [`${day}T*`], [id, other]],
      ['launch-time', ['1999-*'], []],
      ['instance.group-id', [inst.SecurityGroups![0]!.GroupId!], [id, other]],
      ['instance.group-name', ['default'], [id, other]],
      ['architecture', ['x86_64'], [id, other]],
      ['architecture', ['arm64'], []],
      ['root-device-type', ['ebs'], [id, other]],
      ['image-id', [ami], [id, other]],
      ['client-token', ['tok-?'], [id]],
      ['tenancy', ['default'], [id, other]],
      ['tenancy', ['dedicated'], []],
      ['platform-details', ['Linux/UNIX'], [id, other]],
      ['block-device-mapping.device-name', ['/dev/sda1'], [id, other]],
    ];
    for (const [Name, Values, expected] of cases) {
      expect([Name, ...(await instanceIds([{ Name, Values }])).sort()]).toEqual([
        Name,
        ...expected.sort(),
      ]);
    }
    // Several values OR, several filters AND.
    expect(
      await instanceIds([
        { Name: 'key-name', Values: ['nope', 'builder'] },
        { Name: 'instance-state-name', Values: ['running'] },
      ]),
    ).toEqual([id]);
    expect(
      await instanceIds([
        { Name: 'key-name', Values: ['builder'] },
        { Name: 'instance-state-code', Values: ['80'] },
      ]),
    ).toEqual([]);
    const bogus = await errorOf(instanceIds([{ Name: 'colour', Values: ['red'] }]));
    expect(bogus?.message).toBe("The filter 'colour' is invalid");
  });

  async function reservationOf(id: string) {
    const { Reservations } = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    return Reservations![0]!.ReservationId;
  }
});

describe('DescribeImages filters', () => {
  it('answers source, state reason, capabilities, dates and every block device mapping', async () => {
    const ami = ownAmi();
    const id = await launch(ami, { BlockDeviceMappings: [DATA_DISK] });
    const made = await capture(id, 'filters-made');
    const img = await imageOf(made);
    const day = img.CreationDate!.slice(0, 10);
    const dataSnapshot = img.BlockDeviceMappings!.find((m) => m.DeviceName === '/dev/sdb')!.Ebs!
      .SnapshotId!;
    const cases: [string, string[], string[]][] = [
      ['source-instance-id', [id], [made]],
      ['source-image-id', ['ami-*'], []],
      ['source-image-region', ['us-east-1'], []],
      ['state-reason-code', ['*'], []],
      ['sriov-net-support', ['simple'], []],
      ['ena-support', ['true'], [ami, made]],
      ['architecture', ['x86_64'], [ami, made]],
      ['image-type', ['machine'], [ami, made]],
      ['hypervisor', ['xen'], [ami, made]],
      ['creation-date', [`${day}T*`], [ami, made]],
      ['creation-date', ['1999-*'], []],
      ['description', ['*'], []],
      ['block-device-mapping.snapshot-id', [dataSnapshot], [made]],
      ['block-device-mapping.volume-size', ['20'], [made]],
      ['block-device-mapping.volume-type', ['gp3'], [ami, made]],
      ['block-device-mapping.device-name', ['/dev/sdb'], [made]],
      ['block-device-mapping.encrypted', ['false'], [ami, made]],
    ];
    for (const [Name, Values, expected] of cases) {
      expect([Name, ...(await imageIds([{ Name, Values }])).sort()]).toEqual([
        Name,
        ...expected.sort(),
      ]);
    }
    // deprecation-time is no DescribeImages filter of the API reference.
    const refused = await errorOf(imageIds([{ Name: 'deprecation-time', Values: ['*'] }]));
    expect(refused?.message).toBe("The filter 'deprecation-time' is invalid");
  });
});

describe('DescribeSnapshots and DescribeVolumes filters', () => {
  it('answers each documented snapshot filter', async () => {
    const id = await launch(ownAmi());
    const made = await capture(id, 'filters-snap');
    const root = (await imageOf(made)).BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    const { Snapshots } = await client.send(new DescribeSnapshotsCommand({ SnapshotIds: [root] }));
    const snap = Snapshots![0]!;
    const volumeId = (await instance(id)).BlockDeviceMappings![0]!.Ebs!.VolumeId!;
    expect(snap.VolumeId).toBe(volumeId);
    const cases: [string, string[], boolean][] = [
      ['encrypted', ['false'], true],
      ['encrypted', ['true'], false],
      ['volume-id', [volumeId], true],
      ['volume-size', ['8'], true],
      ['start-time', [`${snap.StartTime!.toISOString().slice(0, 10)}T*`], true],
      ['progress', ['100%'], true],
      ['owner-alias', ['amazon'], false],
      ['description', [`Created by CreateImage(${id})*`], true],
      ['status', ['completed'], true],
    ];
    for (const [Name, Values, found] of cases) {
      expect([Name, (await snapshotIds([{ Name, Values }])).includes(root)]).toEqual([Name, found]);
    }
  });

  it('answers each documented volume filter', async () => {
    const id = await launch(ownAmi(), { BlockDeviceMappings: [DATA_DISK] });
    const data = (await instance(id)).BlockDeviceMappings!.find((m) => m.DeviceName === '/dev/sdb')!
      .Ebs!.VolumeId!;
    const { Volumes } = await client.send(new DescribeVolumesCommand({ VolumeIds: [data] }));
    const volume = Volumes![0]!;
    const cases: [string, string[], boolean][] = [
      ['create-time', [`${volume.CreateTime!.toISOString().slice(0, 10)}T*`], true],
      ['availability-zone', [volume.AvailabilityZone!], true],
      ['multi-attach-enabled', ['false'], true],
      ['fast-restored', ['true'], false],
      ['size', ['20'], true],
      ['size', ['8'], false],
      ['volume-type', ['gp3'], true],
      ['encrypted', ['false'], true],
      ['attachment.instance-id', [id], true],
      ['attachment.device', ['/dev/sd?'], true],
      ['attachment.status', ['attached'], true],
      ['status', ['in-use'], true],
      ['status', ['available'], false],
    ];
    for (const [Name, Values, found] of cases) {
      expect([Name, (await volumeIds([{ Name, Values }])).includes(data)]).toEqual([Name, found]);
    }
  });
});

describe('block device mappings besides the root', () => {
  it('RunInstances attaches a volume per EBS mapping; termination deletes or keeps it, the root too', async () => {
    const id = await launch(ownAmi(), {
      BlockDeviceMappings: [
        DATA_DISK,
        { DeviceName: '/dev/sdc', Ebs: { VolumeSize: 5, DeleteOnTermination: false } },
        { DeviceName: '/dev/sdd', VirtualName: 'ephemeral0' },
      ],
    });
    const inst = await instance(id);
    expect(inst.BlockDeviceMappings!.map((m) => m.DeviceName)).toEqual([
      '/dev/sda1',
      '/dev/sdb',
      '/dev/sdc',
    ]);
    const ids = inst.BlockDeviceMappings!.map((m) => m.Ebs!.VolumeId!);
    const { Volumes } = await client.send(new DescribeVolumesCommand({ VolumeIds: ids }));
    expect(
      Volumes!.map((v) => [v.Size, v.VolumeType, v.Attachments![0]!.DeleteOnTermination]),
    ).toEqual([
      [8, 'gp3', true],
      [20, 'gp3', true],
      [5, 'gp2', false],
    ]);
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await until(async () => (await instance(id)).State?.Name === 'terminated');
    const left = await client.send(new DescribeVolumesCommand({}));
    expect(left.Volumes!.map((v) => [v.VolumeId, v.State, v.Attachments ?? []])).toEqual([
      [ids[2], 'available', []],
    ]);

    // A root volume told to stay stays too.
    const kept = await launch(ownAmi(), {
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { DeleteOnTermination: false } }],
    });
    const rootId = (await instance(kept)).BlockDeviceMappings![0]!.Ebs!.VolumeId!;
    await client.send(new TerminateInstancesCommand({ InstanceIds: [kept] }));
    await until(async () => (await instance(kept)).State?.Name === 'terminated');
    const after = await client.send(new DescribeVolumesCommand({ VolumeIds: [rootId] }));
    expect(after.Volumes!.map((v) => v.State)).toEqual(['available']);
  });

  it('refuses a size out of its type range, an invalid device name, one device twice, and io1/io2 without iops', async () => {
    const ami = ownAmi();
    const run = (BlockDeviceMappings: BlockDeviceMapping[]) =>
      errorOf(
        client.send(
          new RunInstancesCommand({ ImageId: ami, MinCount: 1, MaxCount: 1, BlockDeviceMappings }),
        ),
      );
    const big = await run([
      { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 65537, VolumeType: 'gp3' } },
    ]);
    expect(big?.name).toBe('InvalidParameterValue');
    const small = await run([
      { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 0, VolumeType: 'gp3' } },
    ]);
    expect(small?.message).toContain('gp3 volumes must be at least 1 GiB in size');
    const st1 = await run([
      { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 100, VolumeType: 'st1' } },
    ]);
    expect(st1?.name).toBe('InvalidParameterValue');
    const name = await run([{ DeviceName: '/dev/sdb1', Ebs: { VolumeSize: 1 } }]);
    expect([name?.name, name?.message]).toEqual([
      'InvalidBlockDeviceMapping',
      'Invalid device name /dev/sdb1',
    ]);
    const twice = await run([DATA_DISK, { DeviceName: 'sdb', Ebs: { VolumeSize: 2 } }]);
    expect([twice?.name, twice?.message]).toEqual([
      'InvalidBlockDeviceMapping',
      "The device 'sdb' is used in more than one block-device mapping",
    ]);
    const throughput = await run([
      { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 2, VolumeType: 'gp2', Throughput: 200 } },
    ]);
    expect(throughput?.name).toBe('InvalidParameterCombination');
    const noIops = await run([
      { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 8, VolumeType: 'io2' } },
    ]);
    expect([noIops?.name, noIops?.message]).toEqual([
      'InvalidParameterCombination',
      'The parameter iops must be specified for io2 volumes.',
    ]);
    expect((await client.send(new DescribeInstancesCommand({}))).Reservations).toEqual([]);
  });

  it('CreateImage snapshots every attached volume, honours NoDevice and VirtualName; a launch from it gets them back', async () => {
    const id = await launch(ownAmi(), {
      BlockDeviceMappings: [DATA_DISK, { DeviceName: '/dev/sdc', Ebs: { VolumeSize: 3 } }],
    });
    const made = await capture(id, 'filters-multi', [
      { DeviceName: '/dev/sdc', NoDevice: '' },
      { DeviceName: '/dev/sdd', VirtualName: 'ephemeral0' },
      { DeviceName: '/dev/sdb', Ebs: { DeleteOnTermination: false } },
    ]);
    const img = await imageOf(made);
    expect(
      img.BlockDeviceMappings!.map((m) => [
        m.DeviceName,
        m.VirtualName,
        m.Ebs?.VolumeSize,
        m.Ebs?.DeleteOnTermination,
        m.Ebs?.SnapshotId?.startsWith('snap-'),
      ]),
    ).toEqual([
      ['/dev/sda1', undefined, 8, true, true],
      ['/dev/sdb', undefined, 20, false, true],
      ['/dev/sdd', 'ephemeral0', undefined, undefined, undefined],
    ]);
    const relaunched = await launch(made);
    expect((await instance(relaunched)).BlockDeviceMappings!.map((m) => m.DeviceName)).toEqual([
      '/dev/sda1',
      '/dev/sdb',
    ]);
    const dropped = await launch(made, {
      BlockDeviceMappings: [{ DeviceName: '/dev/sdb', NoDevice: '' }],
    });
    expect((await instance(dropped)).BlockDeviceMappings!.map((m) => m.DeviceName)).toEqual([
      '/dev/sda1',
    ]);
    const snaps = img.BlockDeviceMappings!.flatMap((m) => m.Ebs?.SnapshotId ?? []);
    await client.send(new DeregisterImageCommand({ ImageId: made }));
    expect((await snapshotIds([{ Name: 'snapshot-id', Values: snaps }])).sort()).toEqual(
      snaps.sort(),
    );
  });

  it('CopyImage copies every device with a snapshot of its own', async () => {
    const id = await launch(ownAmi(), { BlockDeviceMappings: [DATA_DISK] });
    const made = await capture(id, 'filters-source');
    const west = ec2(emulator, 'us-west-2');
    const { ImageId } = await west.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: made,
        Name: 'filters-copy',
      }),
    );
    const { Images } = await west.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    const source = (await imageOf(made)).BlockDeviceMappings!;
    const copy = Images![0]!.BlockDeviceMappings!;
    expect(copy.map((m) => [m.DeviceName, m.Ebs?.VolumeSize])).toEqual([
      ['/dev/sda1', 8],
      ['/dev/sdb', 20],
    ]);
    expect(copy[1]!.Ebs!.SnapshotId).not.toBe(source[1]!.Ebs!.SnapshotId);
    expect(Images![0]!.SourceImageId).toBe(made);
  });
});

describe('DescribeImageAttribute and DeregisterImage', () => {
  it('answers every documented attribute; blockDeviceMapping is AuthFailure', async () => {
    const id = ownAmi();
    const attribute = (Attribute: ImageAttributeName) =>
      client.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute }));
    for (const name of [
      'kernel',
      'ramdisk',
      'sriovNetSupport',
      'bootMode',
      'lastLaunchedTime',
    ] as const) {
      const answer = await attribute(name);
      expect(answer.ImageId).toBe(id);
    }
    expect((await attribute('kernel')).KernelId?.Value).toBeUndefined();
    expect((await attribute('productCodes')).ProductCodes ?? []).toEqual([]);
    expect((await attribute('deregistrationProtection')).DeregistrationProtection?.Value).toBe(
      'disabled',
    );
    const bdm = await errorOf(attribute('blockDeviceMapping'));
    expect(bdm).toMatchObject({
      name: 'AuthFailure',
      message: 'Unauthorized attempt to access restricted resource',
    });
    const bogus = await errorOf(attribute('colour' as ImageAttributeName));
    expect(bogus?.name).toBe('InvalidParameterValue');
  });

  it('DeleteAssociatedSnapshots deletes them all and says so in DeleteSnapshotResults', async () => {
    const id = await launch(ownAmi(), { BlockDeviceMappings: [DATA_DISK] });
    const made = await capture(id, 'filters-gone');
    const snaps = (await imageOf(made)).BlockDeviceMappings!.map((m) => m.Ebs!.SnapshotId!);
    const answer = await client.send(
      new DeregisterImageCommand({ ImageId: made, DeleteAssociatedSnapshots: true }),
    );
    expect(answer.Return).toBe(true);
    expect(answer.DeleteSnapshotResults).toEqual(
      snaps.map((SnapshotId) => ({ SnapshotId, ReturnCode: 'success' })),
    );
    expect(await snapshotIds([{ Name: 'snapshot-id', Values: snaps }])).toEqual([]);
  });
});
