/**
 * EC2 actions Terraform, Packer, the AWS CLI and scripts call besides the bake's own, through
 * @aws-sdk/client-ec2 as the API reference documents them: ImportKeyPair (into the same key
 * pair store CreateKeyPair uses), DescribeAccountAttributes, DescribeAddresses,
 * DescribeInternetGateways and DescribeRouteTables of the default VPC, DescribeLaunchTemplates.
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  DeleteKeyPairCommand,
  DescribeAccountAttributesCommand,
  DescribeAddressesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeKeyPairsCommand,
  DescribeLaunchTemplatesCommand,
  DescribeRouteTablesCommand,
  DescribeVpcsCommand,
  ImportKeyPairCommand,
  RunInstancesCommand,
  type EC2Client,
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
beforeEach(() => emulator.control.reset());

const errorOf = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** The OpenSSH wire encoding (RFC 4253 §6.6) of the public keys the tests import. */
function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}

function mpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, 'base64url');
  return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function rsaBlob(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)]);
}

function ed25519Blob(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.from(jwk.x!, 'base64url'))]);
}

function ecdsaLine(curve: 'P-256' | 'P-384' | 'P-521'): string {
  const bits = curve.slice(2);
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x!, 'base64url'),
    Buffer.from(jwk.y!, 'base64url'),
  ]);
  const name = `ecdsa-sha2-nistp${bits}`;
  const blob = Buffer.concat([sshString(name), sshString(`nistp${bits}`), sshString(point)]);
  return `${name} ${blob.toString('base64')} me@laptop`;
}

function rsaKey(modulusLength = 2048): { line: string; publicKey: KeyObject } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength });
  return { line: `ssh-rsa ${rsaBlob(publicKey).toString('base64')} me@laptop`, publicKey };
}

/** What EC2 answers for an imported RSA key: `openssl rsa -pubout -outform DER | openssl md5 -c`. */
function md5OfDer(publicKey: KeyObject): string {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return createHash('md5')
    .update(der)
    .digest('hex')
    .replace(/(..)(?!$)/g, '$1:');
}

const material = (text: string): Uint8Array => Buffer.from(text);

async function importKey(client: EC2Client, KeyName: string, text: string) {
  return client.send(new ImportKeyPairCommand({ KeyName, PublicKeyMaterial: material(text) }));
}

async function defaultVpcId(client: EC2Client): Promise<string> {
  const vpcs = await client.send(
    new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
  );
  return vpcs.Vpcs![0]!.VpcId!;
}

describe('EC2 emulator: ImportKeyPair', () => {
  it('imports an OpenSSH RSA key with the MD5-of-DER fingerprint, tags it, and shares the key pair store', async () => {
    const client = ec2(emulator);
    const { line, publicKey } = rsaKey();
    const out = await client.send(
      new ImportKeyPairCommand({
        KeyName: 'laptop',
        PublicKeyMaterial: material(line),
        TagSpecifications: [{ ResourceType: 'key-pair', Tags: [{ Key: 'team', Value: 'ci' }] }],
      }),
    );
    expect(out.KeyName).toBe('laptop');
    expect(out.KeyPairId).toMatch(/^key-[0-9a-f]{17}$/);
    expect(out.KeyFingerprint).toBe(md5OfDer(publicKey));
    expect(out.Tags).toEqual([{ Key: 'team', Value: 'ci' }]);

    const listed = (await client.send(new DescribeKeyPairsCommand({ KeyNames: ['laptop'] })))
      .KeyPairs!;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      KeyName: 'laptop',
      KeyPairId: out.KeyPairId,
      KeyFingerprint: out.KeyFingerprint,
      KeyType: 'rsa',
      Tags: [{ Key: 'team', Value: 'ci' }],
    });
    expect(listed[0]!.CreateTime).toBeInstanceOf(Date);
    const byFilter = await client.send(
      new DescribeKeyPairsCommand({
        Filters: [{ Name: 'fingerprint', Values: [out.KeyFingerprint!] }],
      }),
    );
    expect(byFilter.KeyPairs!.map((k) => k.KeyName)).toEqual(['laptop']);

    const again = await errorOf(importKey(client, 'laptop', rsaKey().line));
    expect(again?.name).toBe('InvalidKeyPair.Duplicate');

    await client.send(new DeleteKeyPairCommand({ KeyName: 'laptop' }));
    const gone = await errorOf(client.send(new DescribeKeyPairsCommand({ KeyNames: ['laptop'] })));
    expect(gone?.name).toBe('InvalidKeyPair.NotFound');
    // Its name is free again.
    expect((await importKey(client, 'laptop', line)).KeyFingerprint).toBe(md5OfDer(publicKey));
  });

  it('imports ED25519 keys (base64 SHA-256 of the key blob, with its padding) and RSA keys in the RFC 4716 and base64 DER formats', async () => {
    const client = ec2(emulator);
    const { publicKey: ed } = generateKeyPairSync('ed25519');
    const blob = ed25519Blob(ed);
    const edOut = await importKey(client, 'ed', `ssh-ed25519 ${blob.toString('base64')} me@host`);
    const sha256 = createHash('sha256').update(blob).digest('base64');
    expect(sha256).toMatch(/=$/);
    expect(edOut.KeyFingerprint).toBe(sha256);
    const described = await client.send(
      new DescribeKeyPairsCommand({ Filters: [{ Name: 'key-type', Values: ['ed25519'] }] }),
    );
    expect(described.KeyPairs!.map((k) => [k.KeyName, k.KeyType])).toEqual([['ed', 'ed25519']]);

    const rfc = rsaKey();
    const body = rsaBlob(rfc.publicKey)
      .toString('base64')
      .replace(/(.{70})/g, '$1\n');
    const ssh2 = [
      '---- BEGIN SSH2 PUBLIC KEY ----',
      'Comment: "2048-bit RSA, converted by me@laptop from Open\\',
      'SSH"',
      body.trim(),
      '---- END SSH2 PUBLIC KEY ----',
      '',
    ].join('\n');
    expect((await importKey(client, 'rfc4716', ssh2)).KeyFingerprint).toBe(md5OfDer(rfc.publicKey));

    const der = rsaKey();
    const derText = der.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect((await importKey(client, 'der', derText)).KeyFingerprint).toBe(md5OfDer(der.publicKey));
  });

  it('refuses ECDSA, DSA and malformed keys with InvalidKey.Format, and creates nothing', async () => {
    const client = ec2(emulator);
    const rsa = rsaKey();
    const rsaBase64 = rsa.line.split(' ')[1]!;
    const { publicKey: ed } = generateKeyPairSync('ed25519');
    const edBase64 = ed25519Blob(ed).toString('base64');
    const dsaBlob = Buffer.concat([
      sshString('ssh-dss'),
      sshString(Buffer.alloc(129, 1)),
      sshString(Buffer.alloc(21, 2)),
      sshString(Buffer.alloc(128, 3)),
      sshString(Buffer.alloc(128, 4)),
    ]);
    const refused = [
      ecdsaLine('P-256'),
      ecdsaLine('P-384'),
      ecdsaLine('P-521'),
      `ssh-dss ${dsaBlob.toString('base64')} old@box`,
      'ssh-rsa not-base64!',
      `ssh-rsa ${rsaBase64.slice(0, 100)}`,
      `ssh-ed25519 ${rsaBase64}`,
      `ssh-rsa ${edBase64}`,
      rsaKey(512).line,
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
      'hello',
    ];
    for (const [i, text] of refused.entries()) {
      const err = await errorOf(importKey(client, `bad-${i}`, text));
      expect(err?.name, text.slice(0, 40)).toBe('InvalidKey.Format');
      expect(err?.message).toBe('Key is not in valid OpenSSH public key format');
    }
    const dry = await errorOf(
      client.send(
        new ImportKeyPairCommand({
          KeyName: 'dry',
          PublicKeyMaterial: material(rsa.line),
          DryRun: true,
        }),
      ),
    );
    expect(dry?.name).toBe('DryRunOperation');
    const missing = await errorOf(
      client.send(new ImportKeyPairCommand({ KeyName: 'none', PublicKeyMaterial: undefined! })),
    );
    expect(missing?.name).toBe('MissingParameter');
    expect((await client.send(new DescribeKeyPairsCommand({}))).KeyPairs).toEqual([]);
  });

  it("RunInstances launches with an imported key's name, and refuses it once deleted", async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    await importKey(client, 'deploy', rsaKey().line);
    const image = (
      await client.send(
        new DescribeImagesCommand({
          Owners: ['099720109477'],
          Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-*'] }],
        }),
      )
    ).Images![0]!.ImageId!;
    const run = (KeyName: string) =>
      client.send(
        new RunInstancesCommand({
          ImageId: image,
          InstanceType: 't3.micro',
          MinCount: 1,
          MaxCount: 1,
          KeyName,
        }),
      );
    const id = (await run('deploy')).Instances![0]!.InstanceId!;
    const described = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(described.Reservations![0]!.Instances![0]!.KeyName).toBe('deploy');
    await client.send(new DeleteKeyPairCommand({ KeyName: 'deploy' }));
    expect((await errorOf(run('deploy')))?.name).toBe('InvalidKeyPair.NotFound');
  });
});

describe('EC2 emulator: DescribeAccountAttributes', () => {
  it("answers the six documented attributes with EC2's defaults and the region's default VPC", async () => {
    const client = ec2(emulator);
    const all = (await client.send(new DescribeAccountAttributesCommand({}))).AccountAttributes!;
    const values = Object.fromEntries(
      all.map((a) => [a.AttributeName, a.AttributeValues!.map((v) => v.AttributeValue)]),
    );
    expect(values).toEqual({
      'supported-platforms': ['VPC'],
      'default-vpc': [await defaultVpcId(client)],
      'max-instances': ['20'],
      'vpc-max-security-groups-per-interface': ['5'],
      'max-elastic-ips': ['5'],
      'vpc-max-elastic-ips': ['5'],
    });
    const west = ec2(emulator, 'us-west-2');
    const westVpc = await defaultVpcId(west);
    const asked = await west.send(
      new DescribeAccountAttributesCommand({ AttributeNames: ['default-vpc'] }),
    );
    expect(asked.AccountAttributes).toEqual([
      { AttributeName: 'default-vpc', AttributeValues: [{ AttributeValue: westVpc }] },
    ]);
    expect(westVpc).not.toBe(values['default-vpc']![0]);
    const bad = await errorOf(
      client.send(
        new DescribeAccountAttributesCommand({ AttributeNames: ['max-vcpus' as 'default-vpc'] }),
      ),
    );
    expect(bad?.name).toBe('InvalidParameterValue');
    const dry = await errorOf(client.send(new DescribeAccountAttributesCommand({ DryRun: true })));
    expect(dry?.name).toBe('DryRunOperation');
  });
});

describe('EC2 emulator: DescribeAddresses', () => {
  it('lists no Elastic IPs, and names an unknown allocation id or address as EC2 does', async () => {
    const client = ec2(emulator);
    expect((await client.send(new DescribeAddressesCommand({}))).Addresses).toEqual([]);
    const filtered = await client.send(
      new DescribeAddressesCommand({
        Filters: [
          { Name: 'domain', Values: ['vpc'] },
          { Name: 'tag:Name', Values: ['x'] },
        ],
      }),
    );
    expect(filtered.Addresses).toEqual([]);
    const byAllocation = await errorOf(
      client.send(new DescribeAddressesCommand({ AllocationIds: ['eipalloc-0123456789abcdef0'] })),
    );
    expect(byAllocation?.name).toBe('InvalidAllocationID.NotFound');
    expect(byAllocation?.message).toBe(
      "The allocation ID 'eipalloc-0123456789abcdef0' does not exist",
    );
    const byIp = await errorOf(
      client.send(new DescribeAddressesCommand({ PublicIps: ['203.0.113.7'] })),
    );
    expect(byIp?.name).toBe('InvalidAddress.NotFound');
    const notIp = await errorOf(
      client.send(new DescribeAddressesCommand({ PublicIps: ['eipalloc-0123'] })),
    );
    expect(notIp?.name).toBe('InvalidParameterValue');
    const filter = await errorOf(
      client.send(new DescribeAddressesCommand({ Filters: [{ Name: 'vpc-id', Values: ['x'] }] })),
    );
    expect(filter?.name).toBe('InvalidParameterValue');
    expect(filter?.message).toBe("The filter 'vpc-id' is invalid");
    const dry = await errorOf(client.send(new DescribeAddressesCommand({ DryRun: true })));
    expect(dry?.name).toBe('DryRunOperation');
  });
});

describe('EC2 emulator: the default VPC internet gateway and main route table', () => {
  it('DescribeInternetGateways shows one gateway attached to the default VPC, with its filters, ids and paging', async () => {
    const client = ec2(emulator);
    const vpcId = await defaultVpcId(client);
    const all = (await client.send(new DescribeInternetGatewaysCommand({}))).InternetGateways!;
    expect(all).toHaveLength(1);
    const igw = all[0]!;
    expect(igw.InternetGatewayId).toMatch(/^igw-[0-9a-f]{17}$/);
    expect(igw.OwnerId).toBe('123456789012');
    expect(igw.Attachments).toEqual([{ State: 'available', VpcId: vpcId }]);

    const find = (Name: string, value: string) =>
      client
        .send(new DescribeInternetGatewaysCommand({ Filters: [{ Name, Values: [value] }] }))
        .then((o) => o.InternetGateways!.map((g) => g.InternetGatewayId));
    expect(await find('attachment.vpc-id', vpcId)).toEqual([igw.InternetGatewayId]);
    expect(await find('attachment.vpc-id', 'vpc-0123456789abcdef0')).toEqual([]);
    expect(await find('attachment.state', 'available')).toEqual([igw.InternetGatewayId]);
    expect(await find('internet-gateway-id', 'igw-*')).toEqual([igw.InternetGatewayId]);
    expect(await find('tag:Name', '*')).toEqual([]);
    expect((await errorOf(find('vpc-id', vpcId)))?.name).toBe('InvalidParameterValue');

    const byId = await client.send(
      new DescribeInternetGatewaysCommand({ InternetGatewayIds: [igw.InternetGatewayId!] }),
    );
    expect(byId.InternetGateways).toEqual(all);
    const unknown = await errorOf(
      client.send(
        new DescribeInternetGatewaysCommand({ InternetGatewayIds: ['igw-0123456789abcdef0'] }),
      ),
    );
    expect(unknown?.name).toBe('InvalidInternetGatewayID.NotFound');
    expect(unknown?.message).toBe("The internetGateway ID 'igw-0123456789abcdef0' does not exist");
    const malformed = await errorOf(
      client.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: ['gateway-1'] })),
    );
    expect(malformed?.name).toBe('InvalidInternetGatewayId.Malformed');

    const page = await client.send(new DescribeInternetGatewaysCommand({ MaxResults: 5 }));
    expect(page.InternetGateways).toEqual(all);
    expect(page.NextToken).toBeUndefined();
    const small = await errorOf(
      client.send(new DescribeInternetGatewaysCommand({ MaxResults: 1 })),
    );
    expect(small?.name).toBe('InvalidParameterValue');
    const token = await errorOf(
      client.send(new DescribeInternetGatewaysCommand({ MaxResults: 5, NextToken: 'bogus' })),
    );
    expect(token?.name).toBe('InvalidParameterValue');

    const west = ec2(emulator, 'us-west-2');
    const westIgw = (await west.send(new DescribeInternetGatewaysCommand({}))).InternetGateways!;
    expect(westIgw[0]!.Attachments![0]!.VpcId).toBe(await defaultVpcId(west));
    expect(westIgw[0]!.InternetGatewayId).not.toBe(igw.InternetGatewayId);
  });

  it('DescribeRouteTables shows the main table: the local route and 0.0.0.0/0 via the gateway, with its filters, ids and paging', async () => {
    const client = ec2(emulator);
    const vpcId = await defaultVpcId(client);
    const igwId = (await client.send(new DescribeInternetGatewaysCommand({}))).InternetGateways![0]!
      .InternetGatewayId!;
    const tables = (await client.send(new DescribeRouteTablesCommand({}))).RouteTables!;
    expect(tables).toHaveLength(1);
    const main = tables[0]!;
    expect(main.RouteTableId).toMatch(/^rtb-[0-9a-f]{17}$/);
    expect(main.VpcId).toBe(vpcId);
    expect(main.OwnerId).toBe('123456789012');
    expect(main.Routes).toEqual([
      {
        DestinationCidrBlock: '172.31.0.0/16',
        GatewayId: 'local',
        Origin: 'CreateRouteTable',
        State: 'active',
      },
      {
        DestinationCidrBlock: '0.0.0.0/0',
        GatewayId: igwId,
        Origin: 'CreateRoute',
        State: 'active',
      },
    ]);
    expect(main.Associations).toHaveLength(1);
    expect(main.Associations![0]).toMatchObject({
      Main: true,
      RouteTableId: main.RouteTableId,
      AssociationState: { State: 'associated' },
    });
    const associationId = main.Associations![0]!.RouteTableAssociationId!;
    expect(associationId).toMatch(/^rtbassoc-[0-9a-f]{17}$/);
    expect(associationId.slice('rtbassoc-'.length)).not.toBe(main.RouteTableId!.slice(4));
    expect(main.Associations![0]!.SubnetId).toBeUndefined();

    const find = (filters: Record<string, string>) =>
      client
        .send(
          new DescribeRouteTablesCommand({
            Filters: Object.entries(filters).map(([Name, v]) => ({ Name, Values: [v] })),
          }),
        )
        .then((o) => o.RouteTables!.map((t) => t.RouteTableId));
    const id = [main.RouteTableId];
    // Terraform's aws_default_route_table / aws_route_table lookups.
    expect(await find({ 'vpc-id': vpcId, 'association.main': 'true' })).toEqual(id);
    expect(await find({ 'association.main': 'false' })).toEqual([]);
    expect(await find({ 'route-table-id': main.RouteTableId! })).toEqual(id);
    expect(await find({ 'route.gateway-id': igwId })).toEqual(id);
    expect(await find({ 'route.destination-cidr-block': '0.0.0.0/0' })).toEqual(id);
    expect(await find({ 'route.nat-gateway-id': 'nat-*' })).toEqual([]);
    expect(await find({ 'vpc-id': 'vpc-0123456789abcdef0' })).toEqual([]);
    // The default subnets are associated implicitly: no association names them.
    const subnetId = 'subnet-0123456789abcdef0';
    expect(await find({ 'association.subnet-id': subnetId })).toEqual([]);
    expect(await find({ 'tag:Name': '*' })).toEqual([]);
    expect((await errorOf(find({ 'main-table': 'true' })))?.name).toBe('InvalidParameterValue');

    const byId = await client.send(
      new DescribeRouteTablesCommand({ RouteTableIds: [main.RouteTableId!] }),
    );
    expect(byId.RouteTables).toEqual(tables);
    const unknown = await errorOf(
      client.send(new DescribeRouteTablesCommand({ RouteTableIds: ['rtb-0123456789abcdef0'] })),
    );
    expect(unknown?.name).toBe('InvalidRouteTableID.NotFound');
    expect(unknown?.message).toBe("The routeTable ID 'rtb-0123456789abcdef0' does not exist");
    const malformed = await errorOf(
      client.send(new DescribeRouteTablesCommand({ RouteTableIds: ['main'] })),
    );
    expect(malformed?.name).toBe('InvalidRouteTableId.Malformed');

    const page = await client.send(new DescribeRouteTablesCommand({ MaxResults: 5 }));
    expect(page.RouteTables).toEqual(tables);
    expect(page.NextToken).toBeUndefined();
    const small = await errorOf(client.send(new DescribeRouteTablesCommand({ MaxResults: 2 })));
    expect(small?.name).toBe('InvalidParameterValue');
    const dry = await errorOf(client.send(new DescribeRouteTablesCommand({ DryRun: true })));
    expect(dry?.name).toBe('DryRunOperation');
  });
});

describe('EC2 emulator: DescribeLaunchTemplates', () => {
  it('lists none, and answers ids and names that name none with the documented errors', async () => {
    const client = ec2(emulator);
    const all = await client.send(new DescribeLaunchTemplatesCommand({}));
    expect(all.LaunchTemplates).toEqual([]);
    expect(all.NextToken).toBeUndefined();
    const filtered = await client.send(
      new DescribeLaunchTemplatesCommand({
        Filters: [{ Name: 'launch-template-name', Values: ['packer-*'] }],
        MaxResults: 10,
      }),
    );
    expect(filtered.LaunchTemplates).toEqual([]);

    const byName = await errorOf(
      client.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['workers'] })),
    );
    expect(byName?.name).toBe('InvalidLaunchTemplateName.NotFoundException');
    expect(byName?.message).toBe(
      'At least one of the launch templates specified in the request does not exist.',
    );
    const byId = await errorOf(
      client.send(
        new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-0123456789abcdef0'] }),
      ),
    );
    expect(byId?.name).toBe('InvalidLaunchTemplateId.NotFound');
    expect(byId?.message).toBe(
      'The specified launch template, with template ID lt-0123456789abcdef0, does not exist.',
    );
    const badId = await errorOf(
      client.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['workers'] })),
    );
    expect(badId?.name).toBe('InvalidLaunchTemplateId.Malformed');
    const badName = await errorOf(
      client.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['a b'] })),
    );
    expect(badName?.name).toBe('InvalidLaunchTemplateName.MalformedException');
    const filter = await errorOf(
      client.send(
        new DescribeLaunchTemplatesCommand({ Filters: [{ Name: 'image-id', Values: ['x'] }] }),
      ),
    );
    expect(filter?.name).toBe('InvalidParameterValue');
    const dry = await errorOf(client.send(new DescribeLaunchTemplatesCommand({ DryRun: true })));
    expect(dry?.name).toBe('DryRunOperation');
  });
});
