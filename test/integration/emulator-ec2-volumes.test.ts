/**
 * EBS volumes and snapshots as other EC2 clients drive them, through @aws-sdk/client-ec2
 * against the emulator: CreateVolume, AttachVolume, DetachVolume, DeleteVolume (a volume kept
 * when its instance terminated can be deleted), CreateSnapshot, ResetSnapshotAttribute and
 * ResetImageAttribute, with their states, errors, DryRun, ClientToken and tags.
 */
import {
  AttachVolumeCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DeleteVolumeCommand,
  DescribeImageAttributeCommand,
  DescribeInstancesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeTagsCommand,
  DescribeVolumesCommand,
  DetachVolumeCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  ResetImageAttributeCommand,
  ResetSnapshotAttributeCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type Volume,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2, until } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0, imageVisibilityLag: 0 } });
});

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

const ZONE = 'us-east-1a';

function seedAmi(name: string): string {
  return (emulator.control.seedAmi({ region: 'us-east-1', name }) as { id: string }).id;
}

async function instance(id: string) {
  const out = await ec2(emulator).send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return out.Reservations![0]!.Instances![0]!;
}

async function launch(extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {}) {
  const out = await ec2(emulator).send(
    new RunInstancesCommand({
      ImageId: seedAmi(`vol-base-${Math.random()}`),
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      ...extra,
    }),
  );
  const id = out.Instances![0]!.InstanceId!;
  await until(async () => (await instance(id)).State?.Name === 'running');
  return id;
}

async function volume(id: string): Promise<Volume | undefined> {
  const out = await ec2(emulator).send(
    new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: [id] }] }),
  );
  return out.Volumes?.[0];
}

async function newVolume(size = 10, zone = ZONE): Promise<string> {
  const out = await ec2(emulator).send(
    new CreateVolumeCommand({ AvailabilityZone: zone, Size: size, VolumeType: 'gp3' }),
  );
  const id = out.VolumeId!;
  await until(async () => (await volume(id))?.State === 'available');
  return id;
}

describe('EC2 emulator: CreateVolume and DeleteVolume', () => {
  it('CreateVolume answers a creating volume that becomes available, tagged, listed and filtered; DeleteVolume makes it deleting, then gone', async () => {
    const client = ec2(emulator);
    const out = await client.send(
      new CreateVolumeCommand({
        AvailabilityZone: 'us-east-1b',
        Size: 20,
        VolumeType: 'io2',
        Iops: 4000,
        TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: 'data' }] }],
      }),
    );
    expect(out).toMatchObject({
      State: 'creating',
      Size: 20,
      VolumeType: 'io2',
      Iops: 4000,
      AvailabilityZone: 'us-east-1b',
      Encrypted: false,
      Tags: [{ Key: 'Name', Value: 'data' }],
    });
    expect(out.VolumeId).toMatch(/^vol-0[0-9a-f]{16}$/);
    expect(out.CreateTime).toBeInstanceOf(Date);
    const id = out.VolumeId!;
    await until(async () => (await volume(id))?.State === 'available');
    const byTag = await client.send(
      new DescribeVolumesCommand({
        Filters: [
          { Name: 'tag:Name', Values: ['data'] },
          { Name: 'status', Values: ['available'] },
          { Name: 'availability-zone', Values: ['us-east-1b'] },
        ],
      }),
    );
    expect(byTag.Volumes!.map((v) => v.VolumeId)).toEqual([id]);
    const tags = await client.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [id] }] }),
    );
    expect(tags.Tags).toEqual([
      { ResourceId: id, ResourceType: 'volume', Key: 'Name', Value: 'data' },
    ]);

    // Long enough to be seen deleting however loaded the machine.
    emulator.control.setDurations({ delete: 1000 });
    expect(await client.send(new DeleteVolumeCommand({ VolumeId: id }))).toBeDefined();
    expect((await volume(id))?.State).toBe('deleting');
    expect(await errorOf(client.send(new DeleteVolumeCommand({ VolumeId: id })))).toMatchObject({
      name: 'IncorrectState',
    });
    await until(async () => (await volume(id)) === undefined);
    expect(
      await errorOf(client.send(new DescribeVolumesCommand({ VolumeIds: [id] }))),
    ).toMatchObject({ name: 'InvalidVolume.NotFound' });
  });

  it('refuses sizes out of a type’s range, io1/io2 without Iops, Iops or Throughput a type does not take, no size nor snapshot, an unknown zone or snapshot, and a volume still creating', async () => {
    const client = ec2(emulator);
    const create = (input: Partial<ConstructorParameters<typeof CreateVolumeCommand>[0]>) =>
      errorOf(client.send(new CreateVolumeCommand({ AvailabilityZone: ZONE, ...input })));
    expect(await create({ Size: 0, VolumeType: 'gp2' })).toMatchObject({
      name: 'InvalidParameterValue',
      message:
        'The volume size is invalid for gp2 volumes: 0 GiB. gp2 volumes must be at least 1 GiB in size. Please specify a volume size above the minimum limit.',
    });
    expect(await create({ Size: 100, VolumeType: 'st1' })).toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('st1 volumes must be at least 125 GiB'),
    });
    expect(await create({ Size: 1025, VolumeType: 'standard' })).toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('at most 1024 GiB'),
    });
    expect(await create({ Size: 3, VolumeType: 'io1', Iops: 100 })).toMatchObject({
      name: 'InvalidParameterValue',
    });
    expect(await create({ Size: 10, VolumeType: 'io1' })).toMatchObject({
      name: 'InvalidParameterCombination',
      message: 'The parameter iops must be specified for io1 volumes.',
    });
    expect(await create({ Size: 10, VolumeType: 'gp2', Iops: 300 })).toMatchObject({
      name: 'InvalidParameterCombination',
      message: 'The parameter iops is not supported for gp2 volumes',
    });
    expect(await create({ Size: 10, VolumeType: 'gp2', Throughput: 200 })).toMatchObject({
      name: 'InvalidParameterCombination',
    });
    expect(await create({ VolumeType: 'gp3' })).toMatchObject({ name: 'MissingParameter' });
    expect(await create({ Size: 10, AvailabilityZone: 'us-east-1z' })).toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Invalid availability zone: [us-east-1z]',
    });
    expect(await create({ SnapshotId: 'snap-0123456789abcdef0' })).toMatchObject({
      name: 'InvalidSnapshot.NotFound',
    });
    expect(await create({ Size: 10, KmsKeyId: 'alias/mine' })).toMatchObject({
      name: 'InvalidParameterDependency',
    });

    emulator.control.setDurations({ resourceCreate: 1000 });
    const creating = await client.send(
      new CreateVolumeCommand({ AvailabilityZone: ZONE, Size: 5 }),
    );
    expect(
      await errorOf(client.send(new DeleteVolumeCommand({ VolumeId: creating.VolumeId }))),
    ).toMatchObject({ name: 'IncorrectState' });
    expect(
      await errorOf(client.send(new DeleteVolumeCommand({ VolumeId: 'vol-0123456789abcdef0' }))),
    ).toMatchObject({
      name: 'InvalidVolume.NotFound',
      message: "The volume 'vol-0123456789abcdef0' does not exist.",
    });
  });

  it('DryRun answers DryRunOperation and makes nothing; a repeated ClientToken answers the same volume, with other parameters IdempotentParameterMismatch', async () => {
    const client = ec2(emulator);
    expect(
      await errorOf(
        client.send(new CreateVolumeCommand({ AvailabilityZone: ZONE, Size: 8, DryRun: true })),
      ),
    ).toMatchObject({ name: 'DryRunOperation' });
    expect((await client.send(new DescribeVolumesCommand({}))).Volumes).toEqual([]);

    const first = await client.send(
      new CreateVolumeCommand({ AvailabilityZone: ZONE, Size: 8, ClientToken: 'vol-token-1' }),
    );
    const again = await client.send(
      new CreateVolumeCommand({ AvailabilityZone: ZONE, Size: 8, ClientToken: 'vol-token-1' }),
    );
    expect(again.VolumeId).toBe(first.VolumeId);
    expect((await client.send(new DescribeVolumesCommand({}))).Volumes).toHaveLength(1);
    expect(
      await errorOf(
        client.send(
          new CreateVolumeCommand({ AvailabilityZone: ZONE, Size: 9, ClientToken: 'vol-token-1' }),
        ),
      ),
    ).toMatchObject({ name: 'IdempotentParameterMismatch' });
  });

  it('a volume an instance kept at termination (DeleteOnTermination false) can be deleted', async () => {
    const client = ec2(emulator);
    const id = await launch({
      BlockDeviceMappings: [
        { DeviceName: '/dev/sdb', Ebs: { VolumeSize: 4, DeleteOnTermination: false } },
      ],
    });
    const kept = (await instance(id)).BlockDeviceMappings!.find((m) => m.DeviceName === '/dev/sdb')!
      .Ebs!.VolumeId!;
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await until(async () => (await volume(kept))?.State === 'available');
    await client.send(new DeleteVolumeCommand({ VolumeId: kept }));
    await until(async () => (await volume(kept)) === undefined);
  });
});

describe('EC2 emulator: AttachVolume and DetachVolume', () => {
  it('attaches (attaching → attached, shown in the instance’s block device mapping), refuses what EC2 refuses, detaches (detaching → available)', async () => {
    const client = ec2(emulator);
    const inst = await launch();
    const vol = await newVolume();
    expect(
      await errorOf(
        client.send(
          new AttachVolumeCommand({
            VolumeId: vol,
            InstanceId: inst,
            Device: '/dev/sdf',
            DryRun: true,
          }),
        ),
      ),
    ).toMatchObject({ name: 'DryRunOperation' });
    expect(
      await errorOf(
        client.send(
          new AttachVolumeCommand({ VolumeId: vol, InstanceId: inst, Device: '/dev/sdk1' }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterValue',
      message:
        'Value (/dev/sdk1) for parameter device is invalid. /dev/sdk1 is not a valid EBS device name.',
    });
    const attached = await client.send(
      new AttachVolumeCommand({ VolumeId: vol, InstanceId: inst, Device: '/dev/sdf' }),
    );
    expect(attached).toMatchObject({
      VolumeId: vol,
      InstanceId: inst,
      Device: '/dev/sdf',
      State: 'attaching',
    });
    expect(attached.AttachTime).toBeInstanceOf(Date);
    expect((await volume(vol))?.State).toBe('in-use');
    await until(async () => (await volume(vol))?.Attachments?.[0]?.State === 'attached');
    const mapping = (await instance(inst)).BlockDeviceMappings!.find(
      (m) => m.DeviceName === '/dev/sdf',
    );
    expect(mapping?.Ebs).toMatchObject({
      VolumeId: vol,
      Status: 'attached',
      DeleteOnTermination: false,
    });
    const filtered = await client.send(
      new DescribeVolumesCommand({
        Filters: [
          { Name: 'attachment.instance-id', Values: [inst] },
          { Name: 'attachment.device', Values: ['/dev/sdf'] },
        ],
      }),
    );
    expect(filtered.Volumes!.map((v) => v.VolumeId)).toEqual([vol]);

    expect(await errorOf(client.send(new DeleteVolumeCommand({ VolumeId: vol })))).toMatchObject({
      name: 'VolumeInUse',
      message: `Volume ${vol} is currently attached to ${inst}`,
    });
    expect(
      await errorOf(
        client.send(
          new AttachVolumeCommand({ VolumeId: vol, InstanceId: inst, Device: '/dev/sdg' }),
        ),
      ),
    ).toMatchObject({ name: 'VolumeInUse' });
    const other = await newVolume(5);
    expect(
      await errorOf(
        client.send(
          new AttachVolumeCommand({ VolumeId: other, InstanceId: inst, Device: '/dev/sdf' }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterValue',
      message:
        "Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use",
    });
    expect(
      await errorOf(client.send(new DetachVolumeCommand({ VolumeId: vol, Device: '/dev/sdh' }))),
    ).toMatchObject({ name: 'InvalidAttachment.NotFound' });

    const detached = await client.send(
      new DetachVolumeCommand({ VolumeId: vol, InstanceId: inst }),
    );
    expect(detached).toMatchObject({ VolumeId: vol, InstanceId: inst, State: 'detaching' });
    await until(async () => (await volume(vol))?.State === 'available');
    expect((await volume(vol))?.Attachments ?? []).toEqual([]);
    expect((await instance(inst)).BlockDeviceMappings!.some((m) => m.Ebs?.VolumeId === vol)).toBe(
      false,
    );
    expect(await errorOf(client.send(new DetachVolumeCommand({ VolumeId: vol })))).toMatchObject({
      name: 'IncorrectState',
      message: `Volume '${vol}'is in the 'available' state.`,
    });
  });

  it('refuses a volume in another zone (InvalidVolume.ZoneMismatch)', async () => {
    const inst = await launch();
    const vol = await newVolume(5, 'us-east-1b');
    expect(
      await errorOf(
        ec2(emulator).send(
          new AttachVolumeCommand({ VolumeId: vol, InstanceId: inst, Device: '/dev/sdf' }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidVolume.ZoneMismatch',
      message: `The volume '${vol}' is not in the same availability zone as instance '${inst}'`,
    });
  });

  it('a root volume is not detached from a running instance; from a stopped one it is, and the instance starts only once a volume is attached at its root device again', async () => {
    const client = ec2(emulator);
    const inst = await launch();
    const described = await instance(inst);
    const rootDevice = described.RootDeviceName!;
    const root = described.BlockDeviceMappings!.find((m) => m.DeviceName === rootDevice)!.Ebs!
      .VolumeId!;
    expect(
      await errorOf(client.send(new DetachVolumeCommand({ VolumeId: root, Force: true }))),
    ).toMatchObject({
      name: 'IncorrectState',
      message: `Unable to detach root volume '${root}' from instance '${inst}'`,
    });
    await client.send(new StopInstancesCommand({ InstanceIds: [inst] }));
    await until(async () => (await instance(inst)).State?.Name === 'stopped');
    await client.send(new DetachVolumeCommand({ VolumeId: root }));
    await until(async () => (await volume(root))?.State === 'available');
    expect(
      await errorOf(client.send(new StartInstancesCommand({ InstanceIds: [inst] }))),
    ).toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('Instance does not have a volume attached at root'),
    });
    await client.send(
      new AttachVolumeCommand({ VolumeId: root, InstanceId: inst, Device: rootDevice }),
    );
    await until(async () => (await volume(root))?.Attachments?.[0]?.State === 'attached');
    await client.send(new StartInstancesCommand({ InstanceIds: [inst] }));
    await until(async () => (await instance(inst)).State?.Name === 'running');
  });

  it('an attached volume is kept at termination (DeleteOnTermination false), available and deletable', async () => {
    const client = ec2(emulator);
    const inst = await launch();
    const vol = await newVolume();
    await client.send(
      new AttachVolumeCommand({ VolumeId: vol, InstanceId: inst, Device: '/dev/sdf' }),
    );
    await until(async () => (await volume(vol))?.Attachments?.[0]?.State === 'attached');
    await client.send(new TerminateInstancesCommand({ InstanceIds: [inst] }));
    await until(async () => (await instance(inst)).State?.Name === 'terminated');
    expect(await volume(vol)).toMatchObject({ State: 'available', AvailabilityZone: ZONE });
    await client.send(new DeleteVolumeCommand({ VolumeId: vol }));
    await until(async () => (await volume(vol)) === undefined);
  });
});

describe('EC2 emulator: CreateSnapshot and the attribute resets', () => {
  it('CreateSnapshot answers a pending snapshot of the volume (not restorable: IncorrectState) that completes at 100%, tagged and filtered by volume-id, then restores', async () => {
    const client = ec2(emulator);
    const vol = await newVolume(12);
    expect(
      await errorOf(client.send(new CreateSnapshotCommand({ VolumeId: vol, DryRun: true }))),
    ).toMatchObject({ name: 'DryRunOperation' });
    // Pending long enough to be seen so however loaded the machine.
    emulator.control.setDurations({ imageCapture: 1000 });
    const snap = await client.send(
      new CreateSnapshotCommand({
        VolumeId: vol,
        Description: 'nightly',
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'k', Value: 'v' }] }],
      }),
    );
    expect(snap).toMatchObject({
      VolumeId: vol,
      State: 'pending',
      VolumeSize: 12,
      Description: 'nightly',
      OwnerId: '123456789012',
      Encrypted: false,
      Tags: [{ Key: 'k', Value: 'v' }],
    });
    expect(snap.SnapshotId).toMatch(/^snap-0[0-9a-f]{16}$/);
    // Not restorable while pending: EC2's IncorrectState, which clients wait out.
    expect(
      await errorOf(
        client.send(
          new CreateVolumeCommand({ AvailabilityZone: ZONE, SnapshotId: snap.SnapshotId }),
        ),
      ),
    ).toMatchObject({
      name: 'IncorrectState',
      message: 'Snapshot is in invalid state - pending',
    });
    const described = async () =>
      (
        await client.send(
          new DescribeSnapshotsCommand({ Filters: [{ Name: 'volume-id', Values: [vol] }] }),
        )
      ).Snapshots!;
    await until(async () => (await described())[0]?.State === 'completed');
    expect((await described())[0]).toMatchObject({ SnapshotId: snap.SnapshotId, Progress: '100%' });
    const restored = await client.send(
      new CreateVolumeCommand({ AvailabilityZone: ZONE, SnapshotId: snap.SnapshotId }),
    );
    expect(restored).toMatchObject({ SnapshotId: snap.SnapshotId, Size: 12 });
    expect(
      await errorOf(client.send(new CreateSnapshotCommand({ VolumeId: 'vol-0123456789abcdef0' }))),
    ).toMatchObject({ name: 'InvalidVolume.NotFound' });
  });

  it('ResetSnapshotAttribute empties createVolumePermission; productCodes cannot be reset', async () => {
    const client = ec2(emulator);
    const vol = await newVolume(3);
    const { SnapshotId } = await client.send(new CreateSnapshotCommand({ VolumeId: vol }));
    await client.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId,
        Attribute: 'createVolumePermission',
        CreateVolumePermission: { Add: [{ UserId: '210987654321' }] },
      }),
    );
    const permissions = async () =>
      (
        await client.send(
          new DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' }),
        )
      ).CreateVolumePermissions;
    expect(await permissions()).toEqual([{ UserId: '210987654321' }]);
    expect(
      await errorOf(
        client.send(new ResetSnapshotAttributeCommand({ SnapshotId, Attribute: 'productCodes' })),
      ),
    ).toMatchObject({ name: 'InvalidParameterValue' });
    await client.send(
      new ResetSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' }),
    );
    expect(await permissions()).toEqual([]);
  });

  it('ResetImageAttribute empties launchPermission; other attributes cannot be reset', async () => {
    const client = ec2(emulator);
    const ImageId = seedAmi('reset-me');
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId,
        LaunchPermission: { Add: [{ UserId: '210987654321' }, { Group: 'all' }] },
      }),
    );
    const permissions = async () =>
      (
        await client.send(
          new DescribeImageAttributeCommand({ ImageId, Attribute: 'launchPermission' }),
        )
      ).LaunchPermissions;
    expect(await permissions()).toHaveLength(2);
    expect(
      await errorOf(
        client.send(
          new ResetImageAttributeCommand({ ImageId, Attribute: 'launchPermission', DryRun: true }),
        ),
      ),
    ).toMatchObject({ name: 'DryRunOperation' });
    expect(await permissions()).toHaveLength(2);
    expect(
      await errorOf(
        client.send(
          new ResetImageAttributeCommand({
            ImageId,
            Attribute: 'description' as 'launchPermission',
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterValue' });
    await client.send(new ResetImageAttributeCommand({ ImageId, Attribute: 'launchPermission' }));
    expect(await permissions()).toEqual([]);
  });
});
