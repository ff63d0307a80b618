import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runContext } from '../../src/bake/context.js';
import { loadConfig } from '../../src/config/load.js';
import type { WorkerImageConfig } from '../../src/config/types.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { labelValue } from '../../src/naming/labels.js';
import { AzureGc } from '../../src/providers/azure/gc.js';
import { AzureVerifier } from '../../src/providers/azure/verify.js';
import type { VerifyRequest, VerifyTarget } from '../../src/providers/provider.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { runSteps } from '../../src/steps/runner.js';
import { verifyImage } from '../../src/verify/run.js';
import { verifyScript, type VerifyCheck } from '../../src/verify/script.js';
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import {
  armOptions,
  createNetwork,
  credential,
  POLL,
  strayGuestProcesses,
  type ArmClients,
} from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, liveAzureTemporaries, writeAzureConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * Verification on Azure against the emulator with the official SDK: one VM from the gallery
 * version, the verify script through run-command for real (each check's stand-in ending as the
 * control API says), the temporary group deleted whatever happens.
 */

let emulator: Emulator;
let config: WorkerImageConfig;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  config = await loadConfig({ path: await writeAzureConfig(emulator), cwd: process.cwd() });
  const options = armOptions(emulator);
  arm = {
    compute: new ComputeManagementClient(credential, AZURE_SUBSCRIPTION, options),
    network: new NetworkManagementClient(credential, AZURE_SUBSCRIPTION, options),
    resources: new ResourceManagementClient(credential, AZURE_SUBSCRIPTION, options),
  };
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const GALLERY = {
  subscriptionId: AZURE_SUBSCRIPTION,
  resourceGroup: 'batch-images',
  gallery: 'batch_images',
  definition: 'batch-worker-22-04',
};
const versionId = (v: string): string =>
  `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker-22-04/versions/${v}`;

const CHECKS: VerifyCheck[] = [
  { name: 'docker', command: 'docker info\n', timeoutSeconds: 5 },
  { name: 'ports', command: 'nc -z 127.0.0.1 29876\n', timeoutSeconds: 1 },
];

function seed(version: string, regions = [{ name: 'eastus' }]): VerifyTarget {
  emulator.control.seedGalleryVersion({ ...GALLERY, version, regions });
  return {
    cloud: 'azure',
    imageName: `batch-worker-22-04/${version}`,
    imageId: versionId(version),
    version,
    details: {
      subscription_id: AZURE_SUBSCRIPTION,
      resource_group: 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      location: 'eastus',
    },
  };
}

function request(target: VerifyTarget, runId: string, limits = {}): VerifyRequest {
  const nonce = labelValue(runId);
  return {
    target,
    script: ({ guestAttributes }) => verifyScript({ nonce, guestAttributes, checks: CHECKS }),
    nonce,
    checkCount: CHECKS.length,
    readyLimitMs: 30_000,
    checksLimitMs: 30_000,
    labels: { 'worker-image-run': nonce, 'worker-image-version': target.version },
    ...limits,
  };
}

async function verify(
  target: VerifyTarget,
  limits: Partial<VerifyRequest> = {},
  azure = config.azure!,
) {
  const lines: string[] = [];
  const ctx = runContext(
    {},
    new ConsoleReporter((l) => lines.push(l)),
    new AbortController().signal,
  );
  const verifier = new AzureVerifier(azure);
  const ledger = new ResourceLedger();
  const { steps, observation } = verifier.verifySteps(
    config,
    request(target, ctx.runId, limits),
    ctx,
    ledger,
  );
  const run = runSteps(steps, {
    reporter: ctx.reporter,
    ledger,
    deleteResource: verifier.deleteResource,
  });
  const error = await run.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  return { error, observation: observation(), lines: lines.join(''), ledger, verifier, ctx };
}

function calls(method: string, path: RegExp): number {
  return emulator.control.calls().filter((c) => c.method === method && path.test(c.path)).length;
}

describe('verify on Azure against the emulator', () => {
  it('boots one VM from the gallery version, runs every check, times the VM to ready, and deletes its group', async () => {
    const target = seed('0.0.14');
    const { error, observation: o, lines, ledger } = await verify(target);
    expect(error).toBeUndefined();
    expect(o.vm).toMatch(/^wi-verifier-[0-9a-f]{8}$/);
    expect(o.progress.checks.map((c) => [c.index, c.exit])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(o.progress.failed).toBe(0);
    expect(o.runningAt).toBeGreaterThanOrEqual(o.createdAt);
    expect(o.readyAt).toBeGreaterThanOrEqual(o.runningAt!);
    expect(lines).toMatch(/check 0: passed \(exit 0\)/);
    expect(lines).toMatch(/check 1: passed \(exit 0\)/);
    // One VM, in a group of its own that is gone now.
    expect(
      calls('PUT', /\/resourceGroups\/wi-verify-batch-worker-22-04-0\.0\.14-[0-9a-f]{8}$/i),
    ).toBe(1);
    expect(calls('PUT', /\/virtualMachines\/wi-verifier-[0-9a-f]{8}$/)).toBe(1);
    expect(calls('POST', /\/virtualMachines\/wi-verifier-[0-9a-f]{8}\/runCommand$/)).toBe(1);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    expect(ledger.list()).toEqual([]);
  });

  it('a failing check is reported with its exit status, the others still run', async () => {
    emulator.control.addCheckOutcome({ check: 'docker', outcome: { exit: 3 } });
    const { error, observation: o, lines } = await verify(seed('0.0.14'));
    expect(error).toBeUndefined();
    expect(o.progress.checks.map((c) => [c.index, c.exit])).toEqual([
      [0, 3],
      [1, 0],
    ]);
    expect(o.progress.failed).toBe(1);
    expect(lines).toMatch(/check 0: failed \(exit 3\)/);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a hanging check is stopped at its own limit and reported as timed out', async () => {
    emulator.control.addCheckOutcome({ check: 'ports', outcome: 'hang' });
    const { error, observation: o, lines } = await verify(seed('0.0.14'));
    expect(error).toBeUndefined();
    expect(o.progress.checks[1]).toMatchObject({ exit: 124, timedOut: true });
    expect(o.progress.failed).toBe(1);
    expect(lines).toMatch(/check 1: timed out \(exit 124\)/);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a VM not ready within the ready limit fails naming that limit, and its group is deleted', async () => {
    const { error, observation: o } = await verify(seed('0.0.14'), { readyLimitMs: 30 });
    expect(error?.message).toMatch(/the verifier wi-verifier-\w+ to be ready .* within 30ms/);
    expect(o.createdAt).toBeGreaterThan(0);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a verify script still running when the limits run out fails naming them; the group and its processes go', async () => {
    emulator.control.addCheckOutcome({ check: 'docker', outcome: 'hang' });
    const { error, observation: o } = await verify(seed('0.0.14'), {
      readyLimitMs: 3_000,
      checksLimitMs: 200,
    });
    expect(error?.message).toMatch(
      /the verify script on verifier wi-verifier-\w+ \(run-command answers only when it ends: ready limit 3s .* checks limit 200ms\) did not finish/,
    );
    expect(o.runningAt).toBeDefined();
    expect(o.readyAt).toBeUndefined();
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    expect(strayGuestProcesses()).toEqual([]);
  });

  it('a run-command that fails mid-way fails the verification, and its group is deleted', async () => {
    emulator.control.addFault({
      method: 'POST',
      path: '/runCommand$',
      operationError: {
        code: 'VMAgentStatusCommunicationError',
        message: 'VM has reported a failure when processing extension',
      },
    });
    const { error, observation: o } = await verify(seed('0.0.14'));
    expect(error?.message).toMatch(
      /run-command on wi-verifier-\w+ failed: .*VMAgentStatusCommunicationError/,
    );
    expect(o.runningAt).toBeDefined();
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('with azure.subnet-id the verifier joins that subnet, and one in another region is refused before any write', async () => {
    const target = seed('0.0.14');
    const { subnetId } = await createNetwork(arm, 'batch-network', 'eastus');
    const { error, lines } = await verify(target, {}, { ...config.azure!, subnetId });
    expect(error).toBeUndefined();
    expect(lines).toMatch(/check 1: passed/);
    expect(calls('PUT', /\/virtualNetworks\//)).toBe(1); // the user's own, made above
    expect(calls('PUT', /\/networkInterfaces\/wi-/)).toBe(1);

    emulator.control.clearCalls();
    const far = await createNetwork(arm, 'far-network', 'westus2');
    const refused = await verify(target, {}, { ...config.azure!, subnetId: far.subnetId });
    expect(refused.error?.message).toMatch(
      /virtual network builder-vnet is in westus2, but the VM is created in eastus/,
    );
    expect(calls('PUT', /\/resourceGroups\/wi-verify-/)).toBe(0);
  });

  it('a version not replicated to the verifier’s region is refused as Azure refuses it', async () => {
    const target = seed('0.0.14', [{ name: 'westus2' }]);
    const { error } = await verify(target);
    expect(error?.message).toMatch(/GalleryImageNotFound.*is not available in East US region/);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('gc finds a verification group a killed run left and deletes it', async () => {
    const target = seed('0.0.14');
    const ctx = runContext({}, new ConsoleReporter(() => undefined), new AbortController().signal);
    const verifier = new AzureVerifier(config.azure!);
    const ledger = new ResourceLedger();
    const { steps } = verifier.verifySteps(config, request(target, ctx.runId), ctx, ledger);
    await steps[0]!.run(); // the process dies here: nothing cleans up
    const gc = new AzureGc(config.azure!);
    const leaks = await gc.findLeaks(ctx.reporter);
    expect(leaks).toEqual([
      expect.objectContaining({
        kind: 'resource group',
        id: ledger.list()[0]!.id,
        runId: labelValue(ctx.runId),
        where: 'eastus',
      }),
    ]);
    expect(leaks[0]!.createdAt).toBeInstanceOf(Date);
    await gc.deleteLeak(leaks[0]!, ctx.reporter);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });
});

describe('marking the verdict on the gallery version', () => {
  async function latestFromDefinition(): Promise<string | undefined> {
    const { nicId } = await createNetwork(arm, 'latest-probe', 'eastus');
    const vm = await arm.compute.virtualMachines.beginCreateOrUpdateAndWait(
      'latest-probe',
      'probe',
      {
        location: 'eastus',
        hardwareProfile: { vmSize: 'Standard_D2s_v5' },
        securityProfile: {
          securityType: 'TrustedLaunch',
          uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
        },
        storageProfile: {
          imageReference: { id: versionId('x').replace(/\/versions\/x$/, '') },
          osDisk: { createOption: 'FromImage', deleteOption: 'Delete' },
        },
        osProfile: {
          computerName: 'probe',
          adminUsername: 'probe',
          adminPassword: 'N0t-a-secret!',
        },
        networkProfile: { networkInterfaces: [{ id: nicId, primary: true }] },
      },
      POLL,
    );
    return vm.storageProfile?.imageReference?.exactVersion;
  }

  it('a failed version is tagged false and excluded from latest, so latest resolves to the one before', async () => {
    seed('0.0.13');
    const target = seed('0.0.14');
    expect(await latestFromDefinition()).toBe('0.0.14');
    await arm.resources.resourceGroups.beginDeleteAndWait('latest-probe', POLL);
    const ctx = runContext({}, new ConsoleReporter(() => undefined), new AbortController().signal);
    await new AzureVerifier(config.azure!).markVerification(target, false, ctx);
    const v = await arm.compute.galleryImageVersions.get(
      'batch-images',
      'batch_images',
      'batch-worker-22-04',
      '0.0.14',
    );
    expect(v.tags).toMatchObject({ 'worker-image-verified': 'false' });
    expect(v.publishingProfile?.excludeFromLatest).toBe(true);
    // Still replicated where it was: the update left the regions alone.
    expect(v.publishingProfile?.targetRegions?.map((r) => r.name)).toEqual(['East US']);
    expect(await latestFromDefinition()).toBe('0.0.13');
    expect(calls('PATCH', /\/versions\/0\.0\.14$/)).toBe(1);
  });

  it('a verified version is tagged true, keeping its other tags and its place as latest', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.14',
      regions: [{ name: 'eastus' }],
      tags: { 'worker-image-run': 'gh-1-1' },
    });
    const ctx = runContext({}, new ConsoleReporter(() => undefined), new AbortController().signal);
    await new AzureVerifier(config.azure!).markVerification({ ...seedless('0.0.14') }, true, ctx);
    const v = await arm.compute.galleryImageVersions.get(
      'batch-images',
      'batch_images',
      'batch-worker-22-04',
      '0.0.14',
    );
    expect(v.tags).toEqual({ 'worker-image-run': 'gh-1-1', 'worker-image-verified': 'true' });
    expect(v.publishingProfile?.excludeFromLatest).toBe(false);
  });
});

describe('the whole verification (src/verify/run.ts) on Azure', () => {
  it('a failing check marks the version not verified and out of latest, with time to ready measured', async () => {
    const target = seed('0.0.14');
    emulator.control.addCheckOutcome({ check: 'docker-image', outcome: { exit: 1 } });
    const lines: string[] = [];
    const ctx = runContext(
      {},
      new ConsoleReporter((l) => lines.push(l)),
      new AbortController().signal,
    );
    const result = await verifyImage(config, target, ctx, {
      cloud: 'azure',
      ledger: new ResourceLedger(),
      verify: {
        checks: [
          { name: 'docker-info', run: 'docker info', timeout: 5_000 },
          {
            name: 'docker-image',
            run: 'docker image inspect {{ global.docker_root_image }}',
            timeout: 5_000,
          },
        ],
        timeToReady: 60_000,
        onFailure: 'warn',
      },
    });
    expect(result.verified).toBe(false);
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ['docker-info', 'passed'],
      ['docker-image', 'failed'],
    ]);
    expect(result.timeToReadyS).toBeGreaterThanOrEqual(0);
    expect(result.timeToReadyS).toBeLessThan(60);
    const v = await arm.compute.galleryImageVersions.get(
      'batch-images',
      'batch_images',
      'batch-worker-22-04',
      '0.0.14',
    );
    expect(v.tags).toMatchObject({ 'worker-image-verified': 'false' });
    expect(v.publishingProfile?.excludeFromLatest).toBe(true);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });
});

function seedless(version: string): VerifyTarget {
  return {
    cloud: 'azure',
    imageName: `batch-worker-22-04/${version}`,
    imageId: versionId(version),
    version,
    details: {},
  };
}
