import { POWER_OFF_COMMANDS } from '../vm/shims.js';
import type { ArmContext } from './context.js';
import { VmGuest } from './guest.js';
import { PREEMPTED } from './resources.js';
import type { ArmResource, VmState } from './state.js';

/** What the guest's recording shims print about each command: what the VM does about it. */
export const RECORDED: Record<string, string> = {
  ...Object.fromEntries(
    POWER_OFF_COMMANDS.map((cmd) => [
      cmd,
      'the VM powers off (PowerState/stopped, still allocated)',
    ]),
  ),
  waagent: 'with -deprovision the VM is deprovisioned and the agent stops',
};

/** The VM's guest: started by its first run-command, running until the VM powers off. */
export function guestOf(ctx: ArmContext, r: ArmResource): VmGuest {
  const vm = r.vm!;
  if (vm.guest?.running) return vm.guest;
  const guest: VmGuest = new VmGuest((action) => onGuestAction(ctx, r, guest, action));
  ctx.state.guests.add(guest);
  vm.guest = guest;
  return guest;
}

function onGuestAction(ctx: ArmContext, r: ArmResource, guest: VmGuest, action: string): void {
  const vm = r.vm!;
  if (vm.guest !== guest) return;
  vm.guestActions.push(action);
  ctx.log(`arm: ${r.name} ran \`${action}\``);
  const [cmd = '', ...args] = action.split(' ');
  const hazards = ctx.hazards().arm;
  // Deprovisioning stops the agent that runs the commands (Azure/WALinuxAgent#365, #3547).
  if (
    cmd === 'waagent' &&
    args.some((a) => a.startsWith('-deprovision')) &&
    hazards.deprovisionStopsAgent
  ) {
    vm.agentStopped = true;
    ctx.log(`arm: ${r.name} is deprovisioned: its agent has stopped`);
  }
  if ((POWER_OFF_COMMANDS as readonly string[]).includes(cmd) && hazards.guestShutdownStopsVm) {
    if (vm.power === 'running') guestPowerOff(ctx, r);
  }
}

/**
 * An OS shutdown: the VM stops but stays allocated (and billed), as Azure shows it
 * (learn.microsoft.com/azure/virtual-machines/states-billing). The agent goes down with it,
 * so a run-command it had not reported yet never is.
 */
function guestPowerOff(ctx: ArmContext, r: ArmResource): void {
  const vm = r.vm!;
  vm.power = 'stopping';
  haltGuest(ctx, vm);
  ctx.timers.after(ctx.durations().stop, () => {
    if (!ctx.state.alive(r) || vm.power !== 'stopping') return;
    vm.power = 'stopped';
    ctx.log(`arm: virtual machine ${r.name} is stopped (shut down from the guest)`);
  });
}

function haltGuest(ctx: ArmContext, vm: VmState): void {
  const guest = vm.guest;
  vm.guest = undefined;
  if (guest) void guest.stop().then(() => ctx.state.guests.delete(guest));
}

/** The VM powers off or goes away through the API: its run-command is preempted, its guest stops. */
export function stopGuest(ctx: ArmContext, r: ArmResource): void {
  const vm = r.vm;
  if (!vm) return;
  const rc = vm.runCommand;
  if (rc) {
    ctx.ops.fail(rc.op, PREEMPTED);
    for (const cancel of rc.timers) cancel();
  }
  haltGuest(ctx, vm);
}
