import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';

/** How many of the builder's last console lines a failure shows. */
export const TAIL_LINES = 50;

/**
 * Follows serial port 1 of the builder: each read asks only for what is new (`start`/`next`)
 * and hands complete lines on; the last lines are kept for failure messages. GCE keeps only
 * the last 1 MB of a port: when what was asked for is gone, the answer's `start` is later than
 * asked (SerialPortOutput.start), and the loss is reported, not skipped in silence.
 */
export class SerialLog {
  private next = '0';
  private partial = '';
  private readonly tail: string[] = [];

  constructor(
    private readonly clients: GceClients,
    private readonly instance: { project: string; zone: string; instance: string },
    private readonly onLine: (line: string) => void,
  ) {}

  async read(ctx: RunContext): Promise<string[]> {
    const [out] = await call(ctx, 'read the serial console', () =>
      this.clients.instances.getSerialPortOutput(
        { ...this.instance, port: 1, start: this.next },
        CALL,
      ),
    );
    const lost = Number(out.start ?? this.next) - Number(this.next);
    if (lost > 0) {
      const gap = `[${lost} bytes of serial console output from ${this.instance.instance} were lost: the console keeps only its last 1 MB]`;
      ctx.reporter.warning(gap);
      this.keep(gap);
      // What was pending ended in the lost bytes.
      this.partial = '';
    }
    if (out.next !== undefined && out.next !== null) this.next = String(out.next);
    const text = this.partial + (out.contents ?? '');
    const lines = text.split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      this.keep(line);
      this.onLine(line);
    }
    return lines;
  }

  private keep(line: string): void {
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
  }

  /** The last lines seen, with any unterminated last line. */
  lastLines(): string[] {
    return this.partial ? [...this.tail, this.partial].slice(-TAIL_LINES) : [...this.tail];
  }

  /** Block for error messages: "last N serial console lines of X:\n  ...". */
  formatTail(): string {
    const lines = this.lastLines();
    if (lines.length === 0) return `(no serial console output from ${this.instance.instance})`;
    return [
      `last ${lines.length} serial console lines of ${this.instance.instance}:`,
      ...lines.map((l) => `  ${l}`),
    ].join('\n');
  }
}
