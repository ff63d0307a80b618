import type { ArmClients } from './clients.js';
import { untilDone } from './lro.js';
import type { Deadline } from '../../wait/deadline.js';
import { statusMarker } from '../../wrapper/wrapper.js';
import type { RunContext } from '../provider.js';

export interface RunCommandOutcome {
  /** The script's exit status from the wrapper's marker; undefined when no marker came back. */
  exitCode: number | undefined;
  /** What run-command returned (Azure keeps the last 4 KiB of stdout and of stderr). */
  output: string;
}

/**
 * Runs a shell script on the builder through run-command and returns its output. The call
 * is an LRO that ends when the script ends, so the builder's deadline bounds it.
 */
export async function runShellScript(
  clients: ArmClients,
  target: { resourceGroup: string; vm: string },
  script: string,
  nonce: string,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
): Promise<RunCommandOutcome> {
  const result = await untilDone(
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
  );
  const output = (result.value ?? []).map((s) => s.message ?? '').join('\n');
  const marker = statusMarker(nonce).exec(output);
  return { exitCode: marker ? Number(marker[1]) : undefined, output };
}

/** The last lines of run-command output, for failure messages. */
export function outputTail(output: string, lines = 50): string {
  const all = output.split(/\r?\n/);
  const tail = all.slice(-lines);
  return [
    `last ${tail.length} lines of the provisioning output:`,
    ...tail.map((l) => `  ${l}`),
  ].join('\n');
}
