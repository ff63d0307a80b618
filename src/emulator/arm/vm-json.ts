import type { ArmContext } from './context.js';
import { ArmError } from './errors.js';
import { findResource, resourceJson, type Json, type Target } from './resources.js';
import type { ArmResource, PowerState } from './state.js';

export const VM_TYPE = 'Microsoft.Compute/virtualMachines';

/** The VM a request names (404 as ARM words it when absent). */
export function findVm(ctx: ArmContext, t: Target): ArmResource {
  const r = findResource(ctx, t);
  if (!r.vm) throw new ArmError(500, 'InternalServerError', `${t.id} is not a virtual machine`);
  return r;
}

const POWER_DISPLAY: Record<PowerState, string> = {
  starting: 'VM starting',
  running: 'VM running',
  stopping: 'VM stopping',
  stopped: 'VM stopped',
  deallocating: 'VM deallocating',
  deallocated: 'VM deallocated',
};

function status(code: string, displayStatus: string, time?: string): Json {
  return {
    code,
    level: code.endsWith('/failed') ? 'Error' : 'Info',
    displayStatus,
    ...(time ? { time } : {}),
  };
}

/** The statuses `$expand=instanceView` shows: provisioning, then OS state, then power state. */
export function instanceView(r: ArmResource): Json {
  const vm = r.vm!;
  const state = r.provisioningState.toLowerCase();
  const display =
    state === 'succeeded' || state === 'failed' ? `Provisioning ${state}` : r.provisioningState;
  const osDisk = (r.properties.storageProfile as { osDisk?: { name?: string } }).osDisk;
  const computerName = (r.properties.osProfile as { computerName?: string } | undefined)
    ?.computerName;
  return {
    ...(computerName ? { computerName } : {}),
    osName: 'ubuntu',
    osVersion: '22.04',
    vmAgent: {
      vmAgentVersion: '2.11.1.12',
      statuses: [status('ProvisioningState/succeeded', 'Ready', r.created)],
    },
    disks: [
      { name: osDisk?.name, statuses: [status(`ProvisioningState/${state}`, display, r.created)] },
    ],
    statuses: [
      status(`ProvisioningState/${state}`, display, r.created),
      ...(vm.generalized ? [status('OSState/generalized', 'VM generalized')] : []),
      ...(r.provisioningState === 'Failed'
        ? []
        : [status(`PowerState/${vm.power}`, POWER_DISPLAY[vm.power])]),
    ],
  };
}

/** A VM as GET answers it; `expand` adds the instance view. */
export function vmJson(r: ArmResource, expand = false): Json {
  return resourceJson(r, {
    ...r.properties,
    vmId: r.vm!.vmId,
    timeCreated: r.created,
    ...(expand ? { instanceView: instanceView(r) } : {}),
  });
}
