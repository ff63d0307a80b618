/**
 * Every emulated delay goes through here, so none keeps the process alive (unref) and stop()
 * can cancel whatever is still pending.
 */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly onError: (err: unknown) => void) {}

  /** Runs `fn` after `ms`; returns a function that cancels it. */
  after(ms: number, fn: () => void | Promise<void>): () => void {
    if (this.closed) return () => undefined;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      try {
        Promise.resolve(fn()).catch(this.onError);
      } catch (err) {
        this.onError(err);
      }
    }, ms);
    timer.unref();
    this.pending.add(timer);
    return () => {
      clearTimeout(timer);
      this.pending.delete(timer);
    };
  }

  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  /** Clears everything and ignores later requests: work still unwinding after stop() stays inert. */
  close(): void {
    this.closed = true;
    this.clear();
  }
}
