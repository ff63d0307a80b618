import type { CallOptions } from 'google-gax';
import type { RunContext } from '../provider.js';
import { withRetry } from '../../wait/retry.js';
import { abortable } from '../../wait/sleep.js';

/**
 * The SDK retries idempotent GETs for up to 10 minutes on its own, which would blow past our
 * deadlines. Its retries are off; ours (bounded, backing off, cancellable) take over.
 */
export const CALL: CallOptions = { retry: null, timeout: 60_000 } as CallOptions;

export function call<T>(ctx: RunContext, what: string, fn: () => Promise<T>): Promise<T> {
  return withRetry(what, () => abortable(fn(), ctx.signal), {
    signal: ctx.signal,
    onRetry: (m) => ctx.reporter.info(m),
  });
}

/** gRPC code 5 is NOT_FOUND; over REST the SDK also keeps the HTTP status. */
export function isNotFound(err: unknown): boolean {
  const e = err as { code?: unknown; httpStatusCode?: unknown };
  return e?.httpStatusCode === 404 || e?.code === 5 || e?.code === 404;
}

/**
 * GCE's `resourceNotReady` (400): another operation on the resource, typically a deletion
 * already under way, has not finished. The REST error keeps only the message.
 */
export function isNotReady(err: unknown): boolean {
  const e = err as { httpStatusCode?: unknown; message?: unknown };
  return e?.httpStatusCode === 400 && /is not ready/.test(String(e.message));
}
