import type { protos } from '@google-cloud/compute';
import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { CancelledError } from '../../wait/errors.js';
import { jitter, sleep } from '../../wait/sleep.js';

type Operation = protos.google.cloud.compute.v1.IOperation;

/** What insert/delete calls resolve to: the SDK's LROperation wrapper around the Operation. */
export interface StartedOperation {
  latestResponse?: unknown;
  name?: string | null;
}

/** The compute Operation behind an SDK call's result. */
export function operationOf(started: StartedOperation): Operation {
  const op = (started.latestResponse ?? started) as Operation;
  if (!op?.name) throw new Error('the compute API returned no operation name');
  return op;
}

function isDone(op: Operation): boolean {
  return String(op.status) === 'DONE';
}

/** A failed operation as one line: `QUOTA_EXCEEDED: Quota 'CPUS' exceeded`. */
export function operationError(op: Operation): string | undefined {
  const errors = op.error?.errors ?? [];
  if (errors.length === 0) return undefined;
  return errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
}

/** An operation that ended DONE with errors; `codes` lets a caller tell which. */
export class OperationFailedError extends Error {
  override name = 'OperationFailedError';
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

/**
 * Waits for a zonal or global operation with the server's long-poll (`operations.wait`,
 * which answers when the operation is DONE or after about two minutes), within `deadline`.
 */
export async function waitOperation(
  clients: GceClients,
  project: string,
  started: StartedOperation,
  deadline: Deadline,
  ctx: RunContext,
): Promise<Operation> {
  let op = operationOf(started);
  const zone = op.zone ? op.zone.split('/').pop() : undefined;
  while (!isDone(op)) {
    if (ctx.signal.aborted) throw new CancelledError();
    if (deadline.expired()) throw deadline.error();
    const options = { ...CALL, timeout: Math.max(1000, Math.min(130_000, deadline.remaining())) };
    const name = op.name!;
    const [next] = await call(ctx, `wait for operation ${name}`, () =>
      zone
        ? clients.zoneOperations.wait({ project, zone, operation: name }, options)
        : clients.globalOperations.wait({ project, operation: name }, options),
    ).catch((err: unknown) => {
      // The SDK's timeout is what was left of the deadline: its "Deadline exceeded" is ours.
      if (deadline.expired()) throw deadline.error();
      throw err;
    });
    op = next;
  }
  const error = operationError(op);
  if (error) {
    const codes = (op.error?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
    throw new OperationFailedError(`${deadline.what} failed: ${error}`, codes);
  }
  // What gcloud prints as "Some requests generated warnings", e.g. a deprecated source image
  // and its suggested replacement (DEPRECATED_RESOURCE_USED).
  for (const w of op.warnings ?? []) {
    if (w.message) ctx.reporter.warning(`${deadline.what}: ${w.message}`);
  }
  return op;
}

const TOO_FREQUENT = 'RESOURCE_OPERATION_RATE_EXCEEDED';

/**
 * GCE refuses to make images (or snapshots) of one disk more often than about every 10
 * minutes, bursts of 6 aside: the operation fails with RESOURCE_OPERATION_RATE_EXCEEDED
 * (https://cloud.google.com/compute/docs/images/create-custom, googleapis/python-compute#279).
 * Nothing was created then, so `attempt` is made again, backing off, within `deadline`.
 */
export async function whileTooFrequent<T>(
  deadline: Deadline,
  ctx: RunContext,
  attempt: () => Promise<T>,
): Promise<T> {
  let delay = 1000;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof OperationFailedError) || !err.codes.includes(TOO_FREQUENT)) throw err;
      const wait = jitter(delay);
      if (wait >= deadline.remaining()) {
        throw new OperationFailedError(
          `${err.message} (refused ${n} times within ${formatDuration(deadline.budget)})`,
          err.codes,
        );
      }
      ctx.reporter.info(
        `${deadline.what}: GCE refused it as too frequent for its source (${TOO_FREQUENT}); ` +
          `trying again in ${Math.ceil(wait / 100) / 10}s (attempt ${n + 1})`,
      );
      await sleep(wait, ctx.signal);
      delay = Math.min(delay * 2, 60_000);
    }
  }
}
