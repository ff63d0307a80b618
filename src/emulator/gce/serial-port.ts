/** GCE keeps the last 1 MB of each serial port; older output is gone. */
const ONE_MB = 1024 * 1024;

export interface SerialRead {
  contents: string;
  /** Where `contents` starts: later than asked for when the asked-for bytes were discarded. */
  start: number;
  /** Where the next read should start. */
  next: number;
}

/**
 * A serial port as `getSerialPortOutput` reads it: byte offsets into everything ever
 * written. Whole lines are appended, so `next` always falls on a character boundary.
 */
export class SerialPort {
  private buffer = Buffer.alloc(0);
  /** Bytes discarded from the front. */
  private dropped = 0;

  /** `retained`: how many bytes the port keeps, read at each write; 0 keeps everything. */
  constructor(private readonly retained: () => number = () => ONE_MB) {}

  writeLine(line: string): void {
    this.buffer = Buffer.concat([this.buffer, Buffer.from(`${line}\n`, 'utf8')]);
    const keep = this.retained();
    const excess = keep > 0 ? this.buffer.length - keep : 0;
    if (excess > 0) {
      const cut = this.buffer.indexOf(0x0a, excess - 1) + 1 || this.buffer.length;
      this.buffer = this.buffer.subarray(cut);
      this.dropped += cut;
    }
  }

  /** The offset just past the last byte written. */
  end(): number {
    return this.dropped + this.buffer.length;
  }

  read(start: number): SerialRead {
    const end = this.end();
    if (start >= end) return { contents: '', start, next: start };
    const from = Math.max(start, this.dropped);
    return {
      contents: this.buffer.subarray(from - this.dropped).toString('utf8'),
      start: from,
      next: end,
    };
  }

  text(): string {
    return this.buffer.toString('utf8');
  }
}
