import type { HazardTable } from '../hazard-spec.js';

const RUN_COMMAND = 'https://learn.microsoft.com/azure/virtual-machines/linux/run-command';
const THROTTLING =
  'https://learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling';

/** Azure Resource Manager's documented hazards, windows in real milliseconds of the emulator. */
export const ARM_HAZARDS = {
  deprovisionStopsAgent: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'a `waagent -deprovision` in the guest stops the agent: a run-command not yet reported never completes and keeps the extension busy (later run-commands answer 409 Conflict), and a later one is never picked up',
    source:
      'https://github.com/Azure/WALinuxAgent/issues/3547, #2006, #365, #489 ("not a suggested or supported pattern")',
  },
  runCommandReportDelay: {
    default: 500,
    off: 0,
    unit: 'ms',
    what: "the guest agent reports a finished run-command on its next status pass only, so a deprovision or power-off right after the script exits loses the command's report",
    source:
      'https://github.com/Azure/WALinuxAgent/blob/develop/azurelinuxagent/ga/update.py (Extensions.GoalStatePeriod, 6 s: how often extension status is reported)',
  },
  runCommandCap: {
    default: 90 * 60 * 1000,
    off: 0,
    unit: 'ms',
    what: 'run-command gives a script 90 minutes, then fails with VMExtensionProvisioningTimeout and frees the extension',
    source: `${RUN_COMMAND} ("The maximum time a script can run is 90 minutes"); https://github.com/Azure/azure-sdk-for-python/issues/4369`,
  },
  guestShutdownStopsVm: {
    default: true,
    off: false,
    unit: 'on/off',
    what: '`shutdown -h now` or `poweroff` inside the guest powers the VM off to PowerState/stopped: still allocated and billed, not deallocated',
    source:
      'https://learn.microsoft.com/azure/virtual-machines/states-billing (Stopped: shut down from within the OS, still billed)',
  },
  lroRetryAfter: {
    default: true,
    off: false,
    unit: 'on/off',
    what: "a running operation's answers carry Retry-After, about the seconds it still needs (Compute: 10 s on a VM's creation, 50 s on its first poll), and the SDKs' pollers wait that long instead of the caller's interval; one due within half a second gets none",
    source:
      'https://learn.microsoft.com/azure/azure-resource-manager/management/async-operations; Azure/azure-sdk-for-js sdk/compute/arm-compute/recordings (virtualmachines_create)',
  },
  subscriptionReads: {
    default: 250,
    off: 0,
    unit: 'requests',
    what: "a subscription's reads share a token bucket of this size refilled by a tenth of it a second (250, 25/s); past it ARM answers 429 SubscriptionRequestsThrottled with Retry-After, and every read answer carries x-ms-ratelimit-remaining-subscription-reads",
    source: THROTTLING,
  },
  subscriptionWrites: {
    default: 200,
    off: 0,
    unit: 'requests',
    what: "a subscription's writes (PUT, PATCH, POST) share a token bucket of this size refilled by a twentieth of it a second (200, 10/s); past it 429 SubscriptionRequestsThrottled, and every answer carries x-ms-ratelimit-remaining-subscription-writes",
    source: THROTTLING,
  },
  subscriptionDeletes: {
    default: 200,
    off: 0,
    unit: 'requests',
    what: "a subscription's deletes share a token bucket of this size refilled by a twentieth of it a second (200, 10/s); past it 429 SubscriptionRequestsThrottled, and every answer carries x-ms-ratelimit-remaining-subscription-deletes",
    source: THROTTLING,
  },
  securityTypeMatch: {
    default: true,
    off: false,
    unit: 'on/off',
    what: "a gallery image version is refused when its source VM's Hyper-V generation or security type (Standard, TrustedLaunch) differs from the image definition's, and a TrustedLaunchSupported definition takes no VM source",
    source:
      'https://github.com/hashicorp/packer-plugin-azure/issues/304, #528; https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images',
  },
  premiumStorageBySize: {
    default: true,
    off: false,
    unit: 'on/off',
    what: 'a Premium_LRS disk on a VM size without premium storage (no `s` among its features, e.g. Standard_D2_v3) is refused with InvalidParameter',
    source:
      'https://learn.microsoft.com/azure/virtual-machines/vm-naming-conventions ("s = Premium Storage capable"); MicrosoftLearning/20533-ImplementingMicrosoftAzureInfrastructureSolutions#345',
  },
  principalReplicationLag: {
    default: 1500,
    off: 0,
    unit: 'ms',
    what: 'a principal created moments ago is not in every directory replica yet: a role assignment for it answers PrincipalNotFound for this long, unless the request sets principalType',
    source:
      'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-template#new-service-principal (https://aka.ms/docs-principaltype)',
  },
} satisfies HazardTable;
