/**
 * What generic ARM clients (Terraform azurerm, the Azure CLI, the SDKs) call around the
 * resources themselves, through the official SDK clients: the subscription, its resource
 * providers, the resources of a group, and subnets as resources of their own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
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

let emulator: Emulator;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

const failure = (err: unknown) => err as { code?: string; statusCode?: number; message?: string };
const AUTH = { authorization: 'Bearer emulator' };

describe('ARM emulator: subscription and resource providers', () => {
  it('answers Subscriptions - Get, enabled, with its tenant and policies', async () => {
    const res = await rawArm(
      emulator,
      'GET',
      `/subscriptions/${SUBSCRIPTION}?api-version=2022-12-01`,
      AUTH,
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: `/subscriptions/${SUBSCRIPTION}`,
      subscriptionId: SUBSCRIPTION,
      state: 'Enabled',
      tenantId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: expect.any(String),
      subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01' },
    });
    // Subscriptions - List, at /subscriptions itself, holds the one just asked about.
    const list = await rawArm(emulator, 'GET', '/subscriptions?api-version=2022-12-01', AUTH);
    expect(list.status).toBe(200);
    expect((list.json as { value: { subscriptionId: string }[] }).value).toContainEqual(
      expect.objectContaining({ subscriptionId: SUBSCRIPTION }),
    );
  });

  it('lists, gets and registers the emulated providers; an unknown namespace is InvalidResourceNamespace', async () => {
    const listed = await all(arm.resources.providers.list());
    expect(listed.map((p) => p.namespace)).toEqual(
      expect.arrayContaining([
        'Microsoft.Authorization',
        'Microsoft.Compute',
        'Microsoft.ManagedIdentity',
        'Microsoft.Network',
        'Microsoft.Resources',
      ]),
    );
    expect(listed.every((p) => p.registrationState === 'Registered')).toBe(true);
    const compute = await arm.resources.providers.get('microsoft.compute');
    const vms = compute.resourceTypes?.find((t) => t.resourceType === 'virtualMachines');
    expect(vms?.apiVersions).toContain('2026-03-01');
    expect(vms?.locations).toContain('East US');
    const network = await arm.resources.providers.get('Microsoft.Network');
    const subnets = network.resourceTypes?.find(
      (t) => t.resourceType === 'virtualNetworks/subnets',
    );
    expect(subnets?.apiVersions).toContain('2025-05-01');
    const registered = await arm.resources.providers.register('Microsoft.ManagedIdentity');
    expect(registered).toMatchObject({
      id: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.ManagedIdentity`,
      registrationState: 'Registered',
    });
    const e = await arm.resources.providers.get('Microsoft.Nope').catch(failure);
    expect(e).toMatchObject({
      statusCode: 404,
      code: 'InvalidResourceNamespace',
      message: "The resource namespace 'Microsoft.Nope' is invalid.",
    });
  });
});

describe('ARM emulator: the resources of a group', () => {
  it('lists every resource of the group with its tags, filtered by type, tag and name', async () => {
    const { nicId } = await createNetwork(arm, 'rg-a', 'eastus');
    await createNetwork(arm, 'rg-b', 'eastus');
    await createBuilderVm(arm, 'rg-a', 'vm-a', 'eastus', nicId);
    const inA = await all(arm.resources.resources.listByResourceGroup('rg-a'));
    expect(inA.map((r) => r.type).sort()).toEqual([
      'Microsoft.Compute/disks',
      'Microsoft.Compute/virtualMachines',
      'Microsoft.Network/networkInterfaces',
      'Microsoft.Network/virtualNetworks',
    ]);
    const vm = inA.find((r) => r.name === 'vm-a')!;
    expect(vm).toMatchObject({ location: 'eastus', tags: { 'worker-image-role': 'builder' } });
    expect(vm.identity?.type).toBe('SystemAssigned');

    const byType = await all(
      arm.resources.resources.listByResourceGroup('rg-a', {
        filter: "resourceType eq 'Microsoft.Network/virtualNetworks'",
      }),
    );
    expect(byType.map((r) => r.name)).toEqual(['builder-vnet']);
    const byTag = await all(
      arm.resources.resources.listByResourceGroup('rg-a', {
        filter: "tagName eq 'worker-image-role' and tagValue eq 'builder'",
      }),
    );
    // The OS disk carries the VM's tags; the matches come without theirs.
    expect(byTag.map((r) => r.type)).toEqual([
      'Microsoft.Compute/disks',
      'Microsoft.Compute/virtualMachines',
    ]);
    expect(byTag.every((r) => r.tags === undefined)).toBe(true);
    const byName = await all(
      arm.resources.resources.listByResourceGroup('rg-a', {
        filter:
          "substringof('builder', name) and resourceType ne 'Microsoft.Network/virtualNetworks'",
        expand: 'provisioningState,createdTime',
      }),
    );
    expect(byName.map((r) => [r.name, r.provisioningState])).toEqual([
      ['builder-nic', 'Succeeded'],
    ]);
    expect(byName[0]!.createdTime).toBeInstanceOf(Date);
  });

  it('pages with $top; a missing group is ResourceGroupNotFound; an empty one lists nothing', async () => {
    await createNetwork(arm, 'rg-a', 'eastus');
    const pages = [];
    for await (const page of arm.resources.resources
      .listByResourceGroup('rg-a', { top: 1 })
      .byPage()) {
      pages.push(page.map((r) => r.name));
    }
    expect(pages).toEqual([['builder-nic'], ['builder-vnet']]);
    const e = await all(arm.resources.resources.listByResourceGroup('rg-none')).catch(failure);
    expect(e).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' });
    await arm.resources.resourceGroups.createOrUpdate('rg-empty', { location: 'eastus' });
    expect(await all(arm.resources.resources.listByResourceGroup('rg-empty'))).toEqual([]);
  });
});

describe('ARM emulator: subnets as resources', () => {
  it('creates, lists and deletes subnets that the virtual network shows, and the reverse', async () => {
    const { subnetId } = await createNetwork(arm, 'rg', 'eastus');
    const created = await arm.network.subnets.beginCreateOrUpdateAndWait(
      'rg',
      'builder-vnet',
      'second',
      { addressPrefix: '10.0.1.0/24' },
      POLL,
    );
    expect(created).toMatchObject({
      id: `${subnetId.replace(/builder$/, 'second')}`,
      addressPrefix: '10.0.1.0/24',
      provisioningState: 'Succeeded',
    });
    const vnet = await arm.network.virtualNetworks.get('rg', 'builder-vnet');
    expect(vnet.subnets?.map((s) => s.name)).toEqual(['builder', 'second']);
    expect((await all(arm.network.subnets.list('rg', 'builder-vnet'))).map((s) => s.name)).toEqual([
      'builder',
      'second',
    ]);

    await arm.network.virtualNetworks.beginCreateOrUpdateAndWait(
      'rg',
      'builder-vnet',
      {
        location: 'eastus',
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [...vnet.subnets!, { name: 'third', addressPrefix: '10.0.2.0/24' }],
      },
      POLL,
    );
    expect((await arm.network.subnets.get('rg', 'builder-vnet', 'third')).addressPrefix).toBe(
      '10.0.2.0/24',
    );

    await arm.network.subnets.beginDeleteAndWait('rg', 'builder-vnet', 'second', POLL);
    const after = await arm.network.virtualNetworks.get('rg', 'builder-vnet');
    expect(after.subnets?.map((s) => s.name)).toEqual(['builder', 'third']);
    const gone = await arm.network.subnets.get('rg', 'builder-vnet', 'second').catch(failure);
    expect(gone).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('answers a subnet PUT with Azure-AsyncOperation, the network Updating until it is done', async () => {
    await createNetwork(arm, 'rg', 'eastus');
    const res = await rawArm(
      emulator,
      'PUT',
      '/subscriptions/' +
        SUBSCRIPTION +
        '/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/builder-vnet/subnets/s2?api-version=2025-05-01',
      AUTH,
      { properties: { addressPrefix: '10.0.9.0/24' } },
    );
    expect(res.status).toBe(201);
    expect(res.headers['azure-asyncoperation']).toEqual(
      expect.stringContaining('/providers/Microsoft.Network/locations/eastus/operations/'),
    );
    expect(res.json).toMatchObject({ name: 's2', properties: { provisioningState: 'Updating' } });
  });

  it('refuses a range outside the address space or overlapping a sibling, and a subnet in use', async () => {
    await createNetwork(arm, 'rg', 'eastus');
    const put = (name: string, addressPrefix: string) =>
      arm.network.subnets
        .beginCreateOrUpdateAndWait('rg', 'builder-vnet', name, { addressPrefix }, POLL)
        .catch(failure);
    expect(await put('outside', '10.1.0.0/24')).toMatchObject({
      statusCode: 400,
      code: 'NetcfgSubnetRangeOutsideVnet',
      message:
        "Subnet 'outside' is not valid because its IP address range is outside the IP address range of virtual network 'builder-vnet'.",
    });
    expect(await put('overlap', '10.0.0.128/25')).toMatchObject({
      statusCode: 400,
      code: 'NetcfgSubnetRangesOverlap',
    });
    expect(await put('builder', '10.0.0.0/25')).toMatchObject({ addressPrefix: '10.0.0.0/25' });
    const e = await arm.network.subnets
      .beginDeleteAndWait('rg', 'builder-vnet', 'builder', POLL)
      .catch(failure);
    expect(e).toMatchObject({ statusCode: 400, code: 'InUseSubnetCannotBeDeleted' });
    const dropped = await arm.network.virtualNetworks
      .beginCreateOrUpdateAndWait(
        'rg',
        'builder-vnet',
        { location: 'eastus', addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, subnets: [] },
        POLL,
      )
      .catch(failure);
    expect(dropped).toMatchObject({ statusCode: 400, code: 'InUseSubnetCannotBeDeleted' });
    const missing = await arm.network.subnets
      .beginCreateOrUpdateAndWait('rg', 'no-vnet', 's', { addressPrefix: '10.0.0.0/24' }, POLL)
      .catch(failure);
    expect(missing).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });
});
