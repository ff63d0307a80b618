import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import { DEPROVISION_SCRIPT } from '../../src/providers/azure/builder.js';
import { statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  powerState,
  strayGuestProcesses,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * The Azure bake, step by step, through the official SDK clients talking to the emulator's
 * Resource Manager over HTTPS: the same calls, LROs and answers the product meets on Azure.
 */

const location = 'eastus';
const nonce = 'arm-test';

let emulator: Emulator;
let arm: ArmClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});

beforeEach(async () => {
  await emulator.control.reset();
});

afterAll(async () => {
  await emulator?.stop();
});

function azureResources(group?: string): AzureResourceInfo[] {
  return emulator.control
    .resources()
    .filter((r): r is AzureResourceInfo => r.cloud === 'azure')
    .filter((r) => group === undefined || r.resourceGroup === group);
}

async function runScript(group: string, vm: string, script: string) {
  const result = await arm.compute.virtualMachines.beginRunCommandAndWait(
    group,
    vm,
    { commandId: 'RunShellScript', script: script.split('\n') },
    POLL,
  );
  return result.value?.[0];
}

describe('an Azure builder baked into a gallery version', () => {
  it('runs the wrapped script, deprovisions, deallocates, generalizes and captures a replicated version', async () => {
    // Slow enough that polling sees every region part-way, whatever the machine's load.
    emulator.control.setDurations({ replicationPerRegion: 1000 });
    const group = 'wi-bake-1';
    await arm.resources.resourceGroups.createOrUpdate(group, {
      location,
      tags: { 'worker-image-run': 'run-1' },
    });
    const { nicId } = await createNetwork(arm, group, location, { 'worker-image-run': 'run-1' });
    const vm = await createBuilderVm(arm, group, 'builder-1', location, nicId);
    expect(vm).toMatchObject({
      name: 'builder-1',
      location,
      provisioningState: 'Succeeded',
      identity: { type: 'SystemAssigned' },
      storageProfile: { osDisk: { deleteOption: 'Delete' } },
    });
    expect(vm.osProfile?.adminPassword).toBeUndefined();

    const output = await runScript(
      group,
      'builder-1',
      wrapScript('#!/bin/bash\necho provisioning\n', {
        nonce,
        guestAttributes: false,
        powerOff: false,
      }),
    );
    expect(output).toMatchObject({ code: 'ProvisioningState/succeeded', level: 'Info' });
    expect(output?.message).toMatch(/^Enable succeeded: \n\[stdout\]\n/);
    expect(statusMarker(nonce).exec(output?.message ?? '')?.[1]).toBe('0');

    // Deprovisioning stops the agent that runs commands: it runs detached, and the VM powers
    // itself off when done, whether or not Azure ever reports the command that started it.
    await arm.compute.virtualMachines
      .runCommand(
        group,
        'builder-1',
        { commandId: 'RunShellScript', script: DEPROVISION_SCRIPT.split('\n') },
        POLL,
      )
      .submitted();
    while ((await powerState(arm, group, 'builder-1')) !== 'PowerState/stopped') {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(azureResources(group).find((r) => r.kind === 'virtualMachine')).toMatchObject({
      powerState: 'stopped',
      guestActions: ['waagent -force -deprovision+user', 'shutdown -h now'],
    });
    expect(strayGuestProcesses()).toEqual([]);

    await expect(arm.compute.virtualMachines.generalize(group, 'builder-1')).rejects.toMatchObject({
      statusCode: 409,
      code: 'OperationNotAllowed',
    });
    await arm.compute.virtualMachines.beginDeallocateAndWait(group, 'builder-1', POLL);
    await arm.compute.virtualMachines.generalize(group, 'builder-1');
    const view = await arm.compute.virtualMachines.get(group, 'builder-1', {
      expand: 'instanceView',
    });
    expect(view.instanceView?.statuses?.map((s) => s.code)).toEqual([
      'ProvisioningState/succeeded',
      'OSState/generalized',
      'PowerState/deallocated',
    ]);

    await arm.compute.galleries.beginCreateOrUpdateAndWait(group, 'gallery', { location }, POLL);
    await arm.compute.galleryImages.beginCreateOrUpdateAndWait(
      group,
      'gallery',
      'batch-worker',
      {
        location,
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        identifier: { publisher: 'hail', offer: 'batch-worker', sku: '22-04' },
      },
      POLL,
    );
    const poller = arm.compute.galleryImageVersions.createOrUpdate(
      group,
      'gallery',
      'batch-worker',
      '0.0.1',
      {
        location,
        publishingProfile: {
          targetRegions: [
            { name: 'eastus', regionalReplicaCount: 2, storageAccountType: 'Standard_LRS' },
            { name: 'westus2', regionalReplicaCount: 1 },
          ],
        },
        storageProfile: { source: { virtualMachineId: vm.id } },
      },
      POLL,
    );
    type Snapshot = Record<string, { state: string; progress: number }>;
    const snapshots: Snapshot[] = [];
    let aggregated = '';
    while (aggregated !== 'Completed') {
      const v = await arm.compute.galleryImageVersions.get(
        group,
        'gallery',
        'batch-worker',
        '0.0.1',
        {
          expand: 'ReplicationStatus',
        },
      );
      aggregated = v.replicationStatus?.aggregatedState ?? '';
      snapshots.push(
        Object.fromEntries(
          (v.replicationStatus?.summary ?? []).map((r) => [
            r.region,
            { state: r.state, progress: r.progress },
          ]),
        ) as Snapshot,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const version = await poller;
    expect(version).toMatchObject({ provisioningState: 'Succeeded' });
    // Regions come back by display name, each seen part-way; the source region goes first.
    const partWay = (s: Snapshot, region: string) =>
      s[region]?.state === 'Replicating' && s[region].progress > 0 && s[region].progress < 100;
    expect(snapshots.some((s) => partWay(s, 'East US'))).toBe(true);
    expect(snapshots.some((s) => partWay(s, 'West US 2'))).toBe(true);
    for (const s of snapshots.filter((s) => (s['West US 2']?.progress ?? 0) > 0)) {
      expect(s['East US']).toEqual({ state: 'Completed', progress: 100 });
    }
    expect(snapshots.at(-1)).toEqual({
      'East US': { state: 'Completed', progress: 100 },
      'West US 2': { state: 'Completed', progress: 100 },
    });

    // A version answers in the field its source was given in: `id` is the only one before
    // api-version 2023-07-03, so an older client reads its source back.
    expect(version.storageProfile?.source).toEqual({ virtualMachineId: vm.id });
    await arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
      group,
      'gallery',
      'batch-worker',
      '0.0.2',
      { location, storageProfile: { source: { id: vm.id } } },
      POLL,
    );
    const older = await arm.compute.galleryImageVersions.get(
      group,
      'gallery',
      'batch-worker',
      '0.0.2',
    );
    expect(older.storageProfile?.source).toEqual({ id: vm.id });

    await arm.resources.resourceGroups.beginDeleteAndWait(group, POLL);
    expect(azureResources()).toEqual([]);
  });
});

describe('ARM emulator: resource group names', () => {
  it('takes letters and decimal digits of any script, and refuses other characters, a trailing period and a 91st character', async () => {
    const groups = arm.resources.resourceGroups;
    for (const name of ['grüppe', 'バッチ-٣', 'batch(prod)_1', 'r'.repeat(90)]) {
      await groups.createOrUpdate(name, { location });
      expect((await groups.get(name)).name).toBe(name);
    }
    for (const name of ['batch²', 'batch images', 'batch.', 'r'.repeat(91)]) {
      const e = await groups.createOrUpdate(name, { location }).then(
        () => undefined,
        (err: unknown) => err as { code?: string; statusCode?: number },
      );
      expect(e, name).toMatchObject({ statusCode: 400, code: 'InvalidResourceGroup' });
      expect(await groups.checkExistence(name)).toEqual({ body: false });
    }
  });
});
