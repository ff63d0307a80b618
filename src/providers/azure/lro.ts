import type { Deadline } from '../../wait/deadline.js';
import { abortable } from '../../wait/sleep.js';
import type { RunContext } from '../provider.js';

/** What a long-running call's options take: the poll interval and a cancellation signal. */
export interface PollOptions {
  updateIntervalInMs: number;
  abortSignal: AbortSignal;
}

/**
 * Runs an ARM long-running operation to completion within `deadline`, cancellable by the
 * run's signal. `start` receives the options to pass to the SDK call.
 */
export async function untilDone<T>(
  start: (poll: PollOptions) => PromiseLike<T>,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
): Promise<T> {
  const timeout = AbortSignal.timeout(Math.max(1, deadline.remaining()));
  const abortSignal = AbortSignal.any([ctx.signal, timeout]);
  try {
    return await abortable(
      Promise.resolve(start({ updateIntervalInMs: ctx.pollInterval, abortSignal })),
      ctx.signal,
    );
  } catch (err) {
    if (timeout.aborted && !ctx.signal.aborted) throw deadline.error();
    throw err;
  }
}
