import { EC2Client } from '@aws-sdk/client-ec2';
import type { RunContext } from '../provider.js';
import { statusOf, withRetry } from '../../wait/retry.js';
import { abortable } from '../../wait/sleep.js';

/**
 * An EC2 client for one region. Credentials come from the SDK's default chain (environment,
 * the web identity aws-actions/configure-aws-credentials sets up, profiles, instance roles);
 * the endpoint from `opts.endpoint` or else the SDK's own resolution (`AWS_ENDPOINT_URL_EC2`,
 * then the regional endpoint).
 *
 * The SDK's retries are off: callers wrap calls in `withRetry` (see `call`), whose retries are
 * bounded, back off, honour Retry-After and stop on cancellation.
 */
export async function ec2Client(region: string, opts: { endpoint?: string }): Promise<EC2Client> {
  return new EC2Client({
    region,
    maxAttempts: 1,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
  });
}

/** One EC2 call, retried when transient (throttling, 5xx), abandoned on cancellation. */
export function call<T>(ctx: RunContext, what: string, fn: () => Promise<T>): Promise<T> {
  return withRetry(what, () => abortable(fn(), ctx.signal), {
    signal: ctx.signal,
    onRetry: (m) => ctx.reporter.info(m),
  });
}

/** EC2 names errors by code: `InvalidAMIID.NotFound`, `InvalidInstanceID.NotFound`, ... */
export function errorCode(err: unknown): string | undefined {
  const name = (err as { name?: unknown })?.name;
  return typeof name === 'string' ? name : undefined;
}

/** The resource is gone (or never was): what deletion treats as done. */
export function isGone(err: unknown): boolean {
  const code = errorCode(err) ?? '';
  return code.endsWith('.NotFound') || code === 'InvalidAMIID.Unavailable';
}

/** One client per region, made at first use: `(region) => client`. */
export function regionalClients(
  endpoint: string | undefined,
): (region: string) => Promise<EC2Client> {
  const clients = new Map<string, Promise<EC2Client>>();
  return (region) => {
    if (!clients.has(region)) clients.set(region, ec2Client(region, { endpoint }));
    return clients.get(region)!;
  };
}

/** EC2 refused the request outright (4xx): it made nothing, so nothing is to be found later. */
export function refused(err: unknown): boolean {
  const status = statusOf(err);
  return status !== undefined && status >= 400 && status < 500;
}
