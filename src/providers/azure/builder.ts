import type { VirtualMachine } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import type { AzurePlan } from './plan.js';
import { throwawaySshKey } from './ssh-key.js';

/** The builder VM: a stock image, no public address (run-command needs none), managed identity. */
export function builderVm(azure: AzureConfig, plan: AzurePlan, nicId: string): VirtualMachine {
  const s = azure.sourceImage;
  return {
    location: azure.location,
    tags: { ...plan.tags, 'worker-image-role': 'builder' },
    // The provisioning script may pull from registries with the VM's identity.
    identity: { type: 'SystemAssigned' },
    hardwareProfile: { vmSize: azure.vmSize },
    storageProfile: {
      imageReference: s.id
        ? { id: s.id }
        : { publisher: s.publisher!, offer: s.offer!, sku: s.sku!, version: s.version ?? 'latest' },
      osDisk: {
        name: plan.temporary.osDisk,
        createOption: 'FromImage',
        deleteOption: 'Delete',
        managedDisk: { storageAccountType: 'Premium_LRS' },
      },
    },
    osProfile: {
      computerName: plan.temporary.vm,
      adminUsername: 'wibuilder',
      linuxConfiguration: {
        disablePasswordAuthentication: true,
        ssh: {
          publicKeys: [
            { path: '/home/wibuilder/.ssh/authorized_keys', keyData: throwawaySshKey() },
          ],
        },
      },
    },
    networkProfile: { networkInterfaces: [{ id: nicId, primary: true }] },
  };
}

/** Prepares the OS for capture: the agent removes the admin user, host keys and history. */
export const DEPROVISION_SCRIPT = 'waagent -force -deprovision+user && export HISTSIZE=0 && sync';
