import type { SecurityProfile, VirtualMachine, VirtualMachineIdentity } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import type { AzurePlan } from './plan.js';
import { throwawaySshKey } from './ssh-key.js';
import { osDiskType } from './vm-size.js';

/**
 * The identity the provisioning script may pull from registries with: the configured
 * user-assigned one alone, so `az login --identity` needs no client id, else a
 * system-assigned one.
 */
export function builderIdentity(azure: AzureConfig): VirtualMachineIdentity {
  if (!azure.identity) return { type: 'SystemAssigned' };
  return { type: 'UserAssigned', userAssignedIdentities: { [azure.identity]: {} } };
}

/** Trusted launch with Secure Boot and a vTPM, as Azure makes Gen2 VMs by default; or Standard. */
export function vmSecurityProfile(azure: AzureConfig): SecurityProfile {
  return azure.securityType === 'TrustedLaunch'
    ? {
        securityType: 'TrustedLaunch',
        uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
      }
    : { securityType: 'Standard' };
}

/**
 * The builder VM: a stock image, no public address (run-command needs none), a managed
 * identity, and the security type its gallery definition expects (a capture needs both to
 * match).
 */
export function builderVm(azure: AzureConfig, plan: AzurePlan, nicId: string): VirtualMachine {
  const s = azure.sourceImage;
  return {
    location: azure.location,
    tags: { ...plan.tags, 'worker-image-role': 'builder' },
    identity: builderIdentity(azure),
    hardwareProfile: { vmSize: azure.vmSize },
    securityProfile: vmSecurityProfile(azure),
    storageProfile: {
      imageReference: s.id
        ? { id: s.id }
        : { publisher: s.publisher!, offer: s.offer!, sku: s.sku!, version: s.version ?? 'latest' },
      osDisk: {
        name: plan.temporary.osDisk,
        createOption: 'FromImage',
        deleteOption: 'Delete',
        managedDisk: { storageAccountType: osDiskType(azure.vmSize) },
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

/**
 * Prepares the OS for capture (the agent removes the admin user, host keys and history), then
 * powers the VM off. Started detached, so the run-command that starts it returns at once:
 * deprovisioning stops the agent that runs commands, so a command that waited for it would
 * never complete (Azure/WALinuxAgent#3547, #365). The bake watches the power state instead.
 */
export const DEPROVISION_SCRIPT = [
  "nohup setsid sh -c 'waagent -force -deprovision+user && sync && shutdown -h now' >/dev/null 2>&1 &",
  'echo "worker-image: deprovisioning started in the background (pid $!); the VM powers off when it is done"',
].join('\n');
