import type { EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import type { RunContext } from '../provider.js';
import { findMade } from './cleanup.js';
import { listInstances } from './pages.js';

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
