import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';

/** How many of the builder's last console lines a failure shows. */
export const TAIL_LINES = 50;

/**
 * Follows serial port 1 of the builder: each read asks only for what is new (`start`/`next`)
 * and hands complete lines on; the last lines are kept for failure messages.
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
    if (out.next !== undefined && out.next !== null) this.next = String(out.next);
    const text = this.partial + (out.contents ?? '');
    const lines = text.split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      this.tail.push(line);
      if (this.tail.length > TAIL_LINES) this.tail.shift();
      this.onLine(line);
    }
    return lines;
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
