import {
  CreateImageCommand,
  DeleteVolumeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { MAX_USER_AWS_TAGS } from '../../src/naming/aws.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import {
  awsResources,
  ec2,
  ec2Writes,
  liveAws,
  until,
  useDummyAwsCredentials,
  writeAwsConfig,
} from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let restoreCredentials: () => void;
beforeAll(async () => {
  restoreCredentials = useDummyAwsCredentials();
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.stop();
  restoreCredentials();
});
beforeEach(() => emulator.control.reset());

async function runBake(overrides: RawOverrides = {}, controller = new AbortController()) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeAwsConfig(emulator),
    overrides,
    cwd: process.cwd(),
  });
  const ctx = runContext({}, new ConsoleReporter((l) => lines.push(l)), controller.signal);
  const ledger = new ResourceLedger();
  const run = bake(config, ctx, { cloud: 'aws', ledger });
  return { run, lines, config, ledger };
}

describe('bake on AWS against the emulator', () => {
  it('bakes the next version, copies the AMI to two regions and terminates the builder', async () => {
    for (const v of ['21', '23', '22-04'])
      emulator.control.seedAmi({ region: 'us-east-1', name: `batch-worker-${v}` });
    // A higher version elsewhere is not this region's history.
    emulator.control.seedAmi({ region: 'us-west-2', name: 'batch-worker-40' });
    const { run, config, ledger, lines } = await runBake();
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-24');

    const amis = awsResources(emulator).filter(
      (r) => r.kind === 'image' && r.name === 'batch-worker-24',
    );
    expect(amis.map((a) => `${a.region} ${a.status}`).sort()).toEqual([
      'eu-west-1 available',
      'us-east-1 available',
      'us-west-2 available',
    ]);
    for (const ami of amis) {
      expect(ami.tags).toMatchObject({
        'worker-image-role': 'image',
        'worker-image-version': '24',
        'worker-image-run': ctxRun(lines),
      });
    }
    const byRegion = Object.fromEntries(amis.map((a) => [a.region, a.id]));
    expect(outcome.result?.imageId).toBe(byRegion['us-east-1']);
    expect(outcome.result?.artifactId).toBe(
      ['eu-west-1', 'us-east-1', 'us-west-2'].map((r) => `${r}:${byRegion[r]}`).join(','),
    );
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(awsResources(emulator).some((r) => r.tags['worker-image-role'] === 'builder')).toBe(
      false,
    );
    expect(ledger.list()).toEqual([]);

    // The real SDK sees the copy as the bake left it: available, with its snapshot.
    const [copy] =
      (
        await ec2(emulator, 'us-west-2').send(
          new DescribeImagesCommand({ ImageIds: [byRegion['us-west-2']!] }),
        )
      ).Images ?? [];
    expect(copy?.State).toBe('available');
    expect(copy?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId).toMatch(/^snap-/);

    const manifest = JSON.parse(await readFile(config.manifestPath, 'utf8'));
    expect(manifest.builds[0]).toMatchObject({
      builder_type: 'amazon-ebs',
      artifact_id: outcome.result?.artifactId,
      custom_data: { region: 'us-east-1', regions: 'us-east-1,us-west-2,eu-west-1' },
    });
    // The builder ran the wrapped script for real, with IMDSv2 and stop-on-shutdown.
    const run0 = emulator.control.calls().filter((c) => c.path.endsWith('/RunInstances'));
    expect(run0).toHaveLength(1);
    expect(
      lines.some((l) => l.includes('worker-image: provisioning script exited with status 0')),
    ).toBe(true);
  });

  it("the most user tags worker-image takes (44, keys of 128 and values of 256 characters) fit beside its own under EC2's 50 on every resource", async () => {
    const tags = Object.fromEntries(
      Array.from({ length: MAX_USER_AWS_TAGS }, (_, i) => [
        `team-${i}-`.padEnd(128, 'k'),
        `value-${i}-`.padEnd(256, 'v'),
      ]),
    );
    const { run } = await runBake({ aws: { tags, 'target-regions': ['us-west-2'] } });
    await run;
    const made = awsResources(emulator).filter((r) => r.kind === 'image' || r.kind === 'snapshot');
    expect(made.map((r) => `${r.kind} ${r.region}`).sort()).toEqual([
      'image us-east-1',
      'image us-west-2',
      'snapshot us-east-1',
      'snapshot us-west-2',
    ]);
    for (const r of made) {
      expect(r.tags).toMatchObject(tags);
      expect(Object.keys(r.tags).length).toBeLessThanOrEqual(50);
    }
  });

  it('a failing script (exit 3) fails with the status and the console tail; nothing left running, no AMI', async () => {
    emulator.control.addOutcome({ outcome: { exit: 3 } });
    const { run } = await runBake();
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /failed with exit status 3 on builder batch-worker-1-builder-[0-9a-f]{6} \(i-[0-9a-f]{17}/,
    );
    expect(err.message).toMatch(/last \d+ console lines of i-[0-9a-f]{17}:/);
    expect(err.message).toContain('worker-image: provisioning script exited with status 3');
    expect(liveAws(emulator)).toEqual([]);
    expect(ec2Writes(emulator).some((w) => w.endsWith('/CreateImage'))).toBe(false);
  });

  it('an existing AMI name is refused before any call that creates anything, in a copy region too', async () => {
    emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-22' });
    emulator.control.seedAmi({ region: 'eu-west-1', name: 'batch-worker-23' });
    for (const version of ['22', '23']) {
      emulator.control.clearCalls();
      const { run } = await runBake({ image: { version } });
      const where = version === '22' ? 'us-east-1' : 'eu-west-1';
      await expect(run).rejects.toThrow(
        `image batch-worker-${version} already exists in region ${where}; images in the default namespace are never overwritten`,
      );
      expect(ec2Writes(emulator)).toEqual([]);
    }
  });

  it('version auto counts only this base name in the source region (21 and 23 give 24; neighbours ignored)', async () => {
    for (const name of [
      'batch-worker-21',
      'batch-worker-23',
      'batch-worker-22-04',
      'batch-worker-alice-90',
      'batch-worker-subnet',
    ])
      emulator.control.seedAmi({ region: 'us-east-1', name });
    const { run } = await runBake({ aws: { 'target-regions': [] } });
    expect((await run).plan.version).toBe('24');
    const { run: again } = await runBake({ aws: { 'target-regions': [] } });
    expect((await again).plan.imageName).toBe('batch-worker-25');
  });

  it('overwrite in a namespace replaces the AMI and its copies, deleting their snapshots', async () => {
    const { run: first } = await runBake({ image: { namespace: 'alice', version: '3' } });
    await first;
    const before = awsResources(emulator)
      .filter((r) => r.kind === 'image')
      .map((r) => r.id);
    const { run } = await runBake({ image: { namespace: 'alice', version: '3', overwrite: true } });
    await run;
    const after = awsResources(emulator).filter((r) => r.kind === 'image');
    expect(after.map((r) => r.name)).toEqual(Array(3).fill('batch-worker-alice-3'));
    expect(after.some((r) => before.includes(r.id))).toBe(false);
    expect(awsResources(emulator).filter((r) => r.kind === 'snapshot')).toHaveLength(3);
  });

  it('an encrypted bake makes encrypted AMIs: the given key at the source, the default key in copies', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
    const { run } = await runBake({ aws: { 'kms-key-id': key, 'target-regions': ['us-west-2'] } });
    await run;
    const amis = awsResources(emulator).filter((r) => r.kind === 'image');
    expect(Object.fromEntries(amis.map((a) => [a.region, [a.encrypted, a.kmsKeyId]]))).toEqual({
      'us-east-1': [true, key],
      // Copies use their region's default EBS key, named by key ARN as AWS does.
      'us-west-2': [
        true,
        expect.stringMatching(/^arn:aws:kms:us-west-2:123456789012:key\/[0-9a-f-]{36}$/),
      ],
    });
  });

  it('a copy that fails in one region fails the bake naming it; every AMI and snapshot is deleted', async () => {
    emulator.control.addFault({
      path: '^/ec2/eu-west-1/CopyImage$',
      operationError: { code: 'Client.InternalError', message: 'snapshot copy failed' },
    });
    const { run } = await runBake();
    await expect(run).rejects.toThrow(
      /AMI ami-[0-9a-f]+ in eu-west-1 ended failed: snapshot copy failed/,
    );
    expect(liveAws(emulator)).toEqual([]);
  });

  it('a 503 from EC2 is retried; a script with a syntax error fails like bash does', async () => {
    emulator.control.addFault({ path: '/RunInstances$', status: 503, times: 2 });
    const dir = await mkdtemp(join(tmpdir(), 'wi-broken-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const template = join(dir, 'broken.sh.j2');
    await writeFile(template, 'if true; then\n  echo "{{ global.docker_root_image }}"\n');
    const { run, lines } = await runBake({ aws: { template } });
    await expect(run).rejects.toThrow(/failed with exit status 2/);
    expect(lines.some((l) => /launch the builder: 503, retrying/.test(l))).toBe(true);
    expect(liveAws(emulator)).toEqual([]);
  });

  it('calls whose answers are lost (carried out, answered 503) are retried without a second builder, AMI or copy: a lost CreateImage is found by its name and run tag', async () => {
    for (const action of ['RunInstances', 'CreateImage', 'CopyImage']) {
      emulator.control.addFault({ path: `/${action}$`, status: 503, lost: true });
    }
    const { run, lines } = await runBake();
    const outcome = await run;
    const ami = outcome.result?.imageId;
    expect(lines.join('')).toContain(
      `AMI ${outcome.result?.imageName} was made by this run's first request, whose answer was lost: ${ami}`,
    );
    const images = awsResources(emulator).filter(
      (r) => r.kind === 'image' && r.name === outcome.result?.imageName,
    );
    // One AMI in the source region and one copy in each copy region: nothing twice.
    expect(new Set(images.map((i) => i.region)).size).toBe(images.length);
    expect(images.some((i) => i.id === ami)).toBe(true);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('cancellation mid-wait terminates the builder', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const controller = new AbortController();
    const { run, lines } = await runBake({}, controller);
    while (!lines.some((l) => l.includes('provisioning script started')))
      await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await expect(run).rejects.toThrow(/cancelled/);
    await new Promise((r) => setTimeout(r, 500));
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('a source AMI with a data volume kept on termination: the builder’s copy goes with it, the new AMI keeps the setting, nothing is left', async () => {
    // The source: an AMI whose /dev/sdf says DeleteOnTermination false, made as a user would.
    const client = ec2(emulator);
    const [stock] =
      (
        await client.send(
          new DescribeImagesCommand({
            Owners: ['099720109477'],
            Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-*'] }],
          }),
        )
      ).Images ?? [];
    const launched = await client.send(
      new RunInstancesCommand({
        ImageId: stock!.ImageId!,
        InstanceType: 't3.large',
        MinCount: 1,
        MaxCount: 1,
        BlockDeviceMappings: [
          { DeviceName: '/dev/sdf', Ebs: { VolumeSize: 8, DeleteOnTermination: false } },
        ],
      }),
    );
    const base = launched.Instances![0]!.InstanceId!;
    const state = async () =>
      (
        await client
          .send(new DescribeInstancesCommand({ InstanceIds: [base] }))
          .catch(() => undefined)
      )?.Reservations?.[0]?.Instances?.[0]?.State?.Name;
    await until(async () => (await state()) === 'running');
    await client.send(new StopInstancesCommand({ InstanceIds: [base] }));
    await until(async () => (await state()) === 'stopped');
    const made = await client.send(
      new CreateImageCommand({ InstanceId: base, Name: 'base-with-data' }),
    );
    const sourceAmi = made.ImageId!;
    const image = async (imageId: string) =>
      (await client.send(new DescribeImagesCommand({ ImageIds: [imageId] })).catch(() => undefined))
        ?.Images?.[0];
    await until(async () => (await image(sourceAmi))?.State === 'available');
    await client.send(new TerminateInstancesCommand({ InstanceIds: [base] }));
    await until(async () => (await state()) === 'terminated');
    // The base instance's own kept volume is the user's: deleted here, before the bake.
    for (const v of (await client.send(new DescribeVolumesCommand({}))).Volumes ?? []) {
      await client.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId! }));
    }
    await until(() => liveAws(emulator, 'volume').length === 0);

    const path = await writeAwsConfig(emulator);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/source-image: .*/, `source-image: { id: ${sourceAmi} }`));
    const config = await loadConfig({ path, cwd: process.cwd() });
    const ctx = runContext({}, new ConsoleReporter(() => {}), new AbortController().signal);
    const outcome = await bake(config, ctx, { cloud: 'aws', ledger: new ResourceLedger() });
    const baked = await image(outcome.result!.imageId.split(':').pop()!);
    expect(
      baked?.BlockDeviceMappings?.find((m) => m.DeviceName === '/dev/sdf')?.Ebs
        ?.DeleteOnTermination,
    ).toBe(false);
    // Before, the builder's /dev/sdf outlived it: a volume left behind by every bake.
    await until(() => liveAws(emulator, 'instance').length === 0);
    expect(liveAws(emulator, 'volume')).toEqual([]);
  });
});

/** The run id the bake printed in its plan's labels line. */
function ctxRun(lines: string[]): string {
  const line = lines.find((l) => l.includes('worker-image-run='));
  return /worker-image-run=([^,\s]+)/.exec(line ?? '')?.[1] ?? '';
}
