import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { ShareInputs } from '../../src/share/request.js';
import { runShare } from '../../src/share/run.js';
import { ec2Writes, useDummyAwsCredentials } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let restoreCredentials: () => void;
beforeAll(async () => {
  emulator = await startTestEmulator();
  restoreCredentials = useDummyAwsCredentials();
  // KMS (who manages a snapshot's key) is served on the emulator's EC2 endpoint.
  process.env.AWS_ENDPOINT_URL_KMS = emulator.ec2Endpoint;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_KMS;
  restoreCredentials();
  await emulator.stop();
});
beforeEach(() => emulator.control.reset());

const ACCOUNT = '210987654321';
const ORG = 'arn:aws:organizations::123456789012:organization/o-abc123defg';
const OU = 'arn:aws:organizations::123456789012:ou/o-abc123defg/ou-ab12-cdef3456';

function seedCopies(opts: { encrypted?: boolean; kmsKeyId?: string } = {}) {
  return ['us-east-1', 'eu-west-1'].map((region) => {
    const info = emulator.control.seedAmi({ region, name: 'batch-worker-24', ...opts });
    return { region, id: (info as { id: string }).id };
  });
}

async function share(inputs: ShareInputs) {
  const lines: string[] = [];
  const outcome = await runShare(
    { cloud: 'aws', endpoint: emulator.ec2Endpoint, ...inputs },
    {
      cwd: process.cwd(),
      reporter: new ConsoleReporter((l) => lines.push(l)),
      signal: new AbortController().signal,
    },
  );
  return { ...outcome, log: lines.join('') };
}

describe('share-image on AWS against the emulator', () => {
  it('adds launch permissions to every regional copy named in the manifest; a second run changes nothing', async () => {
    const copies = seedCopies();
    const dir = await mkdtemp(join(tmpdir(), 'wi-share-aws-'));
    const manifest = join(dir, 'manifest.json');
    await writeFile(
      manifest,
      JSON.stringify({
        builds: [
          {
            name: 'aws',
            builder_type: 'amazon-ebs',
            build_time: 1_790_000_000,
            files: null,
            artifact_id: copies.map((c) => `${c.region}:${c.id}`).join(','),
            packer_run_uuid: 'r1',
            custom_data: { cloud: 'aws', image_name: 'batch-worker-24', version: '24' },
          },
        ],
        last_run_uuid: 'r1',
      }),
    );
    const inputs = {
      manifest,
      accounts: ACCOUNT,
      organizations: ORG,
      'organizational-units': OU,
      catalogue: join(dir, 'ami_share_requests.json'),
    };
    const first = await share(inputs);
    expect(first.result.changed).toBe(true);
    expect(first.result.grants).toHaveLength(6);
    expect(first.result.grants.every((g) => g.status === 'added')).toBe(true);
    for (const c of copies) {
      expect(emulator.control.launchPermissions(c.region, c.id).permissions).toEqual(
        expect.arrayContaining([
          { userId: ACCOUNT },
          { organizationArn: ORG },
          { organizationalUnitArn: OU },
        ]),
      );
    }
    const catalogue = JSON.parse(await readFile(inputs.catalogue, 'utf8'));
    expect(catalogue.images[0]).toMatchObject({
      cloud: 'aws',
      image: 'batch-worker-24',
      regions: copies.map((c) => ({ region: c.region, image_id: c.id })),
      shared_with: [ACCOUNT, ORG, OU].sort(),
    });

    emulator.control.clearCalls();
    const second = await share(inputs);
    expect(second.result.changed).toBe(false);
    expect(second.log).toContain(`${ACCOUNT}: already granted in us-east-1`);
    expect(ec2Writes(emulator)).toEqual([]);
  });

  it('refuses an AMI encrypted with the default AWS managed key, before changing any region', async () => {
    const plain = emulator.control.seedAmi({ region: 'us-east-1', name: 'a' }) as { id: string };
    const managed = emulator.control.seedAmi({
      region: 'eu-west-1',
      name: 'a',
      encrypted: true,
    }) as { id: string };
    const err = (await share({
      image: `us-east-1:${plain.id},eu-west-1:${managed.id}`,
      accounts: ACCOUNT,
    }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /cannot be shared: its snapshot .* is encrypted with the default AWS managed key \(alias\/aws\/ebs\)/,
    );
    expect(err.message).toMatch(/customer managed KMS key/);
    // The snapshot names its key by ARN, as on AWS; KMS says AWS manages it.
    expect(emulator.control.calls().map((c) => c.path)).toContain('/kms/eu-west-1/DescribeKey');
    expect(ec2Writes(emulator)).toEqual([]);
    expect(emulator.control.launchPermissions('us-east-1', plain.id).permissions).toEqual([]);
  });

  it('an AMI encrypted with a customer managed key is shared', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const ami = emulator.control.seedAmi({
      region: 'us-east-1',
      name: 'cmk',
      encrypted: true,
      kmsKeyId: key,
    }) as { id: string };
    const { result } = await share({ image: `us-east-1:${ami.id}`, accounts: ACCOUNT });
    expect(result.grants).toEqual([
      {
        member: ACCOUNT,
        status: 'added',
        via: 'launch permission',
        region: 'us-east-1',
        image: ami.id,
      },
    ]);
  });

  it('rejects bad account ids and ARNs naming the input, before any call', async () => {
    const err = (await share({
      image: 'us-east-1:ami-0123456789abcdef0',
      accounts: '12345,123456789012',
      organizations: 'o-abc123',
    }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /accounts\[0\]: "12345" is not an AWS account id: exactly 12 digits/,
    );
    expect(err.message).toMatch(/organizations\[0\]: "o-abc123" is not an organization ARN/);
    expect(emulator.control.calls()).toEqual([]);
  });
});
