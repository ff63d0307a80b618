import type { RunCommandResult } from '@azure/arm-compute';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { pollUntil } from '../../wait/poll.js';
import { withRetry } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import { DEPROVISION_SCRIPT } from './builder.js';
import type { ArmClients } from './clients.js';
import { untilDone } from './lro.js';
import { outputTail } from './run-command.js';

/** Stopped from inside (shutdown), or already deallocated by someone: either way off. */
const OFF = ['PowerState/stopped', 'PowerState/deallocated'];
/** How often the power state is read while the builder deprovisions and shuts down. */
const SHUTDOWN_POLL = 1000;
/** How long the shutdown is watched at SHUTDOWN_POLL before the reads slow down. */
const SHUTDOWN_WINDOW = 60_000;

function outputOf(result: RunCommandResult): string {
  return (result.value ?? []).map((s) => s.message ?? '').join('\n');
}

/**
 * Deprovisions the builder and waits, within `deadline`, for it to power off. The command
 * starting it returns at once, but Azure may never report even that: deprovisioning stops
 * the agent, which reports a finished command only on its next status pass. So the wait is
 * on the instance view's power state, never on that command; its output, if it comes, only
 * helps explain a failure. `lastOutput` is what to show when it does not come.
 */
export async function deprovisionAndPowerOff(
  clients: ArmClients,
  target: { resourceGroup: string; vm: string },
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
  lastOutput: string,
): Promise<void> {
  const { resourceGroup, vm } = target;
  const watching = new AbortController();
  const abortSignal = AbortSignal.any([ctx.signal, watching.signal]);
  const starter = clients.compute.virtualMachines.runCommand(
    resourceGroup,
    vm,
    { commandId: 'RunShellScript', script: DEPROVISION_SCRIPT.split('\n') },
    { updateIntervalInMs: ctx.pollInterval, abortSignal },
  );
  await untilDone(() => starter.submitted(), deadline, ctx, `starting deprovisioning on ${vm}`);
  ctx.reporter.info(
    `deprovisioning ${vm} in the background (it stops the agent that runs commands): waiting for it to power off`,
  );
  let reported: string | undefined;
  const watched = starter.pollUntilDone({ abortSignal }).then(
    (result) => void (reported = outputOf(result)),
    (err: unknown) => {
      if (!abortSignal.aborted) reported = `the starting command failed: ${String(err)}`;
    },
  );
  let power = 'unknown';
  try {
    await pollUntil(
      async () => {
        const view = await withRetry(
          `read the power state of ${vm}`,
          () => clients.compute.virtualMachines.instanceView(resourceGroup, vm, { abortSignal }),
          { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) },
        );
        power = view.statuses?.find((s) => s.code?.startsWith('PowerState/'))?.code ?? power;
        return OFF.includes(power) ? power : undefined;
      },
      {
        deadline,
        // Deprovisioning and the shutdown take seconds: the power state is read every second
        // (or the poll interval, if shorter) for a minute, then less often up to the interval.
        interval: Math.min(ctx.pollInterval, SHUTDOWN_POLL),
        backoffAfter: SHUTDOWN_WINDOW,
        backoff: 1.5,
        maxInterval: ctx.pollInterval,
        signal: ctx.signal,
        progress: (elapsed) =>
          ctx.reporter.info(
            `… deprovisioning ${vm}: ${power}, ${elapsed} elapsed (deadline ${formatDuration(deadline.budget)})`,
          ),
        onExpiry: async () =>
          [
            `last power state: ${power} (the VM powers itself off once deprovisioned)`,
            reported === undefined
              ? `the command that started deprovisioning reported nothing; ${outputTail(lastOutput, 20)}`
              : outputTail(reported, 20, 'what the command that started deprovisioning reported'),
          ].join('\n'),
      },
    );
  } finally {
    watching.abort();
    await watched;
  }
  ctx.reporter.info(`${vm} is deprovisioned and ${power.replace('PowerState/', '')}`);
}
