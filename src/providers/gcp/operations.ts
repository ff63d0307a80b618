import type { protos } from '@google-cloud/compute';
import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';
import type { Deadline } from '../../wait/deadline.js';
import { CancelledError } from '../../wait/errors.js';

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
  if (error) throw new Error(`${deadline.what} failed: ${error}`);
  return op;
}
