import { gunzipSync } from 'node:zlib';
import { POWER_OFF_COMMANDS, requestedPowerOff } from '../vm/shims.js';
import { startGuestScript } from '../vm/script.js';
import type { Ec2Context } from './context.js';
import type { InstanceRecord, InstanceStateName } from './state.js';
import { releaseVolumes } from './volume-store.js';

/**
 * The life of an emulated EC2 instance: pending → running, its user data run by "cloud-init"
 * (for real, with the shared script runner), and on a guest power-off stopping → stopped or
 * shutting-down → terminated as InstanceInitiatedShutdownBehavior says.
 */

const POWER_OFF_NOTE = 'powering off once the user-data script ends';

function say(inst: InstanceRecord, ...lines: string[]): void {
  for (const line of lines) inst.console.writeLine(line);
}

function setState(ctx: Ec2Context, inst: InstanceRecord, state: InstanceStateName): void {
  inst.state = state;
  if (state === 'terminated') {
    inst.terminatedAt = Date.now();
    releaseVolumes(ctx.state.region(inst.region), inst);
  }
  if (state === 'running') inst.runningSince = Date.now();
  ctx.log(`ec2: instance ${inst.id} (${inst.region}) is ${state}`);
}

/**
 * A transition's console post: what GetConsoleOutput without `Latest` returns until the next
 * one ("buffered information that was posted shortly after an instance transition state
 * (start, stop, reboot, or terminate)", GetConsoleOutput API reference).
 */
function postConsole(inst: InstanceRecord): void {
  inst.postedConsole = inst.console.text();
}

/** cloud-init runs user data that starts with `#!`, gzip-compressed or not. */
export function userDataScript(userData: string | undefined): string | undefined {
  if (!userData) return undefined;
  const raw = Buffer.from(userData, 'base64');
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const text = bytes.toString('utf8');
  return text.startsWith('#!') ? text : undefined;
}

export function boot(
  ctx: Ec2Context,
  inst: InstanceRecord,
  fault?: { code: string; message: string },
): void {
  ctx.timers.after(ctx.durations().boot, async () => {
    if (inst.state !== 'pending') return;
    if (fault) {
      inst.stateReason = { code: fault.code, message: fault.message };
      inst.stateTransitionReason = `${fault.code}: ${fault.message}`;
      setState(ctx, inst, 'terminated');
      postConsole(inst);
      return;
    }
    setState(ctx, inst, 'running');
    say(
      inst,
      ...kernelLines(inst),
      `ci-info: no authorized SSH keys fingerprints found for user ubuntu.`,
    );
    postConsole(inst);
    await runUserData(ctx, inst);
  });
}

async function runUserData(ctx: Ec2Context, inst: InstanceRecord): Promise<void> {
  const script = userDataScript(inst.userData);
  if (script === undefined) {
    say(inst, 'cloud-init[1042]: no user-data script to run');
    return;
  }
  if (!ctx.bash) {
    say(inst, 'emulator: no bash on this machine, so the user-data script cannot run');
    return;
  }
  const run = startGuestScript({
    bash: ctx.bash,
    script,
    outcome: inst.outcome,
    output: inst.output,
    scriptMs: ctx.durations().script,
    // The verify script's checks (`bash <file>` with WORKER_IMAGE_CHECK) end as the rules
    // decided at launch; a builder's provisioning script never names a check.
    checks: inst.checks,
    env: {},
    recorded: Object.fromEntries(POWER_OFF_COMMANDS.map((cmd) => [cmd, POWER_OFF_NOTE])),
    streams: 'merged',
    // cloud-init copies scripts' output to the console (and /var/log/cloud-init-output.log).
    onLine: (line) => inst.console.writeLine(line),
  });
  inst.script = run;
  const exit = await run.exited;
  // A reboot took the script away from the instance (and killed it): nothing more comes of it.
  if (inst.script !== run) return;
  inst.script = undefined;
  if (inst.state !== 'running') return;
  const status = exit.code ?? (exit.signal ? `signal ${exit.signal}` : 'unknown');
  say(
    inst,
    `cloud-init[1042]: user-data script exited with status ${status}`,
    `[   64.218733] cloud-init[1042]: Cloud-init v. 24.1.3 finished. Datasource DataSourceEc2Local.`,
  );
  if (!requestedPowerOff(exit.actions)) return;
  const reason = {
    code: 'Client.InstanceInitiatedShutdown',
    message: 'Instance initiated shutdown',
  };
  if (inst.shutdownBehavior === 'terminate') await terminate(ctx, inst, reason);
  else await stop(ctx, inst, reason);
}

type Reason = { code: string; message: string };

function kernelLines(inst: InstanceRecord): string[] {
  return [
    `[    0.000000] Linux version 6.8.0-1015-aws (worker-image emulator, image ${inst.imageId})`,
    `[    3.912044] cloud-init[512]: Cloud-init v. 24.1.3 running 'init' at ${new Date().toUTCString()}.`,
  ];
}

/** What cloud-init says at a later boot: user data runs once per instance, at its first boot. */
const USER_DATA_DONE =
  'cloud-init[512]: user-data already ran on this instance (per-instance): not run again';

/**
 * A stopped instance started again (StartInstances): pending, then running after the `boot`
 * duration. User data does not run again: cloud-init runs it once per instance ("By default,
 * user data scripts and cloud-init directives run only during the boot cycle when you first
 * launch an instance", EC2 user guide, "Run commands when you launch an EC2 instance with user
 * data input").
 */
export function start(ctx: Ec2Context, inst: InstanceRecord): void {
  if (inst.state !== 'stopped') return;
  setState(ctx, inst, 'pending');
  delete inst.stateReason;
  inst.stateTransitionReason = '';
  ctx.timers.after(ctx.durations().boot, () => {
    if (inst.state !== 'pending') return;
    setState(ctx, inst, 'running');
    say(inst, ...kernelLines(inst), USER_DATA_DONE);
    postConsole(inst);
  });
}

/**
 * RebootInstances: the guest restarts at once and the instance stays running; a user-data
 * script still running is killed with the old boot, and is not run again.
 */
export async function reboot(ctx: Ec2Context, inst: InstanceRecord): Promise<void> {
  say(inst, '[  OK  ] Reached target reboot.target - System Reboot.');
  const run = inst.script;
  inst.script = undefined;
  await run?.kill();
  say(inst, ...kernelLines(inst), USER_DATA_DONE);
  postConsole(inst);
  ctx.log(`ec2: instance ${inst.id} (${inst.region}) rebooted`);
}

/** stopping, then stopped after the `stop` duration. */
export async function stop(ctx: Ec2Context, inst: InstanceRecord, reason: Reason): Promise<void> {
  if (!['pending', 'running'].includes(inst.state)) return;
  setState(ctx, inst, 'stopping');
  inst.stateReason = reason;
  inst.stateTransitionReason = `${reason.message} (${new Date().toISOString()})`;
  say(inst, '[  OK  ] Reached target poweroff.target - System Power Off.');
  await inst.script?.kill();
  ctx.timers.after(ctx.durations().stop, () => {
    if (inst.state !== 'stopping') return;
    say(inst, 'reboot: Power down');
    setState(ctx, inst, 'stopped');
    postConsole(inst);
  });
}

/** shutting-down, then terminated after the `delete` duration; its DeleteOnTermination volumes go with it. */
export async function terminate(
  ctx: Ec2Context,
  inst: InstanceRecord,
  reason: Reason,
): Promise<void> {
  if (['shutting-down', 'terminated'].includes(inst.state)) return;
  setState(ctx, inst, 'shutting-down');
  inst.stateReason = reason;
  inst.stateTransitionReason = `${reason.message} (${new Date().toISOString()})`;
  await inst.script?.kill();
  ctx.timers.after(ctx.durations().delete, () => {
    setState(ctx, inst, 'terminated');
    postConsole(inst);
  });
}
