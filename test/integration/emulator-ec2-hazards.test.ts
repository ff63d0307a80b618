/**
 * The EC2 emulator is as hard as EC2, checked through the real @aws-sdk/client-ec2: eventual
 * consistency after RunInstances, CreateImage and DeregisterImage, snapshots in use after a
 * deregistration, the buffered console and Nitro-only `Latest`, MaxResults/NextToken paging,
 * DryRun and empty parameters. Each behaviour's source is cited beside its code
 * (src/emulator/ec2/hazards.ts and the modules it names).
 */
import {
  CopyImageCommand,
  CreateImageCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  GetConsoleOutputCommand,
  ModifyImageAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { awsResources, ec2, liveAws, until } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

interface Ec2Failure {
  name: string;
  message: string;
  $metadata: { httpStatusCode?: number };
}

/** What EC2 answered: the error's code, HTTP status and message, or `ok`. */
async function answer(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    const err = e as Ec2Failure;
    return `${err.$metadata?.httpStatusCode} ${err.name}`;
  }
}

async function failure(p: Promise<unknown>): Promise<Ec2Failure> {
  return p.then(
    () => {
      throw new Error('EC2 was expected to refuse the request');
    },
    (e: unknown) => e as Ec2Failure,
  );
}

const UBUNTU = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20241002';

async function ubuntu(client: EC2Client): Promise<string> {
  const out = await client.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: [UBUNTU] }],
    }),
  );
  return out.Images![0]!.ImageId!;
}

async function launch(
  client: EC2Client,
  extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {},
): Promise<string> {
  const out = await client.send(
    new RunInstancesCommand({
      ImageId: await ubuntu(client),
      InstanceType: 't3.large',
      MinCount: 1,
      MaxCount: 1,
      ...extra,
    }),
  );
  return out.Instances![0]!.InstanceId!;
}

async function known(client: EC2Client, id: string): Promise<boolean> {
  return (await answer(client.send(new DescribeInstancesCommand({ InstanceIds: [id] })))) === 'ok';
}

async function instanceState(client: EC2Client, id: string): Promise<string | undefined> {
  const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return out.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}

async function imageState(client: EC2Client, id: string): Promise<string | undefined> {
  const out = await client.send(new DescribeImagesCommand({ ImageIds: [id] }));
  return out.Images?.[0]?.State;
}

async function consoleText(client: EC2Client, id: string, latest?: boolean): Promise<string> {
  const out = await client.send(new GetConsoleOutputCommand({ InstanceId: id, Latest: latest }));
  return out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
}

describe('EC2 eventual consistency', () => {
  it('a just-launched instance answers InvalidInstanceID.NotFound everywhere, and TerminateInstances then terminates nothing', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const client = ec2(emulator);
    const id = await launch(client, {
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'new-1' }] }],
    });
    const notFound = '400 InvalidInstanceID.NotFound';
    expect(await answer(client.send(new DescribeInstancesCommand({ InstanceIds: [id] })))).toBe(
      notFound,
    );
    expect(await answer(client.send(new GetConsoleOutputCommand({ InstanceId: id })))).toBe(
      notFound,
    );
    expect(
      await answer(
        client.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'a', Value: 'b' }] })),
      ),
    ).toBe(notFound);
    expect(await answer(client.send(new StopInstancesCommand({ InstanceIds: [id] })))).toBe(
      notFound,
    );
    expect(await answer(client.send(new TerminateInstancesCommand({ InstanceIds: [id] })))).toBe(
      notFound,
    );
    const listed = await client.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['new-1'] }] }),
    );
    expect(listed.Reservations).toEqual([]);
    // It exists all the same, and boots.
    expect(liveAws(emulator, 'instance')).toHaveLength(1);

    await until(() => known(client, id));
    expect(await instanceState(client, id)).toBe('running');
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await until(async () => (await instanceState(client, id)) === 'terminated');
  });

  it('a just-created AMI answers InvalidAMIID.NotFound to every call that names it, and is not listed', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const instance = await launch(client);
    await until(async () => (await instanceState(client, instance)) === 'running');
    const { ImageId } = await client.send(
      new CreateImageCommand({ InstanceId: instance, Name: 'fresh-1' }),
    );
    const id = ImageId!;
    const notFound = '400 InvalidAMIID.NotFound';
    const west = ec2(emulator, 'us-west-2');
    const calls: [string, () => Promise<unknown>][] = [
      ['DescribeImages', () => client.send(new DescribeImagesCommand({ ImageIds: [id] }))],
      [
        'DescribeImageAttribute',
        () =>
          client.send(
            new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' }),
          ),
      ],
      [
        'ModifyImageAttribute',
        () =>
          client.send(
            new ModifyImageAttributeCommand({
              ImageId: id,
              LaunchPermission: { Add: [{ UserId: '111122223333' }] },
            }),
          ),
      ],
      [
        'CreateTags',
        () =>
          client.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'a', Value: 'b' }] })),
      ],
      ['DeregisterImage', () => client.send(new DeregisterImageCommand({ ImageId: id }))],
      [
        'CopyImage',
        () =>
          west.send(
            new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: id, Name: 'fresh-1' }),
          ),
      ],
      [
        'RunInstances',
        () => client.send(new RunInstancesCommand({ ImageId: id, MinCount: 1, MaxCount: 1 })),
      ],
    ];
    for (const [action, call] of calls)
      expect([action, await answer(call())]).toEqual([action, notFound]);
    const listed = await client.send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: ['fresh-1'] }],
      }),
    );
    expect(listed.Images).toEqual([]);
    // The name is taken all the same.
    expect(
      await answer(client.send(new CreateImageCommand({ InstanceId: instance, Name: 'fresh-1' }))),
    ).toBe('400 InvalidAMIName.Duplicate');
    await until(
      async () =>
        (await answer(client.send(new DescribeImagesCommand({ ImageIds: [id] })))) === 'ok',
    );
    expect(await imageState(client, id)).toBe('available');
  });

  it('a deregistered AMI is listed as deregistered for a while, then NotFound; its snapshot stays in use a while', async () => {
    const client = ec2(emulator);
    const { id } = emulator.control.seedAmi({ region: 'us-east-1', name: 'old-1' }) as {
      id: string;
    };
    const [image] = (await client.send(new DescribeImagesCommand({ ImageIds: [id] }))).Images!;
    const snapshot = image!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    await client.send(new DeregisterImageCommand({ ImageId: id }));

    expect(await imageState(client, id)).toBe('deregistered');
    const listed = await client.send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: ['old-1'] }],
      }),
    );
    expect(listed.Images!.map((i) => [i.ImageId, i.State])).toEqual([[id, 'deregistered']]);
    const inUse = await failure(client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot })));
    expect([inUse.$metadata.httpStatusCode, inUse.name, inUse.message]).toEqual([
      400,
      'InvalidSnapshot.InUse',
      `The snapshot ${snapshot} is currently in use by ${id}`,
    ]);
    // Not a leftover: it is gone for leak checks at once.
    expect(liveAws(emulator, 'image')).toEqual([]);

    await until(
      async () =>
        (await answer(client.send(new DescribeImagesCommand({ ImageIds: [id] })))) ===
        '400 InvalidAMIID.NotFound',
    );
    await until(
      async () =>
        (await answer(client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot })))) === 'ok',
    );
    expect(awsResources(emulator)).toEqual([]);
  });

  it('DeregisterImage with DeleteAssociatedSnapshots deletes the snapshots at once', async () => {
    const client = ec2(emulator);
    const { id } = emulator.control.seedAmi({ region: 'us-east-1', name: 'old-2' }) as {
      id: string;
    };
    await client.send(new DeregisterImageCommand({ ImageId: id, DeleteAssociatedSnapshots: true }));
    expect(liveAws(emulator)).toEqual([]);
  });
});

describe('EC2 console output', () => {
  it('without Latest: only what was posted at state changes; Latest is live on Nitro types and refused on Xen (t2) with UnsupportedOperation; the last 64 KB', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    // 70 KB of output, then the script keeps the builder up until it is stopped.
    const script = [
      '#!/bin/bash',
      "head -c 70000 /dev/zero | tr '\\0' x | fold -w 99",
      'echo output-done',
      'sleep 30',
    ].join('\n');
    const UserData = Buffer.from(script).toString('base64');
    const nitro = await launch(client, { InstanceType: 't3.large', UserData });
    const xen = await launch(client, { InstanceType: 't2.micro', UserData });
    await until(
      () =>
        emulator.control.consoleOutput('us-east-1', nitro).includes('output-done') &&
        emulator.control.consoleOutput('us-east-1', xen).includes('output-done'),
    );

    const posted = await consoleText(client, nitro);
    expect(posted).toContain('Linux version');
    expect(posted).not.toContain('output-done');
    const live = await consoleText(client, nitro, true);
    expect(live).toMatch(/output-done\n$/);
    expect(Buffer.byteLength(live)).toBe(64 * 1024);

    const refused = await failure(
      client.send(new GetConsoleOutputCommand({ InstanceId: xen, Latest: true })),
    );
    expect([refused.$metadata.httpStatusCode, refused.name]).toEqual([400, 'UnsupportedOperation']);
    expect(refused.message).toMatch(/t2\.micro/);
    expect(await consoleText(client, xen)).not.toContain('output-done');

    await client.send(new StopInstancesCommand({ InstanceIds: [xen] }));
    await until(async () => (await instanceState(client, xen)) === 'stopped');
    expect(await consoleText(client, xen)).toContain('output-done');
    await client.send(new TerminateInstancesCommand({ InstanceIds: [nitro, xen] }));
  });
});

describe('EC2 paging', () => {
  async function allIds(
    page: (token?: string) => Promise<{ ids: string[]; next?: string }>,
  ): Promise<{ ids: string[]; sizes: number[] }> {
    const ids: string[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    do {
      const p = await page(token);
      ids.push(...p.ids);
      sizes.push(p.ids.length);
      token = p.next;
    } while (token);
    return { ids, sizes };
  }

  it('MaxResults/NextToken return every AMI and snapshot exactly once; a full last page leads to an empty one; no MaxResults gives everything', async () => {
    const client = ec2(emulator);
    const seeded = Array.from({ length: 10 }, (_, i) =>
      emulator.control.seedAmi({ region: 'us-east-1', name: `paged-${i}` }),
    ).map((r) => (r as { id: string }).id);
    const images = await allIds(async (NextToken) => {
      const out = await client.send(
        new DescribeImagesCommand({ Owners: ['self'], MaxResults: 5, NextToken }),
      );
      return { ids: out.Images!.map((i) => i.ImageId!), next: out.NextToken };
    });
    expect(images.sizes).toEqual([5, 5, 0]);
    expect([...images.ids].sort()).toEqual([...seeded].sort());

    const snapshots = await allIds(async (NextToken) => {
      const out = await client.send(new DescribeSnapshotsCommand({ MaxResults: 6, NextToken }));
      return { ids: out.Snapshots!.map((s) => s.SnapshotId!), next: out.NextToken };
    });
    expect(snapshots.sizes).toEqual([6, 4]);
    expect(new Set(snapshots.ids).size).toBe(10);

    const whole = await client.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(whole.Images).toHaveLength(10);
    expect(whole.NextToken).toBeUndefined();
  });

  it('DescribeInstances pages too; MaxResults below 5, MaxResults with instance ids and a token EC2 never gave are refused', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    emulator.control.addOutcome({ outcome: 'hang' });
    const client = ec2(emulator);
    const launched = [];
    for (let i = 0; i < 7; i++) launched.push(await launch(client, { InstanceType: 't3.micro' }));
    const instances = await allIds(async (NextToken) => {
      const out = await client.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken }));
      return {
        ids: out.Reservations!.flatMap((r) => r.Instances!.map((i) => i.InstanceId!)),
        next: out.NextToken,
      };
    });
    expect(instances.sizes).toEqual([5, 2]);
    expect([...instances.ids].sort()).toEqual([...launched].sort());

    const small = await failure(client.send(new DescribeInstancesCommand({ MaxResults: 1 })));
    expect([small.name, small.message]).toEqual([
      'InvalidParameterValue',
      'Value ( 1 ) for parameter maxResults is invalid. Expecting a value greater than 5.',
    ]);
    const both = await failure(
      client.send(new DescribeInstancesCommand({ InstanceIds: launched, MaxResults: 5 })),
    );
    expect(both.name).toBe('InvalidParameterCombination');
    const forged = await failure(
      client.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: 'not-a-token' })),
    );
    expect([forged.name, forged.message]).toEqual([
      'InvalidParameterValue',
      'Value (not-a-token) for parameter NextToken is invalid. The token is invalid.',
    ]);
    const first = await client.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    const elsewhere = await failure(
      client.send(new DescribeImagesCommand({ MaxResults: 5, NextToken: first.NextToken })),
    );
    expect([elsewhere.name, elsewhere.message]).toEqual([
      'InvalidParameterValue',
      'The NextToken is invalid',
    ]);
    await client.send(new TerminateInstancesCommand({ InstanceIds: launched }));
  });
});

describe('EC2 DryRun and empty parameters', () => {
  it('DryRun=true answers 412 DryRunOperation on every action and changes nothing; a bad request still answers its own error', async () => {
    emulator.control.setHazards({
      ec2: { instanceVisibilityLag: 0, imageVisibilityLag: 0, snapshotInUseAfterDeregister: 0 },
    });
    emulator.control.addOutcome({ outcome: 'hang' });
    const client = ec2(emulator);
    const instance = await launch(client, { ClientToken: 'real-1' });
    await until(async () => (await instanceState(client, instance)) === 'running');
    const { id: ami } = emulator.control.seedAmi({ region: 'us-east-1', name: 'dry-1' }) as {
      id: string;
    };
    // A snapshot no AMI uses any more: one DeleteSnapshot would delete.
    const { id: gone } = emulator.control.seedAmi({ region: 'us-east-1', name: 'dry-0' }) as {
      id: string;
    };
    const [image] = (await client.send(new DescribeImagesCommand({ ImageIds: [gone] }))).Images!;
    const snapshot = image!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    await client.send(new DeregisterImageCommand({ ImageId: gone }));
    const before = JSON.stringify([
      emulator.control.resources(),
      emulator.control.launchPermissions('us-east-1', ami),
    ]);
    const DryRun = true;
    const west = ec2(emulator, 'us-west-2');
    const stock = await ubuntu(client);
    const actions: [string, () => Promise<unknown>][] = [
      [
        'RunInstances',
        () =>
          client.send(
            new RunInstancesCommand({
              ImageId: stock,
              MinCount: 1,
              MaxCount: 1,
              ClientToken: 'dry-token',
              DryRun,
            }),
          ),
      ],
      ['DescribeInstances', () => client.send(new DescribeInstancesCommand({ DryRun }))],
      [
        'GetConsoleOutput',
        () => client.send(new GetConsoleOutputCommand({ InstanceId: instance, DryRun })),
      ],
      [
        'StopInstances',
        () => client.send(new StopInstancesCommand({ InstanceIds: [instance], DryRun })),
      ],
      [
        'TerminateInstances',
        () => client.send(new TerminateInstancesCommand({ InstanceIds: [instance], DryRun })),
      ],
      [
        'CreateImage',
        () => client.send(new CreateImageCommand({ InstanceId: instance, Name: 'dry-2', DryRun })),
      ],
      [
        'CopyImage',
        () =>
          west.send(
            new CopyImageCommand({
              SourceRegion: 'us-east-1',
              SourceImageId: ami,
              Name: 'dry-1',
              DryRun,
            }),
          ),
      ],
      ['DescribeImages', () => client.send(new DescribeImagesCommand({ ImageIds: [ami], DryRun }))],
      ['DeregisterImage', () => client.send(new DeregisterImageCommand({ ImageId: ami, DryRun }))],
      ['DescribeSnapshots', () => client.send(new DescribeSnapshotsCommand({ DryRun }))],
      [
        'DeleteSnapshot',
        () => client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot, DryRun })),
      ],
      [
        'CreateTags',
        () =>
          client.send(
            new CreateTagsCommand({ Resources: [ami], Tags: [{ Key: 'k', Value: 'v' }], DryRun }),
          ),
      ],
      [
        'ModifyImageAttribute',
        () =>
          client.send(
            new ModifyImageAttributeCommand({
              ImageId: ami,
              LaunchPermission: { Add: [{ UserId: '111122223333' }] },
              DryRun,
            }),
          ),
      ],
      [
        'DescribeImageAttribute',
        () =>
          client.send(
            new DescribeImageAttributeCommand({
              ImageId: ami,
              Attribute: 'launchPermission',
              DryRun,
            }),
          ),
      ],
    ];
    for (const [action, call] of actions) {
      expect([action, await answer(call())]).toEqual([action, '412 DryRunOperation']);
    }
    const dry = await failure(client.send(new DescribeInstancesCommand({ DryRun })));
    expect(dry.message).toBe('Request would have succeeded, but DryRun flag is set.');
    expect(
      JSON.stringify([
        emulator.control.resources(),
        emulator.control.launchPermissions('us-east-1', ami),
      ]),
    ).toBe(before);
    // The dry run's client token was not spent: a real launch with it and other parameters works.
    await launch(client, { ClientToken: 'dry-token', InstanceType: 't3.micro' });
    expect(
      await answer(
        client.send(
          new RunInstancesCommand({
            ImageId: 'ami-0123456789abcdef0',
            MinCount: 1,
            MaxCount: 1,
            DryRun,
          }),
        ),
      ),
    ).toBe('400 InvalidAMIID.NotFound');
  });

  it('empty parameters, as aws-sdk-go v1 sends them (SubnetId=, KmsKeyId=), count as absent', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const id = await launch(client, {
      SubnetId: '',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { VolumeSize: 16, KmsKeyId: '' } }],
    });
    const [instance] = (await client.send(new DescribeInstancesCommand({ InstanceIds: [id] })))
      .Reservations![0]!.Instances!;
    // No subnet given: the default VPC's default subnet, as on EC2 (not a subnet named '').
    expect(instance!.SubnetId).toMatch(/^subnet-[0-9a-f]{17}$/);
    expect(
      emulator.control
        .calls()
        .some((c) => c.path === '/ec2/us-east-1/RunInstances' && c.status === 200),
    ).toBe(true);
  });
});
