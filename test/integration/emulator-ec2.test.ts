/**
 * The EC2 Query protocol as the emulator speaks it, checked with the real SDK client:
 * every call is `POST /` with a form-encoded body (`Action=RunInstances&Version=2016-11-15`,
 * lists numbered from 1: `ImageId.1=`, `Filter.1.Name=`, `Filter.1.Value.1=`,
 * `TagSpecification.1.Tag.1.Key=`, `LaunchPermission.Add.1.UserId=`), SigV4-signed; the
 * credential scope of the signature (`…/us-east-1/ec2/aws4_request`) names the region, so one
 * endpoint serves every region. Answers are XML in the 2016-11-15 namespace with lists as
 * `<imagesSet><item>…</item></imagesSet>`; errors are HTTP 4xx/5xx
 * `<Response><Errors><Error><Code>InvalidAMIID.NotFound</Code>…`, which the SDK raises with
 * `e.name` set to the code. The call log and faults name calls `/ec2/<region>/<Action>`.
 */
import {
  CopyImageCommand,
  CreateImageCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  GetConsoleOutputCommand,
  ModifyImageAttributeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { wrapScript } from '../../src/wrapper/wrapper.js';
import { ec2, until } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const UBUNTU = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*';

async function newestUbuntu(region = 'us-east-1'): Promise<string> {
  const out = await ec2(emulator, region).send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: [UBUNTU] }],
    }),
  );
  return out.Images!.sort((a, b) => b.CreationDate!.localeCompare(a.CreationDate!))[0]!.ImageId!;
}

/** The error EC2 answered with, or undefined. */
const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** An instance's state; undefined while EC2 does not know it yet (eventual consistency). */
async function state(region: string, id: string): Promise<string | undefined> {
  const out = await ec2(emulator, region)
    .send(new DescribeInstancesCommand({ InstanceIds: [id] }))
    .catch((e: Error) => (e.name === 'InvalidInstanceID.NotFound' ? undefined : Promise.reject(e)));
  return out?.Reservations?.[0]?.Instances?.[0]?.State?.Name;
}

/** An AMI's state; undefined while EC2 does not know it yet (eventual consistency). */
async function imageState(region: string, id: string): Promise<string | undefined> {
  const out = await ec2(emulator, region)
    .send(new DescribeImagesCommand({ ImageIds: [id] }))
    .catch((e: Error) => (e.name === 'InvalidAMIID.NotFound' ? undefined : Promise.reject(e)));
  return out?.Images?.[0]?.State;
}

describe('EC2 emulator, through @aws-sdk/client-ec2', () => {
  it('answers errors as <Response><Errors>, which the SDK turns into e.name codes', async () => {
    const err = (await ec2(emulator)
      .send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] }))
      .catch((e: unknown) => e)) as {
      name: string;
      message: string;
      $metadata: { httpStatusCode: number };
    };
    expect(err.name).toBe('InvalidAMIID.NotFound');
    expect(err.message).toBe("The image id '[ami-0123456789abcdef0]' does not exist");
    expect(err.$metadata.httpStatusCode).toBe(400);
  });

  it('keeps each region apart: the region comes from the signature, one endpoint serves all', async () => {
    const east = emulator.control.seedAmi({ region: 'us-east-1', name: 'only-in-east' });
    const west = await ec2(emulator, 'us-west-2').send(
      new DescribeImagesCommand({ Owners: ['self'] }),
    );
    expect(west.Images).toEqual([]);
    const err = await ec2(emulator, 'us-west-2')
      .send(new DescribeImagesCommand({ ImageIds: [(east as { id: string }).id] }))
      .catch((e: unknown) => e as Error);
    expect((err as Error).name).toBe('InvalidAMIID.NotFound');
    expect(emulator.control.calls().map((c) => c.path)).toEqual([
      '/ec2/us-west-2/DescribeImages',
      '/ec2/us-west-2/DescribeImages',
    ]);
  });

  it('runs the user data with the shared runner: console marker, then stopped on guest power-off', async () => {
    const client = ec2(emulator);
    const script = wrapScript('echo provisioning\n', { nonce: 'run-1', guestAttributes: false });
    const out = await client.send(
      new RunInstancesCommand({
        ImageId: await newestUbuntu(),
        InstanceType: 't3.large',
        MinCount: 1,
        MaxCount: 1,
        UserData: Buffer.from(script).toString('base64'),
        MetadataOptions: { HttpTokens: 'required' },
        InstanceInitiatedShutdownBehavior: 'stop',
        ClientToken: 'token-1',
        TagSpecifications: [
          { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'builder' }] },
        ],
      }),
    );
    const id = out.Instances![0]!.InstanceId!;
    expect(out.Instances![0]!.State?.Name).toBe('pending');
    await until(async () => (await state('us-east-1', id)) === 'stopped');
    const described = await client.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['builder'] }] }),
    );
    const instance = described.Reservations![0]!.Instances![0]!;
    expect(instance.MetadataOptions?.HttpTokens).toBe('required');
    expect(instance.StateReason?.Code).toBe('Client.InstanceInitiatedShutdown');
    const console = await client.send(
      new GetConsoleOutputCommand({ InstanceId: id, Latest: true }),
    );
    const text = Buffer.from(console.Output!, 'base64').toString();
    expect(text).toContain('worker-image-status[run-1]: exit=0');
    // The same ClientToken returns the same instance instead of launching another.
    const again = await client.send(
      new RunInstancesCommand({
        ImageId: await newestUbuntu(),
        InstanceType: 't3.large',
        MinCount: 1,
        MaxCount: 1,
        UserData: Buffer.from(script).toString('base64'),
        MetadataOptions: { HttpTokens: 'required' },
        InstanceInitiatedShutdownBehavior: 'stop',
        ClientToken: 'token-1',
        TagSpecifications: [
          { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'builder' }] },
        ],
      }),
    );
    expect(again.Instances![0]!.InstanceId).toBe(id);
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await until(async () => (await state('us-east-1', id)) === 'terminated');
    expect(emulator.control.resources()).toEqual([]);
  });

  it('images: CreateImage (unknown at first) → available, CopyImage idempotent by ClientToken, deregister + delete snapshot once no longer in use', async () => {
    const client = ec2(emulator);
    const run = await client.send(
      new RunInstancesCommand({ ImageId: await newestUbuntu(), MinCount: 1, MaxCount: 1 }),
    );
    const id = run.Instances![0]!.InstanceId!;
    await until(async () => (await state('us-east-1', id)) === 'running');
    const { ImageId } = await client.send(
      new CreateImageCommand({
        InstanceId: id,
        Name: 'batch-worker-1',
        TagSpecifications: [{ ResourceType: 'image', Tags: [{ Key: 'team', Value: 'batch' }] }],
      }),
    );
    expect(await imageState('us-east-1', ImageId!)).toBeUndefined();
    await until(async () => (await imageState('us-east-1', ImageId!)) === 'available');
    const dup = await client
      .send(new CreateImageCommand({ InstanceId: id, Name: 'batch-worker-1' }))
      .catch((e: unknown) => e as Error);
    expect((dup as Error).name).toBe('InvalidAMIName.Duplicate');

    const west = ec2(emulator, 'us-west-2');
    const copy = {
      SourceRegion: 'us-east-1',
      SourceImageId: ImageId!,
      Name: 'batch-worker-1',
      ClientToken: 'copy-1',
    };
    const first = await west.send(new CopyImageCommand(copy));
    const second = await west.send(new CopyImageCommand(copy));
    expect(second.ImageId).toBe(first.ImageId);
    await until(async () => (await imageState('us-west-2', first.ImageId!)) === 'available');

    const [image] = (await client.send(new DescribeImagesCommand({ ImageIds: [ImageId!] })))
      .Images!;
    expect(image!.Tags).toEqual([{ Key: 'team', Value: 'batch' }]);
    const snapshot = image!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    const inUse = await client
      .send(new DeleteSnapshotCommand({ SnapshotId: snapshot }))
      .catch((e: unknown) => e as Error);
    expect((inUse as Error).name).toBe('InvalidSnapshot.InUse');
    await client.send(new DeregisterImageCommand({ ImageId: ImageId! }));
    const justDeregistered = await errorOf(
      client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot })),
    );
    expect(justDeregistered?.name).toBe('InvalidSnapshot.InUse');
    await until(
      async () =>
        (await errorOf(client.send(new DeleteSnapshotCommand({ SnapshotId: snapshot })))) ===
        undefined,
    );
    expect(
      emulator.control
        .resources()
        .filter((r) => r.cloud === 'aws' && r.region === 'us-east-1' && r.kind !== 'instance'),
    ).toEqual([]);
  });

  it('launch permissions: add and remove UserId, Group, OrganizationArn, OrganizationalUnitArn', async () => {
    const client = ec2(emulator);
    const { id } = emulator.control.seedAmi({ region: 'us-east-1', name: 'shared-1' }) as {
      id: string;
    };
    const org = 'arn:aws:organizations::111122223333:organization/o-abcdefghij';
    const ou = 'arn:aws:organizations::111122223333:ou/o-abcdefghij/ou-ab12-cdefgh34';
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId: id,
        LaunchPermission: {
          Add: [
            { UserId: '111122223333' },
            { OrganizationArn: org },
            { OrganizationalUnitArn: ou },
            { Group: 'all' },
          ],
        },
      }),
    );
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId: id,
        LaunchPermission: { Remove: [{ Group: 'all' }] },
      }),
    );
    const attr = await client.send(
      new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' }),
    );
    expect(attr.LaunchPermissions).toEqual([
      { UserId: '111122223333' },
      { OrganizationArn: org },
      { OrganizationalUnitArn: ou },
    ]);
    expect(emulator.control.launchPermissions('us-east-1', id)).toEqual({
      public: false,
      permissions: [
        { userId: '111122223333' },
        { organizationArn: org },
        { organizationalUnitArn: ou },
      ],
    });
    const bad = await client
      .send(
        new ModifyImageAttributeCommand({
          ImageId: id,
          LaunchPermission: { Add: [{ UserId: 'alice' }] },
        }),
      )
      .catch((e: unknown) => e as Error);
    expect((bad as Error).name).toBe('InvalidAMIAttributeItemValue');
  });

  it('seeded encrypted AMIs report their key; the AWS-managed key cannot be shared, and encrypted AMIs cannot be public', async () => {
    const { id } = emulator.control.seedAmi({
      region: 'eu-west-1',
      name: 'secret-1',
      encrypted: true,
    }) as { id: string };
    const eu = ec2(emulator, 'eu-west-1');
    const [image] = (await eu.send(new DescribeImagesCommand({ ImageIds: [id] }))).Images!;
    expect(image!.BlockDeviceMappings![0]!.Ebs).toMatchObject({
      Encrypted: true,
      // The region's default EBS key, by key ARN (as AWS names it), not by alias.
      KmsKeyId: expect.stringMatching(/^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/),
    });
    const shared = await eu
      .send(
        new ModifyImageAttributeCommand({
          ImageId: id,
          LaunchPermission: { Add: [{ UserId: '111122223333' }] },
        }),
      )
      .catch((e: unknown) => e as Error);
    expect((shared as Error).message).toMatch(/AWS managed key alias\/aws\/ebs/);
    const cmk = 'arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
    const other = emulator.control.seedAmi({
      region: 'eu-west-1',
      name: 'secret-2',
      kmsKeyId: cmk,
    }) as { id: string };
    await eu.send(
      new ModifyImageAttributeCommand({
        ImageId: other.id,
        LaunchPermission: { Add: [{ UserId: '111122223333' }] },
      }),
    );
    const pub = await eu
      .send(
        new ModifyImageAttributeCommand({
          ImageId: other.id,
          LaunchPermission: { Add: [{ Group: 'all' }] },
        }),
      )
      .catch((e: unknown) => e as Error);
    expect((pub as Error).message).toMatch(/cannot be made public/);
  });

  it('injected faults hit EC2 actions by /ec2/<region>/<Action>, with Retry-After', async () => {
    emulator.control.addFault({
      path: '^/ec2/us-east-1/DescribeImages$',
      status: 503,
      retryAfter: 2,
    });
    const err = (await ec2(emulator)
      .send(new DescribeImagesCommand({ Owners: ['self'] }))
      .catch((e: unknown) => e)) as {
      name: string;
      $metadata: { httpStatusCode: number };
      $response?: unknown;
    };
    expect(err.name).toBe('Unavailable');
    expect(err.$metadata.httpStatusCode).toBe(503);
    await ec2(emulator).send(new DescribeImagesCommand({ Owners: ['self'] }));
  });

  it('a request without a SigV4 signature is refused (AuthFailure)', async () => {
    const body = 'Action=DescribeImages&Version=2016-11-15';
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${emulator.ec2Endpoint}/`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        (r) => {
          let text = '';
          r.on('data', (d: Buffer) => (text += d.toString()));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(res.status).toBe(401);
    expect(res.text).toMatch(/<Response><Errors><Error><Code>AuthFailure<\/Code>/);
  });
});
