import { TerminateInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { sleep } from '../../wait/sleep.js';
import type { RunContext } from '../provider.js';
import { call, isGone } from './clients.js';
import { listInstances } from './pages.js';
import { isNotVisible, visibilityDeadline, whenVisible } from './visibility.js';
import { waitForInstanceState } from './watch.js';

export interface Termination {
  aws: AwsConfig;
  /** Confirm by state that it is `terminated` (false when cancelled: the post step confirms). */
  wait: boolean;
  /**
   * This run launched it: NotFound means EC2 does not know it yet, and TerminateInstances
   * answering NotFound has terminated nothing. For anything else NotFound means gone.
   */
  ours: boolean;
  /** What the instance is, in messages (default builder). */
  role?: 'builder' | 'verifier';
}

/**
 * Terminates a builder (or a verifier: opts.role) and, when waiting, confirms by its state that
 * it is terminated.
 */
export async function terminateBuilder(
  client: EC2Client,
  id: string,
  ctx: RunContext,
  opts: Termination,
): Promise<void> {
  const role = opts.role ?? 'builder';
  const what = `terminate ${role} ${id}`;
  const send = () => client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
  try {
    if (opts.ours && opts.wait) {
      await whenVisible(ctx, what, visibilityDeadline(opts.aws, `${role} ${id}`), send);
    } else {
      await call(ctx, what, send);
    }
  } catch (err) {
    if (opts.ours && isNotVisible(err)) {
      ctx.reporter.info(`${what}: EC2 does not know it yet; the post step terminates it`);
      return;
    }
    if (isGone(err)) return;
    throw err;
  }
  if (!opts.wait) return;
  await waitForInstanceState(
    client,
    id,
    ['terminated'],
    new Deadline(`terminating ${role} ${id}`, opts.aws.timeouts.operation),
    opts.aws.pollInterval,
    ctx,
    role,
  );
}

/**
 * What a listing finds of something this run may have made without learning its id (the
 * answer to RunInstances or CopyImage was lost). EC2 lists a new resource only after a while:
 * an empty listing is believed only once the visibility window has passed. Cancelled
 * (`wait` false), one look, and the post step looks again.
 */
export async function findMade<T>(
  ctx: RunContext,
  aws: AwsConfig,
  what: string,
  wait: boolean,
  list: () => Promise<T[]>,
): Promise<T[]> {
  const deadline = visibilityDeadline(aws, what);
  let interval = 250;
  for (let first = true; ; first = false) {
    const found = await list();
    if (found.length > 0 || !wait) return found;
    if (deadline.expired()) {
      ctx.reporter.info(
        `${what}: none listed ${formatDuration(deadline.budget)} after the request, so none was made`,
      );
      return [];
    }
    if (first) {
      ctx.reporter.info(
        `${what}: none listed yet (EC2 lists new resources after a while); looking again for up to ${formatDuration(deadline.remaining())}`,
      );
    }
    await sleep(Math.min(interval, deadline.remaining()), ctx.signal);
    interval = Math.min(interval * 2, 5000);
  }
}

/**
 * The instance (a builder or a verifier) RunInstances launched with `token`, if its answer was
 * lost: the ids of those not terminated.
 */
export async function instancesByToken(
  client: EC2Client,
  token: string,
  role: 'builder' | 'verifier',
  ctx: RunContext,
  aws: AwsConfig,
  wait: boolean,
): Promise<string[]> {
  const found = await findMade(ctx, aws, `the ${role} with client token ${token}`, wait, () =>
    listInstances(client, `find the ${role} by its client token`, ctx, [
      { Name: 'client-token', Values: [token] },
    ]),
  );
  return found.filter((i) => i.State?.Name !== 'terminated').map((i) => i.InstanceId!);
}
