import type { CallOptions } from 'google-gax';
import type { RunContext } from '../provider.js';
import { statusOf, withRetry, type RetryOptions } from '../../wait/retry.js';
import { abortable } from '../../wait/sleep.js';

/**
 * The SDK retries idempotent GETs for up to 10 minutes on its own, which would blow past our
 * deadlines. Its retries are off; ours (bounded, backing off, cancellable) take over.
 */
export const CALL: CallOptions = { retry: null, timeout: 60_000 } as CallOptions;

/**
 * Backing off from 0.5 s to 30 s, eight attempts span a little over a minute: GCE refills a
 * rate quota at the start of the next minute (https://cloud.google.com/compute/api-quota).
 */
const ATTEMPTS = 8;

/**
 * The reasons GCE gives a 403 that means "slow down": `rateLimitExceeded` for a project's
 * rate quota, `userRateLimitExceeded` for a caller's, and the ErrorInfo reason newer answers
 * carry. Any other 403 (a missing permission) is final.
 */
const RATE_LIMIT_REASONS = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'RATE_LIMIT_EXCEEDED',
]);
const RATE_LIMIT_MESSAGE = /Rate Limit Exceeded|Quota exceeded for quota (metric|group)/i;
/** Where google-gax keeps an error's raw HTTP body, whose `errors[].reason` it does not copy. */
const RAW_BODY = Symbol.for('google-gax.rawHttpResponsePayload');

function reasonsOf(err: object): string[] {
  const reasons: string[] = [];
  const { reason } = err as { reason?: unknown };
  if (typeof reason === 'string') reasons.push(reason);
  const raw = (err as Record<symbol, unknown>)[RAW_BODY];
  if (typeof raw !== 'string') return reasons;
  try {
    const body = JSON.parse(raw) as { error?: { errors?: { reason?: unknown }[] } };
    for (const e of body.error?.errors ?? [])
      if (typeof e.reason === 'string') reasons.push(e.reason);
  } catch {
    // not JSON: the message still tells
  }
  return reasons;
}

/** GCE's 403 rate limit (documented as 403 `rateLimitExceeded`), as opposed to a 403 refusal. */
function isRateLimited(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || statusOf(err) !== 403) return false;
  return (
    reasonsOf(err).some((r) => RATE_LIMIT_REASONS.has(r)) ||
    RATE_LIMIT_MESSAGE.test(String((err as { message?: unknown }).message))
  );
}

/** How every GCE call is retried: 429, 5xx and 403 rate limits, bounded and logged. */
export function retryOptions(
  onRetry: (message: string) => void,
  signal?: AbortSignal,
): RetryOptions {
  return {
    attempts: ATTEMPTS,
    retryable: isRateLimited,
    describe: (err) =>
      isRateLimited(err) ? `403 rate limit (${(err as Error).message})` : undefined,
    onRetry,
    ...(signal ? { signal } : {}),
  };
}

/** `fn` with retries; a rate limit that outlasts them fails as one line naming the call. */
export async function retried<T>(
  what: string,
  fn: () => Promise<T>,
  opts: RetryOptions,
): Promise<T> {
  try {
    return await withRetry(what, fn, opts);
  } catch (err) {
    if (!isRateLimited(err)) throw err;
    throw new Error(
      `${what}: still over GCE's API rate quota after ${ATTEMPTS} attempts over about a minute ` +
        `(${(err as Error).message}); other tools in the project may be using it up: try again ` +
        'later or ask for a higher quota',
    );
  }
}

export function call<T>(ctx: RunContext, what: string, fn: () => Promise<T>): Promise<T> {
  return retried(
    what,
    () => abortable(fn(), ctx.signal),
    retryOptions((m) => ctx.reporter.info(m), ctx.signal),
  );
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
