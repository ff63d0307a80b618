import { join } from 'node:path';
import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { conflict, invalidParameter, notAllowedOnVm } from './errors.js';
import { guestOf, RECORDED } from './guest-actions.js';
import { operationHeaders } from './operations.js';
import { startOperation, target, track } from './resources.js';
import type { ArmResource, RunCommandRecord, VmState } from './state.js';
import { findVm, VM_TYPE } from './vm-json.js';

/**
 * `virtualMachines.runCommand` with `RunShellScript`, run for real with bash in the VM's
 * guest as the Linux run-command extension runs it. Its answer is what that extension
 * reports: always `Enable succeeded`, with the last 4 KiB of stdout and of stderr, whatever
 * the script's exit status (which the caller must carry in the output itself, as the builder
 * wrapper's marker does). The agent reports a finished command on its next status pass; if
 * deprovisioning stopped the agent first, or the guest powered off, the command never
 * completes and keeps the extension busy until run-command's time limit.
 */

/** The extension keeps this much of the end of each stream. */
const TAIL_BYTES = 4096;

/** The last `TAIL_BYTES` of a stream, without holding all of it. */
class Tail {
  private text = '';

  push(line: string): void {
    this.text += `${line}\n`;
    // A UTF-16 unit is at least one byte, so 4x the limit in units always covers the limit.
    if (this.text.length > TAIL_BYTES * 16) this.text = this.text.slice(-TAIL_BYTES * 4);
  }

  toString(): string {
    const bytes = Buffer.from(this.text, 'utf8');
    return bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('utf8');
  }
}

/** The RunCommandResult the Linux extension produces. */
function runCommandResult(stdout: string, stderr: string): unknown {
  return {
    value: [
      {
        code: 'ProvisioningState/succeeded',
        level: 'Info',
        displayStatus: 'Provisioning succeeded',
        message: `Enable succeeded: \n[stdout]\n${stdout}\n[stderr]\n${stderr}`,
      },
    ],
  };
}

function scriptOf(body: Record<string, unknown>): string {
  if (body.commandId !== 'RunShellScript') {
    throw invalidParameter(
      `The emulator runs commandId 'RunShellScript' only, not '${String(body.commandId)}'.`,
    );
  }
  const lines = body.script;
  if (!Array.isArray(lines) || !lines.every((l) => typeof l === 'string')) {
    throw invalidParameter("Required parameter 'script' must be a list of lines.");
  }
  return lines.join('\n');
}

/** Run-command parameters reach a shell script as environment variables. */
function parametersOf(body: Record<string, unknown>): Record<string, string> {
  const list = Array.isArray(body.parameters) ? body.parameters : [];
  return Object.fromEntries(
    list
      .map((p: unknown) => p as { name?: unknown; value?: unknown })
      .filter((p) => typeof p.name === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name))
      .map((p) => [p.name as string, String(p.value ?? '')]),
  );
}

function describePower(r: ArmResource, vm: VmState): string {
  if (r.provisioningState !== 'Succeeded') return `in provisioning state ${r.provisioningState}`;
  return vm.generalized ? 'generalized' : vm.power;
}

/** Run-command's time limit: the operation fails and the script is stopped. */
const CAPPED = {
  code: 'VMExtensionProvisioningTimeout',
  message:
    "Provisioning of VM extension 'RunCommandLinux' has timed out. Extension installation may be taking too long, or extension status could not be obtained.",
};

/**
 * Reports the command's result once the agent's status pass comes round, unless the agent
 * was stopped or the guest went down in between: then the command stays in progress.
 */
function report(
  ctx: ArmContext,
  r: ArmResource,
  rc: RunCommandRecord,
  result: unknown,
  guestRunning: () => boolean,
): void {
  const vm = r.vm!;
  const deliver = (): void => {
    if (rc.op.status !== 'InProgress') return;
    if (vm.agentStopped || !guestRunning()) {
      ctx.log(`arm: run-command on ${r.name} finished but is never reported: the agent is gone`);
      return;
    }
    ctx.ops.succeed(rc.op, result);
    for (const cancel of rc.timers) cancel();
  };
  const delay = ctx.hazards().arm.runCommandReportDelay;
  if (delay === 0) deliver();
  else rc.timers.push(ctx.timers.after(delay, deliver));
}

function checkRunnable(r: ArmResource, vm: VmState): void {
  if (r.deleting || r.provisioningState !== 'Succeeded' || vm.power !== 'running') {
    throw notAllowedOnVm('RunCommand', r.name, r.deleting ? 'being deleted' : describePower(r, vm));
  }
  if (vm.runCommand?.op.status === 'InProgress') {
    throw conflict(
      'Conflict',
      'Run command extension execution is in progress. Please wait for completion before invoking a run command.',
    );
  }
}

function runCommand(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const r = findVm(ctx, target(req, VM_TYPE));
  const vm = r.vm!;
  const script = scriptOf(req.body);
  checkRunnable(r, vm);
  const hazards = ctx.hazards().arm;
  const ms = ctx.durations().runCommand;
  const op = startOperation(ctx, r, r.location, ms + hazards.runCommandReportDelay);
  const response = { status: 202, headers: operationHeaders(ctx, req, op, { location: true }) };
  track(r, op);
  const rc: RunCommandRecord = { op, timers: [] };
  vm.runCommand = rc;
  const cap = hazards.runCommandCap;
  if (cap > 0) {
    rc.timers.push(
      ctx.timers.after(cap, () => {
        if (op.status !== 'InProgress') return;
        ctx.log(`arm: run-command on ${r.name} reached its time limit`);
        ctx.ops.fail(op, CAPPED);
        void rc.script?.kill();
      }),
    );
  }
  const fault = req.operationFault();
  if (fault) {
    rc.timers.push(ctx.timers.after(ms, () => ctx.ops.fail(op, fault)));
    return response;
  }
  if (vm.agentStopped) {
    ctx.log(`arm: run-command on ${r.name} is never picked up: the agent was stopped`);
    return response;
  }
  if (!ctx.bash) {
    const result = runCommandResult(
      '',
      'emulator: no bash on this machine, so the script did not run\n',
    );
    rc.timers.push(ctx.timers.after(ms, () => ctx.ops.succeed(op, result)));
    return response;
  }
  const stdout = new Tail();
  const stderr = new Tail();
  const guest = guestOf(ctx, r);
  const running = guest.run({
    bash: ctx.bash,
    script,
    outcome: vm.outcome,
    output: vm.output,
    checks: vm.checks,
    scriptMs: ms,
    // The VM's /run, a tmpfs: gone when the guest powers off, as at every boot.
    env: { ...parametersOf(req.body), WORKER_IMAGE_RUN_DIR: join(guest.home, 'run') },
    recorded: RECORDED,
    streams: 'separate',
    onLine: (line, stream) => (stream === 'stdout' ? stdout : stderr).push(line),
  });
  rc.script = running;
  void running.exited.then((exit) => {
    // What the script recorded up to its exit counts, however late the watch would see it.
    guest.catchUp();
    if (rc.script === running) rc.script = undefined;
    ctx.log(
      `arm: run-command on ${r.name} exited with status ${exit.code ?? exit.signal ?? 'unknown'}`,
    );
    report(ctx, r, rc, runCommandResult(stdout.toString(), stderr.toString()), () => {
      return vm.guest === guest && guest.running;
    });
  });
  return response;
}

export function runCommandRoutes(ctx: ArmContext): Route[] {
  return [
    {
      method: 'POST',
      path: `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${VM_TYPE}/:vm/runCommand`,
      handle: (req) => runCommand(ctx, req),
    },
  ];
}
