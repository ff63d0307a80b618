import type { Milliseconds } from '../config/types.js';
import type { VerifyConfig } from '../config/verify.js';

/** The verify script stops a check at its limit and kills it this long after (timeout -k 5). */
export const KILL_AFTER_MS: Milliseconds = 5_000;
/** Time for the last report to travel (console buffering, a guest attribute PUT, a poll). */
export const CHECKS_MARGIN_MS: Milliseconds = 30_000;
/** The most a VM may be late on its time-to-ready budget and still be waited for. */
export const MAX_READY_GRACE_MS: Milliseconds = 120_000;

export interface WaitLimits {
  /**
   * From the create request until the ready report: the budget plus a grace of as much again
   * (at most 2 min), so a slow image still reports how slow it was, and the wait stays bounded.
   */
  readyLimitMs: Milliseconds;
  /** From the ready report until every check reported: their limits, each kill, a margin. */
  checksLimitMs: Milliseconds;
}

export function waitLimits(verify: VerifyConfig): WaitLimits {
  const grace = Math.min(verify.timeToReady, MAX_READY_GRACE_MS);
  const checks = verify.checks.reduce((sum, c) => sum + c.timeout + KILL_AFTER_MS, 0);
  return {
    readyLimitMs: verify.timeToReady + grace,
    checksLimitMs: checks + CHECKS_MARGIN_MS,
  };
}
