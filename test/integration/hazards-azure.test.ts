import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ComputeManagementClient } from '@azure/arm-compute';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { runShare } from '../../src/share/run.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { armOptions, credential, rawArm, strayGuestProcesses } from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, liveAzureTemporaries, writeAzureConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * The Azure bake and share through each of Resource Manager's documented hazards, all on as
 * the emulator starts: what a user sees is the version made and replicated, or one clear
 * error, and nothing left running, neither a resource nor a process on this machine.
 */

const GALLERY = {
  subscriptionId: AZURE_SUBSCRIPTION,
  resourceGroup: 'batch-images',
  gallery: 'batch_images',
  definition: 'batch-worker-22-04',
};
const GALLERY_ID = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());
afterEach(() => {
  // An identity a test made for the builder is lasting infrastructure, as the gallery is.
  const lasting = /^(userAssignedIdentity .*|resourceGroup batch-identities)$/;
  expect(liveAzureTemporaries(emulator).filter((r) => !lasting.test(r))).toEqual([]);
  expect(strayGuestProcesses()).toEqual([]);
});

async function runBake(overrides: RawOverrides = {}, cancelAt?: RegExp) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeAzureConfig(emulator),
    overrides,
    cwd: process.cwd(),
  });
  const cancel = new AbortController();
  const ctx = runContext(
    {},
    new ConsoleReporter((l) => {
      lines.push(l);
      if (cancelAt?.test(l)) cancel.abort();
    }),
    cancel.signal,
  );
  const outcome = await bake(config, ctx, { cloud: 'azure', ledger: new ResourceLedger() }).catch(
    (err: Error) => err,
  );
  return { outcome, log: lines.join('') };
}

/** The version a bake made, by name and provisioning state, with its replication. */
async function versionOf(name: string) {
  const compute = new ComputeManagementClient(credential, AZURE_SUBSCRIPTION, armOptions(emulator));
  const v = await compute.galleryImageVersions.get(
    GALLERY.resourceGroup,
    GALLERY.gallery,
    GALLERY.definition,
    name,
    { expand: 'ReplicationStatus' },
  );
  return { state: v.provisioningState, replication: v.replicationStatus?.aggregatedState };
}

function writes(): string[] {
  return emulator.control
    .calls()
    .filter((c) => c.method !== 'GET')
    .map((c) => `${c.method} ${c.path}`);
}

describe('a deprovision that never returns', () => {
  it('the builder deprovisions detached and powers itself off; the version is made although Azure never reports the command', async () => {
    const { outcome, log } = await runBake();
    expect(outcome).not.toBeInstanceOf(Error);
    expect(await versionOf('0.0.1')).toEqual({ state: 'Succeeded', replication: 'Completed' });
    expect(log).toMatch(/deprovisioning wi-builder-\w+ in the background/);
    expect(log).toMatch(/wi-builder-\w+ is deprovisioned and stopped/);
  });

  it('a run cancelled while the builder deprovisions stops waiting at once and deletes what it made', async () => {
    const { outcome } = await runBake({}, /deprovisioning wi-builder-\w+ in the background/);
    expect((outcome as Error).name).toBe('CancelledError');
    // A cancelled run asks for the deletion and leaves its wait to the post step: it happens.
    while (liveAzureTemporaries(emulator).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('a builder that never powers off fails at the deprovision deadline, with its last power state and output', async () => {
    // The guest ignores its shutdown, as the emulator did before it modelled one.
    emulator.control.setHazards({ arm: { guestShutdownStopsVm: false } });
    const { outcome } = await runBake({ azure: { timeouts: { operation: '2s' } } });
    expect(outcome).toBeInstanceOf(Error);
    const message = (outcome as Error).message;
    expect(message).toMatch(/^deprovisioning wi-builder-\w+ did not finish within 2s\n/);
    expect(message).toContain('last power state: PowerState/running');
    expect(message).toMatch(
      /the command that started deprovisioning reported nothing; last \d+ lines of the provisioning output:/,
    );
    expect(message).toMatch(/worker-image-status\[[a-z0-9-]+\]: exit=0/);
  });
});

describe("run-command's time limit", () => {
  it('a provisioning script cut at the limit fails naming it; nothing is left', async () => {
    emulator.control.setHazards({ arm: { runCommandCap: 1500 } });
    emulator.control.addOutcome({ outcome: 'hang' });
    const { outcome } = await runBake();
    expect((outcome as Error).message).toMatch(
      /^the provisioning script on builder wi-builder-\w+ was stopped by run-command's 90-minute limit \(.*VMExtensionProvisioningTimeout.*\); Azure gives a run-command script no longer/,
    );
  });
});

describe('long-running operations that say when to come back', () => {
  it("a builder slower than the deadline fails at the deadline, not at the operation's Retry-After", async () => {
    // The creation answers Retry-After: 20, which the SDK's poller would sleep out.
    emulator.control.setDurations({ vmCreate: 20_000 });
    const started = Date.now();
    const { outcome } = await runBake({ azure: { timeouts: { builder: '2s' } } });
    expect((outcome as Error).message).toMatch(/^builder wi-builder-\w+ did not finish within 2s$/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('security type and Hyper-V generation', () => {
  it('a new definition gets the Trusted launch builder’s security type, and the capture takes', async () => {
    const { outcome } = await runBake();
    expect(outcome).not.toBeInstanceOf(Error);
    const compute = new ComputeManagementClient(
      credential,
      AZURE_SUBSCRIPTION,
      armOptions(emulator),
    );
    const definition = await compute.galleryImages.get(
      GALLERY.resourceGroup,
      GALLERY.gallery,
      GALLERY.definition,
    );
    expect(definition).toMatchObject({
      hyperVGeneration: 'V2',
      features: [{ name: 'SecurityType', value: 'TrustedLaunch' }],
    });
  });

  it('an existing Standard definition is refused in the plan, naming both values and the fix; Standard bakes into it', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.3',
      definitionProperties: { features: [] },
    });
    emulator.control.clearCalls();
    const refused = await runBake();
    expect((refused.outcome as Error).message).toBe(
      'image definition batch-worker-22-04 (gallery batch_images) has security type Standard but ' +
        "azure.security-type is TrustedLaunch: Azure captures a version only from a builder of its definition's " +
        'security type. Set azure.security-type: Standard to keep baking into batch-worker-22-04, or bake ' +
        'into a new definition (azure.definition.name) for TrustedLaunch',
    );
    expect(writes()).toEqual([]);

    const standard = await runBake({ azure: { 'security-type': 'Standard' } });
    expect(standard.outcome).not.toBeInstanceOf(Error);
    expect((await versionOf('0.0.4')).state).toBe('Succeeded');
  });

  it('an existing definition of the other generation is refused before anything is created', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.3',
      definitionProperties: { hyperVGeneration: 'V1' },
    });
    emulator.control.clearCalls();
    const { outcome } = await runBake();
    expect((outcome as Error).message).toMatch(
      /^image definition batch-worker-22-04 \(gallery batch_images\) is Hyper-V generation V1 but azure\.definition\.hyper-v-generation is V2/,
    );
    expect(writes()).toEqual([]);
  });
});

describe('premium storage', () => {
  it('a size without premium storage gets a Standard SSD OS disk instead of a refusal', async () => {
    const { outcome, log } = await runBake({ azure: { 'vm-size': 'Standard_D4_v5' } });
    expect(outcome).not.toBeInstanceOf(Error);
    expect(log).toContain('Standard_D4_v5, TrustedLaunch, StandardSSD_LRS OS disk');
    expect((await versionOf('0.0.1')).state).toBe('Succeeded');
  });
});

describe('user-assigned identity', () => {
  const identity = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-builder`;

  it('the builder carries an identity that exists, alone; a missing one is refused before anything is created', async () => {
    const missing = await runBake({ azure: { identity } });
    expect((missing.outcome as Error).message).toBe(
      `azure.identity ${identity} was not found: create the user-assigned identity (az identity create) ` +
        'or correct its resource id; the builder cannot carry it otherwise',
    );
    expect(writes()).toEqual([]);

    const auth = { authorization: 'Bearer emulator' };
    const group = `/subscriptions/${AZURE_SUBSCRIPTION}/resourcegroups/batch-identities`;
    await rawArm(emulator, 'PUT', `${group}?api-version=2021-04-01`, auth, { location: 'eastus' });
    await rawArm(emulator, 'PUT', `${identity}?api-version=2023-01-31`, auth, {
      location: 'eastus',
    });
    // Held at its script long enough to look at the builder, which carries that identity alone.
    emulator.control.addOutcome({ outcome: 'hang' });
    const run = runBake({ azure: { identity, timeouts: { builder: '4s' } } });
    let builder: AzureResourceInfo | undefined;
    while (!builder) {
      builder = emulator.control
        .resources()
        .find((r): r is AzureResourceInfo => r.cloud === 'azure' && r.kind === 'virtualMachine');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const compute = new ComputeManagementClient(
      credential,
      AZURE_SUBSCRIPTION,
      armOptions(emulator),
    );
    const vm = await compute.virtualMachines.get(builder.resourceGroup, builder.name);
    expect(vm.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: {
        [identity]: expect.objectContaining({ clientId: expect.any(String) }),
      },
    });
    expect(((await run).outcome as Error).message).toMatch(/did not finish within 4s/);
  });
});

describe('share-image and the directory', () => {
  const NEW_IDENTITY = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  async function share(principal: string) {
    emulator.control.seedGalleryVersion({ ...GALLERY, version: '0.0.7' });
    const path = await writeAzureConfig(emulator);
    await appendFile(path, `share:\n  azure:\n    principals: [${principal}]\n`);
    const lines: string[] = [];
    const outcome = await runShare(
      { cloud: 'azure', image: `${GALLERY_ID}/images/batch-worker-22-04/versions/0.0.7` },
      {
        config: path,
        cwd: dirname(path),
        reporter: new ConsoleReporter((l) => lines.push(l)),
        signal: new AbortController().signal,
      },
    ).catch((err: Error) => err);
    return { outcome, log: lines.join('') };
  }

  it('a principal created moments ago is retried until the directory has it', async () => {
    emulator.control.seedAzurePrincipal({
      id: NEW_IDENTITY,
      type: 'ServicePrincipal',
      fresh: true,
    });
    const { outcome, log } = await share(NEW_IDENTITY);
    expect(outcome).toMatchObject({
      result: { grants: [{ member: NEW_IDENTITY, status: 'added' }] },
    });
    expect(log).toMatch(new RegExp(`assign Reader to ${NEW_IDENTITY}: 400, retrying in`));
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toHaveLength(1);
  });

  it('an unknown principal fails naming it and what to check', async () => {
    const { outcome } = await share(NEW_IDENTITY);
    expect((outcome as Error).message).toMatch(
      new RegExp(
        `^principal ${NEW_IDENTITY} was not found in the directory \\(PrincipalNotFound, still after 6 tries\\): check the object id in share\\.azure\\.principals`,
      ),
    );
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toEqual([]);
  });

  it('under subscription throttling the SDK waits out each 429 and the share completes', async () => {
    // Ten reads a burst, one back a second: the share's twelve reads cannot all pass at once.
    emulator.control.setHazards({ arm: { subscriptionReads: 10 } });
    const principals = Array.from(
      { length: 10 },
      (_, i) => `4a000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
    );
    for (const id of principals) emulator.control.seedAzurePrincipal({ id });
    const { outcome } = await share(`${principals.join(', ')}`);
    expect((outcome as { result: { grants: unknown[] } }).result.grants).toHaveLength(10);
    expect(emulator.control.calls().some((c) => c.status === 429)).toBe(true);
    expect(emulator.control.azureRoleAssignments(GALLERY_ID)).toHaveLength(10);
  });
});
