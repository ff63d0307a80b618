import type { Reporter, SourceLocation } from './reporter.js';

/**
 * One of several operations running at once in one log: every line carries its prefix
 * (`[azure] `), and groups become headed lines, because the runner's log groups cannot
 * interleave. Annotations and masking go through the shared reporter unchanged.
 */
export class PrefixedReporter implements Reporter {
  constructor(
    private readonly base: Reporter,
    private readonly prefix: string,
  ) {}

  info(message: string): void {
    this.base.info(this.mark(message));
  }

  warning(message: string, where?: SourceLocation): void {
    this.base.warning(`${this.prefix}${message}`, where);
  }

  error(message: string, where?: SourceLocation): void {
    this.base.error(`${this.prefix}${message}`, where);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.base.info(this.mark(`▸ ${title}`));
    return fn();
  }

  secret(value: string): void {
    this.base.secret(value);
  }

  private mark(message: string): string {
    return message
      .split('\n')
      .map((l) => this.prefix + l)
      .join('\n');
  }
}
