import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig } from '../../src/config/load.js';
import type { GcpConfig, WorkerImageConfig } from '../../src/config/types.js';
import type { Emulator, GceResourceInfo } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { GcpGc } from '../../src/providers/gcp/gc.js';
import { GcpVerifier } from '../../src/providers/gcp/verify.js';
import type { RunContext, VerifyRequest, VerifyTarget } from '../../src/providers/provider.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { runSteps } from '../../src/steps/runner.js';
import { verifyImage } from '../../src/verify/run.js';
import { targetFromBake } from '../../src/verify/target.js';
import { verifyScript, type VerifyCheck } from '../../src/verify/script.js';
import { writeConfig } from '../helpers/bake.js';
import { gceClients, startTestEmulator, type GceClients } from '../helpers/emulator.js';

const PROJECT = 'test-project';
const ZONE = 'us-central1-a';
const RUN = 'run-verify-1';

let emulator: Emulator;
let config: WorkerImageConfig;
let gcp: GcpConfig;
let gce: GceClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  config = await loadConfig({
    path: await writeConfig(emulator),
    overrides: { gcp: { 'image-family': 'batch-worker' } },
    cwd: process.cwd(),
  });
  gcp = config.gcp!;
  gce = gceClients(emulator);
});
afterAll(async () => {
  await gce.close();
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
  // The emulator enforces the guest-attributes organization policy by default (a hazard); the
  // verify script reports through them where they are allowed, as most projects do.
  emulator.control.setHazards({ gce: { guestAttributesDisabledByPolicy: false } });
});

const CHECKS: VerifyCheck[] = [
  { name: 'docker', command: 'docker info >/dev/null', timeoutSeconds: 5 },
  { name: 'root-image', command: 'docker image inspect worker:1', timeoutSeconds: 5 },
  { name: 'ports', command: 'nc -z 127.0.0.1 29876', timeoutSeconds: 1 },
];

/** A baked image in family batch-worker, after an older verified one, as a bake hands it on. */
function seedTarget(): VerifyTarget {
  emulator.control.seedImage({
    project: PROJECT,
    name: 'batch-worker-23',
    family: 'batch-worker',
    diskSizeGb: 20,
    creationTimestamp: '2026-11-01T00:00:00.000Z',
    labels: { 'worker-image-role': 'image', 'worker-image-verified': 'true' },
  });
  emulator.control.seedImage({
    project: PROJECT,
    name: 'batch-worker-24',
    family: 'batch-worker',
    diskSizeGb: 20,
    labels: { 'worker-image-role': 'image', 'worker-image-version': '24' },
  });
  return {
    cloud: 'gcp',
    imageName: 'batch-worker-24',
    imageId: `${emulator.gceEndpoint}/compute/v1/projects/${PROJECT}/global/images/batch-worker-24`,
    version: '24',
    details: { project: PROJECT, zone: ZONE, family: 'batch-worker' },
  };
}

function request(target: VerifyTarget, over: Partial<VerifyRequest> = {}): VerifyRequest {
  return {
    target,
    script: ({ guestAttributes }) => verifyScript({ nonce: RUN, guestAttributes, checks: CHECKS }),
    nonce: RUN,
    checkCount: CHECKS.length,
    readyLimitMs: 30_000,
    checksLimitMs: 30_000,
    labels: { 'worker-image-run': RUN, 'worker-image-version': '24' },
    ...over,
  };
}

function context(lines: string[] = []): RunContext {
  const reporter = new ConsoleReporter((l) => lines.push(l));
  return { runId: RUN, reporter, signal: new AbortController().signal };
}

async function verify(over: Partial<VerifyRequest> = {}, target = seedTarget()) {
  const lines: string[] = [];
  const ctx = context(lines);
  const ledger = new ResourceLedger();
  const verifier = new GcpVerifier(gcp);
  const { steps, observation } = verifier.verifySteps(
    {} as never,
    request(target, over),
    ctx,
    ledger,
  );
  const error = await runSteps(steps, {
    reporter: ctx.reporter,
    ledger,
    deleteResource: verifier.deleteResource,
  }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  return { error, observation: observation(), lines, ledger };
}

function liveVms(): string[] {
  return emulator.control
    .resources()
    .filter((r) => r.kind === 'instance' || r.kind === 'disk')
    .map((r) => `${r.kind} ${r.name}`);
}

const inserts = (): string[] =>
  emulator.control
    .calls()
    .filter((c) => c.method === 'POST' && c.path.endsWith(`/zones/${ZONE}/instances`))
    .map((c) => c.path);

describe('verification on GCP against the emulator', () => {
  it('boots one instance from the image, sees every check pass, and deletes it', async () => {
    const seen: GceResourceInfo[] = [];
    const target = seedTarget();
    // What GCE holds while the checks run: the verifier's labels and name.
    const watch = setInterval(() => {
      for (const r of emulator.control.resources())
        if (r.cloud === 'gcp' && r.kind === 'instance' && !seen.some((s) => s.name === r.name))
          seen.push(r);
    }, 20);
    const { error, observation, lines, ledger } = await verify({}, target).finally(() =>
      clearInterval(watch),
    );
    expect(error).toBeUndefined();
    expect(observation.progress.failed).toBe(0);
    expect(observation.progress.checks.map((c) => [c.index, c.exit])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(observation.vm).toMatch(/^batch-worker-24-verify-[0-9a-f]{6}$/);
    expect(observation.createdAt).toBeGreaterThan(0);
    expect(observation.runningAt).toBeGreaterThanOrEqual(observation.createdAt);
    // Ready by the VM's clock (which may be before a look saw it running), after the create
    // request, and no later than now.
    expect(observation.progress.readyClock).toBeDefined();
    expect(observation.readyAt).toBeGreaterThanOrEqual(observation.createdAt);
    expect(observation.readyAt).toBeLessThanOrEqual(Date.now());
    expect(observation.progress.readyUptime).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => /check \d\/3 passed \(exit 0, /.test(l))).toHaveLength(3);
    expect(lines.some((l) => l.includes('guest attributes of verifier'))).toBe(false);
    // The console was read for the log tail: the verify script's own lines are in it.
    expect(observation.logTail.some((l) => l.includes(`worker-image-verify[${RUN}]: done`))).toBe(
      true,
    );
    // Deleted, and the ledger holds nothing.
    expect(liveVms()).toEqual([]);
    expect(ledger.list()).toEqual([]);
    expect(inserts()).toHaveLength(1);
    expect(seen.map((s) => s.name)).toEqual([observation.vm]);
    expect(seen[0]!.labels).toMatchObject({
      'worker-image-role': 'verifier',
      'worker-image-run': RUN,
      'worker-image-version': '24',
    });
  });

  it('boots the instance as the builder is booted: machine type, disk at least the image, guest attributes on', async () => {
    const target = seedTarget();
    const lines: string[] = [];
    const ctx = context(lines);
    const ledger = new ResourceLedger();
    const verifier = new GcpVerifier({ ...gcp, bootDisk: { sizeGb: 10, type: 'pd-ssd' } });
    const { steps } = verifier.verifySteps(
      {} as never,
      request(target, { vmType: 'e2-standard-2' }),
      ctx,
      ledger,
    );
    // Only the create step: the instance is then read back as GCE holds it.
    await steps[0]!.run();
    expect(ledger.list()).toEqual([
      {
        cloud: 'gcp',
        kind: 'instance',
        id: expect.stringMatching(
          /^projects\/test-project\/zones\/us-central1-a\/instances\/batch-worker-24-verify-/,
        ),
        role: 'verifier',
        keep: 'never',
      },
    ]);
    const name = ledger.list()[0]!.id.split('/').pop()!;
    const [instance] = await gce.instances.get({ project: PROJECT, zone: ZONE, instance: name });
    expect(instance.machineType).toMatch(/machineTypes\/e2-standard-2$/);
    const items = Object.fromEntries((instance.metadata?.items ?? []).map((i) => [i.key, i.value]));
    expect(items['enable-guest-attributes']).toBe('TRUE');
    expect(items['startup-script']).toContain(`worker-image-verify[${RUN}]`);
    const disk = emulator.control.resources().find((r) => r.kind === 'disk' && r.name === name) as
      GceResourceInfo | undefined;
    expect(disk?.labels['worker-image-role']).toBe('verifier');
    await runSteps([], { reporter: ctx.reporter, ledger, deleteResource: verifier.deleteResource });
    expect(liveVms()).toEqual([]);
  });

  it('reports a failing check (exit 3) and the others passing; the instance goes', async () => {
    emulator.control.addCheckOutcome({ check: 'docker', outcome: { exit: 3 } });
    const { error, observation, lines } = await verify();
    expect(error).toBeUndefined();
    expect(observation.progress.failed).toBe(1);
    expect(observation.progress.checks.map((c) => c.exit)).toEqual([3, 0, 0]);
    expect(lines.some((l) => l.includes('check 1/3 failed (exit 3,'))).toBe(true);
    expect(
      observation.logTail.some((l) => l.includes('[docker] emulator: check docker fails')),
    ).toBe(true);
    expect(liveVms()).toEqual([]);
  });

  it('a hanging check is stopped at its limit (exit 124) and the next checks still run', async () => {
    emulator.control.addCheckOutcome({ check: 'ports', outcome: 'hang' });
    const checks: VerifyCheck[] = [
      { name: 'ports', command: 'nc -z 127.0.0.1 29876', timeoutSeconds: 1 },
      { name: 'docker', command: 'docker info', timeoutSeconds: 5 },
    ];
    const { error, observation, lines } = await verify({
      script: ({ guestAttributes }) => verifyScript({ nonce: RUN, guestAttributes, checks }),
      checkCount: 2,
    });
    expect(error).toBeUndefined();
    expect(observation.progress.checks.map((c) => [c.exit, c.timedOut])).toEqual([
      [124, true],
      [0, false],
    ]);
    // Stopped at its 1 s limit, as the VM measured it (not at the 30 s wait).
    expect(observation.progress.checks[0]!.ms).toBeGreaterThanOrEqual(1000);
    expect(observation.progress.checks[0]!.ms).toBeLessThan(6000);
    expect(lines.some((l) => l.includes('check 1/2 timed out (exit 124,'))).toBe(true);
    expect(liveVms()).toEqual([]);
  });

  it('reads the reports from the serial console when an organization policy turns guest attributes off', async () => {
    emulator.control.setHazards({ gce: { guestAttributesDisabledByPolicy: true } });
    const { error, observation, lines } = await verify();
    expect(error).toBeUndefined();
    expect(observation.progress.checks.map((c) => c.exit)).toEqual([0, 0, 0]);
    expect(observation.progress.failed).toBe(0);
    // Ready by the VM's clock (which may be before a look saw it running), after the create
    // request, and no later than now.
    expect(observation.progress.readyClock).toBeDefined();
    expect(observation.readyAt).toBeGreaterThanOrEqual(observation.createdAt);
    expect(observation.readyAt).toBeLessThanOrEqual(Date.now());
    expect(
      lines.filter((l) => l.includes('guest attributes of verifier batch-worker-24-verify-')),
    ).toHaveLength(1);
    expect(liveVms()).toEqual([]);
  });

  it('a VM that is not ready within the limit fails the step saying so, and is deleted', async () => {
    const { error, observation } = await verify({ readyLimitMs: 50 });
    expect(error?.name).toBe('DeadlineError');
    expect(error?.message).toMatch(
      /^verifier batch-worker-24-verify-[0-9a-f]{6} was not ready within 50ms of its create request/,
    );
    expect(observation.createdAt).toBeGreaterThan(0);
    // Never seen ready within the limit (a loaded machine may see it just after).
    if (observation.readyAt !== undefined) {
      expect(observation.readyAt - observation.createdAt).toBeGreaterThan(50);
    }
    expect(liveVms()).toEqual([]);
  });

  it('a failed read after the instance was created still deletes it', async () => {
    emulator.control.addFault({
      method: 'GET',
      path: '/getGuestAttributes$',
      status: 403,
      times: 1000,
    });
    const { error, observation, ledger } = await verify();
    expect(error?.message).toMatch(/Required permission is missing/);
    expect(observation.createdAt).toBeGreaterThan(0);
    expect(observation.runningAt).toBeGreaterThanOrEqual(observation.createdAt);
    expect(liveVms()).toEqual([]);
    expect(ledger.list()).toEqual([]);
    emulator.control.clearFaults();
  });

  it('a verifier that goes down before its checks report fails as the image’s fault', async () => {
    emulator.control.addCheckOutcome({ outcome: 'hang' });
    const run = verify();
    // Stopped from outside once it runs (a kernel panic, a preemption).
    let stopped = false;
    while (!stopped) {
      await new Promise((r) => setTimeout(r, 50));
      const vm = emulator.control
        .resources()
        .find((r) => r.kind === 'instance' && r.status === 'RUNNING');
      if (vm) {
        await gce.instances.stop({ project: PROJECT, zone: ZONE, instance: vm.name });
        stopped = true;
      }
    }
    const { error } = await run;
    expect(error?.name).toBe('VerifyFault');
    expect(error?.message).toMatch(/went (STOPPING|TERMINATED) before its verify script finished/);
    expect(liveVms()).toEqual([]);
  });
});

describe('the verdict on a GCE image', () => {
  async function image(name: string) {
    const [img] = await gce.images.get({ project: PROJECT, image: name });
    return img;
  }

  it('a failed image is labelled false and deprecated, so its family skips it', async () => {
    const target = seedTarget();
    const [before] = await gce.images.getFromFamily({ project: PROJECT, family: 'batch-worker' });
    expect(before.name).toBe('batch-worker-24');
    await new GcpVerifier(gcp).markVerification(target, false, context());
    const img = await image('batch-worker-24');
    expect(img.labels).toEqual({
      'worker-image-role': 'image',
      'worker-image-version': '24',
      'worker-image-verified': 'false',
    });
    expect(img.deprecated?.state).toBe('DEPRECATED');
    const [after] = await gce.images.getFromFamily({ project: PROJECT, family: 'batch-worker' });
    expect(after.name).toBe('batch-worker-23');
  });

  it('a passing image is labelled true and stays in its family; a re-verified one comes back', async () => {
    const target = seedTarget();
    const verifier = new GcpVerifier(gcp);
    await verifier.markVerification(target, true, context());
    let img = await image('batch-worker-24');
    expect(img.labels?.['worker-image-verified']).toBe('true');
    expect(img.deprecated ?? null).toBeNull();

    await verifier.markVerification(target, false, context());
    await verifier.markVerification(target, true, context());
    img = await image('batch-worker-24');
    expect(img.labels?.['worker-image-verified']).toBe('true');
    expect(img.deprecated?.state ?? 'ACTIVE').toBe('ACTIVE');
    const [family] = await gce.images.getFromFamily({ project: PROJECT, family: 'batch-worker' });
    expect(family.name).toBe('batch-worker-24');
  });

  it('leaves a deprecation it did not make alone', async () => {
    const target = seedTarget();
    await gce.images
      .deprecate({
        project: PROJECT,
        image: 'batch-worker-24',
        deprecationStatusResource: { state: 'DEPRECATED' },
      })
      .then(([op]) => op);
    await new GcpVerifier(gcp).markVerification(target, true, context());
    const img = await image('batch-worker-24');
    expect(img.labels?.['worker-image-verified']).toBe('true');
    expect(img.deprecated?.state).toBe('DEPRECATED');
  });

  it('reads the labels again after a fingerprint conflict (412) and keeps the other writer’s', async () => {
    const target = seedTarget();
    const [stale] = await gce.images.get({ project: PROJECT, image: 'batch-worker-24' });
    // Another writer changes the labels: the fingerprint read above is stale now.
    await gce.images.setLabels({
      project: PROJECT,
      resource: 'batch-worker-24',
      globalSetLabelsRequestResource: {
        labels: { ...stale.labels, team: 'batch' },
        labelFingerprint: stale.labelFingerprint!,
      },
    });
    const err = (await gce.images
      .setLabels({
        project: PROJECT,
        resource: 'batch-worker-24',
        globalSetLabelsRequestResource: { labels: {}, labelFingerprint: stale.labelFingerprint! },
      })
      .catch((e: unknown) => e)) as { httpStatusCode?: number; message: string };
    expect(err.httpStatusCode).toBe(412);
    expect(err.message).toMatch(/fingerprint/i);

    // The verifier's own write meets one conflict (as if another writer got in between).
    emulator.control.addFault({ method: 'POST', path: '/batch-worker-24/setLabels$', status: 412 });
    const lines: string[] = [];
    await new GcpVerifier(gcp).markVerification(target, true, context(lines));
    expect(lines.some((l) => l.includes('412 conditionNotMet'))).toBe(true);
    const img = await image('batch-worker-24');
    expect(img.labels).toMatchObject({ team: 'batch', 'worker-image-verified': 'true' });
  });
});

describe('a baked image verified as the pipeline verifies it', () => {
  async function bakeAndVerify(onFailure: 'fail' | 'warn') {
    emulator.control.seedImage({
      project: PROJECT,
      name: 'batch-worker-23',
      family: 'batch-worker',
      creationTimestamp: '2026-11-01T00:00:00.000Z',
    });
    const lines: string[] = [];
    const ctx = runContext(
      {},
      new ConsoleReporter((l) => lines.push(l)),
      new AbortController().signal,
    );
    const baked = await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
    const ledger = new ResourceLedger();
    const run = verifyImage(config, targetFromBake(baked.result!), ctx, {
      cloud: 'gcp',
      ledger,
      verify: {
        checks: [
          { name: 'docker', run: 'docker info', timeout: 5000 },
          { name: 'root-image', run: 'docker pull {{ global.docker_root_image }}', timeout: 5000 },
        ],
        timeToReady: 60_000,
        onFailure,
      },
      provider: new GcpVerifier(gcp),
    });
    return { run, lines, ledger };
  }

  it('a passing image is marked verified and leads its family; nothing temporary is left', async () => {
    const { run, ledger } = await bakeAndVerify('fail');
    const result = await run;
    expect(result).toMatchObject({ verified: true, imageName: 'batch-worker-24' });
    expect(result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(result.timeToReadyS).toBeGreaterThan(0);
    const [img] = await gce.images.getFromFamily({ project: PROJECT, family: 'batch-worker' });
    expect(img.name).toBe('batch-worker-24');
    expect(img.labels?.['worker-image-verified']).toBe('true');
    expect(liveVms()).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('a failing check (on-failure warn) marks it not verified; the family goes back to the last good one', async () => {
    emulator.control.addCheckOutcome({ check: 'root-image', outcome: { exit: 1 } });
    const { run, lines } = await bakeAndVerify('warn');
    const result = await run;
    expect(result.verified).toBe(false);
    expect(result.reasons).toEqual([
      expect.stringMatching(/^check root-image failed with exit status 1 after [\d.]+ s$/),
    ]);
    expect(lines.some((l) => l.includes('failed verification (on-failure: warn'))).toBe(true);
    const [img] = await gce.images.get({ project: PROJECT, image: 'batch-worker-24' });
    expect(img.labels?.['worker-image-verified']).toBe('false');
    expect(img.deprecated?.state).toBe('DEPRECATED');
    const [family] = await gce.images.getFromFamily({ project: PROJECT, family: 'batch-worker' });
    expect(family.name).toBe('batch-worker-23');
    expect(liveVms()).toEqual([]);
  });
});

describe('gc of verifiers', () => {
  it('finds a verifier a killed run left, by its run id and role, and deletes it', async () => {
    emulator.control.plantGceResource({
      kind: 'instance',
      project: PROJECT,
      zone: ZONE,
      name: 'batch-worker-24-verify-abcdef',
      labels: { 'worker-image-run': 'gh-9-1', 'worker-image-role': 'verifier' },
    });
    emulator.control.plantGceResource({
      kind: 'instance',
      project: PROJECT,
      zone: ZONE,
      name: 'web-server',
      labels: { 'worker-image-role': 'verifier' },
    });
    const gc = new GcpGc(gcp);
    const reporter = new ConsoleReporter(() => {});
    const leaks = await gc.findLeaks(reporter);
    expect(leaks.map((l) => [l.kind, l.name, l.runId])).toEqual([
      ['instance', 'batch-worker-24-verify-abcdef', 'gh-9-1'],
    ]);
    await gc.deleteLeak(leaks[0]!, reporter);
    expect(liveVms()).toEqual(['instance web-server', 'disk web-server']);
  });
});
