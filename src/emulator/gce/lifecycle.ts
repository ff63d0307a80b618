import { POWER_OFF_COMMANDS, requestedPowerOff } from '../vm/shims.js';
import { startGuestScript } from '../vm/script.js';
import type { GceContext } from './context.js';
import { timestamp } from './ids.js';
import type { OperationRecord } from './operations.js';
import { instanceKey, type InstanceRecord } from './state.js';

/**
 * The life of an emulated VM: PROVISIONING → STAGING → RUNNING, its startup script run for
 * real, STOPPING → TERMINATED when the guest powers off or the API stops it, and deletion.
 */

function alive(ctx: GceContext, inst: InstanceRecord): boolean {
  return (
    !inst.deleting &&
    ctx.state.instances.get(instanceKey(inst.project, inst.zone, inst.name)) === inst
  );
}

/** The guest's power-off commands take effect once its startup script has ended. */
const POWER_OFF_NOTE = 'powering off once the startup script ends';

function serial(inst: InstanceRecord, ...lines: string[]): void {
  for (const line of lines) inst.serial.writeLine(line);
}

export function boot(
  ctx: GceContext,
  inst: InstanceRecord,
  op: OperationRecord,
  image: string,
): void {
  const ms = ctx.durations().boot;
  ctx.timers.after(ms / 2, () => {
    if (alive(ctx, inst) && inst.status === 'PROVISIONING') inst.status = 'STAGING';
  });
  ctx.timers.after(ms, async () => {
    // The insert finishes even if a delete overtook it, as on GCE.
    ctx.ops.finish(op);
    if (!alive(ctx, inst) || !['PROVISIONING', 'STAGING'].includes(inst.status)) return;
    inst.status = 'RUNNING';
    inst.lastStartTimestamp = timestamp();
    for (const d of inst.disks) {
      const disk = ctx.state.disks.get(d.diskKey);
      if (disk) disk.status = 'READY';
    }
    bootLines(inst, image);
    ctx.log(`gce: instance ${inst.name} is RUNNING`);
    await runStartupScript(ctx, inst);
  });
}

/**
 * `instances.reset`'s hard reset: the guest dies where it stands (no shutdown: nothing it runs
 * is told), and after the boot time the instance boots again and runs its startup script again.
 * It stays RUNNING throughout; the operation is DONE once it has booted.
 */
export async function reset(
  ctx: GceContext,
  inst: InstanceRecord,
  op: OperationRecord,
  image: string,
): Promise<void> {
  await inst.script?.kill();
  ctx.timers.after(ctx.durations().boot, async () => {
    ctx.ops.finish(op);
    if (!alive(ctx, inst) || inst.status !== 'RUNNING') return;
    inst.lastStartTimestamp = timestamp();
    bootLines(inst, image);
    await runStartupScript(ctx, inst);
  });
}

/** What a booting guest prints on its serial console before its startup script. */
function bootLines(inst: InstanceRecord, image: string): void {
  serial(
    inst,
    'SeaBIOS (version 1.8.2-google)',
    'Booting from Hard Disk 0...',
    `[    0.000000] Linux version 6.8.0-gcp (worker-image emulator, image ${image})`,
    `[    2.104512] ${inst.name} systemd[1]: Starting google-startup-scripts.service - Google Compute Engine Startup Scripts...`,
  );
}

async function runStartupScript(ctx: GceContext, inst: InstanceRecord): Promise<void> {
  const script = ctx.state.metadataValue(inst, 'startup-script');
  const runner = 'google_metadata_script_runner';
  if (script === undefined) {
    serial(inst, `${runner}: No startup scripts to run.`);
    return;
  }
  if (!ctx.bash) {
    serial(inst, 'emulator: no bash on this machine, so the startup script cannot run');
    return;
  }
  serial(inst, `${runner}: Found startup-script in metadata.`);
  const run = startGuestScript({
    bash: ctx.bash,
    script,
    outcome: inst.outcome,
    output: inst.output,
    scriptMs: ctx.durations().script,
    // The verify script's checks (`bash <file>` with WORKER_IMAGE_CHECK) end as the rules
    // decided at insert; a builder's provisioning script never names a check.
    checks: inst.checks,
    env: { WORKER_IMAGE_METADATA_URL: ctx.metadataUrl(inst) },
    recorded: Object.fromEntries(POWER_OFF_COMMANDS.map((cmd) => [cmd, POWER_OFF_NOTE])),
    streams: 'merged',
    onLine: (line) => inst.serial.writeLine(`startup-script: ${line}`),
  });
  inst.script = run;
  const exit = await run.exited;
  if (inst.script === run) inst.script = undefined;
  if (!alive(ctx, inst) || inst.status !== 'RUNNING') return;
  const status = exit.code ?? (exit.signal ? `signal ${exit.signal}` : 'unknown');
  serial(
    inst,
    `${runner}: startup-script exit status ${status}`,
    `${runner}: Finished running startup scripts.`,
  );
  ctx.log(`gce: startup script of ${inst.name} exited with status ${status}`);
  // A guest that did not ask to power off keeps running, as a real VM would.
  if (requestedPowerOff(exit.actions)) await powerOff(ctx, inst);
}

/** STOPPING, then TERMINATED after the `stop` duration; `op` (an API stop) finishes then. */
export async function powerOff(
  ctx: GceContext,
  inst: InstanceRecord,
  op?: OperationRecord,
): Promise<void> {
  inst.status = 'STOPPING';
  serial(inst, `[  OK  ] Reached target poweroff.target - System Power Off.`);
  await inst.script?.kill();
  ctx.timers.after(ctx.durations().stop, () => {
    if (op) ctx.ops.finish(op);
    if (!alive(ctx, inst) || inst.status !== 'STOPPING') return;
    inst.status = 'TERMINATED';
    inst.lastStopTimestamp = timestamp();
    serial(inst, 'reboot: Power down');
    ctx.log(`gce: instance ${inst.name} is TERMINATED`);
  });
}

/** Kills the guest at once, then removes the instance and its auto-delete disks. */
export async function destroy(
  ctx: GceContext,
  inst: InstanceRecord,
  op: OperationRecord,
): Promise<void> {
  inst.deleting = true;
  if (inst.status !== 'TERMINATED') inst.status = 'STOPPING';
  await inst.script?.kill();
  ctx.timers.after(ctx.durations().delete, () => {
    ctx.state.instances.delete(instanceKey(inst.project, inst.zone, inst.name));
    for (const d of inst.disks) {
      const disk = ctx.state.disks.get(d.diskKey);
      if (!disk) continue;
      if (d.autoDelete) ctx.state.disks.delete(d.diskKey);
      else disk.user = undefined;
    }
    ctx.ops.finish(op);
    ctx.log(`gce: instance ${inst.name} deleted`);
  });
}
