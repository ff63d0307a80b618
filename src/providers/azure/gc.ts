import type { AzureConfig } from '../../config/types.js';
import type { GcProvider, Leak } from '../../gc/leak.js';
import type { Reporter } from '../../log/reporter.js';
import { withRetry } from '../../wait/retry.js';
import { AzureProvider } from './provider.js';

const RUN = 'worker-image-run';
const ROLE = 'worker-image-role';
/** Set on the temporary resource group when it is made: ARM reports no creation time for groups. */
const CREATED_TAG = 'worker-image-created';

/** Azure tag names ignore case. */
function tag(tags: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(tags ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : tags![key];
}

/** The roles of temporary resource groups: a bake's build group, a verification's group. */
const TEMPORARY_ROLES = ['builder', 'verifier'];

/**
 * Azure leftovers of killed runs: the temporary resource groups (tagged role builder or
 * verifier), which hold everything temporary a bake or a verification makes (network, VM, its
 * disk). Deleting the group deletes them. Gallery versions carry role image and are never
 * candidates.
 */
export class AzureGc implements GcProvider {
  readonly cloud = 'azure' as const;
  private readonly provider: AzureProvider;

  constructor(private readonly azure: AzureConfig) {
    this.provider = new AzureProvider(azure);
  }

  async findLeaks(reporter: Reporter): Promise<Leak[]> {
    const { resources } = await this.provider.arm(reporter);
    const sub = this.azure.subscriptionId;
    const leaks = await withRetry(
      'list temporary resource groups',
      async () => {
        const found: Leak[] = [];
        // A group filter takes one tag value at most: list by the role's name, keep by its value.
        for await (const g of resources.resourceGroups.list({ filter: `tagName eq '${ROLE}'` })) {
          const runId = tag(g.tags, RUN);
          // Being deleted already (by the run's own cleanup, or an earlier gc).
          if (!g.name || !runId || g.properties?.provisioningState === 'Deleting') continue;
          if (!TEMPORARY_ROLES.includes(tag(g.tags, ROLE) ?? '')) continue;
          const created = new Date(tag(g.tags, CREATED_TAG) ?? '');
          found.push({
            cloud: 'azure',
            kind: 'resource group',
            name: g.name,
            id: `/subscriptions/${sub}/resourceGroups/${g.name}`,
            runId,
            ...(Number.isNaN(created.getTime()) ? {} : { createdAt: created }),
            ...(g.location ? { where: g.location } : {}),
          });
        }
        return found;
      },
      { onRetry: (m) => reporter.info(m) },
    );
    reporter.info(`subscription ${sub}: ${leaks.length} temporary resource group(s)`);
    return leaks;
  }

  deleteLeak(leak: Leak, reporter: Reporter): Promise<void> {
    return this.provider.deleteResource(
      { cloud: 'azure', kind: 'resourceGroup', id: leak.id, role: 'builder', keep: 'never' },
      { wait: true, reporter },
    );
  }
}
