import type { Reporter } from '../log/reporter.js';
import { formatDuration } from '../wait/duration.js';
import { describe, type CreatedResource, type ResourceLedger } from './resources.js';

export interface Step {
  /** Shown as the log group title: the procedure's own words ("Create builder"). */
  name: string;
  run(): Promise<void>;
}

export interface DeleteOptions {
  /** Wait for the deletion to finish (false on cancellation: the runner kills us soon). */
  wait: boolean;
  reporter: Reporter;
  /**
   * A deletion in several steps says what is left once a step is done (an AMI deregistered
   * leaves its snapshots): the ledger records that in the resource's place.
   */
  progress?: (left: CreatedResource[]) => void;
}

/**
 * `deleted`: the resource is gone, even though `wait` was false (the deletion is synchronous,
 * as deregistering an AMI and deleting its snapshots is); `requested` (or nothing): with `wait`
 * false, the deletion was only asked for and the post step confirms it.
 */
export type DeleteOutcome = 'deleted' | 'requested';

export type DeleteResource = (
  r: CreatedResource,
  opts: DeleteOptions,
) => Promise<DeleteOutcome | void>;

export interface StepTiming {
  name: string;
  ms: number;
}

export interface RunStepsOptions {
  reporter: Reporter;
  ledger: ResourceLedger;
  deleteResource: DeleteResource;
  signal?: AbortSignal;
}

/**
 * Packer's multistep, with cleanup by resource: runs the steps in order; whatever happens,
 * deletes what they recorded in reverse order, keeping the products only on success.
 */
export async function runSteps(steps: Step[], opts: RunStepsOptions): Promise<StepTiming[]> {
  const timings: StepTiming[] = [];
  let failure: unknown;
  try {
    for (const step of steps) {
      const start = Date.now();
      await opts.reporter.group(step.name, () => step.run());
      timings.push({ name: step.name, ms: Date.now() - start });
    }
  } catch (err) {
    failure = err;
  }
  await cleanup(opts, failure === undefined);
  if (failure !== undefined) throw failure;
  return timings;
}

/**
 * Deletes recorded resources in reverse, keeping `on-success` ones when the run succeeded.
 * A resource that cannot be deleted stays in the ledger (for the post step and `gc`).
 */
export async function cleanup(opts: RunStepsOptions, succeeded: boolean): Promise<void> {
  const items = opts.ledger.list().reverse();
  const doomed = items.filter((r) => !(succeeded && r.keep === 'on-success'));
  for (const r of items) if (!doomed.includes(r)) opts.ledger.release(r);
  if (doomed.length === 0) return;
  await opts.reporter.group('Clean up', async () => {
    for (const r of doomed) {
      const start = Date.now();
      const wait = !opts.signal?.aborted;
      let held = [r];
      const progress = (left: CreatedResource[]): void => {
        opts.ledger.replace(held, left);
        held = left;
      };
      try {
        const outcome = await opts.deleteResource(r, { wait, reporter: opts.reporter, progress });
        if (wait || outcome === 'deleted') {
          for (const h of held) opts.ledger.release(h);
          opts.reporter.info(`deleted ${describe(r)} (${formatDuration(Date.now() - start)})`);
        } else {
          // Cancelled: the runner kills us within seconds, so the post step confirms it.
          opts.reporter.info(`deletion of ${describe(r)} requested`);
        }
      } catch (err) {
        opts.reporter.warning(
          `could not delete ${describe(r)}: ${(err as Error).message.replace(/\.$/, '')}. ` +
            'The post step retries; `worker-image gc` finds it by its worker-image-run label.',
        );
      }
    }
  });
}
