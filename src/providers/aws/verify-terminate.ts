import { TerminateInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import type { RunContext } from '../provider.js';
import { findMade } from './cleanup.js';
import { call, isGone } from './clients.js';
import { listInstances } from './pages.js';
import { isNotVisible, visibilityDeadline, whenVisible } from './visibility.js';
import { waitForInstanceState } from './watch.js';

export interface VerifierTermination {
  aws: AwsConfig;
  /** Confirm by its state that it is `terminated` (false when cancelled: the post step confirms). */
  wait: boolean;
  /**
   * This run launched it: NotFound means EC2 does not know it yet (TerminateInstances answering
   * NotFound has terminated nothing). For a leftover found by a listing, NotFound means gone.
   */
  ours: boolean;
}

/** Terminates a verifier and, when waiting, confirms by its state that it is terminated. */
export async function terminateVerifier(
  client: EC2Client,
  id: string,
  ctx: RunContext,
  opts: VerifierTermination,
): Promise<void> {
  const what = `terminate verifier ${id}`;
  const send = () => client.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
  try {
    if (opts.ours && opts.wait) {
      await whenVisible(ctx, what, visibilityDeadline(opts.aws, `verifier ${id}`), send);
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
    new Deadline(`terminating verifier ${id}`, opts.aws.timeouts.operation),
    opts.aws.pollInterval,
    ctx,
    'verifier',
  );
}

/** The verifier RunInstances launched with `token`, if its answer was lost (ids of live ones). */
export async function verifierByToken(
  client: EC2Client,
  token: string,
  ctx: RunContext,
  aws: AwsConfig,
  wait: boolean,
): Promise<string[]> {
  const found = await findMade(ctx, aws, `the verifier with client token ${token}`, wait, () =>
    listInstances(client, 'find the verifier by its client token', ctx, [
      { Name: 'client-token', Values: [token] },
    ]),
  );
  return found.filter((i) => i.State?.Name !== 'terminated').map((i) => i.InstanceId!);
}
