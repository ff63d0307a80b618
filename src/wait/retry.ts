import { CancelledError } from './errors.js';
import { jitter, sleep } from './sleep.js';

export interface RetryOptions {
  attempts?: number;
  baseDelay?: number;
  maxDelay?: number;
  signal?: AbortSignal;
  onRetry?: (message: string) => void;
  /**
   * Errors worth another try besides the transient ones (429, 5xx, connection resets), e.g.
   * a cloud's own way of saying "slow down" or "not visible yet".
   */
  retryable?: (err: unknown) => boolean;
  /** How a retry line names the error; the HTTP status (or the message) when absent or undefined. */
  describe?: (err: unknown) => string | undefined;
}

/** HTTP status of an SDK error, whichever SDK threw it. */
export function statusOf(err: unknown): number | undefined {
  const e = err as {
    status?: unknown;
    statusCode?: unknown;
    code?: unknown;
    httpStatusCode?: unknown;
    response?: { status?: unknown };
    $metadata?: { httpStatusCode?: unknown };
  };
  for (const v of [
    e?.httpStatusCode,
    e?.status,
    e?.statusCode,
    e?.response?.status,
    e?.$metadata?.httpStatusCode,
    e?.code,
  ]) {
    if (typeof v === 'number' && v >= 100 && v < 600) return v;
  }
  return undefined;
}

/**
 * `Retry-After` of an SDK error, in ms, when the server sent one. Its headers are a plain
 * object, or anything with a `get` (a fetch Headers, node-fetch's, Azure's HttpHeaders): read
 * by shape, never `instanceof Headers`, which would be false for node-fetch's and would load
 * Node's fetch implementation just to ask.
 */
export function retryAfterOf(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: unknown } })?.response?.headers;
  let raw: unknown;
  if (headers && typeof headers === 'object') {
    const get = (headers as { get?: unknown }).get;
    raw =
      typeof get === 'function'
        ? (get as (name: string) => unknown).call(headers, 'retry-after')
        : (headers as Record<string, unknown>)['retry-after'];
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(raw));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** 429 and 5xx are worth another try; any other 4xx is the caller's mistake. */
export function isTransient(err: unknown): boolean {
  const status = statusOf(err);
  if (status === undefined) {
    const code = (err as { code?: unknown })?.code;
    return (
      typeof code === 'string' &&
      ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED'].includes(code)
    );
  }
  return status === 429 || status >= 500;
}

/** Runs `fn`, retrying transient failures with backoff and honouring Retry-After. */
export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  opts: RetryOptions = {},
): Promise<T> {
  const attempts = opts.attempts ?? 6;
  let delay = opts.baseDelay ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof CancelledError || attempt >= attempts) throw err;
      if (!isTransient(err) && !opts.retryable?.(err)) throw err;
      const wait = retryAfterOf(err) ?? jitter(delay);
      opts.onRetry?.(
        `${what}: ${opts.describe?.(err) ?? statusOf(err) ?? (err as Error).message}, retrying in ${Math.ceil(wait / 100) / 10}s (attempt ${attempt + 1}/${attempts})`,
      );
      await sleep(wait, opts.signal);
      delay = Math.min(delay * 2, opts.maxDelay ?? 30_000);
    }
  }
}
