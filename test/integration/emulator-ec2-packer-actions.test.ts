/**
 * The EC2 actions Packer's amazon-ebs builder calls besides the bake's own, as the API
 * reference documents them, through @aws-sdk/client-ec2: regions, the default VPC and its
 * subnets, security groups (unknown for a while after creation), key pairs, volumes,
 * instance and snapshot attributes, and the DescribeImages filters of `source_ami_filter`.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  ModifyInstanceAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsResourceInfo, Emulator } from '../../src/emulator/index.js';
import { ec2, until } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const UBUNTU = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*';
const CANONICAL = '099720109477';

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** Retries `fn` while EC2 does not know what it names yet (its eventual consistency). */
async function once<T>(fn: () => Promise<T>, notFound: string): Promise<T> {
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if ((e as Error).name !== notFound) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function launch(): Promise<string> {
  const client = ec2(emulator);
  const images = await client.send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: [UBUNTU] }],
    }),
  );
  const out = await client.send(
    new RunInstancesCommand({
      ImageId: images.Images![0]!.ImageId!,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'run', Value: 'r1' }] }],
    }),
  );
  return out.Instances![0]!.InstanceId!;
}

describe('EC2 emulator: what Packer amazon-ebs needs', () => {
  it("source_ami_filter's filters: virtualization-type, root-device-type and the other documented ones narrow DescribeImages", async () => {
    const client = ec2(emulator);
    const find = (filters: Record<string, string>) =>
      client
        .send(
          new DescribeImagesCommand({
            Owners: [CANONICAL],
            Filters: Object.entries(filters).map(([Name, v]) => ({ Name, Values: [v] })),
          }),
        )
        .then((o) => o.Images!.length);
    const all = await find({ name: UBUNTU });
    expect(all).toBeGreaterThan(0);
    expect(
      await find({ name: UBUNTU, 'virtualization-type': 'hvm', 'root-device-type': 'ebs' }),
    ).toBe(all);
    expect(await find({ name: UBUNTU, 'virtualization-type': 'paravirtual' })).toBe(0);
    expect(await find({ name: UBUNTU, 'root-device-type': 'instance-store' })).toBe(0);
    expect(
      await find({
        name: UBUNTU,
        hypervisor: 'xen',
        'image-type': 'machine',
        architecture: 'x86_64',
      }),
    ).toBe(all);
    expect(await find({ name: UBUNTU, platform: 'windows' })).toBe(0);
    expect(await find({ name: UBUNTU, 'block-device-mapping.volume-type': 'gp3' })).toBe(all);
    const err = await errorOf(find({ 'no-such-filter': 'x' }));
    expect(err?.name).toBe('InvalidParameterValue');
  });

  it('DescribeRegions lists the enabled regions, the opt-in ones only with AllRegions, and refuses unknown names', async () => {
    const client = ec2(emulator);
    const enabled = (await client.send(new DescribeRegionsCommand({}))).Regions!;
    expect(enabled.map((r) => r.RegionName)).toEqual(
      expect.arrayContaining(['us-east-1', 'us-west-2', 'eu-west-1']),
    );
    expect(enabled.every((r) => r.OptInStatus === 'opt-in-not-required')).toBe(true);
    expect(enabled.find((r) => r.RegionName === 'us-west-2')?.Endpoint).toBe(
      'ec2.us-west-2.amazonaws.com',
    );
    const all = (await client.send(new DescribeRegionsCommand({ AllRegions: true }))).Regions!;
    expect(all.find((r) => r.RegionName === 'af-south-1')?.OptInStatus).toBe('not-opted-in');
    const err = await errorOf(
      client.send(new DescribeRegionsCommand({ RegionNames: ['moon-north-1'] })),
    );
    expect(err?.name).toBe('InvalidParameterValue');
  });

  it('every region has a default VPC with a default subnet per zone, where a launch without SubnetId lands', async () => {
    const client = ec2(emulator, 'eu-west-1');
    const vpcs = (
      await client.send(
        new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
      )
    ).Vpcs!;
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]).toMatchObject({
      CidrBlock: '172.31.0.0/16',
      IsDefault: true,
      State: 'available',
    });
    const subnets = (
      await client.send(
        new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcs[0]!.VpcId!] }] }),
      )
    ).Subnets!;
    expect(subnets.map((s) => s.AvailabilityZone).sort()).toEqual([
      'eu-west-1a',
      'eu-west-1b',
      'eu-west-1c',
    ]);
    expect(subnets.every((s) => s.DefaultForAz && s.AvailableIpAddressCount === 4091)).toBe(true);
    const missing = await errorOf(
      client.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0123456789abcdef0'] })),
    );
    expect(missing?.name).toBe('InvalidSubnetID.NotFound');
    const missingVpc = await errorOf(
      client.send(new DescribeVpcsCommand({ VpcIds: ['vpc-0123456789abcdef0'] })),
    );
    expect(missingVpc?.name).toBe('InvalidVpcID.NotFound');
  });

  it('a security group: unknown for a while after CreateSecurityGroup, then described, opened, refused twice, deleted', async () => {
    const client = ec2(emulator);
    const { GroupId } = await client.send(
      new CreateSecurityGroupCommand({
        GroupName: 'packer_tmp',
        Description: 'Temporary group for Packer',
      }),
    );
    expect(GroupId).toMatch(/^sg-/);
    // "Eventual consistency in the Amazon EC2 API": InvalidGroup.NotFound right after creation.
    const early = await errorOf(
      client.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] })),
    );
    expect(early?.name).toBe('InvalidGroup.NotFound');
    const [group] = (
      await once(
        () => client.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] })),
        'InvalidGroup.NotFound',
      )
    ).SecurityGroups!;
    expect(group).toMatchObject({
      GroupName: 'packer_tmp',
      Description: 'Temporary group for Packer',
      IpPermissions: [],
    });
    expect(group!.IpPermissionsEgress?.[0]).toMatchObject({
      IpProtocol: '-1',
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    });
    const rule = {
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    };
    await client.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [rule] }));
    const again = await errorOf(
      client.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [rule] })),
    );
    expect(again?.name).toBe('InvalidPermission.Duplicate');
    const opened = (
      await client.send(
        new DescribeSecurityGroupsCommand({
          Filters: [{ Name: 'ip-permission.from-port', Values: ['22'] }],
        }),
      )
    ).SecurityGroups!;
    expect(opened.map((g) => g.GroupId)).toEqual([GroupId]);
    const dup = await errorOf(
      client.send(new CreateSecurityGroupCommand({ GroupName: 'packer_tmp', Description: 'x' })),
    );
    expect(dup?.name).toBe('InvalidGroup.Duplicate');
    const byName = (
      await client.send(
        new DescribeSecurityGroupsCommand({
          Filters: [{ Name: 'group-name', Values: ['default'] }],
        }),
      )
    ).SecurityGroups!;
    expect(byName).toHaveLength(1);
    const cannot = await errorOf(
      client.send(new DeleteSecurityGroupCommand({ GroupId: byName[0]!.GroupId })),
    );
    expect(cannot?.name).toBe('CannotDelete');
    await client.send(new DeleteSecurityGroupCommand({ GroupId }));
    const gone = await errorOf(
      client.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] })),
    );
    expect(gone?.name).toBe('InvalidGroup.NotFound');
  });

  it('a group an instance uses cannot be deleted (DependencyViolation); an instance without groups is in the default one', async () => {
    emulator.control.setHazards({
      ec2: { securityGroupVisibilityLag: 0, instanceVisibilityLag: 0 },
    });
    const client = ec2(emulator);
    const { GroupId } = await client.send(
      new CreateSecurityGroupCommand({ GroupName: 'in-use', Description: 'used' }),
    );
    const image = (await client.send(new DescribeImagesCommand({ Owners: [CANONICAL] })))
      .Images![0]!.ImageId!;
    const run = await client.send(
      new RunInstancesCommand({
        ImageId: image,
        MinCount: 1,
        MaxCount: 1,
        SecurityGroupIds: [GroupId!],
      }),
    );
    expect(run.Instances![0]!.SecurityGroups).toEqual([{ GroupId, GroupName: 'in-use' }]);
    const err = await errorOf(client.send(new DeleteSecurityGroupCommand({ GroupId })));
    expect(err?.name).toBe('DependencyViolation');
    const plain = await client.send(
      new RunInstancesCommand({ ImageId: image, MinCount: 1, MaxCount: 1 }),
    );
    expect(plain.Instances![0]!.SecurityGroups?.[0]?.GroupName).toBe('default');
    expect(plain.Instances![0]!.SubnetId).toMatch(/^subnet-/);
    const bad = await errorOf(
      client.send(
        new RunInstancesCommand({
          ImageId: image,
          MinCount: 1,
          MaxCount: 1,
          SubnetId: 'subnet-0123456789abcdef0',
        }),
      ),
    );
    expect(bad?.name).toBe('InvalidSubnetID.NotFound');
  });

  it('key pairs: made once per name with a PEM private key and its fingerprint, described, deleted (idempotently)', async () => {
    const client = ec2(emulator);
    const made = await client.send(new CreateKeyPairCommand({ KeyName: 'packer_key' }));
    expect(made.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(made.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    expect(made.KeyPairId).toMatch(/^key-/);
    const ed = await client.send(new CreateKeyPairCommand({ KeyName: 'ed', KeyType: 'ed25519' }));
    expect(ed.KeyMaterial).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const dup = await errorOf(client.send(new CreateKeyPairCommand({ KeyName: 'packer_key' })));
    expect(dup?.name).toBe('InvalidKeyPair.Duplicate');
    const listed = (await client.send(new DescribeKeyPairsCommand({ KeyNames: ['packer_key'] })))
      .KeyPairs!;
    expect(listed[0]).toMatchObject({
      KeyName: 'packer_key',
      KeyFingerprint: made.KeyFingerprint,
      KeyType: 'rsa',
    });
    expect(listed[0]).not.toHaveProperty('KeyMaterial');
    await client.send(new DeleteKeyPairCommand({ KeyName: 'packer_key' }));
    await client.send(new DeleteKeyPairCommand({ KeyName: 'packer_key' }));
    const gone = await errorOf(
      client.send(new DescribeKeyPairsCommand({ KeyNames: ['packer_key'] })),
    );
    expect(gone?.name).toBe('InvalidKeyPair.NotFound');
  });

  it("DescribeVolumes shows an instance's root volume, attached, with the tags RunInstances gave it", async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const id = await launch();
    const volumes = (
      await client.send(
        new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [id] }] }),
      )
    ).Volumes!;
    expect(volumes).toHaveLength(1);
    expect(volumes[0]).toMatchObject({ State: 'in-use', Tags: [{ Key: 'run', Value: 'r1' }] });
    expect(volumes[0]!.Attachments![0]).toMatchObject({
      InstanceId: id,
      State: 'attached',
      DeleteOnTermination: true,
    });
    await client.send(
      new CreateTagsCommand({
        Resources: [volumes[0]!.VolumeId!],
        Tags: [{ Key: 'Name', Value: 'root' }],
      }),
    );
    const tagged = (
      await client.send(
        new DescribeVolumesCommand({ Filters: [{ Name: 'tag:Name', Values: ['root'] }] }),
      )
    ).Volumes!;
    expect(tagged.map((v) => v.VolumeId)).toEqual([volumes[0]!.VolumeId]);
    const missing = await errorOf(
      client.send(new DescribeVolumesCommand({ VolumeIds: ['vol-0123456789abcdef0'] })),
    );
    expect(missing?.name).toBe('InvalidVolume.NotFound');
  });

  it('ModifyInstanceAttribute: ENA support only once stopped, one attribute per call', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const id = await launch();
    const running = await errorOf(
      client.send(
        new ModifyInstanceAttributeCommand({ InstanceId: id, EnaSupport: { Value: true } }),
      ),
    );
    expect(running?.name).toBe('IncorrectInstanceState');
    await client.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: true },
      }),
    );
    await until(async () => {
      const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
      return out.Reservations![0]!.Instances![0]!.State!.Name === 'running';
    });
    await client.send(new StopInstancesCommand({ InstanceIds: [id] }));
    await until(async () => {
      const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
      return out.Reservations![0]!.Instances![0]!.State!.Name === 'stopped';
    });
    await client.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, EnaSupport: { Value: false } }),
    );
    const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(out.Reservations![0]!.Instances![0]!.EnaSupport).toBe(false);
    const two = await errorOf(
      client.send(
        new ModifyInstanceAttributeCommand({
          InstanceId: id,
          EnaSupport: { Value: true },
          SriovNetSupport: { Value: 'simple' },
        }),
      ),
    );
    expect(two?.name).toBe('InvalidParameterCombination');
  });

  it("ModifySnapshotAttribute shares an AMI's snapshot with an account, and refuses to make an encrypted one public", async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0, imageVisibilityLag: 0 } });
    const client = ec2(emulator);
    const id = await launch();
    await until(async () => {
      const out = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
      return out.Reservations![0]!.Instances![0]!.State!.Name === 'running';
    });
    const { ImageId } = await client.send(
      new CreateImageCommand({ InstanceId: id, Name: 'shared-1' }),
    );
    const image = (await client.send(new DescribeImagesCommand({ ImageIds: [ImageId!] })))
      .Images![0]!;
    const snap = image.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    await client.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: snap,
        Attribute: 'createVolumePermission',
        CreateVolumePermission: { Add: [{ UserId: '210987654321' }] },
      }),
    );
    const attr = await client.send(
      new DescribeSnapshotAttributeCommand({
        SnapshotId: snap,
        Attribute: 'createVolumePermission',
      }),
    );
    expect(attr.CreateVolumePermissions).toEqual([{ UserId: '210987654321' }]);
    const encrypted = emulator.control.seedAmi({
      region: 'us-east-1',
      name: 'enc-1',
      encrypted: true,
    }) as AwsResourceInfo;
    const encSnap = (await client.send(new DescribeImagesCommand({ ImageIds: [encrypted.id] })))
      .Images![0]!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    const err = await errorOf(
      client.send(
        new ModifySnapshotAttributeCommand({
          SnapshotId: encSnap,
          Attribute: 'createVolumePermission',
          CreateVolumePermission: { Add: [{ Group: 'all' }] },
        }),
      ),
    );
    expect(err?.name).toBe('InvalidParameter');
  });
});
