/**
 * The list operations other ARM clients call (the Azure CLI's `az vm list -g`, the SDKs'
 * `list`/`listAll`/`listByResourceGroup`), through the official SDK clients against the
 * emulator: a type's resources in a group or the subscription, each as its GET answers it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  armClients,
  createBuilderVm,
  createNetwork,
  POLL,
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

describe('ARM emulator: listing resources', () => {
  it('lists VMs, disks, NICs and networks by group and across the subscription, as GET shows each', async () => {
    const a = await createNetwork(arm, 'rg-a', 'eastus');
    const b = await createNetwork(arm, 'rg-b', 'westus2');
    await createBuilderVm(arm, 'rg-a', 'vm-a', 'eastus', a.nicId);
    await createBuilderVm(arm, 'rg-b', 'vm-b', 'westus2', b.nicId);

    const inA = await all(arm.compute.virtualMachines.list('rg-a'));
    expect(inA.map((v) => v.name)).toEqual(['vm-a']);
    expect(inA[0]).toEqual(await arm.compute.virtualMachines.get('rg-a', 'vm-a'));
    const everywhere = await all(arm.compute.virtualMachines.listAll());
    expect(everywhere.map((v) => `${v.name} ${v.location}`)).toEqual([
      'vm-a eastus',
      'vm-b westus2',
    ]);

    expect(
      (await all(arm.compute.disks.listByResourceGroup('rg-b'))).map((d) => d.managedBy),
    ).toEqual([expect.stringMatching(/\/virtualMachines\/vm-b$/)]);
    expect((await all(arm.network.networkInterfaces.list('rg-a'))).map((n) => n.id)).toEqual([
      a.nicId,
    ]);
    expect((await all(arm.network.virtualNetworks.listAll())).map((n) => n.name)).toEqual([
      'builder-vnet',
      'builder-vnet',
    ]);
  });

  it('a group that does not exist is 404 ResourceGroupNotFound; an empty one lists nothing', async () => {
    const e = await all(arm.compute.virtualMachines.list('rg-none')).catch(
      (err: unknown) => err as { code?: string; statusCode?: number },
    );
    expect(e).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' });
    await arm.resources.resourceGroups.createOrUpdate('rg-empty', { location: 'eastus' });
    expect(await all(arm.compute.virtualMachines.list('rg-empty'))).toEqual([]);
    await arm.compute.galleries.beginCreateOrUpdateAndWait(
      'rg-empty',
      'g1',
      { location: 'eastus' },
      POLL,
    );
    expect(
      (await all(arm.compute.galleries.listByResourceGroup('rg-empty'))).map((g) => g.name),
    ).toEqual(['g1']);
  });
});
