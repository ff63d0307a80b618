import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { notAllowedOnVm } from './errors.js';
import { operationHeaders } from './operations.js';
import { startOperation, target, track } from './resources.js';
import { stopGuest } from './guest-actions.js';
import type { ArmResource, PowerState } from './state.js';
import { findVm, VM_TYPE } from './vm-json.js';

/**
 * The power actions a capture needs: deallocate (or power off), then generalize, which is
 * synchronous and only allowed once the VM is deallocated; a generalized VM cannot start again.
 * Start and restart, which other clients call.
 */

/** A power action's LRO (202 with its headers), failed after `ms` by an injected fault. */
function powerOperation(ctx: ArmContext, req: ArmRequest, r: ArmResource, ms: number) {
  const op = startOperation(ctx, r, r.location, ms);
  const response = { status: 202, headers: operationHeaders(ctx, req, op, { location: true }) };
  track(r, op);
  const fault = req.operationFault();
  if (fault) ctx.timers.after(ms, () => ctx.ops.fail(op, fault));
  return { op, response, faulted: fault !== undefined };
}

function powerDown(
  ctx: ArmContext,
  req: ArmRequest,
  action: string,
  states: { during: PowerState; after: PowerState },
  ms: number,
): ArmResponse {
  const r = findVm(ctx, target(req, VM_TYPE));
  if (r.deleting) throw notAllowedOnVm(action, r.name, 'being deleted');
  const { op, response, faulted } = powerOperation(ctx, req, r, ms);
  if (faulted) return response;
  const vm = r.vm!;
  if (vm.power === states.after || vm.power === 'deallocated') {
    ctx.ops.succeed(op);
    return response;
  }
  stopGuest(ctx, r);
  vm.power = states.during;
  ctx.timers.after(ms, () => {
    if (ctx.state.alive(r) && vm.power === states.during) vm.power = states.after;
    ctx.ops.succeed(op);
    ctx.log(`arm: virtual machine ${r.name} is ${vm.power}`);
  });
  return response;
}

/**
 * Start (a stopped or deallocated VM) and restart (a running one): an LRO through `starting` to
 * `running` after the `boot` duration. A restart preempts a run-command in flight and stops its
 * guest, as a power-down does; custom data does not run again (cloud-init runs it once per VM).
 * A deprovisioned VM's agent is taken to start again with the OS: the emulator's assumption (its
 * systemd unit stays enabled), not a documented answer. A generalized VM cannot start ("a
 * generalized VM cannot start again"); starting a running VM changes nothing.
 */
function powerUp(ctx: ArmContext, req: ArmRequest, action: 'start' | 'restart'): ArmResponse {
  const r = findVm(ctx, target(req, VM_TYPE));
  const vm = r.vm!;
  if (r.deleting) throw notAllowedOnVm(action, r.name, 'being deleted');
  if (vm.generalized) throw notAllowedOnVm(action, r.name, 'generalized');
  if (action === 'restart' && vm.power !== 'running')
    throw notAllowedOnVm(action, r.name, vm.power);
  if (action === 'start' && ['stopping', 'deallocating'].includes(vm.power)) {
    throw notAllowedOnVm(action, r.name, vm.power);
  }
  const ms = ctx.durations().boot;
  const { op, response, faulted } = powerOperation(ctx, req, r, ms);
  if (faulted) return response;
  if (action === 'start' && ['running', 'starting'].includes(vm.power)) {
    ctx.ops.succeed(op);
    return response;
  }
  if (action === 'restart') stopGuest(ctx, r);
  vm.power = 'starting';
  vm.agentStopped = false;
  ctx.timers.after(ms, () => {
    if (ctx.state.alive(r) && vm.power === 'starting') vm.power = 'running';
    ctx.ops.succeed(op);
    ctx.log(`arm: virtual machine ${r.name} is ${vm.power} (${action})`);
  });
  return response;
}

function generalize(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const r: ArmResource = findVm(ctx, target(req, VM_TYPE));
  const vm = r.vm!;
  if (r.deleting) throw notAllowedOnVm('generalize', r.name, 'being deleted');
  if (vm.power !== 'deallocated') throw notAllowedOnVm('generalize', r.name, vm.power);
  vm.generalized = true;
  ctx.log(`arm: virtual machine ${r.name} is generalized`);
  return { status: 200 };
}

export function vmActionRoutes(ctx: ArmContext): Route[] {
  const vm = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${VM_TYPE}/:vm`;
  return [
    {
      method: 'POST',
      path: `${vm}/deallocate`,
      handle: (req) =>
        powerDown(
          ctx,
          req,
          'deallocate',
          { during: 'deallocating', after: 'deallocated' },
          ctx.durations().deallocate,
        ),
    },
    {
      method: 'POST',
      path: `${vm}/powerOff`,
      handle: (req) =>
        powerDown(
          ctx,
          req,
          'powerOff',
          { during: 'stopping', after: 'stopped' },
          ctx.durations().stop,
        ),
    },
    { method: 'POST', path: `${vm}/generalize`, handle: (req) => generalize(ctx, req) },
    { method: 'POST', path: `${vm}/start`, handle: (req) => powerUp(ctx, req, 'start') },
    { method: 'POST', path: `${vm}/restart`, handle: (req) => powerUp(ctx, req, 'restart') },
  ];
}
