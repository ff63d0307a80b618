import type { Hazards } from '../hazards.js';
import { ArmError } from './errors.js';

/**
 * Resource Manager's subscription throttling since 2024: a token bucket per subscription
 * and kind of request (reads, writes, deletes), e.g. 250 read tokens refilled at 25 a
 * second; a request finding the bucket empty answers 429 SubscriptionRequestsThrottled with
 * Retry-After, and every answer says how many tokens are left
 * (learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling;
 * the 429's wording as quoted in velero-io/velero#9171).
 */

type Kind = 'read' | 'write' | 'delete';

const SIZE: Record<Kind, 'subscriptionReads' | 'subscriptionWrites' | 'subscriptionDeletes'> = {
  read: 'subscriptionReads',
  write: 'subscriptionWrites',
  delete: 'subscriptionDeletes',
};

/** The share of the bucket refilled each second: 25 of 250 reads, 10 of 200 writes or deletes. */
const REFILL: Record<Kind, number> = { read: 0.1, write: 0.05, delete: 0.05 };

/** The caller as ARM names it in the message; the emulator does not tell principals apart. */
const ACTOR = '00000000-0000-0000-0000-000000000000';

interface Bucket {
  size: number;
  tokens: number;
  at: number;
}

function kindOf(method: string): Kind {
  if (method === 'GET' || method === 'HEAD') return 'read';
  return method === 'DELETE' ? 'delete' : 'write';
}

export class Throttle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly hazards: () => Hazards) {}

  /**
   * Takes a token for a request: returns the headers its answer carries, or throws the 429
   * when the bucket is empty (a throttled request takes nothing).
   */
  take(subscription: string, method: string, now = Date.now()): Record<string, string> {
    const kind = kindOf(method);
    const size = this.hazards().arm[SIZE[kind]];
    if (size === 0) return {};
    const header = `x-ms-ratelimit-remaining-subscription-${kind}s`;
    const key = `${subscription.toLowerCase()}|${kind}`;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.size !== size) {
      bucket = { size, tokens: size, at: now };
      this.buckets.set(key, bucket);
    }
    const rate = size * REFILL[kind];
    bucket.tokens = Math.min(size, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
      throw new ArmError(
        429,
        'SubscriptionRequestsThrottled',
        `Number of '${kind}' requests for subscription '${subscription}' actor '${ACTOR}' exceeded. Please try again after '${seconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for additional information.`,
        { 'retry-after': String(seconds), [header]: '0' },
      );
    }
    bucket.tokens -= 1;
    return { [header]: String(Math.floor(bucket.tokens)) };
  }

  reset(): void {
    this.buckets.clear();
  }
}
