import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
  rawArm,
  SUBSCRIPTION,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * Errors, faults and the control API as the Azure SDK meets them: ARM's error bodies,
 * throttling it retries, long-running operations that fail, replication that fails in one
 * region, and versions that exist before the test.
 */

const location = 'eastus';

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

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${emulator.controlUrl}/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

function azure(): AzureResourceInfo[] {
  return emulator.control.resources().filter((r): r is AzureResourceInfo => r.cloud === 'azure');
}

/** A deallocated, generalized builder and the gallery definition its versions go to. */
async function capturedBuilder(group: string): Promise<string> {
  const { nicId } = await createNetwork(arm, group, location);
  const vm = await createBuilderVm(arm, group, 'builder', location, nicId);
  await arm.compute.virtualMachines.beginDeallocateAndWait(group, 'builder', POLL);
  await arm.compute.virtualMachines.generalize(group, 'builder');
  await arm.compute.galleries.beginCreateOrUpdateAndWait(group, 'gallery', { location }, POLL);
  await arm.compute.galleryImages.beginCreateOrUpdateAndWait(
    group,
    'gallery',
    'worker',
    {
      location,
      osType: 'Linux',
      osState: 'Generalized',
      // The builder's image is Generation 2, and a version's source must match its definition.
      hyperVGeneration: 'V2',
      identifier: { publisher: 'p', offer: 'o', sku: 's' },
    },
    POLL,
  );
  return vm.id!;
}

function regions(...list: [string, number][]) {
  return list.map(([name, regionalReplicaCount]) => ({ name, regionalReplicaCount }));
}

async function replication(group: string, version: string) {
  const v = await arm.compute.galleryImageVersions.get(group, 'gallery', 'worker', version, {
    expand: 'ReplicationStatus',
  });
  return v.replicationStatus!;
}

describe('ARM errors as the SDK surfaces them', () => {
  it('a missing resource is a RestError 404 ResourceNotFound; a missing group ResourceGroupNotFound', async () => {
    await arm.resources.resourceGroups.createOrUpdate('rg', { location });
    await expect(arm.compute.galleries.get('rg', 'nope')).rejects.toMatchObject({
      name: 'RestError',
      statusCode: 404,
      code: 'ResourceNotFound',
      message: expect.stringContaining(
        "The Resource 'Microsoft.Compute/galleries/nope' under resource group 'rg' was not found.",
      ),
    });
    await expect(arm.compute.virtualMachines.get('no-such-rg', 'vm')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceGroupNotFound',
    });
    expect(await arm.resources.resourceGroups.checkExistence('rg')).toEqual({ body: true });
    expect(await arm.resources.resourceGroups.checkExistence('no-such-rg')).toEqual({
      body: false,
    });
  });

  it('refuses version names that are not Major.Minor.Patch of 32-bit integers', async () => {
    const vmId = await capturedBuilder('rg-names');
    for (const name of ['1.0', 'v1.0.0', '1.0.2147483648']) {
      await expect(
        arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
          'rg-names',
          'gallery',
          'worker',
          name,
          { location, storageProfile: { source: { virtualMachineId: vmId } } },
          POLL,
        ),
      ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    }
  });

  it('a version needs a generalized source for a Generalized definition', async () => {
    const { nicId } = await createNetwork(arm, 'rg-spec', location);
    const vm = await createBuilderVm(arm, 'rg-spec', 'builder', location, nicId);
    await arm.compute.galleries.beginCreateOrUpdateAndWait(
      'rg-spec',
      'gallery',
      { location },
      POLL,
    );
    await arm.compute.galleryImages.beginCreateOrUpdateAndWait(
      'rg-spec',
      'gallery',
      'worker',
      {
        location,
        osType: 'Linux',
        osState: 'Generalized',
        identifier: { publisher: 'p', offer: 'o', sku: 's' },
      },
      POLL,
    );
    await expect(
      arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
        'rg-spec',
        'gallery',
        'worker',
        '1.0.0',
        { location, storageProfile: { source: { virtualMachineId: vm.id } } },
        POLL,
      ),
    ).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("has a different OS state ['Specialized']"),
    });
  });

  it('wants a bearer token and an api-version, as ARM does', async () => {
    const noToken = await rawArm(
      emulator,
      'GET',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups?api-version=2025-04-01`,
    );
    expect(noToken.status).toBe(401);
    expect(noToken.json).toMatchObject({ error: { code: 'AuthenticationFailed' } });
    const noVersion = await rawArm(
      emulator,
      'GET',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups`,
      {
        authorization: 'Bearer x',
      },
    );
    expect(noVersion.status).toBe(400);
    expect(noVersion.json).toMatchObject({ error: { code: 'MissingApiVersionParameter' } });
  });

  it('a NIC attached to a VM cannot be deleted; a VM deleted with Detach leaves its disk and NIC', async () => {
    const { nicId } = await createNetwork(arm, 'rg-nic', location);
    await arm.compute.virtualMachines.beginCreateOrUpdateAndWait(
      'rg-nic',
      'keeps',
      {
        location,
        hardwareProfile: { vmSize: 'Standard_B2s' },
        storageProfile: {
          imageReference: { publisher: 'a', offer: 'b', sku: 'c', version: '1.0.0' },
        },
        networkProfile: { networkInterfaces: [{ id: nicId }] },
      },
      POLL,
    );
    await expect(
      arm.network.networkInterfaces.beginDeleteAndWait('rg-nic', 'builder-nic', POLL),
    ).rejects.toMatchObject({ statusCode: 400, code: 'NicInUse' });
    await arm.compute.virtualMachines.beginDeleteAndWait('rg-nic', 'keeps', POLL);
    expect(
      azure()
        .map((r) => `${r.kind} ${r.status}`)
        .sort(),
    ).toEqual([
      'disk Succeeded',
      'networkInterface Succeeded',
      'resourceGroup Succeeded',
      'virtualNetwork Succeeded',
    ]);
    await arm.network.networkInterfaces.beginDeleteAndWait('rg-nic', 'builder-nic', POLL);
  });

  it('lists resource groups by tag, for a garbage collector', async () => {
    await arm.resources.resourceGroups.createOrUpdate('run-1', {
      location,
      tags: { 'worker-image-run': 'r1' },
    });
    await arm.resources.resourceGroups.createOrUpdate('run-2', {
      location,
      tags: { 'worker-image-run': 'r2' },
    });
    await arm.resources.resourceGroups.createOrUpdate('other', { location });
    const names = async (filter: string) => {
      const found: string[] = [];
      for await (const g of arm.resources.resourceGroups.list({ filter })) found.push(g.name!);
      return found.sort();
    };
    expect(await names("tagName eq 'worker-image-run'")).toEqual(['run-1', 'run-2']);
    expect(await names("tagName eq 'worker-image-run' and tagValue eq 'r2'")).toEqual(['run-2']);
  });
});

describe('injected faults', () => {
  it('a 429 with Retry-After is an ARM error the SDK waits out and retries', async () => {
    await arm.resources.resourceGroups.createOrUpdate('rg-429', { location });
    emulator.control.addFault({
      method: 'GET',
      path: '/resourcegroups/rg-429$',
      status: 429,
      retryAfter: 1,
      times: 2,
    });
    const raw = await rawArm(
      emulator,
      'GET',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-429?api-version=2025-04-01`,
      {
        authorization: 'Bearer x',
      },
    );
    expect(raw.status).toBe(429);
    expect(raw.headers['retry-after']).toBe('1');
    expect(raw.json).toMatchObject({ error: { code: 'TooManyRequests' } });

    emulator.control.clearCalls();
    const group = await arm.resources.resourceGroups.get('rg-429');
    expect(group.name).toBe('rg-429');
    expect(emulator.control.calls().map((c) => c.status)).toEqual([429, 200]);
  });

  it('an operation fault makes the VM creation end Failed; the VM stays to be deleted', async () => {
    const { nicId } = await createNetwork(arm, 'rg-fail', location);
    emulator.control.addFault({
      method: 'PUT',
      path: '/virtualMachines/doomed$',
      operationError: { code: 'AllocationFailed', message: 'Allocation failed. Try another size.' },
    });
    await expect(createBuilderVm(arm, 'rg-fail', 'doomed', location, nicId)).rejects.toThrow(
      /long-running operation has failed[^]*AllocationFailed|Allocation failed/,
    );
    expect(azure().find((r) => r.name === 'doomed')).toMatchObject({ status: 'Failed' });
    await arm.compute.virtualMachines.beginDeleteAndWait('rg-fail', 'doomed', POLL);
    expect(azure().some((r) => r.name === 'doomed')).toBe(false);
  });
});

describe('gallery version replication', () => {
  it('a region forced to fail ends Failed with its details; the version and its LRO fail', async () => {
    const vmId = await capturedBuilder('rg-rep');
    expect(
      (
        await control('POST', 'azure/replication-failures', {
          region: 'West US 2',
          details: 'quota exceeded',
        })
      ).status,
    ).toBe(200);
    await expect(
      arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
        'rg-rep',
        'gallery',
        'worker',
        '1.0.0',
        {
          location,
          publishingProfile: { targetRegions: regions(['eastus', 1], ['westus2', 2]) },
          storageProfile: { source: { virtualMachineId: vmId } },
        },
        POLL,
      ),
    ).rejects.toThrow(/ReplicationFailed|quota exceeded/);
    expect(await replication('rg-rep', '1.0.0')).toEqual({
      aggregatedState: 'Failed',
      summary: [
        { region: 'East US', state: 'Completed', details: '', progress: 100 },
        { region: 'West US 2', state: 'Failed', details: 'quota exceeded', progress: 0 },
      ],
    });
    const v = await arm.compute.galleryImageVersions.get('rg-rep', 'gallery', 'worker', '1.0.0');
    expect(v.provisioningState).toBe('Failed');
  });

  it('a PUT with more regions and replicas updates the version and replicates only what changed', async () => {
    const vmId = await capturedBuilder('rg-upd');
    // Long enough that the read right after the update sees it under way.
    emulator.control.setDurations({ replicationPerRegion: 1000 });
    const body = (targetRegions: ReturnType<typeof regions>) => ({
      location,
      publishingProfile: { targetRegions },
      storageProfile: { source: { virtualMachineId: vmId } },
    });
    await arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
      'rg-upd',
      'gallery',
      'worker',
      '1.0.0',
      body(regions(['eastus', 1], ['westus2', 1])),
      POLL,
    );
    const poller = arm.compute.galleryImageVersions.createOrUpdate(
      'rg-upd',
      'gallery',
      'worker',
      '1.0.0',
      body(regions(['eastus', 1], ['westus2', 3], ['northeurope', 2])),
      POLL,
    );
    await poller.submitted();
    const during = await replication('rg-upd', '1.0.0');
    expect(during.aggregatedState).toBe('InProgress');
    expect(during.summary?.map((r) => `${r.region} ${r.state}`)).toEqual([
      'East US Completed',
      'West US 2 Replicating',
      'North Europe Replicating',
    ]);
    const updated = await poller;
    expect(
      updated.publishingProfile?.targetRegions?.map((r) => `${r.name} ${r.regionalReplicaCount}`),
    ).toEqual(['East US 1', 'West US 2 3', 'North Europe 2']);
    expect((await replication('rg-upd', '1.0.0')).aggregatedState).toBe('Completed');

    const patched = await arm.compute.galleryImageVersions.beginUpdateAndWait(
      'rg-upd',
      'gallery',
      'worker',
      '1.0.0',
      {
        publishingProfile: {
          targetRegions: regions(['eastus', 2], ['westus2', 3], ['northeurope', 2]),
        },
      },
      POLL,
    );
    expect(patched.publishingProfile?.targetRegions?.[0]?.regionalReplicaCount).toBe(2);
  });
});

describe('the control API', () => {
  it('seeds a replicated version a VM can boot from, in its regions only', async () => {
    const seeded = await control('POST', 'azure/gallery-versions', {
      subscriptionId: SUBSCRIPTION,
      resourceGroup: 'images',
      gallery: 'gallery',
      definition: 'worker',
      version: '0.0.13',
      regions: [
        { name: 'eastus', replicas: 2 },
        { name: 'westeurope', replicas: 1 },
      ],
    });
    expect(seeded).toMatchObject({
      status: 200,
      json: { cloud: 'azure', kind: 'galleryImageVersion', name: '0.0.13', status: 'Succeeded' },
    });
    const versions: string[] = [];
    for await (const v of arm.compute.galleryImageVersions.listByGalleryImage(
      'images',
      'gallery',
      'worker',
    )) {
      versions.push(
        `${v.name} ${v.publishingProfile?.targetRegions?.map((r) => r.name).join('+')}`,
      );
    }
    expect(versions).toEqual(['0.0.13 East US+West Europe']);
    expect((await replication('images', '0.0.13')).aggregatedState).toBe('Completed');

    const imageId = (seeded.json as { id: string }).id;
    for (const [region, ok] of [
      ['eastus', true],
      ['westus2', false],
    ] as const) {
      const { nicId } = await createNetwork(arm, `rg-${region}`, region);
      const created = arm.compute.virtualMachines.beginCreateOrUpdateAndWait(
        `rg-${region}`,
        'from-image',
        {
          location: region,
          hardwareProfile: { vmSize: 'Standard_B2s' },
          // A seeded definition is Trusted launch, as a bake makes it: so are VMs made from it.
          securityProfile: { securityType: 'TrustedLaunch' },
          storageProfile: { imageReference: { id: imageId } },
          networkProfile: { networkInterfaces: [{ id: nicId }] },
        },
        POLL,
      );
      if (ok) await expect(created).resolves.toMatchObject({ provisioningState: 'Succeeded' });
      else
        await expect(created).rejects.toMatchObject({
          statusCode: 404,
          code: 'GalleryImageNotFound',
        });
    }
  });

  it('lists Azure resources with their kinds and reset removes them', async () => {
    const { nicId } = await createNetwork(arm, 'rg-list', location, { 'worker-image-run': 'r9' });
    await createBuilderVm(arm, 'rg-list', 'vm', location, nicId);
    const listed = (await control('GET', 'resources')).json as AzureResourceInfo[];
    expect(listed.map((r) => r.kind).sort()).toEqual([
      'disk',
      'networkInterface',
      'resourceGroup',
      'virtualMachine',
      'virtualNetwork',
    ]);
    expect(listed.find((r) => r.kind === 'resourceGroup')).toMatchObject({
      cloud: 'azure',
      name: 'rg-list',
      resourceGroup: 'rg-list',
      location,
      status: 'Succeeded',
      tags: { 'worker-image-run': 'r9' },
    });
    expect((await control('POST', 'reset')).status).toBe(200);
    expect(azure()).toEqual([]);
  });
});
