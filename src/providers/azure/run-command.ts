import { RUN_COMMAND_CAP } from '../../config/azure.js';
import type { Deadline } from '../../wait/deadline.js';
import { sleep } from '../../wait/sleep.js';
import { statusMarker } from '../../wrapper/wrapper.js';
import type { RunContext } from '../provider.js';
import type { ArmClients } from './clients.js';
import { untilDone, type PollOptions } from './lro.js';

export interface RunCommandOutcome {
  /** The script's exit status from the wrapper's marker; undefined when no marker came back. */
  exitCode: number | undefined;
  /** What run-command returned (Azure keeps the last 4 KiB of stdout and of stderr). */
  output: string;
}

/**
 * Run-command's answer when its time limit cut the script (Azure/azure-sdk-for-python#4369).
 * A failed long-running operation carries the code in its message only.
 */
function hitTheCap(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  return (
    e?.code === 'VMExtensionProvisioningTimeout' ||
    String(e?.message).includes('VMExtensionProvisioningTimeout')
  );
}

/**
 * Azure runs one run-command at a time on a VM: "Run command extension execution is in
 * progress. Please wait for completion before invoking a run command." (409 Conflict).
 */
function busy(err: unknown): boolean {
  const e = err as { statusCode?: unknown; message?: unknown };
  return e?.statusCode === 409 && /execution is in progress/i.test(String(e?.message));
}

/**
 * A run-command call that waits its turn: on our own VM, the command already running is this
 * run's, an earlier request whose answer was lost (its retry by the SDK found it running).
 * The call is made again once it ends, backing off, within `deadline`.
 */
export async function runCommandInTurn<T>(
  start: (poll: PollOptions) => PromiseLike<T>,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
  what: string,
): Promise<T> {
  for (
    let wait = Math.max(ctx.pollInterval, 500), told = false;
    ;
    wait = Math.min(wait * 2, 30_000)
  ) {
    try {
      return await untilDone(start, deadline, ctx, what);
    } catch (err) {
      if (!busy(err)) throw err;
      if (!told) {
        ctx.reporter.info(
          `${what}: an earlier run-command of this run is still running on the VM (its answer was lost); waiting for it to end`,
        );
        told = true;
      }
      await sleep(Math.min(wait, Math.max(0, deadline.remaining())), ctx.signal);
      if (deadline.expired()) throw deadline.error();
    }
  }
}

/**
 * Runs a shell script on the builder through run-command and returns its output. The call
 * is an LRO that ends when the script ends, so the builder's deadline bounds it; a script
 * cut by run-command's own time limit fails naming that limit.
 */
export async function runShellScript(
  clients: ArmClients,
  target: { resourceGroup: string; vm: string },
  script: string,
  nonce: string,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
): Promise<RunCommandOutcome> {
  const result = await runCommandInTurn(
    (poll) =>
      clients.compute.virtualMachines.runCommand(
        target.resourceGroup,
        target.vm,
        { commandId: 'RunShellScript', script: script.split('\n') },
        poll,
      ),
    deadline,
    ctx,
    `run-command on ${target.vm}`,
  ).catch((err: unknown) => {
    if (!hitTheCap(err)) throw err;
    throw new Error(
      `the provisioning script on builder ${target.vm} was stopped by run-command's ` +
        `${RUN_COMMAND_CAP / 60_000}-minute limit (${(err as Error).message}); Azure gives a ` +
        'run-command script no longer, so make the script finish sooner (e.g. pre-pull fewer ' +
        'images); no image was created',
      { cause: err },
    );
  });
  const output = (result.value ?? []).map((s) => s.message ?? '').join('\n');
  const marker = statusMarker(nonce).exec(output);
  return { exitCode: marker ? Number(marker[1]) : undefined, output };
}

/** The last lines of run-command output, for failure messages. */
export function outputTail(output: string, lines = 50, what = 'the provisioning output'): string {
  const all = output.split(/\r?\n/);
  const tail = all.slice(-lines);
  return [`last ${tail.length} lines of ${what}:`, ...tail.map((l) => `  ${l}`)].join('\n');
}
