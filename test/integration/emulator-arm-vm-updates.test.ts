/**
 * A PUT of an existing VM, as Terraform and the SDKs' createOrUpdate send one, through the
 * official SDK against the emulator: new tags are taken, what Azure never changes on a VM (its
 * image, its custom data) is refused with Azure's 409, and a refused PUT changes nothing.
 */
import type { VirtualMachine } from '@azure/arm-compute';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { armClients, createNetwork, POLL, type ArmClients } from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
let arm: ArmClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => ({ message: 'accepted' }) as { code?: string; statusCode?: number; message: string },
    (e: unknown) => e as { code?: string; statusCode?: number; message: string },
  );

const image = {
  publisher: 'Canonical',
  offer: '0001-com-ubuntu-server-jammy',
  sku: '22_04-lts-gen2',
  version: 'latest',
};

function vm(
  nicId: string,
  over: { sku?: string; customData?: string; tags?: Record<string, string> },
): VirtualMachine {
  return {
    location: 'eastus',
    tags: over.tags ?? {},
    hardwareProfile: { vmSize: 'Standard_D2s_v5' },
    storageProfile: {
      imageReference: { ...image, ...(over.sku ? { sku: over.sku } : {}) },
      osDisk: { createOption: 'FromImage', deleteOption: 'Delete' },
    },
    osProfile: {
      computerName: 'vm1',
      adminUsername: 'wibuilder',
      adminPassword: 'N0t-a-secret!',
      ...(over.customData ? { customData: over.customData } : {}),
    },
    networkProfile: { networkInterfaces: [{ id: nicId, primary: true, deleteOption: 'Delete' }] },
  };
}

describe('ARM emulator: a PUT of an existing VM', () => {
  it('takes new tags, refuses a changed image or custom data (409 PropertyChangeNotAllowed) and leaves the VM as it was', async () => {
    const vms = arm.compute.virtualMachines;
    const { nicId } = await createNetwork(arm, 'rg-u', 'eastus');
    const data = Buffer.from('#cloud-config\n').toString('base64');
    await vms.beginCreateOrUpdateAndWait('rg-u', 'vm1', vm(nicId, { customData: data }), POLL);

    // The same body again, and one without the custom data (a client that read the VM back,
    // which never shows it): both are updates, the tags taken.
    await vms.beginCreateOrUpdateAndWait(
      'rg-u',
      'vm1',
      vm(nicId, { customData: data, tags: { a: '1' } }),
      POLL,
    );
    await vms.beginCreateOrUpdateAndWait('rg-u', 'vm1', vm(nicId, { tags: { b: '2' } }), POLL);
    expect((await vms.get('rg-u', 'vm1')).tags).toEqual({ b: '2' });

    const otherImage = await refusal(
      vms.beginCreateOrUpdateAndWait(
        'rg-u',
        'vm1',
        vm(nicId, { sku: '22_04-lts', tags: { c: '3' } }),
        POLL,
      ),
    );
    expect(otherImage).toMatchObject({
      statusCode: 409,
      code: 'PropertyChangeNotAllowed',
      message: "Changing property 'imageReference' is not allowed.",
    });
    const otherData = await refusal(
      vms.beginCreateOrUpdateAndWait(
        'rg-u',
        'vm1',
        vm(nicId, { customData: Buffer.from('other').toString('base64'), tags: { c: '3' } }),
        POLL,
      ),
    );
    expect(otherData).toMatchObject({
      statusCode: 409,
      code: 'PropertyChangeNotAllowed',
      message: "Changing property 'customData' is not allowed.",
    });
    const after = await vms.get('rg-u', 'vm1');
    expect(after.tags).toEqual({ b: '2' });
    expect(after.storageProfile?.imageReference?.sku).toBe(image.sku);
  });
});
