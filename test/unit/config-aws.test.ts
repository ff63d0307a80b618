import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import { checkAmiName, checkAwsRegion } from '../../src/naming/aws.js';

const MINIMAL = `image:
  name: batch-worker
aws:
  region: us-east-1
  source-image: { owner: "099720109477", name: "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*" }
  template: aws-startup.sh.j2
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-aws-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(extra = '', overrides: RawOverrides = {}, text = MINIMAL) {
  await writeFile(join(dir, 'worker-image.yml'), text + extra);
  return loadConfig({ path: 'worker-image.yml', cwd: dir, overrides });
}

async function problems(extra = '', overrides: RawOverrides = {}, text = MINIMAL) {
  const err = await load(extra, overrides, text).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).problems.map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);
}

describe('the aws: block', () => {
  it('applies every default to a minimal block', async () => {
    const config = await load();
    expect(config.aws).toEqual({
      region: 'us-east-1',
      instanceType: 't3.large',
      sourceImage: {
        owner: '099720109477',
        name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
      },
      securityGroupIds: [],
      volume: { sizeGb: 16, type: 'gp3' },
      targetRegions: [],
      amiName: 'batch-worker',
      tags: {},
      template: { path: join(dir, 'aws-startup.sh.j2'), variables: {} },
      timeouts: { builder: 3_600_000, image: 3_600_000, copy: 7_200_000, operation: 600_000 },
      pollInterval: 5000,
      encrypted: false,
    });
  });

  it('reports every problem at once, each at its field and line, with did-you-mean', async () => {
    const list = await problems(
      `  instance-type: large
  subnet-id: subnet-xyz
  security-group-ids: [default]
  volume: { size-gb: 0, type: gp4 }
  target-regions: [us-west-2, us-west-2a, us-west-2]
  tags: { worker-image-run: x, "aws:owner": y }
  kms-key-id: arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0
  poll-intervall: 5s
`,
    );
    expect(list).toEqual([
      '7 aws.instance-type: must be an instance type such as t3.large or m6i.xlarge (got "large"): an instance type is FAMILY.SIZE',
      '8 aws.subnet-id: must be a subnet id such as subnet-0123456789abcdef0 (got "subnet-xyz")',
      '9 aws.security-group-ids[0]: must be a security group id such as sg-0123456789abcdef0, not a name (got "default")',
      '10 aws.volume.size-gb: must be a whole number from 1 to 16384 (got 0)',
      '10 aws.volume.type: must be one of gp3, gp2, io1, io2, standard (got "gp4")',
      '11 aws.target-regions[1]: "us-west-2a" is an availability zone; the region is "us-west-2"',
      '11 aws.target-regions[2]: "us-west-2" is listed twice (also [0])',
      '12 aws.tags.worker-image-run: tag "worker-image-run" is reserved: keys starting with "worker-image-" are set by worker-image',
      '12 aws.tags.aws:owner: tag "aws:owner": the aws: prefix is reserved for AWS',
      '13 aws.kms-key-id: KMS key arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 is in eu-west-1, but the AMI is made in us-east-1: KMS keys are regional',
      '14 aws.poll-intervall: unknown field (did you mean "poll-interval"?)',
    ]);
  });

  it('tag keys and values are measured in characters as AWS counts them, not UTF-16 units', async () => {
    const fits = await load(`  tags: { "${'🧬'.repeat(128)}": "${'🧪'.repeat(256)}" }\n`);
    expect(Object.keys(fits.aws?.tags ?? {})).toEqual(['🧬'.repeat(128)]);
    expect(
      await problems(`  tags: { "${'k'.repeat(129)}": x, y: "${'🧪'.repeat(257)}" }\n`),
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^7 aws\\.tags\\.k+…: tag key "${'k'.repeat(20)}…" is 129 characters; AWS allows 1 to 128$`,
        ),
      ),
      `7 aws.tags.y: tag value "${'🧪'.repeat(20)}…" is 257 characters; AWS allows at most 256`,
    ]);
  });

  it('needs a source image: an id, or owner and name (never a name alone)', async () => {
    const text = `image: { name: batch-worker }\naws:\n  region: us-east-1\n  template: t.j2\n`;
    expect(await problems('  source-image: { name: "ubuntu/*" }\n', {}, text)).toEqual([
      '5 aws.source-image.owner: required with name: who publishes the AMI (099720109477 for Canonical, amazon, self); anyone can publish an AMI of any name',
    ]);
    expect(await problems('  source-image: { id: ami-1, owner: self }\n', {}, text)).toContain(
      '5 aws.source-image.id: must be an AMI id such as ami-0123456789abcdef0 (got "ami-1")',
    );
    const byId = await load('  source-image: { id: ami-0123456789abcdef0 }\n', {}, text);
    expect(byId.aws?.sourceImage).toEqual({ id: 'ami-0123456789abcdef0' });
  });

  it('checks the AMI name with the namespace and room for a version; kms-key-id implies encrypted', async () => {
    const long = 'b'.repeat(120);
    expect(await problems(`  ami-name: "${long}"\n`, { image: { namespace: 'alice' } })).toEqual([
      expect.stringMatching(
        /^\d+ aws\.ami-name: the AMI name "b+-alice-9999a" is 132 characters; AMI names are 3 to 128 .*shorten aws\.ami-name or image\.namespace$/,
      ),
    ]);
    const config = await load(
      '  kms-key-id: alias/batch-images\n  target-regions: [us-east-1, eu-west-1]\n',
    );
    expect(config.aws).toMatchObject({
      encrypted: true,
      kmsKeyId: 'alias/batch-images',
      targetRegions: ['eu-west-1'],
    });
    expect(await problems('  encrypted: false\n  kms-key-id: alias/x\n')).toEqual([
      '8 aws.kms-key-id: is set but encrypted is false: remove one of them',
    ]);
  });

  it('AMI name and region rules', () => {
    expect(checkAmiName('batch-worker (22.04) [gpu]/v1')).toBeUndefined();
    expect(checkAmiName('ab')).toMatch(/is 2 characters; AMI names are 3 to 128/);
    expect(checkAmiName('batch:worker')).toMatch(/found ":"/);
    expect(checkAwsRegion('eu-central-1')).toBeUndefined();
    expect(checkAwsRegion('us-gov-west-1')).toBeUndefined();
    expect(checkAwsRegion('eastus')).toMatch(/not an AWS region/);
  });

  it('the example config in templates/ has a working aws block', async () => {
    const config = await loadConfig({
      path: 'templates/worker-image.example.yml',
      cwd: resolve('.'),
    });
    expect(config.aws).toMatchObject({
      region: 'us-east-1',
      targetRegions: ['us-west-2', 'eu-west-1'],
      template: { path: resolve('templates/aws-startup.sh.j2') },
    });
    const example = await loadConfig({ path: 'examples/worker-image.yml', cwd: resolve('.') });
    expect(example.aws?.targetRegions).toEqual(['us-west-2']);
  });
});
