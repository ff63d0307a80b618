import type { EC2Client, Instance } from '@aws-sdk/client-ec2';
import { progressFromConsole, type VerifyProgress } from '../../verify/report.js';
import { VerifyReports } from '../../verify/reports.js';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { pollUntil } from '../../wait/poll.js';
import { VerifyFault, type RunContext } from '../provider.js';
import { ConsoleLog, TAIL_LINES } from './console.js';
import { VisibilityNote } from './visibility.js';
import { describeInstance } from './watch.js';

/** Once the verifier is running, its state is read every this many polls (to see it die). */
const STATE_EVERY = 5;
const DOWN = new Set(['stopping', 'stopped', 'shutting-down', 'terminated']);

export interface VerifierWatchOptions {
  client: EC2Client;
  instanceId: string;
  instanceType: string;
  nonce: string;
  checkCount: number;
  /** When the launch request was sent (Date.now()). */
  createdAt: number;
  /** First poll interval (ms); after 10 s the ready and checks waits grow it to `maxInterval`. */
  interval: number;
  maxInterval: number;
}

/**
 * Follows a verifier: its state until it is first seen running, and its live console
 * (GetConsoleOutput Latest=true) for the verify script's nonce'd lines. Everything it has seen
 * stays readable (`progress`, `tail`) when a wait runs out.
 */
export class VerifierWatch {
  runningAt: number | undefined;
  state = 'pending';
  readonly tail: string[] = [];
  private readonly log: ConsoleLog;
  private readonly visibility: VisibilityNote;
  private readonly reports: VerifyReports;
  private polls = 0;

  constructor(
    private readonly o: VerifierWatchOptions,
    private readonly ctx: RunContext,
  ) {
    this.log = new ConsoleLog(
      o.client,
      () => o.instanceId,
      (line) => {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
      },
      ctx,
      'verifier',
    );
    this.visibility = new VisibilityNote(ctx, `verifier ${o.instanceId}`);
    this.reports = new VerifyReports(
      {
        name: `verifier ${o.instanceId}`,
        checkCount: o.checkCount,
        createdAt: o.createdAt,
        request: 'launch request',
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

  private async readInstance(): Promise<Instance | undefined> {
    try {
      return await describeInstance(this.o.client, this.o.instanceId, this.ctx, 'verifier');
    } catch (err) {
      if (this.visibility.notVisible(err)) return undefined;
      throw err;
    }
  }

  /** One look: the state while it matters, then the console. */
  private async poll(): Promise<void> {
    const first = this.polls++ === 0;
    if (this.runningAt === undefined || (!first && this.polls % STATE_EVERY === 0)) {
      const instance = await this.readInstance();
      if (instance) this.seeState(instance);
    }
    if (this.runningAt === undefined) return;
    const text = await this.log.read(this.ctx);
    if (this.log.buffered) {
      throw new Error(
        `verifier ${this.o.instanceId} runs on ${this.o.instanceType}, which has no live console: EC2 ` +
          'posts the console of a Xen instance type only at state changes, so the verify script cannot be ' +
          'followed while the instance runs. Verify on an instance type built on the Nitro System ' +
          '(aws.verify.instance-type, e.g. t3, m5, c6i)',
      );
    }
    this.reports.see(progressFromConsole(text, this.o.nonce));
  }

  private seeState(instance: Instance): void {
    const state = String(instance.State?.Name ?? 'unknown');
    if (state !== this.state) this.ctx.reporter.info(`verifier ${this.o.instanceId} is ${state}`);
    this.state = state;
    if (state === 'running') this.runningAt ??= Date.now();
    if (DOWN.has(state)) {
      const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : '';
      // EC2's state reason says whose doing it was: Client.InstanceInitiatedShutdown (the
      // image shut itself down) is the image failing; Server.* (capacity, an internal error)
      // and a user's own stop are the cloud's, with no verdict on the image.
      const byImage = instance.StateReason?.Code === 'Client.InstanceInitiatedShutdown';
      throw new (byImage ? VerifyFault : Error)(
        `verifier ${this.o.instanceId} went ${state}${reason} before its verify script finished ` +
          `(${this.reported()})\n${this.formatTail()}`,
      );
    }
  }

  private reported(): string {
    return this.reports.reported();
  }

  formatTail(): string {
    return this.log.formatTail();
  }

  /** How both waits space their looks: brisk for 10 s, then growing apart to `maxInterval`. */
  private spacing(): { maxInterval: number; backoff: number; backoffAfter: number } {
    return { maxInterval: this.o.maxInterval, backoff: 1.5, backoffAfter: 10_000 };
  }

  /** Until the verify script's ready line, by `deadline` (counted from the launch request). */
  async waitReady(deadline: Deadline): Promise<void> {
    await pollUntil(
      async () => {
        await this.poll();
        return this.readyAt !== undefined ? true : undefined;
      },
      {
        deadline,
        interval: this.o.interval,
        // Time to ready is the VM's own clock (see VerifyReports), not when the console showed
        // the report: the looks may grow apart, as for the checks.
        ...this.spacing(),
        signal: this.ctx.signal,
        progress: (elapsed) =>
          this.ctx.reporter.info(
            `… verifier ${this.o.instanceId}: ${this.state}, no ready report yet, ${elapsed} elapsed (limit ${formatDuration(deadline.budget)})`,
          ),
        onExpiry: async () => `(${this.state}; ${this.reported()})\n${this.formatTail()}`,
      },
    );
  }

  /** Until the verify script's done line, by `deadline` (counted from the ready report). */
  async waitDone(deadline: Deadline): Promise<void> {
    await pollUntil(
      async () => {
        await this.poll();
        return this.progress.failed !== undefined ? true : undefined;
      },
      {
        deadline,
        interval: this.o.interval,
        ...this.spacing(),
        signal: this.ctx.signal,
        progress: (elapsed) =>
          this.ctx.reporter.info(
            `… verifier ${this.o.instanceId}: ${this.reported()}, ${elapsed} elapsed (limit ${formatDuration(deadline.budget)})`,
          ),
        onExpiry: async () => `(${this.reported()})\n${this.formatTail()}`,
      },
    );
  }
}
