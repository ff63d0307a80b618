import { DescribeImagesCommand, DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { AwsConfig, WorkerImageConfig } from '../../src/config/types.js';
import type { AwsResourceInfo, Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { RunContext, VerifyRequest, VerifyTarget } from '../../src/providers/provider.js';
import { AwsGc } from '../../src/providers/aws/gc.js';
import { AwsVerifier } from '../../src/providers/aws/verify.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { runSteps } from '../../src/steps/runner.js';
import { verifyImage } from '../../src/verify/run.js';
import { verifyScript, type VerifyCheck } from '../../src/verify/script.js';
import { ec2, liveAws, until, useDummyAwsCredentials, writeAwsConfig } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let restoreCredentials: () => void;
let aws: AwsConfig;
let config: WorkerImageConfig;
beforeAll(async () => {
  restoreCredentials = useDummyAwsCredentials();
  emulator = await startTestEmulator();
  config = await loadConfig({
    path: await writeAwsConfig(emulator),
    overrides: {},
    cwd: process.cwd(),
  });
  aws = config.aws!;
});
afterAll(async () => {
  await emulator.stop();
  restoreCredentials();
});
beforeEach(() => emulator.control.reset());

const CHECKS: VerifyCheck[] = [
  { name: 'docker', command: 'docker info >/dev/null', timeoutSeconds: 5 },
  { name: 'root-image', command: 'docker image inspect worker:1', timeoutSeconds: 5 },
  { name: 'ports', command: 'nc -z 127.0.0.1 29876', timeoutSeconds: 1 },
];

/** A baked AMI in us-east-1 and its copy in us-west-2, as a bake hands them on. */
function seedTarget(): { target: VerifyTarget; amis: AwsResourceInfo[] } {
  const tags = { 'worker-image-role': 'image', 'worker-image-version': '24' };
  const east = emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-24', tags });
  const west = emulator.control.seedAmi({ region: 'us-west-2', name: 'batch-worker-24', tags });
  const amis = [east, west] as AwsResourceInfo[];
  const artifact = amis.map((a) => `${a.region}:${a.id}`).join(',');
  return {
    amis,
    target: {
      cloud: 'aws',
      imageName: 'batch-worker-24',
      imageId: amis[0]!.id,
      version: '24',
      details: { region: 'us-east-1', regions: 'us-east-1,us-west-2', amis: artifact },
    },
  };
}

function request(target: VerifyTarget, over: Partial<VerifyRequest> = {}): VerifyRequest {
  const nonce = 'run-verify-1';
  return {
    target,
    script: ({ guestAttributes }) => verifyScript({ nonce, guestAttributes, checks: CHECKS }),
    nonce,
    checkCount: CHECKS.length,
    readyLimitMs: 30_000,
    checksLimitMs: 30_000,
    labels: { 'worker-image-run': 'run-verify-1', 'worker-image-version': '24' },
    ...over,
  };
}

async function verify(over: Partial<VerifyRequest> = {}, target = seedTarget().target) {
  const lines: string[] = [];
  const reporter = new ConsoleReporter((l) => lines.push(l));
  const ctx: RunContext = { runId: 'run-verify-1', reporter, signal: new AbortController().signal };
  const ledger = new ResourceLedger();
  const verifier = new AwsVerifier(aws);
  const { steps, observation } = verifier.verifySteps(
    {} as never,
    request(target, over),
    ctx,
    ledger,
  );
  const error = await runSteps(steps, {
    reporter,
    ledger,
    deleteResource: verifier.deleteResource,
  }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  return { error, observation: observation(), lines, ledger, verifier, ctx };
}

async function verifierInstance() {
  const out = await ec2(emulator).send(
    new DescribeInstancesCommand({
      Filters: [{ Name: 'tag:worker-image-role', Values: ['verifier'] }],
    }),
  );
  return out.Reservations!.flatMap((r) => r.Instances ?? []);
}

describe('verification on AWS against the emulator', () => {
  it('boots one instance from the AMI, sees every check pass, and terminates it', async () => {
    const { target, amis } = seedTarget();
    const { error, observation, lines, ledger } = await verify({}, target);
    expect(error).toBeUndefined();
    expect(observation.progress.failed).toBe(0);
    expect(observation.progress.checks.map((c) => [c.index, c.exit])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(observation.vm).toMatch(/^i-[0-9a-f]{17}$/);
    expect(observation.runningAt).toBeGreaterThanOrEqual(observation.createdAt);
    // Ready by the VM's clock (which may be before a look saw it running), after the create
    // request, and no later than now.
    expect(observation.progress.readyClock).toBeDefined();
    expect(observation.readyAt).toBeGreaterThanOrEqual(observation.createdAt);
    expect(observation.readyAt).toBeLessThanOrEqual(Date.now());
    expect(observation.progress.readyUptime).toBeGreaterThanOrEqual(0);
    // A line per check, as it reports.
    expect(lines.filter((l) => /check \d\/3 passed \(exit 0, /.test(l))).toHaveLength(3);
    // Terminated, and the ledger holds nothing.
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(ledger.list()).toEqual([]);

    // What EC2 saw: one launch from the AMI, with the run's tags and an idempotency token.
    const [instance, ...more] = await verifierInstance();
    expect(more).toEqual([]);
    expect(instance?.ImageId).toBe(amis[0]!.id);
    expect(instance?.InstanceType).toBe('t3.large');
    expect(instance?.ClientToken).toMatch(/^wi-verifier-[0-9a-f]{40}$/);
    expect(instance?.State?.Name).toBe('terminated');
    const tags = Object.fromEntries((instance?.Tags ?? []).map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({
      'worker-image-role': 'verifier',
      'worker-image-run': 'run-verify-1',
      Name: expect.stringMatching(/^batch-worker-24-verify-[0-9a-f]{6}$/),
    });
    const runs = emulator.control.calls().filter((c) => c.path.endsWith('/RunInstances'));
    expect(runs).toHaveLength(1);
  });

  it('reports a failing check (exit 3) and the others passing; the steps end, the instance goes', async () => {
    emulator.control.addCheckOutcome({ check: 'docker', outcome: { exit: 3 } });
    const { error, observation, lines } = await verify();
    expect(error).toBeUndefined();
    expect(observation.progress.failed).toBe(1);
    expect(observation.progress.checks.map((c) => c.exit)).toEqual([3, 0, 0]);
    expect(lines.some((l) => l.includes('check 1/3 failed (exit 3,'))).toBe(true);
    expect(
      observation.logTail.some((l) => l.includes('[docker] emulator: check docker fails')),
    ).toBe(true);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('a hanging check is stopped at its limit (exit 124) and the next checks still run', async () => {
    emulator.control.addCheckOutcome({ check: 'ports', outcome: 'hang' });
    const checks: VerifyCheck[] = [
      { name: 'ports', command: 'nc -z 127.0.0.1 29876', timeoutSeconds: 1 },
      { name: 'docker', command: 'docker info', timeoutSeconds: 5 },
    ];
    const nonce = 'run-verify-1';
    const { error, observation, lines } = await verify({
      script: ({ guestAttributes }) => verifyScript({ nonce, guestAttributes, checks }),
      checkCount: 2,
    });
    expect(error).toBeUndefined();
    expect(observation.progress.checks.map((c) => [c.exit, c.timedOut])).toEqual([
      [124, true],
      [0, false],
    ]);
    expect(observation.progress.failed).toBe(1);
    expect(lines.some((l) => l.includes('check 1/2 timed out (exit 124,'))).toBe(true);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('markVerification tags the AMI and its snapshot in every region it exists in', async () => {
    const { target, amis } = seedTarget();
    const reporter = new ConsoleReporter(() => {});
    const ctx: RunContext = { runId: 'r', reporter, signal: new AbortController().signal };
    await new AwsVerifier(aws).markVerification(target, false, ctx);
    for (const ami of amis) {
      const [image] =
        (await ec2(emulator, ami.region).send(new DescribeImagesCommand({ ImageIds: [ami.id] })))
          .Images ?? [];
      expect(image?.Tags).toContainEqual({ Key: 'worker-image-verified', Value: 'false' });
      const snapshot = emulator.control
        .resources()
        .find(
          (r) =>
            r.cloud === 'aws' &&
            r.kind === 'snapshot' &&
            r.id === image?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId,
        ) as AwsResourceInfo | undefined;
      expect(snapshot?.tags['worker-image-verified']).toBe('false');
    }
    await new AwsVerifier(aws).markVerification(target, true, ctx);
    const [east] =
      (await ec2(emulator).send(new DescribeImagesCommand({ ImageIds: [amis[0]!.id] }))).Images ??
      [];
    expect(east?.Tags).toContainEqual({ Key: 'worker-image-verified', Value: 'true' });
  });

  it('a ready limit that runs out fails saying so, with what was seen; the instance is terminated', async () => {
    emulator.control.setDurations({ boot: 1500 });
    const { error, observation, ledger } = await verify({ readyLimitMs: 300 });
    expect(error?.message).toMatch(
      /the wait for verifier batch-worker-24-verify-[0-9a-f]{6}'s ready report did not finish within/,
    );
    expect(error?.message).toContain('no ready report');
    expect(observation.readyAt).toBeUndefined();
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('a checks limit that runs out fails naming the checks wait and how many reported', async () => {
    emulator.control.addCheckOutcome({ check: 'root-image', outcome: 'success', ms: 3000 });
    const { error, observation } = await verify({ checksLimitMs: 500 });
    expect(error?.message).toMatch(/the wait for the checks on verifier .* did not finish within/);
    expect(error?.message).toMatch(/[01] of 3 checks reported/);
    expect(observation.readyAt).toBeDefined();
    expect(observation.progress.failed).toBeUndefined();
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('an instance that fails to boot fails the verification at once and is cleaned up', async () => {
    emulator.control.addFault({
      path: '/RunInstances$',
      operationError: { code: 'Server.InternalError', message: 'Internal error on launch' },
    });
    const { error, ledger } = await verify();
    expect(error?.message).toMatch(
      /verifier i-[0-9a-f]{17} went terminated \(Internal error on launch\)/,
    );
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('a Xen instance type (no live console) is refused once seen, not waited out', async () => {
    const { error } = await verify({ vmType: 't2.large' });
    expect(error?.message).toMatch(/runs on t2\.large, which has no live console/);
    expect(liveAws(emulator, 'instance')).toEqual([]);
    const [instance] = await verifierInstance();
    expect(instance?.InstanceType).toBe('t2.large');
  });

  it('a launch answered 503 is retried with the same client token: one instance, terminated', async () => {
    emulator.control.addFault({ path: '/RunInstances$', status: 503, times: 1 });
    const { error, ledger } = await verify();
    // The retried launch is the same launch: one instance, verified and terminated.
    expect(error).toBeUndefined();
    expect(await verifierInstance()).toHaveLength(1);
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('relaunching with the same run is the same launch (client token): one instance', async () => {
    const { target } = seedTarget();
    const reporter = new ConsoleReporter(() => {});
    const ctx: RunContext = {
      runId: 'run-verify-1',
      reporter,
      signal: new AbortController().signal,
    };
    const verifier = new AwsVerifier(aws);
    const ledger = new ResourceLedger();
    const first = verifier.verifySteps(config, request(target), ctx, ledger);
    const again = verifier.verifySteps(config, request(target), ctx, new ResourceLedger());
    await first.steps[0]!.run();
    await again.steps[0]!.run();
    expect(again.observation().vm).toBe(first.observation().vm);
    expect(liveAws(emulator, 'instance')).toHaveLength(1);
    // The ledger held it from before the launch: its cleanup terminates it.
    const { cleanup } = await import('../../src/steps/runner.js');
    await cleanup({ reporter, ledger, deleteResource: verifier.deleteResource }, false);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it("gc finds a killed run's verifier by its role and run tags and terminates it", async () => {
    const { target } = seedTarget();
    const reporter = new ConsoleReporter(() => {});
    const ctx: RunContext = { runId: 'run-killed', reporter, signal: new AbortController().signal };
    const { steps } = new AwsVerifier(aws).verifySteps(
      config,
      request(target, { labels: { 'worker-image-run': 'run-killed' } }),
      ctx,
      new ResourceLedger(),
    );
    await steps[0]!.run(); // launched, then the process "dies": nobody cleans up
    const gc = new AwsGc(aws);
    // EC2 lists a new instance only after a while (eventual consistency); gc runs later anyway.
    let leaks: Awaited<ReturnType<AwsGc['findLeaks']>> = [];
    await until(async () => (leaks = await gc.findLeaks(reporter)).length > 0);
    expect(leaks.map((l) => [l.kind, l.runId, l.where])).toEqual([
      ['instance', 'run-killed', 'us-east-1'],
    ]);
    expect(leaks[0]!.name).toMatch(/^batch-worker-24-verify-/);
    await gc.deleteLeak(leaks[0]!, reporter);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('through verifyImage (the cloud-neutral verify step): verified, time to ready measured, AMIs tagged true', async () => {
    const { target, amis } = seedTarget();
    const lines: string[] = [];
    const reporter = new ConsoleReporter((l) => lines.push(l));
    const ctx: RunContext = {
      runId: 'run-verify-2',
      reporter,
      signal: new AbortController().signal,
    };
    const ledger = new ResourceLedger();
    const result = await verifyImage(config, target, ctx, {
      cloud: 'aws',
      ledger,
      provider: new AwsVerifier(aws),
      verify: {
        checks: [
          { name: 'docker', run: 'docker info', timeout: 5_000 },
          {
            name: 'root-image',
            run: 'docker image inspect {{ global.docker_root_image }}',
            timeout: 5_000,
          },
        ],
        timeToReady: 60_000,
        onFailure: 'fail',
      },
    });
    expect(result.verified).toBe(true);
    expect(result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(result.timeToReadyS).toBeGreaterThan(0);
    expect(ledger.list()).toEqual([]);
    expect(liveAws(emulator, 'instance')).toEqual([]);
    for (const ami of amis) {
      const [image] =
        (await ec2(emulator, ami.region).send(new DescribeImagesCommand({ ImageIds: [ami.id] })))
          .Images ?? [];
      expect(image?.Tags).toContainEqual({ Key: 'worker-image-verified', Value: 'true' });
    }
  });

  it('cancelled while the checks run: termination is requested, the post step confirms it', async () => {
    emulator.control.addCheckOutcome({ outcome: 'hang' });
    const { target } = seedTarget();
    const controller = new AbortController();
    const reporter = new ConsoleReporter((l) => {
      if (l.includes(' ready ')) controller.abort();
    });
    const ctx: RunContext = { runId: 'run-cancel', reporter, signal: controller.signal };
    const ledger = new ResourceLedger();
    const verifier = new AwsVerifier(aws);
    const { steps } = verifier.verifySteps(config, request(target), ctx, ledger);
    const error = await runSteps(steps, {
      reporter,
      ledger,
      deleteResource: verifier.deleteResource,
      signal: controller.signal,
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('CancelledError');
    // Asked to terminate, not waited for: the record stays for the post step.
    expect(ledger.list().map((r) => [r.role, r.keep])).toEqual([['verifier', 'never']]);
    const { cleanup } = await import('../../src/steps/runner.js');
    await cleanup({ reporter, ledger, deleteResource: verifier.deleteResource }, false);
    expect(ledger.list()).toEqual([]);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });

  it('an AMI that is not available is refused before anything is launched', async () => {
    const failed = emulator.control.seedAmi({
      region: 'us-east-1',
      name: 'batch-worker-25',
      state: 'failed',
    }) as AwsResourceInfo;
    const { error, ledger } = await verify(
      {},
      {
        cloud: 'aws',
        imageName: 'batch-worker-25',
        imageId: `us-east-1:${failed.id}`,
        version: '25',
        details: {},
      },
    );
    expect(error?.message).toMatch(
      /AMI ami-[0-9a-f]+ in us-east-1 is failed.*it cannot be verified/,
    );
    expect(emulator.control.calls().some((c) => c.path.endsWith('/RunInstances'))).toBe(false);
    expect(ledger.list()).toEqual([]);
  });
});
