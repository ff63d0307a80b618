/**
 * The AWS provider against EC2's documented hazards, all on (the emulator's defaults): a
 * builder and AMIs EC2 does not know yet, a deregistered AMI still listed, snapshots in use
 * right after a deregistration, a builder type without a live console, listings in pages.
 * Each test runs the product through one of them and checks what a user sees: the AMIs in
 * every region, and nothing else left.
 */
import {
  CreateImageCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bake, cleanupRecorded } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { LedgerSet } from '../../src/pipeline/ledgers.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { AwsProvider } from '../../src/providers/aws/provider.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import {
  awsResources,
  ec2,
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

const ONE_REGION: RawOverrides = { aws: { 'target-regions': [] } };

async function config(overrides: RawOverrides = {}, extra = '') {
  return loadConfig({
    path: await writeAwsConfig(emulator, extra),
    overrides,
    cwd: process.cwd(),
  });
}

function reporter(lines: string[]): ConsoleReporter {
  return new ConsoleReporter((l) => lines.push(...l.replace(/\n$/, '').split('\n')));
}

async function runBake(overrides: RawOverrides = {}, controller = new AbortController()) {
  const lines: string[] = [];
  const ctx = runContext({}, reporter(lines), controller.signal);
  const ledger = new ResourceLedger();
  const run = bake(await config(overrides), ctx, { cloud: 'aws', ledger });
  return { run, lines, ledger };
}

/** What is left, by kind: `image us-east-1 available`. */
function left(): string[] {
  return awsResources(emulator)
    .map((r) => `${r.kind} ${r.region} ${r.status}`)
    .sort();
}

const matching = (lines: string[], re: RegExp): string[] => lines.filter((l) => re.test(l));

describe('AWS bakes through EC2 eventual consistency', () => {
  it('a bake meets a builder and AMIs EC2 does not know yet, waits for each (one line), and leaves the AMIs in every region and nothing else', async () => {
    const { run, lines, ledger } = await runBake();
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-1');
    expect(left()).toEqual(
      ['eu-west-1', 'us-east-1', 'us-west-2']
        .flatMap((r) => [`image ${r} available`, `snapshot ${r} completed`])
        .sort(),
    );
    expect(ledger.list()).toEqual([]);
    expect(matching(lines, /builder i-[0-9a-f]+: EC2 does not know it yet/)).toHaveLength(1);
    for (const region of ['us-east-1', 'us-west-2', 'eu-west-1']) {
      expect(
        matching(lines, new RegExp(`AMI ami-[0-9a-f]+ in ${region}: EC2 does not know it yet`)),
      ).toHaveLength(1);
    }
  });

  it('a console read refused right after launch fails the bake, and cleanup terminates the builder EC2 does not know yet', async () => {
    emulator.control.addFault({ path: '/GetConsoleOutput$', status: 403 });
    const { run, lines, ledger } = await runBake(ONE_REGION);
    await expect(run).rejects.toThrow(/not authorized/);
    expect(matching(lines, /builder i-[0-9a-f]+: EC2 does not know it yet/)).toHaveLength(1);
    expect(ledger.list()).toEqual([]);
    expect(liveAws(emulator)).toEqual([]);
  });

  it('a cancellation right after CreateImage leaves the AMI EC2 does not know yet to the post step, which deletes it and its snapshot once EC2 lets go of it', async () => {
    emulator.control.setDurations({ imageCapture: 5000 });
    const controller = new AbortController();
    const { run, ledger, lines } = await runBake(ONE_REGION, controller);
    await until(() =>
      emulator.control.calls().some((c) => c.path.endsWith('/CreateImage') && c.status === 200),
    );
    controller.abort();
    await expect(run).rejects.toThrow(/cancelled/);
    // Cancelled, the run waits for nothing (the runner kills it within seconds): the AMI it
    // could not see yet stays in the ledger, which the post step reads from the saved state.
    expect(ledger.list().map((r) => r.kind)).toContain('image');
    await cleanupRecorded(await config(ONE_REGION), reporter(lines), ledger);
    expect(ledger.list()).toEqual([]);
    expect(left()).toEqual([]);
  });

  it('cleanup of a builder known only by its client token (the launch answer was lost) waits for EC2 to list it, then terminates it', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const cfg = await config();
    const client = ec2(emulator);
    const [stock] = (
      await client.send(
        new DescribeImagesCommand({
          Owners: ['099720109477'],
          Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-*'] }],
        }),
      )
    ).Images!;
    await client.send(
      new RunInstancesCommand({
        ImageId: stock!.ImageId!,
        InstanceType: 't3.large',
        MinCount: 1,
        MaxCount: 1,
        ClientToken: 'wi-builder-lost-answer',
      }),
    );
    const lines: string[] = [];
    await new AwsProvider(cfg.aws!).deleteResource(
      {
        cloud: 'aws',
        kind: 'instance',
        id: 'us-east-1/client-token/wi-builder-lost-answer',
        role: 'builder',
        keep: 'never',
      },
      { wait: true, reporter: reporter(lines) },
    );
    expect(matching(lines, /none listed yet/)).toHaveLength(1);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('an AMI whose CreateImage answer never came (cancelled in flight) is found by its name and run tag, once EC2 lists it, and deleted with its snapshot', async () => {
    // The instance lag is not what this is about; the new AMI's is.
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const [stock] = (
      await client.send(
        new DescribeImagesCommand({
          Owners: ['099720109477'],
          Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-*'] }],
        }),
      )
    ).Images!;
    const run = await client.send(
      new RunInstancesCommand({ ImageId: stock!.ImageId!, MinCount: 1, MaxCount: 1 }),
    );
    const instance = run.Instances![0]!.InstanceId!;
    await until(() => liveAws(emulator, 'instance')[0]?.endsWith('running') ?? false);
    // What the bake asked for, whose answer it never read: the AMI exists, tagged with the run.
    const tags = [{ Key: 'worker-image-run', Value: 'gh-9-1' }];
    await client.send(
      new CreateImageCommand({
        InstanceId: instance,
        Name: 'batch-worker-31',
        TagSpecifications: [
          { ResourceType: 'image', Tags: tags },
          { ResourceType: 'snapshot', Tags: tags },
        ],
      }),
    );
    await client.send(new TerminateInstancesCommand({ InstanceIds: [instance] }));

    const cfg = await config();
    const lines: string[] = [];
    await new AwsProvider(cfg.aws!).deleteResource(
      {
        cloud: 'aws',
        kind: 'image',
        id: 'us-east-1/pending-image/gh-9-1/batch-worker-31',
        role: 'image',
        keep: 'on-success',
      },
      { wait: true, reporter: reporter(lines) },
    );
    // EC2 lists a new AMI only after a while: cleanup looked again rather than give up.
    expect(matching(lines, /none listed yet/)).toHaveLength(1);
    await until(() => left().every((l) => l.startsWith('instance')));
    expect(left().filter((l) => !l.startsWith('instance'))).toEqual([]);
  });

  it('an AMI of this run deleted before, all but its snapshot (a cleanup cut short), is unknown to EC2 past the window: the snapshot it left is found and deleted', async () => {
    emulator.control.setHazards({ ec2: { instanceVisibilityLag: 0 } });
    const client = ec2(emulator);
    const [stock] = (
      await client.send(
        new DescribeImagesCommand({
          Owners: ['099720109477'],
          Filters: [{ Name: 'name', Values: ['ubuntu/images/hvm-ssd/ubuntu-jammy-*'] }],
        }),
      )
    ).Images!;
    const run = await client.send(
      new RunInstancesCommand({ ImageId: stock!.ImageId!, MinCount: 1, MaxCount: 1 }),
    );
    const instance = run.Instances![0]!.InstanceId!;
    await until(() => liveAws(emulator, 'instance')[0]?.endsWith('running') ?? false);
    const { ImageId } = await client.send(
      new CreateImageCommand({ InstanceId: instance, Name: 'cut-short-1' }),
    );
    await until(() => liveAws(emulator, 'image')[0]?.endsWith('available') ?? false);
    await until(async () => {
      const out = await client
        .send(new DeregisterImageCommand({ ImageId: ImageId! }))
        .then(() => 'ok')
        .catch((e: Error) => e.name);
      return out === 'ok';
    });
    await client.send(new TerminateInstancesCommand({ InstanceIds: [instance] }));
    await until(async () => {
      const out = await client
        .send(new DescribeImagesCommand({ ImageIds: [ImageId!] }))
        .then(() => 'listed')
        .catch((e: Error) => e.name);
      return out === 'InvalidAMIID.NotFound';
    });
    expect(left()).toContain('snapshot us-east-1 completed');

    const cfg = await config({ aws: { timeouts: { operation: '2s' } } });
    const lines: string[] = [];
    await new AwsProvider(cfg.aws!).deleteResource(
      {
        cloud: 'aws',
        kind: 'image',
        id: `us-east-1/${ImageId}`,
        role: 'image',
        keep: 'on-success',
      },
      { wait: true, reporter: reporter(lines) },
    );
    expect(
      matching(lines, /is not known to EC2: it was deleted before; deleting the 1 snapshot/),
    ).toHaveLength(1);
    await until(() => liveAws(emulator).length === 0);
  });

  it('a launch EC2 refuses (4xx) made nothing: cleanup neither waits for a builder to be listed nor looks for one', async () => {
    emulator.control.addFault({ path: '/RunInstances$', status: 400, message: 'bad subnet' });
    const { run, lines, ledger } = await runBake(ONE_REGION);
    await expect(run).rejects.toThrow(/bad subnet/);
    expect(ledger.list()).toEqual([]);
    expect(matching(lines, /client token/)).toEqual([]);
    expect(emulator.control.calls().filter((c) => c.path.endsWith('/DescribeInstances'))).toEqual(
      [],
    );
  });
});

describe('AWS bakes through deregistration hazards', () => {
  it('overwrite waits out InvalidSnapshot.InUse: the replaced AMIs and their snapshots are gone, the new ones stay', async () => {
    const namespace = { image: { namespace: 'alice', version: '3' } };
    const first = await (await runBake({ ...namespace, ...ONE_REGION })).run;
    const old = first.result!.imageId;
    const { run, lines } = await runBake({
      image: { namespace: 'alice', version: '3', overwrite: true },
      ...ONE_REGION,
    });
    const second = await run;
    expect(second.result!.imageId).not.toBe(old);
    expect(matching(lines, /InvalidSnapshot\.InUse\), retrying/)).toHaveLength(1);
    expect(left()).toEqual(['image us-east-1 available', 'snapshot us-east-1 completed']);
  });

  it('version auto right after an AMI was deregistered does not count it (DescribeImages still lists it, as deregistered)', async () => {
    const ids = ['1', '2', '3'].map(
      (v) =>
        (
          emulator.control.seedAmi({ region: 'us-east-1', name: `batch-worker-${v}` }) as {
            id: string;
          }
        ).id,
    );
    await ec2(emulator).send(new DeregisterImageCommand({ ImageId: ids[2]! }));
    const { run } = await runBake(ONE_REGION);
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-3');
  });
});

describe('AWS bakes through the console and paging hazards', () => {
  it('a t2 builder has no live console: the status is read from the console posted when it stopped', async () => {
    const { run, lines } = await runBake({
      aws: { 'instance-type': 't2.micro', 'target-regions': [] },
    });
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-1');
    expect(matching(lines, /has no live console \(UnsupportedOperation/)).toHaveLength(1);
    expect(matching(lines, /provisioning script exited with status 0/)).toHaveLength(1);
    expect(left()).toEqual(['image us-east-1 available', 'snapshot us-east-1 completed']);
  });

  it('a t2 builder whose script fails still fails with its status and console tail, read once it stopped', async () => {
    emulator.control.addOutcome({ outcome: { exit: 3 } });
    const { run } = await runBake({ aws: { 'instance-type': 't2.micro', 'target-regions': [] } });
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/failed with exit status 3 on builder/);
    expect(err.message).toContain('worker-image: provisioning script exited with status 3');
    expect(liveAws(emulator)).toEqual([]);
  });

  it('version auto sees every AMI of the name, however many pages DescribeImages takes', async () => {
    for (let v = 1; v <= 1001; v++) {
      emulator.control.seedAmi({ region: 'us-east-1', name: `batch-worker-${v}` });
    }
    const lines: string[] = [];
    const ctx = runContext({}, reporter(lines), new AbortController().signal);
    const outcome = await bake(await config(ONE_REGION), ctx, {
      cloud: 'aws',
      ledger: new ResourceLedger(),
      dryRun: true,
    });
    expect(outcome.plan.imageName).toBe('batch-worker-1002');
    expect(
      emulator.control.calls().filter((c) => c.path === '/ec2/us-east-1/DescribeImages').length,
    ).toBeGreaterThan(2);
  });
});

describe('share-image on AWS right after the bake', () => {
  it('one pipeline bakes, then shares the AMIs EC2 has only just come to know, in every region', async () => {
    const account = '210987654321';
    const cfg = await config({}, `share:\n  aws:\n    accounts: ["${account}"]\n`);
    const lines: string[] = [];
    const ctx = runContext({}, reporter(lines), new AbortController().signal);
    const ledgers = new LedgerSet();
    const outcome = await runPipeline(cfg, ctx, { clouds: ['aws'], ledgers });
    const [aws] = outcome.clouds;
    expect(aws?.error).toBeUndefined();
    const amis = awsResources(emulator).filter((r) => r.kind === 'image');
    expect(amis).toHaveLength(3);
    for (const ami of amis) {
      expect(emulator.control.launchPermissions(ami.region, ami.id).permissions).toEqual([
        { userId: account },
      ]);
    }
    expect(JSON.parse(await readFile(outcome.catalogue[0]!, 'utf8')).images[0].cloud).toBe('aws');
    expect(ledgers.list()).toEqual([]);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });
});
