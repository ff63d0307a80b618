import { formatDuration } from './duration.js';
import { DeadlineError } from './errors.js';

/** A point in time by which `what` must have happened. */
export class Deadline {
  readonly start = Date.now();
  readonly at: number;

  constructor(
    readonly what: string,
    readonly budget: number,
  ) {
    this.at = this.start + budget;
  }

  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }

  elapsed(): number {
    return Date.now() - this.start;
  }

  expired(): boolean {
    return Date.now() >= this.at;
  }

  /** The error to throw on expiry; `detail` is appended (e.g. the builder's log tail). */
  error(detail?: string): DeadlineError {
    const head = `${this.what} did not finish within ${formatDuration(this.budget)}`;
    return new DeadlineError(detail ? `${head}\n${detail}` : head);
  }
}
