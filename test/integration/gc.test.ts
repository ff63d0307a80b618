import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator, ResourceInfo } from '../../src/emulator/index.js';
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { armOptions, createNetwork, credential } from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, templateIn, writes } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { ec2, liveAws, until, useDummyAwsCredentials, writeAwsConfig } from '../helpers/ec2.js';
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';

let emulator: Emulator;
let config: string;

const HOUR = 3_600_000;
const ago = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();
const builder = (run: string) => ({ 'worker-image-run': run, 'worker-image-role': 'builder' });

/** Both clouds in one config, pointed at the emulator. */
async function writeGcConfig(e: Emulator): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-gc-'));
  const ca = join(dir, 'ca.pem');
  await writeFile(ca, e.caCertificate);
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    `image: { name: batch-worker }
gcp:
  project: test-project
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: ${await templateIn(dir, 'gcp-startup.sh.j2')}
  endpoint: ${e.gceEndpoint}
  auth: none
  timeouts: { operation: 30s }
azure:
  subscription-id: ${AZURE_SUBSCRIPTION}
  location: eastus
  resource-group: batch-images
  gallery: batch_images
  definition: { name: batch-worker-22-04, publisher: batch, offer: worker, sku: 22-04 }
  source-image: { publisher: Canonical, offer: 0001-com-ubuntu-server-jammy, sku: 22_04-lts-gen2 }
  template: ${await templateIn(dir, 'azure-startup.sh.j2')}
  endpoint: ${e.armEndpoint}
  ca-certificate: ${ca}
  auth: none
  poll-interval: 100ms
  timeouts: { operation: 30s }
`,
  );
  return path;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    return { code: await cli(args), out };
  } finally {
    vi.restoreAllMocks();
  }
}

/** `kind name` of what is alive, leaving out the stock images and the Azure network inside groups. */
function alive(): string[] {
  return emulator.control
    .resources()
    .filter(
      (r: ResourceInfo) =>
        r.cloud === 'gcp' || r.kind === 'resourceGroup' || r.kind === 'galleryImageVersion',
    )
    .map((r) => `${r.cloud} ${r.kind} ${r.name}`)
    .sort();
}

/**
 * What killed runs left, and what must survive: builders old and young, a lone builder disk,
 * an unlabelled VM, the product image and gallery version of the very run whose builder
 * leaked, an excluded run, and Azure build groups old, young and undated.
 */
async function plant(): Promise<void> {
  const c = emulator.control;
  const gce = { project: 'test-project', zone: 'us-central1-a' };
  c.plantGceResource({
    ...gce,
    kind: 'instance',
    name: 'batch-worker-7-builder-aaaaaa',
    labels: builder('gh-1-1'),
    creationTimestamp: ago(8),
  });
  c.plantGceResource({
    ...gce,
    kind: 'instance',
    name: 'batch-worker-8-builder-bbbbbb',
    labels: builder('gh-2-1'),
    creationTimestamp: ago(1),
  });
  c.plantGceResource({
    ...gce,
    zone: 'europe-west1-b',
    kind: 'disk',
    name: 'batch-worker-6-builder-cccccc',
    labels: builder('gh-3-1'),
    creationTimestamp: ago(30),
  });
  c.plantGceResource({ ...gce, kind: 'instance', name: 'web-server', creationTimestamp: ago(100) });
  c.plantGceResource({
    ...gce,
    kind: 'instance',
    name: 'batch-worker-9-builder-dddddd',
    labels: builder('gh-4-1'),
    creationTimestamp: ago(9),
  });
  c.seedImage({
    project: 'test-project',
    name: 'batch-worker-7',
    labels: { 'worker-image-run': 'gh-1-1', 'worker-image-role': 'image' },
    creationTimestamp: ago(8),
  });
  c.seedGalleryVersion({
    subscriptionId: AZURE_SUBSCRIPTION,
    resourceGroup: 'batch-images',
    gallery: 'batch_images',
    definition: 'batch-worker-22-04',
    version: '0.0.7',
    tags: { 'worker-image-run': 'gh-1-1', 'worker-image-role': 'image' },
  });
  const options = armOptions(emulator);
  const arm = {
    compute: new ComputeManagementClient(credential, AZURE_SUBSCRIPTION, options),
    network: new NetworkManagementClient(credential, AZURE_SUBSCRIPTION, options),
    resources: new ResourceManagementClient(credential, AZURE_SUBSCRIPTION, options),
  };
  const tags = (run: string, hours?: number) => ({
    ...builder(run),
    ...(hours === undefined ? {} : { 'worker-image-created': ago(hours) }),
  });
  await createNetwork(arm, 'wi-build-old', 'eastus', tags('gh-1-1', 7));
  await arm.resources.resourceGroups.createOrUpdate('wi-build-young', {
    location: 'eastus',
    tags: tags('gh-2-1', 2),
  });
  await arm.resources.resourceGroups.createOrUpdate('wi-build-undated', {
    location: 'eastus',
    tags: tags('gh-5-1'),
  });
  await arm.resources.resourceGroups.createOrUpdate('team-stuff', {
    location: 'eastus',
    tags: { owner: 'ops' },
  });
  c.clearCalls();
}

const LEAKED = [
  'azure resourceGroup wi-build-old',
  'gcp disk batch-worker-6-builder-cccccc',
  // The builder's boot disk, deleted with it (auto-delete).
  'gcp disk batch-worker-7-builder-aaaaaa',
  'gcp instance batch-worker-7-builder-aaaaaa',
];

beforeAll(async () => {
  emulator = await startTestEmulator();
  config = await writeGcConfig(emulator);
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  await plant();
});

describe('worker-image gc', () => {
  it('--dry-run lists exactly the old builder leftovers and deletes nothing', async () => {
    const before = alive();
    const { code, out } = await run([
      'gc',
      '--config',
      config,
      '--dry-run',
      '--exclude-run',
      'gh-4-1',
    ]);
    expect(code).toBe(0);
    const wouldDelete = out
      .split('\n')
      .filter((l) => l.includes('would delete') && !l.includes('found'));
    expect(wouldDelete.map((l) => l.split(/\s+/).slice(0, 3).join(' ')).sort()).toEqual([
      'azure resource group',
      'gcp disk batch-worker-6-builder-cccccc',
      'gcp instance batch-worker-7-builder-aaaaaa',
    ]);
    expect(out).toMatch(
      /azure\s+resource group\s+wi-build-old \(eastus\)\s+gh-1-1\s+7h\s+would delete/,
    );
    expect(out).toMatch(
      /batch-worker-8-builder-bbbbbb.*gh-2-1\s+1h\s+kept: younger than --older-than/,
    );
    expect(out).toMatch(/batch-worker-9-builder-dddddd.*gh-4-1\s+9h\s+kept: run excluded/);
    expect(out).toMatch(/wi-build-undated.*gh-5-1\s+\?\s+kept: age unknown/);
    expect(out).toMatch(/wi-build-young.*kept: younger/);
    // Never candidates: the unlabelled VM, the product image and gallery version, other groups.
    for (const name of ['web-server', 'batch-worker-7 ', '0.0.7', 'team-stuff', 'batch-images']) {
      expect(out).not.toContain(name);
    }
    expect(out).toContain('dry run: nothing was deleted');
    expect(alive()).toEqual(before);
    expect(writes(emulator)).toEqual([]);
  });

  it('deletes exactly those, with what they hold, and leaves everything else', async () => {
    const before = alive();
    const { code, out } = await run(['gc', '--config', config, '--exclude-run', 'gh-4-1']);
    expect(code, out).toBe(0);
    expect(out).toMatch(/7 found on gcp, azure, older than 6h: deleted 3, kept 4/);
    expect(alive()).toEqual(before.filter((r) => !LEAKED.includes(r)));
    // The builder's boot disk went with it; the old group's network went with the group.
    const left = emulator.control.resources().map((r) => r.name);
    expect(left).not.toContain('builder-vnet');
    expect(left).toContain('batch-worker-7');
    expect(left).toContain('batch-worker-8-builder-bbbbbb');
    expect(left).toContain('web-server');
  });

  it("finds a killed verification's VM by its own role and deletes it", async () => {
    emulator.control.plantGceResource({
      project: 'test-project',
      zone: 'us-central1-a',
      kind: 'instance',
      name: 'wi-verify-batch-worker-7-eeeeee',
      labels: { 'worker-image-run': 'gh-6-1', 'worker-image-role': 'verifier' },
      creationTimestamp: ago(7),
    });
    const { code, out } = await run(['gc', '--config', config, '--clouds', 'gcp']);
    expect(code, out).toBe(0);
    expect(out).toMatch(
      /wi-verify-batch-worker-7-eeeeee \(us-central1-a\)\s+gh-6-1\s+7h\s+deleted/,
    );
    expect(alive()).not.toContain('gcp instance wi-verify-batch-worker-7-eeeeee');
  });

  it('--older-than and --clouds narrow it; without --exclude-run an old builder of any run goes', async () => {
    const { code, out } = await run([
      'gc',
      '--config',
      config,
      '--clouds',
      'gcp',
      '--older-than',
      '30m',
    ]);
    expect(code, out).toBe(0);
    expect(out).not.toContain('azure');
    const names = alive();
    for (const gone of [
      'batch-worker-7-builder-aaaaaa',
      'batch-worker-8-builder-bbbbbb',
      'batch-worker-9-builder-dddddd',
    ])
      expect(names).not.toContain(`gcp instance ${gone}`);
    expect(names).toContain('gcp instance web-server');
    expect(names).toContain('azure resourceGroup wi-build-old');
  });

  it('a deletion that fails is reported, the others still happen, and gc exits 1', async () => {
    emulator.control.addFault({
      method: 'DELETE',
      path: 'instances/batch-worker-7-builder-aaaaaa$',
      status: 403,
      message: 'Required compute.instances.delete permission',
    });
    const { code, out } = await run(['gc', '--config', config, '--exclude-run', 'gh-4-1']);
    expect(code).toBe(1);
    expect(out).toMatch(/batch-worker-7-builder-aaaaaa.*failed: .*compute\.instances\.delete/);
    expect(out).toMatch(/deleted 2, 1 failed/);
    const names = alive();
    expect(names).toContain('gcp instance batch-worker-7-builder-aaaaaa');
    expect(names).not.toContain('azure resourceGroup wi-build-old');
    expect(names).not.toContain('gcp disk batch-worker-6-builder-cccccc');
  });

  it('refuses a cloud the config has no block for, and a bad --older-than, before any call', async () => {
    const bad = await run(['gc', '--config', config, '--clouds', 'aws']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('--clouds: aws was selected but the config has no aws: block');
    const typo = await run(['gc', '--config', config, '--clouds', 'GCP amazon']);
    expect(typo.out).toContain(
      '--clouds: "amazon" is not a cloud; use a list of gcp, azure, aws, or all',
    );
    expect(typo.out).not.toContain('"gcp"');
    const age = await run(['gc', '--config', config, '--older-than', 'six hours']);
    expect(age.code).toBe(1);
    expect(age.out).toMatch(/--older-than: must be a duration such as "90s"/);
    expect(emulator.control.calls()).toEqual([]);
  });
});

describe('worker-image gc on AWS', () => {
  it('terminates builder instances older than --older-than in every configured region; AMIs and untagged instances stay', async () => {
    const restore = useDummyAwsCredentials();
    try {
      emulator.control.addOutcome({ outcome: 'hang' });
      const tags = (run: string, role: string) => [
        {
          ResourceType: 'instance' as const,
          Tags: [
            { Key: 'worker-image-run', Value: run },
            { Key: 'worker-image-role', Value: role },
            { Key: 'Name', Value: `leak-${run}` },
          ],
        },
      ];
      const stockAmi = async (region: string): Promise<string> => {
        const out = await ec2(emulator, region).send(
          new DescribeImagesCommand({
            Owners: ['099720109477'],
            Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-*'] }],
          }),
        );
        return out.Images![0]!.ImageId!;
      };
      const launch = async (region: string, spec: Parameters<typeof tags>) =>
        ec2(emulator, region).send(
          new RunInstancesCommand({
            ImageId: await stockAmi(region),
            InstanceType: 't3.micro',
            MinCount: 1,
            MaxCount: 1,
            TagSpecifications: tags(...spec),
          }),
        );
      await launch('us-east-1', ['gh-50-1', 'builder']);
      await launch('us-west-2', ['gh-51-1', 'builder']);
      await launch('us-east-1', ['gh-52-1', 'image']);
      await launch('us-east-1', ['other', 'app']);
      const awsConfig = await writeAwsConfig(emulator);
      // Leaks are old: by the time gc runs, EC2 lists them (a just-launched instance it does
      // not list yet is no leak of a killed run).
      for (const region of ['us-east-1', 'us-west-2']) {
        await until(async () => {
          const out = await ec2(emulator, region).send(new DescribeInstancesCommand({}));
          return (out.Reservations ?? []).length === (region === 'us-east-1' ? 3 : 1);
        });
      }
      await new Promise((r) => setTimeout(r, 1100));

      const dry = await run(['gc', '--config', awsConfig, '--older-than', '1s', '--dry-run']);
      expect(dry.code, dry.out).toBe(0);
      expect(dry.out).toMatch(/leak-gh-50-1.*would delete/);
      expect(dry.out).toMatch(/leak-gh-51-1.*would delete/);
      expect(dry.out).not.toContain('leak-gh-52-1');

      const real = await run(['gc', '--config', awsConfig, '--older-than', '1s']);
      expect(real.code, real.out).toBe(0);
      const running = liveAws(emulator, 'instance');
      expect(running.some((l) => l.includes('leak-gh-50-1'))).toBe(false);
      expect(running.some((l) => l.includes('leak-gh-51-1'))).toBe(false);
      expect(running.some((l) => l.includes('leak-gh-52-1'))).toBe(true);
      expect(running.some((l) => l.includes('leak-other'))).toBe(true);
    } finally {
      restore();
    }
  });
});
