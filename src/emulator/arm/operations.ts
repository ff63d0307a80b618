import type { ArmContext, ArmRequest, ArmResponse, OperationError, Route } from './context.js';
import { ArmError } from './errors.js';
import { newGuid, now } from './ids.js';

export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

/** One long-running ARM operation, polled through the URLs its first answer handed out. */
export interface AsyncOperation {
  id: string;
  subscriptionId: string;
  /** The provider that runs it (`Microsoft.Compute`); absent for resource-group deletion. */
  namespace?: string;
  location: string;
  status: OperationStatus;
  startTime: string;
  endTime?: string;
  error?: OperationError;
  /** What the operation produced (run-command's output): the `Location` URL answers with it. */
  result?: unknown;
  /** When it is expected to end (epoch ms), where the emulator knows: what Retry-After estimates. */
  due?: number;
}

/** The long-running operations in flight or finished, by id. */
export class AsyncOperations {
  private readonly records = new Map<string, AsyncOperation>();

  start(o: { subscriptionId: string; namespace?: string; location: string }): AsyncOperation {
    const op: AsyncOperation = { ...o, id: newGuid(), status: 'InProgress', startTime: now() };
    this.records.set(op.id, op);
    return op;
  }

  succeed(op: AsyncOperation, result?: unknown): void {
    if (op.status !== 'InProgress') return;
    op.status = 'Succeeded';
    op.endTime = now();
    if (result !== undefined) op.result = result;
  }

  fail(op: AsyncOperation, error: OperationError): void {
    if (op.status !== 'InProgress') return;
    op.status = 'Failed';
    op.endTime = now();
    op.error = error;
  }

  find(id: string): AsyncOperation {
    const op = this.records.get(id.toLowerCase());
    if (!op) throw new ArmError(404, 'NotFound', `The operation '${id}' was not found.`);
    return op;
  }

  clear(): void {
    this.records.clear();
  }
}

function operationUrl(req: ArmRequest, op: AsyncOperation): string {
  const q = `api-version=${encodeURIComponent(req.apiVersion)}`;
  if (!op.namespace)
    return `${req.baseUrl}/subscriptions/${op.subscriptionId}/operationresults/${op.id}?${q}`;
  return `${req.baseUrl}/subscriptions/${op.subscriptionId}/providers/${op.namespace}/locations/${op.location}/operations/${op.id}?${q}`;
}

/**
 * The headers of an accepted long-running request: `Azure-AsyncOperation` to poll for the
 * status, for actions (POST, DELETE) `Location` to read the result from, and `Retry-After`.
 */
export function operationHeaders(
  ctx: ArmContext,
  req: ArmRequest,
  op: AsyncOperation,
  opts: { location: boolean },
): Record<string, string> {
  const url = operationUrl(req, op);
  return {
    'azure-asyncoperation': url,
    ...(opts.location ? { location: `${url}&monitor=true` } : {}),
    ...retryAfter(ctx, op),
  };
}

/** Resource-group deletion hands out `Location` only, polled until it answers 200. */
export function groupOperationHeaders(
  ctx: ArmContext,
  req: ArmRequest,
  op: AsyncOperation,
): Record<string, string> {
  return { location: operationUrl(req, op), ...retryAfter(ctx, op) };
}

function statusBody(op: AsyncOperation): unknown {
  return {
    name: op.id,
    status: op.status,
    startTime: op.startTime,
    ...(op.endTime ? { endTime: op.endTime } : {}),
    ...(op.error ? { error: { code: op.error.code, message: op.error.message } } : {}),
    ...(op.status === 'Succeeded' && op.result !== undefined
      ? { properties: { output: op.result } }
      : {}),
  };
}

/**
 * `Location` semantics: 202 while running, then the result (200) or the error, with the
 * failure's own status or 409 (not 5xx: clients would retry reading a failure that stays).
 */
function resultResponse(ctx: ArmContext, op: AsyncOperation, location: string): ArmResponse {
  if (op.status === 'InProgress')
    return { status: 202, headers: { location, ...retryAfter(ctx, op) } };
  if (op.status === 'Succeeded') return { status: 200, body: op.result };
  const error = op.error ?? { code: 'Canceled', message: 'The operation was canceled.' };
  return {
    status: error.httpStatus ?? 409,
    body: { error: { code: error.code, message: error.message } },
  };
}

/** Records when `op` is expected to end, `ms` from now. */
export function dueIn(op: AsyncOperation, ms: number): AsyncOperation {
  op.due = Date.now() + ms;
  return op;
}

/**
 * Compute and Network tell pollers when to come back on the answers of an operation still
 * running, about when they expect it done (Compute: `Retry-After: 10` on a VM's creation,
 * then `50` on the first poll of a one-minute creation), and the SDKs' pollers wait that
 * long instead of their own interval (learn.microsoft.com/azure/azure-resource-manager/
 * management/async-operations; Azure/azure-sdk-for-js arm-compute recordings). Whole seconds
 * only: an operation due within half a second gets none.
 */
export function retryAfter(ctx: ArmContext, op: AsyncOperation): Record<string, string> {
  if (!ctx.hazards().arm.lroRetryAfter || op.status !== 'InProgress' || op.due === undefined) {
    return {};
  }
  const seconds = Math.round((op.due - Date.now()) / 1000);
  return seconds >= 1 ? { 'retry-after': String(seconds) } : {};
}

export function operationRoutes(ctx: ArmContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'subscriptions/:subscription/providers/:namespace/locations/:location/operations/:operation',
      handle: (req) => {
        const op = ctx.ops.find(req.params.operation!);
        if (req.query.get('monitor') === 'true') {
          return resultResponse(ctx, op, `${operationUrl(req, op)}&monitor=true`);
        }
        return { status: 200, body: statusBody(op), headers: retryAfter(ctx, op) };
      },
    },
    {
      method: 'GET',
      path: 'subscriptions/:subscription/operationresults/:operation',
      handle: (req) => {
        const op = ctx.ops.find(req.params.operation!);
        return resultResponse(ctx, op, operationUrl(req, op));
      },
    },
  ];
}
