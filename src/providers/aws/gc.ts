import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import type { GcProvider, Leak } from '../../gc/leak.js';
import type { Reporter } from '../../log/reporter.js';
import type { RunContext } from '../provider.js';
import { call, ec2Client } from './clients.js';
import { AwsProvider } from './provider.js';

const RUN = 'worker-image-run';
const ROLE = 'worker-image-role';

/**
 * AWS leftovers of killed runs: builder instances (tagged role builder) not yet terminated,
 * in the source region and every copy region. AMIs carry role image and are never candidates.
 */
export class AwsGc implements GcProvider {
  readonly cloud = 'aws' as const;
  private readonly provider: AwsProvider;

  constructor(private readonly aws: AwsConfig) {
    this.provider = new AwsProvider(aws);
  }

  async findLeaks(reporter: Reporter): Promise<Leak[]> {
    const ctx: RunContext = { runId: '', reporter, signal: new AbortController().signal };
    const regions = [...new Set([this.aws.region, ...this.aws.targetRegions])];
    const perRegion = await Promise.all(
      regions.map(async (region) => {
        const client = await ec2Client(region, {
          ...(this.aws.endpoint ? { endpoint: this.aws.endpoint } : {}),
        });
        const found: Leak[] = [];
        let token: string | undefined;
        do {
          const page = await call(ctx, `list builder instances in ${region}`, () =>
            client.send(
              new DescribeInstancesCommand({
                Filters: [
                  { Name: `tag:${ROLE}`, Values: ['builder'] },
                  {
                    Name: 'instance-state-name',
                    Values: ['pending', 'running', 'stopping', 'stopped'],
                  },
                ],
                ...(token ? { NextToken: token } : {}),
              }),
            ),
          );
          for (const i of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
            const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value]));
            const runId = tags[RUN];
            // The server filter is re-checked: only what carries both labels is a candidate.
            if (!i.InstanceId || !runId || tags[ROLE] !== 'builder') continue;
            found.push({
              cloud: 'aws',
              kind: 'instance',
              name: tags.Name ?? i.InstanceId,
              id: `${region}/${i.InstanceId}`,
              runId,
              ...(i.LaunchTime ? { createdAt: new Date(i.LaunchTime) } : {}),
              where: region,
            });
          }
          token = page.NextToken;
        } while (token);
        reporter.info(`${region}: ${found.length} builder instance(s)`);
        return found;
      }),
    );
    return perRegion.flat();
  }

  deleteLeak(leak: Leak, reporter: Reporter): Promise<void> {
    return this.provider.deleteResource(
      { cloud: 'aws', kind: 'instance', id: leak.id, role: 'builder', keep: 'never' },
      { wait: true, reporter },
    );
  }
}
