import type { Reporter } from '../log/reporter.js';
import { formatDuration } from '../wait/duration.js';
import { mergeProgress, type CheckOutcome, type VerifyProgress } from './report.js';

export interface VerifyReportsOptions {
  /** How the log names the VM: `verifier wi-verify-…`. */
  name: string;
  checkCount: number;
  /** When the VM was asked for (Date.now()), and what that request is called. */
  createdAt: number;
  request: 'create request' | 'launch request';
}

/**
 * What a verifier's script has reported, merged from every read of every channel (guest
 * attributes, console), with the lines a user follows in the log: ready (once, with the time
 * since the create request) and each check as it reports (once).
 */
export class VerifyReports {
  progress: VerifyProgress = { checks: [] };
  readyAt: number | undefined;
  private readonly printed = new Set<number>();
  /** When the last look that found no ready report came back (at first the create request). */
  private notReadyAt: number;

  constructor(
    private readonly o: VerifyReportsOptions,
    private readonly reporter: Reporter,
  ) {
    this.notReadyAt = o.createdAt;
  }

  see(now: VerifyProgress): void {
    this.progress = mergeProgress(this.progress, now);
    const seenAt = Date.now();
    if (this.progress.readyUptime === undefined) this.notReadyAt = seenAt;
    else if (this.readyAt === undefined) {
      this.readyAt = readyTime(this.progress.readyClock, this.notReadyAt, seenAt);
      this.reporter.info(
        `${this.o.name} ready ${formatDuration(this.readyAt - this.o.createdAt)} after the ${this.o.request} ` +
          `(uptime ${this.progress.readyUptime}s when the verify script started)`,
      );
    }
    for (const c of this.progress.checks) this.print(c);
  }

  /** How far the script got, for a progress line or an error. */
  reported(): string {
    if (this.progress.readyUptime === undefined) return 'no ready report';
    return `${this.progress.checks.length} of ${this.o.checkCount} checks reported`;
  }

  private print(c: CheckOutcome): void {
    if (this.printed.has(c.index)) return;
    this.printed.add(c.index);
    const verdict = c.exit === 0 ? 'passed' : c.timedOut ? 'timed out' : 'failed';
    this.reporter.info(
      `check ${c.index + 1}/${this.o.checkCount} ${verdict} (exit ${c.exit}, ${formatDuration(c.ms)})`,
    );
  }
}

/**
 * When the VM was ready: its own clock's reading, so the figure does not depend on how often
 * the reports are read, held within what the runner saw (no earlier than the last look that
 * found no report, no later than the one that found it). A skewed clock is caught by the
 * bounds, leaning late, never flatteringly early. Without the VM's reading (a script that
 * predates it), the look that found it.
 */
export function readyTime(clock: number | undefined, notReadyAt: number, seenAt: number): number {
  if (clock === undefined) return seenAt;
  return Math.min(Math.max(clock, notReadyAt), seenAt);
}
