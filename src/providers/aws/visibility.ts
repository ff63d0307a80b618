import type { AwsConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { jitter, sleep } from '../../wait/sleep.js';
import type { RunContext } from '../provider.js';
import { call, errorCode } from './clients.js';

/**
 * EC2 is eventually consistent: for a while after RunInstances, CreateImage or CopyImage the
 * new resource answers NotFound to every call that names it, and TerminateInstances answering
 * NotFound "does not mean the instance is terminated"
 * (https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html). So NotFound for
 * something this run created means "not visible yet" for a bounded window; for anything else
 * it keeps its plain meaning.
 */
const NOT_VISIBLE_YET = new Set(['InvalidInstanceID.NotFound', 'InvalidAMIID.NotFound']);

/** The longest EC2 is given to know a resource it has made (AWS speaks of seconds). */
const VISIBILITY_WINDOW = 120_000;

export function isNotVisible(err: unknown): boolean {
  return NOT_VISIBLE_YET.has(errorCode(err) ?? '');
}

/** The window for `what` to become visible: two minutes, or the operation timeout if shorter. */
export function visibilityDeadline(aws: AwsConfig, what: string): Deadline {
  return new Deadline(what, Math.min(VISIBILITY_WINDOW, aws.timeouts.operation));
}

/** What each run (its reporter) was already told is not visible yet. */
const told = new WeakMap<object, Set<string>>();

/**
 * Says once per run, in one info line, that EC2 does not know a resource of this run yet,
 * however many calls (console, state, termination) meet it.
 */
export class VisibilityNote {
  constructor(
    private readonly ctx: RunContext,
    private readonly what: string,
  ) {}

  /** True (and noted) when `err` is EC2 not knowing the resource yet. */
  notVisible(err: unknown): boolean {
    if (!isNotVisible(err)) return false;
    const said = told.get(this.ctx.reporter) ?? new Set<string>();
    told.set(this.ctx.reporter, said);
    if (!said.has(this.what)) {
      said.add(this.what);
      this.ctx.reporter.info(
        `${this.what}: EC2 does not know it yet (${errorCode(err)}; its API is eventually consistent), waiting for it`,
      );
    }
    return true;
  }
}

/** Exhaustion of `whenVisible`: EC2 never came to know the resource within the window. */
export class NotVisibleError extends Error {
  override name = 'NotVisibleError';
}

/**
 * `fn` (one EC2 call), retried with backoff while `retryable(err)`, until `deadline`; then
 * `exhausted(err)`. `onFirst` reports the first such answer, once.
 */
export async function retryWithin<T>(
  ctx: RunContext,
  what: string,
  deadline: Deadline,
  fn: () => Promise<T>,
  opts: {
    retryable: (err: unknown) => boolean;
    onFirst: (err: unknown) => void;
    exhausted: (err: unknown) => Error;
  },
): Promise<T> {
  let interval = 250;
  for (let first = true; ; first = false) {
    try {
      return await call(ctx, what, fn);
    } catch (err) {
      if (!opts.retryable(err)) throw err;
      if (deadline.expired()) throw opts.exhausted(err);
      if (first) opts.onFirst(err);
      await sleep(Math.min(jitter(interval), deadline.remaining()), ctx.signal);
      interval = Math.min(interval * 2, 5000);
    }
  }
}

/**
 * One EC2 call naming a resource this run created (`deadline.what`), retried while EC2 does
 * not know it yet, until `deadline`; then one error line naming what was awaited.
 */
export function whenVisible<T>(
  ctx: RunContext,
  what: string,
  deadline: Deadline,
  fn: () => Promise<T>,
): Promise<T> {
  const note = new VisibilityNote(ctx, deadline.what);
  return retryWithin(ctx, what, deadline, fn, {
    retryable: isNotVisible,
    onFirst: (err) => note.notVisible(err),
    exhausted: (err) =>
      new NotVisibleError(
        `${what}: EC2 still answered ${errorCode(err)} after ${formatDuration(deadline.budget)} of waiting for ${deadline.what} to become visible`,
      ),
  });
}
