import { POWER_OFF_COMMANDS } from '../vm/shims.js';
import { startGuestScript } from '../vm/script.js';
import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { conflict, invalidParameter, notAllowedOnVm } from './errors.js';
import { operationHeaders } from './operations.js';
import { PREEMPTED, startOperation, target, track } from './resources.js';
import type { ArmResource, VmState } from './state.js';
import { findVm, VM_TYPE } from './vm-json.js';

/**
 * `virtualMachines.runCommand` with `RunShellScript`, run for real with bash as the Linux
 * run-command extension runs it. Its answer is what that extension reports: always
 * `Enable succeeded`, with the last 4 KiB of stdout and of stderr, whatever the script's exit
 * status (which the caller must carry in the output itself, as the builder wrapper's marker does).
 */

/** The extension keeps this much of the end of each stream. */
const TAIL_BYTES = 4096;

/** What the guest's commands do here: the VM keeps running, the agent is not there. */
const RECORDED: Record<string, string> = {
  ...Object.fromEntries(
    POWER_OFF_COMMANDS.map((cmd) => [cmd, 'recorded; run-command leaves the VM running']),
  ),
  waagent: 'recorded; the VM counts as deprovisioned',
};

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

/** Stops whatever the guest runs (the VM powers off or goes away): its run-command is preempted. */
export function stopGuest(ctx: ArmContext, r: ArmResource): void {
  const rc = r.vm?.runCommand;
  if (!rc) return;
  ctx.ops.fail(rc.op, PREEMPTED);
  if (rc.script) void rc.script.kill();
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

function runCommand(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const r = findVm(ctx, target(req, VM_TYPE));
  const vm = r.vm!;
  const script = scriptOf(req.body);
  if (r.deleting || r.provisioningState !== 'Succeeded' || vm.power !== 'running') {
    throw notAllowedOnVm('RunCommand', r.name, r.deleting ? 'being deleted' : describePower(r, vm));
  }
  if (vm.runCommand?.op.status === 'InProgress') {
    throw conflict(
      'Conflict',
      'Run command extension execution is in progress. Please wait for completion before invoking a run command.',
    );
  }
  const op = startOperation(ctx, r, r.location);
  const response = { status: 202, headers: operationHeaders(req, op, { location: true }) };
  track(r, op);
  vm.runCommand = { op };
  const ms = ctx.durations().runCommand;
  const fault = req.operationFault();
  if (fault) {
    ctx.timers.after(ms, () => ctx.ops.fail(op, fault));
    return response;
  }
  if (!ctx.bash) {
    ctx.timers.after(ms, () =>
      ctx.ops.succeed(
        op,
        runCommandResult('', 'emulator: no bash on this machine, so the script did not run\n'),
      ),
    );
    return response;
  }
  const stdout = new Tail();
  const stderr = new Tail();
  const guest = startGuestScript({
    bash: ctx.bash,
    script,
    outcome: vm.outcome,
    scriptMs: ms,
    env: parametersOf(req.body),
    recorded: RECORDED,
    streams: 'separate',
    onLine: (line, stream) => (stream === 'stdout' ? stdout : stderr).push(line),
  });
  vm.runCommand.script = guest;
  void guest.exited.then((exit) => {
    vm.guestActions.push(...exit.actions);
    if (vm.runCommand?.script === guest) vm.runCommand.script = undefined;
    for (const action of exit.actions) ctx.log(`arm: ${r.name} ran \`${action}\` (recorded)`);
    ctx.log(
      `arm: run-command on ${r.name} exited with status ${exit.code ?? exit.signal ?? 'unknown'}`,
    );
    // A preempted command already failed; succeed() leaves it so.
    ctx.ops.succeed(op, runCommandResult(stdout.toString(), stderr.toString()));
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
