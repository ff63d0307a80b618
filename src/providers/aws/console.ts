import { GetConsoleOutputCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { statusOf } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import { call, errorCode } from './clients.js';
import { VisibilityNote } from './visibility.js';

/** How many of the builder's last console lines a failure shows. */
export const TAIL_LINES = 50;

/**
 * Follows the builder's console through GetConsoleOutput, which returns the last 64 KB as a
 * whole each time: new lines are what follows the text seen before. `Latest` (the live
 * console) is asked for first; it is for Nitro instance types only, so a type on Xen (t2, m4,
 * c4, ...) refuses it and gets the default, buffered console: output posted at state changes
 * (running, stopped), so the script's status may show only once the builder has stopped
 * (GetConsoleOutput API reference).
 */
export class ConsoleLog {
  private text = '';
  private latest = true;
  private readonly tail: string[] = [];
  private readonly visibility: VisibilityNote;

  constructor(
    private readonly client: EC2Client,
    private readonly instanceId: () => string,
    private readonly onLine: (line: string) => void,
    ctx: RunContext,
    /** What the instance is, in messages: `builder`, `verifier`. */
    private readonly noun = 'builder',
  ) {
    this.visibility = new VisibilityNote(ctx, `${noun} ${instanceId()}`);
  }

  /** The instance type has no live console: output shows at state changes only. */
  get buffered(): boolean {
    return !this.latest;
  }

  /**
   * Reads the console; returns everything it now holds (what was seen before while EC2 does
   * not know the just-launched builder yet).
   */
  async read(ctx: RunContext): Promise<string> {
    const InstanceId = this.instanceId();
    let out;
    try {
      out = await call(ctx, 'read the console output', () =>
        this.client.send(
          new GetConsoleOutputCommand({ InstanceId, Latest: this.latest || undefined }),
        ),
      );
    } catch (err) {
      if (this.visibility.notVisible(err)) return this.text;
      if (!this.latest || !refusesLatest(err)) throw err;
      ctx.reporter.info(
        `${this.noun} ${InstanceId} has no live console (${errorCode(err)}: Latest is for Nitro instance types); ` +
          `reading the buffered one, which shows the script status once the ${this.noun} stops`,
      );
      this.latest = false;
      return this.read(ctx);
    }
    const text = out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
    this.follow(text);
    return text;
  }

  private follow(text: string): void {
    let fresh: string;
    if (text.startsWith(this.text)) fresh = text.slice(this.text.length);
    else {
      // The 64 KB window moved on: continue after the last text seen, if it is still there.
      const anchor = this.text.slice(-200);
      const at = anchor ? text.lastIndexOf(anchor) : -1;
      fresh = at >= 0 ? text.slice(at + anchor.length) : text;
    }
    // Only whole lines: a partial last line is shown once it is complete.
    const end = fresh.lastIndexOf('\n') + 1;
    this.text = text.slice(0, text.length - (fresh.length - end));
    for (const line of fresh.slice(0, end).split(/\r?\n/).slice(0, -1)) {
      this.tail.push(line);
      if (this.tail.length > TAIL_LINES) this.tail.shift();
      this.onLine(line);
    }
  }

  /** Block for error messages: "last N console lines of i-…:\n  ...". */
  formatTail(): string {
    const id = this.instanceId();
    if (this.tail.length === 0) return `(no console output from ${id} yet)`;
    return [
      `last ${this.tail.length} console lines of ${id}:`,
      ...this.tail.map((l) => `  ${l}`),
    ].join('\n');
  }
}

/**
 * EC2 refusing `Latest` for the instance type: UnsupportedOperation, or any other client error
 * but a missing instance or throttling (the wording for Xen types is not documented).
 */
function refusesLatest(err: unknown): boolean {
  const status = statusOf(err);
  const code = errorCode(err) ?? '';
  if (code === 'UnsupportedOperation') return true;
  return (
    status !== undefined &&
    status >= 400 &&
    status < 500 &&
    status !== 429 &&
    !code.startsWith('InvalidInstanceID.') &&
    !['RequestLimitExceeded', 'Throttling', 'AuthFailure', 'UnauthorizedOperation'].includes(code)
  );
}
