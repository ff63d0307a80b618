import type { Deadline } from './deadline.js';
import { formatDuration } from './duration.js';
import { CancelledError } from './errors.js';
import { jitter, sleep } from './sleep.js';

export interface PollOptions {
  deadline: Deadline;
  /** First interval; grows by `backoff` up to `maxInterval`. */
  interval: number;
  maxInterval?: number;
  backoff?: number;
  /**
   * The interval stays at `interval` for this long (ms from the first call) before it grows:
   * brisk while what is awaited is due, calmer once it is late. Default 0.
   */
  backoffAfter?: number;
  signal?: AbortSignal;
  /** Prints a progress line at least this often (default 30 s). */
  progressEvery?: number;
  progress?: (elapsed: string) => void;
  /** Extra text for the deadline error, e.g. the builder's log tail. */
  onExpiry?: () => Promise<string | undefined>;
}

/**
 * Calls `check` until it returns a value other than undefined, sleeping between calls.
 * Throws the deadline's error on expiry and CancelledError when the signal aborts.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  opts: PollOptions,
): Promise<T> {
  const every = opts.progressEvery ?? 30_000;
  let interval = opts.interval;
  const start = Date.now();
  let lastProgress = start;
  for (;;) {
    if (opts.signal?.aborted) throw new CancelledError();
    const value = await check();
    if (value !== undefined) return value;
    if (opts.deadline.expired()) throw opts.deadline.error(await opts.onExpiry?.());
    if (opts.progress && Date.now() - lastProgress >= every) {
      lastProgress = Date.now();
      opts.progress(formatDuration(opts.deadline.elapsed()));
    }
    await sleep(Math.min(jitter(interval), opts.deadline.remaining()), opts.signal);
    if (Date.now() - start >= (opts.backoffAfter ?? 0)) {
      interval = Math.min(interval * (opts.backoff ?? 1), opts.maxInterval ?? interval);
    }
  }
}
