import type { Milliseconds } from '../config/types.js';
import type { VerifyObservation } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';
import { formatDuration } from '../wait/duration.js';

export type CheckStatus = 'passed' | 'failed' | 'timed-out' | 'not-run';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** How long it ran, as the VM measured it (one decimal); absent when it did not report. */
  seconds?: number;
  /** Its exit status, when it reported one. */
  exit?: number;
}

/** A verification's verdict: what the summary, the manifest and the outputs show. */
export interface VerifyResult {
  cloud: Cloud;
  /** The image verified, as its cloud names it, and its full id. */
  imageName: string;
  imageId: string;
  /** The VM booted from it (deleted by now). */
  vm: string;
  checks: CheckResult[];
  /**
   * Seconds from the create request until the ready report was seen (one decimal). It includes
   * the latency of the poll that saw it, so it is an upper bound of the VM's own time to ready.
   * Absent when the VM did not report ready within its limit.
   */
  timeToReadyS?: number;
  /** The time-to-ready budget, in seconds. */
  budgetS: number;
  /** Every check exited 0 and the VM was ready within the budget. */
  verified: boolean;
  /** Why it was not verified, one sentence each; empty when it was. */
  reasons: string[];
  /** The console's (or run-command's) last lines. */
  logTail: string[];
}

/** What the checks were and how long each might run: the evaluation's yardstick. */
export interface VerifyLimits {
  checks: readonly { name: string; timeout: Milliseconds }[];
  /** `time-to-ready`: the budget the image must meet. */
  budgetMs: Milliseconds;
  /** How long the wait for the ready report lasted at most (the budget plus a grace). */
  readyLimitMs: Milliseconds;
  /** The VM's misbehaviour that ended the watch early (VerifyFault, a wait run out), if any. */
  fault?: string;
}

const oneDecimal = (ms: number): number => Math.round(ms / 100) / 10;

/** The observation judged: a status per check, time to ready against the budget, the reasons. */
export function evaluate(
  target: { cloud: Cloud; imageName: string; imageId: string },
  seen: VerifyObservation,
  limits: VerifyLimits,
): VerifyResult {
  const reasons: string[] = limits.fault ? [limits.fault] : [];
  const readyMs = seen.readyAt === undefined ? undefined : seen.readyAt - seen.createdAt;
  const budget = formatDuration(limits.budgetMs);
  if (readyMs === undefined) {
    reasons.push(
      `the VM did not report ready within ${formatDuration(limits.readyLimitMs)} of its create request ` +
        `(budget ${budget}), so no check reported`,
    );
  } else if (readyMs > limits.budgetMs) {
    reasons.push(
      `time to ready ${oneDecimal(readyMs)} s is over the ${budget} budget (time-to-ready)`,
    );
  }
  const checks = limits.checks.map((check, index): CheckResult => {
    const outcome = seen.progress.checks.find((c) => c.index === index);
    if (!outcome) return { name: check.name, status: 'not-run' };
    const seconds = oneDecimal(outcome.ms);
    const status: CheckStatus = outcome.timedOut
      ? 'timed-out'
      : outcome.exit === 0
        ? 'passed'
        : 'failed';
    if (status === 'timed-out') {
      reasons.push(
        `check ${check.name} did not finish within its ${formatDuration(check.timeout)} limit (stopped after ${seconds} s)`,
      );
    } else if (status === 'failed') {
      reasons.push(
        `check ${check.name} failed with exit status ${outcome.exit} after ${seconds} s`,
      );
    }
    return { name: check.name, status, seconds, exit: outcome.exit };
  });
  const missing = checks.filter((c) => c.status === 'not-run').map((c) => c.name);
  if (missing.length > 0 && readyMs !== undefined) {
    reasons.push(
      `${missing.length === 1 ? 'check' : 'checks'} ${missing.join(', ')} did not report before the checks' time limits and margin ran out`,
    );
  }
  return {
    cloud: target.cloud,
    imageName: target.imageName,
    imageId: target.imageId,
    vm: seen.vm,
    checks,
    ...(readyMs !== undefined ? { timeToReadyS: oneDecimal(readyMs) } : {}),
    budgetS: oneDecimal(limits.budgetMs),
    verified: reasons.length === 0,
    reasons,
    logTail: seen.logTail,
  };
}

/** A line per check and one for time to ready, for the log. */
export function resultLines(result: VerifyResult): string[] {
  const width = Math.max(...result.checks.map((c) => c.name.length), 0);
  const lines = result.checks.map((c) => {
    const took = c.seconds === undefined ? '' : ` ${c.seconds.toFixed(1)} s`;
    const exit = c.status === 'failed' ? ` (exit ${c.exit})` : '';
    return `${c.status === 'passed' ? '✓' : '✗'} ${c.name.padEnd(width)}  ${c.status}${took}${exit}`;
  });
  const ready =
    result.timeToReadyS === undefined
      ? `time to ready: not ready (budget ${result.budgetS} s)`
      : `time to ready: ${result.timeToReadyS.toFixed(1)} s (budget ${result.budgetS} s${
          result.timeToReadyS > result.budgetS ? ', over' : ''
        })`;
  return [...lines, ready];
}

/**
 * The job summary's table for one verification: check, status, seconds, then time to ready
 * against the budget. The first row is the header.
 */
export function summaryRows(result: VerifyResult): string[][] {
  const ready =
    result.timeToReadyS === undefined
      ? 'not ready'
      : result.timeToReadyS > result.budgetS
        ? 'over budget'
        : 'within budget';
  return [
    ['Check', 'Status', 'Seconds'],
    ...result.checks.map((c) => [c.name, c.status, c.seconds?.toFixed(1) ?? '']),
    [
      `time to ready (budget ${result.budgetS.toFixed(1)} s)`,
      ready,
      result.timeToReadyS?.toFixed(1) ?? '',
    ],
  ];
}
