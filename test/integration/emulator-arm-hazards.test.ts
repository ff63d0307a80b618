import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { VirtualMachine } from '@azure/arm-compute';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  armClients,
  armOptions,
  createBuilderVm,
  createNetwork,
  credential,
  POLL,
  rawArm,
  SUBSCRIPTION,
  type ArmClients,
} from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * Resource Manager's documented hazards on the wire, as the SDK and a raw client meet them:
 * throttling and its headers, Retry-After on long operations, principals still replicating,
 * security types and generations that must match, premium disks on sizes without premium
 * storage, user-assigned identities that must exist.
 */

const location = 'eastus';
const AUTH = { authorization: 'Bearer emulator' };
const READER = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
const GEN2_IMAGE = {
  publisher: 'Canonical',
  offer: '0001-com-ubuntu-server-jammy',
  sku: '22_04-lts-gen2',
  version: 'latest',
};

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

/** A VM in `group` (which has a network) with what the test varies. */
async function createVm(group: string, name: string, vm: Partial<VirtualMachine>) {
  const { nicId } = await createNetwork(arm, group, location);
  return arm.compute.virtualMachines.beginCreateOrUpdateAndWait(
    group,
    name,
    {
      location,
      hardwareProfile: { vmSize: 'Standard_D2s_v5' },
      osProfile: { computerName: name, adminUsername: 'wi', adminPassword: 'N0t-a-secret!' },
      networkProfile: { networkInterfaces: [{ id: nicId }] },
      ...vm,
      storageProfile: { imageReference: GEN2_IMAGE, ...vm.storageProfile },
    },
    POLL,
  );
}

/** A deallocated, generalized builder of `vm`'s kind and a definition with `definition`'s. */
async function capture(
  group: string,
  vm: Partial<VirtualMachine>,
  definition: { hyperVGeneration: 'V1' | 'V2'; securityType?: string },
) {
  const built = await createVm(group, 'builder', vm);
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
      hyperVGeneration: definition.hyperVGeneration,
      ...(definition.securityType
        ? { features: [{ name: 'SecurityType', value: definition.securityType }] }
        : {}),
      identifier: { publisher: 'p', offer: 'o', sku: 's' },
    },
    POLL,
  );
  return arm.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
    group,
    'gallery',
    'worker',
    '1.0.0',
    { location, storageProfile: { source: { virtualMachineId: built.id! } } },
    POLL,
  );
}

describe('throttling', () => {
  it('every answer says what is left of the subscription bucket; an empty one answers 429 with Retry-After', async () => {
    emulator.control.setHazards({ arm: { subscriptionReads: 3 } });
    const list = `/subscriptions/${SUBSCRIPTION}/resourcegroups?api-version=2021-04-01`;
    const left: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await rawArm(emulator, 'GET', list, AUTH);
      expect(answer.status).toBe(200);
      left.push(answer.headers['x-ms-ratelimit-remaining-subscription-reads']);
    }
    expect(left).toEqual(['2', '1', '0']);
    const throttled = await rawArm(emulator, 'GET', list, AUTH);
    expect(throttled.status).toBe(429);
    // A bucket of 3 refills at 0.3 a second: the next token is 4 seconds away, in whole seconds.
    expect(throttled.headers['retry-after']).toBe('4');
    expect(throttled.json).toEqual({
      error: {
        code: 'SubscriptionRequestsThrottled',
        message: `Number of 'read' requests for subscription '${SUBSCRIPTION}' actor '00000000-0000-0000-0000-000000000000' exceeded. Please try again after '4' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for additional information.`,
      },
    });
    const write = await rawArm(
      emulator,
      'PUT',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-w?api-version=2021-04-01`,
      AUTH,
      { location },
    );
    expect(write.status).toBe(201);
    expect(write.headers['x-ms-ratelimit-remaining-subscription-writes']).toBe('199');
    const deleted = await rawArm(
      emulator,
      'DELETE',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-w?api-version=2021-04-01`,
      AUTH,
    );
    expect(deleted.headers['x-ms-ratelimit-remaining-subscription-deletes']).toBe('199');
  });
});

describe('long-running operations', () => {
  it('answer Retry-After with about the seconds they still need; one due at once gets none', async () => {
    const group = `/subscriptions/${SUBSCRIPTION}/resourcegroups`;
    await arm.resources.resourceGroups.createOrUpdate('rg-quick', { location });
    const quick = await rawArm(
      emulator,
      'DELETE',
      `${group}/rg-quick?api-version=2021-04-01`,
      AUTH,
    );
    expect(quick.status).toBe(202);
    expect(quick.headers['retry-after']).toBeUndefined();

    emulator.control.setDurations({ resourceGroupDelete: 3000 });
    await arm.resources.resourceGroups.createOrUpdate('rg-slow', { location });
    const slow = await rawArm(emulator, 'DELETE', `${group}/rg-slow?api-version=2021-04-01`, AUTH);
    expect(slow).toMatchObject({ status: 202, headers: { 'retry-after': '3' } });
    const poll = new URL(String(slow.headers.location));
    const again = await rawArm(emulator, 'GET', `${poll.pathname}${poll.search}`, AUTH);
    expect(again.status).toBe(202);
    expect(['2', '3']).toContain(again.headers['retry-after']);
  });
});

describe('role assignments', () => {
  it('an unknown principal is PrincipalNotFound; a new one too until it replicates, unless principalType is set', async () => {
    emulator.control.setHazards({ arm: { principalReplicationLag: 60_000 } });
    await arm.resources.resourceGroups.createOrUpdate('rg-ra', { location });
    const authorization = new AuthorizationManagementClient(
      credential,
      SUBSCRIPTION,
      armOptions(emulator),
    );
    const scope = `subscriptions/${SUBSCRIPTION}/resourceGroups/rg-ra`;
    const assign = (name: string, principalId: string, principalType?: string) =>
      authorization.roleAssignments.create(scope, name, {
        roleDefinitionId: READER,
        principalId,
        ...(principalType ? { principalType } : {}),
      });
    const unknown = 'aaaaaaaa-0000-4000-8000-000000000001';
    await expect(assign('10000000-0000-4000-8000-000000000001', unknown)).rejects.toMatchObject({
      statusCode: 400,
      code: 'PrincipalNotFound',
      message: expect.stringMatching(
        /^Principal aaaaaaaa000040008000000000000001 does not exist in the directory [0-9a-f-]+\. Check that you have the correct principal ID\. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay\. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group\. {2}See https:\/\/aka\.ms\/docs-principaltype$/,
      ),
    });

    const fresh = 'bbbbbbbb-0000-4000-8000-000000000002';
    emulator.control.seedAzurePrincipal({ id: fresh, type: 'ServicePrincipal', fresh: true });
    await expect(assign('20000000-0000-4000-8000-000000000002', fresh)).rejects.toMatchObject({
      code: 'PrincipalNotFound',
    });
    await expect(
      assign('20000000-0000-4000-8000-000000000002', fresh, 'ServicePrincipal'),
    ).resolves.toMatchObject({ principalId: fresh, principalType: 'ServicePrincipal' });

    const old = 'cccccccc-0000-4000-8000-000000000003';
    emulator.control.seedAzurePrincipal({ id: old, type: 'Group' });
    await expect(assign('30000000-0000-4000-8000-000000000003', old)).resolves.toMatchObject({
      principalType: 'Group',
    });
  });
});

describe('security type and Hyper-V generation', () => {
  it('a capture into a definition of another generation or security type fails as its operation', async () => {
    await expect(capture('rg-gen', {}, { hyperVGeneration: 'V1' })).rejects.toThrow(
      /Conflict\. The resource with id '\/subscriptions\/.*\/virtualMachines\/builder' has a different Hypervisor generation \['V2'\] than the parent gallery image Hypervisor generation \['V1'\]\./,
    );
    await expect(
      capture('rg-sec', {}, { hyperVGeneration: 'V2', securityType: 'TrustedLaunch' }),
    ).rejects.toThrow(
      /Conflict\. The resource with id '.*' has a different security type \['Standard'\] than the parent gallery image security type \['TrustedLaunch'\]\./,
    );
    await expect(
      capture(
        'rg-tl',
        { securityProfile: { securityType: 'TrustedLaunch' } },
        { hyperVGeneration: 'V2', securityType: 'TrustedLaunch' },
      ),
    ).resolves.toMatchObject({ provisioningState: 'Succeeded' });
  });

  it('a TrustedLaunchSupported definition takes no VM source', async () => {
    await expect(
      capture('rg-sup', {}, { hyperVGeneration: 'V2', securityType: 'TrustedLaunchSupported' }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      message: expect.stringMatching(
        /^The security type 'TrustedLaunchSupported' is not supported for the source id '.*\/virtualMachines\/builder'\. Currently only Vhd Blob, User Image and Gallery Image Version sources are supported for 'TrustedLaunchSupported' images\.$/,
      ),
    });
  });

  it('Trusted launch needs a Generation 2 image, and a Trusted launch image makes only Trusted launch VMs', async () => {
    await expect(
      createVm('rg-g1', 'tl-on-gen1', {
        securityProfile: { securityType: 'TrustedLaunch' },
        storageProfile: { imageReference: { ...GEN2_IMAGE, sku: '22_04-lts' } },
      }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message:
        'Use of TrustedLaunch setting is not supported for the provided image. Please select Trusted Launch Supported Gen2 OS Image. For more information, see https://aka.ms/TrustedLaunch-FAQ.',
    });
    const seeded = emulator.control.seedGalleryVersion({
      subscriptionId: SUBSCRIPTION,
      resourceGroup: 'images',
      gallery: 'gallery',
      definition: 'worker',
      version: '1.0.0',
      regions: [{ name: location }],
    });
    const fromImage = { imageReference: { id: (seeded as { id: string }).id } };
    await expect(
      createVm('rg-std', 'standard', { storageProfile: fromImage }),
    ).rejects.toMatchObject({
      statusCode: 400,
      message:
        "The provided gallery image only supports creation of VMs and VM Scale Sets with 'TrustedLaunch' security type.",
    });
  });
});

describe('premium storage', () => {
  it('a Premium_LRS disk on a size without premium storage is refused; such a size defaults to Standard_LRS', async () => {
    await expect(
      createVm('rg-p', 'premium-on-d2', {
        hardwareProfile: { vmSize: 'Standard_D2_v3' },
        storageProfile: {
          osDisk: {
            name: 'os',
            createOption: 'FromImage',
            managedDisk: { storageAccountType: 'Premium_LRS' },
          },
        },
      }),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidParameter',
      message:
        "Requested operation cannot be performed because the VM size Standard_D2_v3 does not support the storage account type Premium_LRS of disk 'os'. Consider updating the VM to a size that supports Premium storage.",
    });
    const plain = await createVm('rg-p2', 'plain-d2', {
      hardwareProfile: { vmSize: 'Standard_D2_v3' },
    });
    expect(plain.storageProfile?.osDisk?.managedDisk?.storageAccountType).toBe('Standard_LRS');
    const premium = await createVm('rg-p3', 'premium-d2s', {});
    expect(premium.storageProfile?.osDisk?.managedDisk?.storageAccountType).toBe('Premium_LRS');
  });
});

describe('user-assigned identities', () => {
  it('a VM may carry only an identity that exists; it answers with its principal and client ids', async () => {
    await arm.resources.resourceGroups.createOrUpdate('ids', { location });
    const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/ids/providers/Microsoft.ManagedIdentity/userAssignedIdentities/builder`;
    const identity = { type: 'UserAssigned' as const, userAssignedIdentities: { [id]: {} } };
    await expect(createVm('rg-id1', 'no-identity', { identity })).rejects.toMatchObject({
      statusCode: 400,
      code: 'FailedIdentityOperation',
      message: expect.stringContaining(`Resource '${id}' was not found.`),
    });
    const created = await rawArm(emulator, 'PUT', `${id}?api-version=2023-01-31`, AUTH, {
      location,
    });
    expect(created.status).toBe(201);
    const { principalId, clientId } = (created.json as { properties: Record<string, string> })
      .properties;
    const vm = await createVm('rg-id2', 'with-identity', { identity });
    expect(vm.identity).toMatchObject({
      type: 'UserAssigned',
      userAssignedIdentities: { [id]: { principalId, clientId } },
    });
  });

  it('a builder made with a system-assigned identity gets a principal of its own', async () => {
    const { nicId } = await createNetwork(arm, 'rg-sys', location);
    const vm = await createBuilderVm(arm, 'rg-sys', 'builder', location, nicId);
    expect(vm.identity).toMatchObject({ type: 'SystemAssigned', principalId: expect.any(String) });
  });
});
