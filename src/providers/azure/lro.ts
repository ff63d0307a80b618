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
 * run's signal. `start` receives the options to pass to the SDK call; a start that ignores
 * them (an existing poller) is still bounded by the deadline. A failure names `what`.
 */
export async function untilDone<T>(
  start: (poll: PollOptions) => PromiseLike<T>,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
  what = deadline.what,
): Promise<T> {
  const timeout = AbortSignal.timeout(Math.max(1, deadline.remaining()));
  const abortSignal = AbortSignal.any([ctx.signal, timeout]);
  try {
    return await abortable(
      Promise.resolve(start({ updateIntervalInMs: ctx.pollInterval, abortSignal })),
      abortSignal,
    );
  } catch (err) {
    if (timeout.aborted && !ctx.signal.aborted) throw deadline.error();
    if (ctx.signal.aborted) throw err;
    throw operationFailure(what, err);
  }
}

const LRO_FAILED = /^The long-running operation has failed\.?\s*/;

/**
 * `creating network wi-vnet-1 failed: SkuNotAvailable. The requested size...`: the SDK's
 * generic "The long-running operation has failed" says neither what nor where. The status
 * and code stay on the error, so callers can still tell a 404.
 */
export function operationFailure(what: string, err: unknown): Error {
  const e = err as { message?: unknown; code?: unknown; statusCode?: unknown };
  const message = String(e?.message ?? err).replace(LRO_FAILED, '');
  const code = typeof e?.code === 'string' && !message.startsWith(e.code) ? `${e.code}: ` : '';
  return Object.assign(new Error(`${what} failed: ${code}${message}`, { cause: err }), {
    ...(e?.code !== undefined ? { code: e.code } : {}),
    ...(e?.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
  });
}
