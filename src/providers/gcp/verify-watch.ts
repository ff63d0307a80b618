import {
  progressFromAttributes,
  progressFromConsole,
  type VerifyProgress,
} from '../../verify/report.js';
import { VerifyReports } from '../../verify/reports.js';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { DeadlineError } from '../../wait/errors.js';
import { pollUntil } from '../../wait/poll.js';
import { VerifyFault, type RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { GuestStatus } from './guest-status.js';
import { SerialLog } from './serial.js';
import { instanceStatus, type Builder } from './watch.js';

/*
 * Watching a verifier, per poll interval (the config's poll-interval, 1 s by default): its
 * status until it is first seen RUNNING (one read a poll), then its guest attributes (one read
 * a poll: the ready report, carrying the VM's clock, and each check's), its
 * serial console every CONSOLE_EVERY polls (the log tail; every poll when guest attributes are
 * off and the console is the only channel), and its status every STATUS_EVERY polls (a VM that
 * went down fails at once instead of at the deadline). About 1.3 requests a poll once running.
 * 10 s after the create request the looks for the ready report grow apart, up to 3 intervals
 * (time to ready is the VM's clock, so this costs no precision); 5 s after the ready report
 * the looks for the checks grow apart, up to 5 intervals.
 */
/** The console every this many polls while guest attributes report. */
export const CONSOLE_EVERY = 5;
/** The status every this many polls once RUNNING. */
export const STATUS_EVERY = 10;
/** How many poll intervals apart the looks for the ready report grow. */
export const READY_SPREAD = 3;
/** States of a VM that will not run its checks any more. */
const DOWN = new Set(['STOPPING', 'TERMINATED', 'STOPPED', 'SUSPENDING', 'SUSPENDED']);

export interface VerifierWatchOptions {
  clients: GceClients;
  vm: Builder;
  nonce: string;
  checkCount: number;
  /** When the create request was sent (Date.now()). */
  createdAt: number;
  /** The poll interval (ms). */
  interval: number;
}

/**
 * Follows a verifier: its status until RUNNING, then the verify script's reports through
 * guest attributes (namespace worker-image) and the serial console. Everything it has seen
 * stays readable (`progress`, `lastLines()`) when a wait runs out or a read fails.
 */
export class VerifierWatch {
  runningAt: number | undefined;
  status = 'PROVISIONING';
  private readonly serial: SerialLog;
  private readonly guest: GuestStatus;
  private readonly reports: VerifyReports;
  private polls = 0;

  constructor(
    private readonly o: VerifierWatchOptions,
    private readonly ctx: RunContext,
  ) {
    this.serial = new SerialLog(o.clients, o.vm, () => {});
    this.guest = new GuestStatus(o.clients, o.vm, 'verifier');
    this.reports = new VerifyReports(
      {
        name: `verifier ${o.vm.instance}`,
        checkCount: o.checkCount,
        createdAt: o.createdAt,
        request: 'create request',
      },
      ctx.reporter,
    );
  }

  get progress(): VerifyProgress {
    return this.reports.progress;
  }

  get readyAt(): number | undefined {
    return this.reports.readyAt;
  }

  private get name(): string {
    return this.o.vm.instance;
  }

  /** One look: the status while it matters, the guest attributes, now and then the console. */
  private async poll(): Promise<void> {
    const n = this.polls++;
    if (this.runningAt === undefined || n % STATUS_EVERY === 0) await this.readStatus();
    if (this.runningAt === undefined) return;
    const attributes = await this.guest.readAll(this.ctx);
    if (attributes) this.see(progressFromAttributes(attributes));
    if (this.guest.off || n % CONSOLE_EVERY === 0) await this.readConsole();
  }

  private async readStatus(): Promise<void> {
    const status = await instanceStatus(this.o.clients, this.o.vm, this.ctx);
    if (status !== this.status) this.ctx.reporter.info(`verifier ${this.name} is ${status}`);
    this.status = status;
    if (status === 'RUNNING') this.runningAt ??= Date.now();
    if (DOWN.has(status)) {
      await this.readConsole().catch(() => undefined);
      throw new VerifyFault(
        `verifier ${this.name} went ${status} before its verify script finished ` +
          `(${this.reported()})\n${this.serial.formatTail()}`,
      );
    }
  }

  /** Reads what is new on the console: the log tail, and the reports' fallback channel. */
  async readConsole(): Promise<void> {
    const lines = await this.serial.read(this.ctx);
    if (lines.length > 0) this.see(progressFromConsole(lines.join('\n'), this.o.nonce));
  }

  private see(now: VerifyProgress): void {
    this.reports.see(now);
  }

  private reported(): string {
    return this.reports.reported();
  }

  lastLines(): string[] {
    return this.serial.lastLines();
  }

  formatTail(): string {
    return this.serial.formatTail();
  }

  /** The console's last lines for an error message, read once more (a failed read is no matter). */
  private async tail(): Promise<string> {
    await this.readConsole().catch(() => undefined);
    return this.formatTail();
  }

  /** Until the ready report, by `deadline` (counted from the create request). */
  async waitReady(deadline: Deadline): Promise<void> {
    await pollUntil(
      async () => {
        await this.poll();
        return this.readyAt !== undefined ? true : undefined;
      },
      {
        deadline,
        interval: this.o.interval,
        // Time to ready is the VM's own clock (held within the looks around it), not when a
        // look saw the report: after 10 s the looks grow apart, up to READY_SPREAD polls.
        backoff: 1.5,
        maxInterval: this.o.interval * READY_SPREAD,
        backoffAfter: 10_000,
        signal: this.ctx.signal,
        progress: (elapsed) =>
          this.ctx.reporter.info(
            `… verifier ${this.name}: ${this.status}, no ready report yet, ${elapsed} elapsed (limit ${formatDuration(deadline.budget)})`,
          ),
      },
    ).catch(async (err: unknown) => {
      if (!(err instanceof DeadlineError)) throw err;
      throw new DeadlineError(
        `verifier ${this.name} was not ready within ${formatDuration(deadline.budget)} of its create ` +
          `request (${this.status}, no ready report from its verify script)\n${await this.tail()}`,
      );
    });
  }

  /** Until the done report, by `deadline` (counted from the ready report); then the console once more. */
  async waitDone(deadline: Deadline): Promise<void> {
    await pollUntil(
      async () => {
        await this.poll();
        return this.progress.failed !== undefined ? true : undefined;
      },
      {
        deadline,
        interval: this.o.interval,
        // Checks done within 5 s are seen within a poll; longer ones at a calmer pace (each
        // check's own duration is the VM's measure, so only the step's end waits for it): up
        // to 5 polls apart after 5 s (quotas are per project; the bench measures the rate of a
        // whole verification, see BENCHMARKS.md).
        backoff: 1.5,
        maxInterval: this.o.interval * 5,
        backoffAfter: 5000,
        signal: this.ctx.signal,
        progress: (elapsed) =>
          this.ctx.reporter.info(
            `… verifier ${this.name}: ${this.reported()}, ${elapsed} elapsed (limit ${formatDuration(deadline.budget)})`,
          ),
      },
    ).catch(async (err: unknown) => {
      if (!(err instanceof DeadlineError)) throw err;
      throw new DeadlineError(
        `the checks on verifier ${this.name} did not all report within ${formatDuration(deadline.budget)} ` +
          `of its ready report (${this.reported()})\n${await this.tail()}`,
      );
    });
    // The last lines (a failing check's output) for the verdict; the reports are in already.
    await this.readConsole().catch(() => undefined);
  }
}
