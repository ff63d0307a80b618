import type { EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from '../../config/types.js';
import type { GcProvider, Leak } from '../../gc/leak.js';
import type { Reporter } from '../../log/reporter.js';
import type { RunContext } from '../provider.js';
import { terminateBuilder } from './cleanup.js';
import { regionalClients } from './clients.js';
import { listInstances } from './pages.js';

const RUN = 'worker-image-run';
const ROLE = 'worker-image-role';
/** The roles of temporary instances: a bake's builder, a verification's verifier. */
const TEMPORARY_ROLES = ['builder', 'verifier'];

/**
 * AWS leftovers of killed runs: builder and verifier instances (tagged role builder or
 * verifier) not yet terminated, in the source region and every copy region (a copy may be
 * verified where it lives). AMIs carry role image and are never candidates.
 */
export class AwsGc implements GcProvider {
  readonly cloud = 'aws' as const;

  private readonly client: (region: string) => Promise<EC2Client>;

  constructor(private readonly aws: AwsConfig) {
    this.client = regionalClients(aws.endpoint);
  }

  async findLeaks(reporter: Reporter): Promise<Leak[]> {
    const ctx: RunContext = { runId: '', reporter, signal: new AbortController().signal };
    const regions = [...new Set([this.aws.region, ...this.aws.targetRegions])];
    const perRegion = await Promise.all(
      regions.map(async (region) => {
        const instances = await listInstances(
          await this.client(region),
          `list builder and verifier instances in ${region}`,
          ctx,
          [
            { Name: `tag:${ROLE}`, Values: TEMPORARY_ROLES },
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
          ],
        );
        const found: Leak[] = [];
        for (const i of instances) {
          const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value]));
          const runId = tags[RUN];
          // The server filter is re-checked: only what carries both labels is a candidate.
          if (!i.InstanceId || !runId || !TEMPORARY_ROLES.includes(tags[ROLE] ?? '')) continue;
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
        reporter.info(`${region}: ${found.length} builder or verifier instance(s)`);
        return found;
      }),
    );
    return perRegion.flat();
  }

  /** A leak was listed, so EC2 knows it: NotFound now means it is gone. */
  async deleteLeak(leak: Leak, reporter: Reporter): Promise<void> {
    const ctx: RunContext = { runId: '', reporter, signal: new AbortController().signal };
    const [region, id] = leak.id.split('/') as [string, string];
    await terminateBuilder(await this.client(region), id, ctx, {
      aws: this.aws,
      wait: true,
      ours: false,
    });
  }
}
