/**
 * What clients nobody here wrote send (boto3, the AWS CLI, Terraform, Packer), through
 * @aws-sdk/client-ec2 against the emulator: the request forms EC2 accepts and the answers it
 * gives them, as the EC2 API reference documents both.
 */
import {
  CopyImageCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeTagsCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
  type ModifyImageAttributeCommandInput,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2 } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
});

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

function ownAmi(name = 'clients-1'): string {
  return (emulator.control.seedAmi({ region: 'us-east-1', name }) as { id: string }).id;
}

describe('ModifyImageAttribute', () => {
  const modify = (input: Omit<ModifyImageAttributeCommandInput, 'ImageId'>, id: string) =>
    ec2(emulator).send(new ModifyImageAttributeCommand({ ImageId: id, ...input }));
  const describeAttribute = (
    id: string,
    Attribute: 'launchPermission' | 'description' | 'imdsSupport',
  ) => ec2(emulator).send(new DescribeImageAttributeCommand({ ImageId: id, Attribute }));

  it('takes Attribute=launchPermission with LaunchPermission.Add/Remove and no OperationType', async () => {
    const id = ownAmi();
    const add = {
      Attribute: 'launchPermission',
      LaunchPermission: { Add: [{ UserId: '111122223333' }] },
    };
    await modify(add, id);
    expect((await describeAttribute(id, 'launchPermission')).LaunchPermissions).toEqual([
      { UserId: '111122223333' },
    ]);
    await modify(
      { Attribute: 'launchPermission', LaunchPermission: { Remove: [{ UserId: '111122223333' }] } },
      id,
    );
    expect((await describeAttribute(id, 'launchPermission')).LaunchPermissions).toEqual([]);
  });

  it('the legacy UserId.N list still needs an OperationType', async () => {
    const id = ownAmi();
    await modify(
      { Attribute: 'launchPermission', OperationType: 'add', UserIds: ['111122223333'] },
      id,
    );
    expect((await describeAttribute(id, 'launchPermission')).LaunchPermissions).toEqual([
      { UserId: '111122223333' },
    ]);
    const err = await errorOf(
      modify({ Attribute: 'launchPermission', UserIds: ['444455556666'] }, id),
    );
    expect(err?.name).toBe('MissingParameter');
  });

  it('sets the description by Attribute=description&Value= (the AWS CLI) and by Description.Value', async () => {
    const id = ownAmi();
    await modify({ Attribute: 'description', Value: 'from the cli' }, id);
    expect((await describeAttribute(id, 'description')).Description).toEqual({
      Value: 'from the cli',
    });
    await modify({ Description: { Value: 'from boto3' } }, id);
    const [image] = (await ec2(emulator).send(new DescribeImagesCommand({ ImageIds: [id] })))
      .Images!;
    expect(image!.Description).toBe('from boto3');
  });

  it('sets imdsSupport to v2.0 by either form, and takes no other value', async () => {
    const a = ownAmi('imds-a');
    const b = ownAmi('imds-b');
    await modify({ Attribute: 'imdsSupport', Value: 'v2.0' }, a);
    await modify({ ImdsSupport: { Value: 'v2.0' } }, b);
    expect((await describeAttribute(a, 'imdsSupport')).ImdsSupport).toEqual({ Value: 'v2.0' });
    const images = (await ec2(emulator).send(new DescribeImagesCommand({ ImageIds: [a, b] })))
      .Images!;
    expect(images.map((i) => i.ImdsSupport)).toEqual(['v2.0', 'v2.0']);
    const launched = await ec2(emulator).send(
      new RunInstancesCommand({ ImageId: a, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }),
    );
    expect(launched.Instances![0]!.MetadataOptions?.HttpTokens).toBe('required');
    const unset = await errorOf(modify({ ImdsSupport: { Value: 'v1.0' } }, a));
    expect(unset?.name).toBe('InvalidParameterValue');
    expect((await describeAttribute(a, 'imdsSupport')).ImdsSupport).toEqual({ Value: 'v2.0' });
  });

  it('refuses an unknown attribute, two attributes at once, and a call that changes nothing', async () => {
    const id = ownAmi();
    const bogus = await errorOf(modify({ Attribute: 'bogus', Value: 'x' }, id));
    expect(bogus?.name).toBe('InvalidParameterValue');
    expect(bogus?.message).toBe('Value (bogus) for parameter attribute is invalid.');
    const none = await errorOf(modify({}, id));
    expect(none?.name).toBe('MissingParameter');
    const empty = await errorOf(modify({ Attribute: 'launchPermission' }, id));
    expect(empty?.name).toBe('MissingParameter');
    const two = await errorOf(
      modify({ Description: { Value: 'd' }, LaunchPermission: { Add: [{ Group: 'all' }] } }, id),
    );
    expect(two?.name).toBe('InvalidParameterCombination');
  });
});

describe('describe actions with nothing to list', () => {
  it('answer the empty set element (boto3 reads resp["Tags"], resp["InstanceStatuses"])', async () => {
    const client = ec2(emulator);
    const tags = await client.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['nothing-has-this'] }] }),
    );
    expect(tags.Tags).toEqual([]);
    const statuses = await client.send(new DescribeInstanceStatusCommand({}));
    expect(statuses.InstanceStatuses).toEqual([]);
  });
});

describe('CopyImage', () => {
  const UBUNTU = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20241002';

  it('copies a stock AMI from a region no call has named yet', async () => {
    const source = ec2(emulator, 'eu-central-1');
    const [stock] = (
      await source.send(
        new DescribeImagesCommand({ Filters: [{ Name: 'name', Values: [UBUNTU] }] }),
      )
    ).Images!;
    // A fresh emulator: the AMI's id is stable, but eu-central-1 has not been called in.
    await emulator.control.reset();
    const copy = await ec2(emulator).send(
      new CopyImageCommand({
        SourceRegion: 'eu-central-1',
        SourceImageId: stock!.ImageId!,
        Name: 'copied-stock',
      }),
    );
    expect(copy.ImageId).toMatch(/^ami-/);
  });

  it('refuses a SourceRegion EC2 does not have', async () => {
    const err = await errorOf(
      ec2(emulator).send(
        new CopyImageCommand({
          SourceRegion: 'xx-nowhere-1',
          SourceImageId: 'ami-0123456789abcdef0',
          Name: 'nowhere',
        }),
      ),
    );
    expect(err?.name).toBe('InvalidParameterValue');
    expect(err?.message).toBe('Value (xx-nowhere-1) for parameter sourceRegion is invalid.');
  });
});

async function stockAmi(): Promise<string> {
  const images = await ec2(emulator).send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-*'] }],
    }),
  );
  return images.Images![0]!.ImageId!;
}

describe('RunInstances ClientToken', () => {
  const run = async (extra: Partial<RunInstancesCommandInput>) =>
    ec2(emulator).send(
      new RunInstancesCommand({
        ImageId: await stockAmi(),
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        ...extra,
      }),
    );

  it('compares a repeated token without DryRun', async () => {
    const first = await run({ ClientToken: 'token-1' });
    const again = await run({ ClientToken: 'token-1', DryRun: false });
    expect(again.Instances![0]!.InstanceId).toBe(first.Instances![0]!.InstanceId);
    const dry = await errorOf(run({ ClientToken: 'token-1', DryRun: true }));
    expect(dry?.name).toBe('DryRunOperation');
  });

  it('refuses a token of more than 64 ASCII characters', async () => {
    await run({ ClientToken: 'x'.repeat(64) });
    const long = await errorOf(run({ ClientToken: 'x'.repeat(65) }));
    expect(long?.name).toBe('InvalidParameterValue');
  });
});

describe('a malformed snapshot id', () => {
  it('answers InvalidSnapshotID.Malformed on DescribeSnapshots, DeleteSnapshot and CreateTags', async () => {
    const client = ec2(emulator);
    const errors = await Promise.all([
      errorOf(client.send(new DescribeSnapshotsCommand({ SnapshotIds: ['snap-123'] }))),
      errorOf(client.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-123' }))),
      errorOf(
        client.send(
          new CreateTagsCommand({ Resources: ['snap-123'], Tags: [{ Key: 'k', Value: 'v' }] }),
        ),
      ),
    ]);
    expect(errors.map((e) => [e?.name, e?.message])).toEqual(
      Array(3).fill(['InvalidSnapshotID.Malformed', 'Invalid id: "snap-123"']),
    );
    const wellFormed = await errorOf(
      client.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0123456789abcdef0' })),
    );
    expect(wellFormed?.name).toBe('InvalidSnapshot.NotFound');
  });
});

describe('who may use an AMI or a snapshot', () => {
  const OTHER = '111122223333';

  async function seeded(): Promise<
    Record<'shared' | 'public' | 'private' | 'foreign', { ami: string; snap: string }>
  > {
    const client = ec2(emulator);
    const seed = (name: string, extra: { ownerId?: string; public?: boolean } = {}) =>
      (emulator.control.seedAmi({ region: 'us-east-1', name, ...extra }) as { id: string }).id;
    const ids = {
      shared: seed('scope-shared'),
      public: seed('scope-public', { public: true }),
      private: seed('scope-private'),
      foreign: seed('scope-foreign', { ownerId: '444455556666', public: true }),
    };
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId: ids.shared,
        LaunchPermission: { Add: [{ UserId: OTHER }] },
      }),
    );
    const images = (await client.send(new DescribeImagesCommand({ ImageIds: Object.values(ids) })))
      .Images!;
    const snap = (ami: string) =>
      images.find((i) => i.ImageId === ami)!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    const out = Object.fromEntries(
      Object.entries(ids).map(([k, ami]) => [k, { ami, snap: snap(ami) }]),
    ) as Awaited<ReturnType<typeof seeded>>;
    await client.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: out.shared.snap,
        Attribute: 'createVolumePermission',
        CreateVolumePermission: { Add: [{ UserId: OTHER }] },
      }),
    );
    await client.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: out.public.snap,
        Attribute: 'createVolumePermission',
        CreateVolumePermission: { Add: [{ Group: 'all' }] },
      }),
    );
    return out;
  }

  it('DescribeImages ExecutableUsers: an account id, self, all', async () => {
    const ids = await seeded();
    const client = ec2(emulator);
    const executable = async (users: string[]) =>
      (
        await client.send(new DescribeImagesCommand({ Owners: ['self'], ExecutableUsers: users }))
      ).Images!.map((i) => i.ImageId);
    expect(await executable([OTHER])).toEqual([ids.shared.ami]);
    expect(await executable(['all'])).toEqual([ids.public.ami]);
    expect(await executable(['self'])).toEqual([]);
    const publicOnes = (
      await client.send(new DescribeImagesCommand({ ExecutableUsers: ['all'] }))
    ).Images!.map((i) => i.ImageId);
    expect(publicOnes).toContain(ids.foreign.ami);
    expect(publicOnes).not.toContain(ids.private.ami);
  });

  it('DescribeSnapshots OwnerIds (self, amazon, an account) and RestorableByUserIds', async () => {
    const ids = await seeded();
    const client = ec2(emulator);
    const listed = async (input: { OwnerIds?: string[]; RestorableByUserIds?: string[] }) =>
      (await client.send(new DescribeSnapshotsCommand(input)))
        .Snapshots!.map((s) => s.SnapshotId)
        .sort();
    const sorted = (...xs: string[]) => [...xs].sort();
    expect(await listed({ OwnerIds: ['self'] })).toEqual(
      sorted(ids.shared.snap, ids.public.snap, ids.private.snap),
    );
    expect(await listed({ OwnerIds: ['444455556666'] })).toEqual([ids.foreign.snap]);
    expect(await listed({ OwnerIds: ['amazon'] })).toEqual([]);
    expect(await listed({ RestorableByUserIds: [OTHER] })).toEqual(
      sorted(ids.shared.snap, ids.public.snap),
    );
    expect(await listed({ RestorableByUserIds: ['all'] })).toEqual([ids.public.snap]);
    expect(await listed({ OwnerIds: ['self'], RestorableByUserIds: ['all'] })).toEqual([
      ids.public.snap,
    ]);
  });
});
