import type { GalleryImageVersion } from '@azure/arm-compute';
import { canonicalRegion } from '../../naming/azure.js';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { pollUntil } from '../../wait/poll.js';
import { withRetry } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import type { ArmClients } from './clients.js';
import { untilDone } from './lro.js';

export interface VersionRef {
  resourceGroup: string;
  gallery: string;
  definition: string;
  version: string;
}

export interface RegionReplication {
  region: string;
  state: string;
  progress: number;
  details?: string;
}

export interface ReplicationSummary {
  version: string;
  aggregatedState: string;
  regions: RegionReplication[];
}

export function readVersion(
  clients: ArmClients,
  ref: VersionRef,
  ctx: RunContext,
): Promise<GalleryImageVersion> {
  return withRetry(
    `read gallery version ${ref.version}`,
    () =>
      clients.compute.galleryImageVersions.get(
        ref.resourceGroup,
        ref.gallery,
        ref.definition,
        ref.version,
        {
          expand: 'ReplicationStatus',
          abortSignal: ctx.signal,
        },
      ),
    { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) },
  );
}

export function summarize(ref: VersionRef, v: GalleryImageVersion): ReplicationSummary {
  const status = v.replicationStatus;
  return {
    version: ref.version,
    aggregatedState: String(status?.aggregatedState ?? 'Unknown'),
    regions: (status?.summary ?? []).map((r) => ({
      // Azure reports display names ("East US 2"); config and inputs use eastus2.
      region: canonicalRegion(String(r.region ?? '')),
      state: String(r.state ?? 'Unknown'),
      progress: Number(r.progress ?? 0),
      ...(r.details ? { details: r.details } : {}),
    })),
  };
}

/** `eastus Completed 100%, westus2 Replicating 40%` */
export function progressLine(s: ReplicationSummary): string {
  return (
    s.regions.map((r) => `${r.region} ${r.state} ${r.progress}%`).join(', ') || s.aggregatedState
  );
}

/**
 * Waits until every target region has its replicas, printing per-region progress. A region
 * in `Failed` fails the wait, naming it and Azure's details.
 */
export async function waitForReplication(
  clients: ArmClients,
  ref: VersionRef,
  deadline: Deadline,
  ctx: RunContext & { pollInterval: number },
  operation?: PromiseLike<unknown>,
): Promise<ReplicationSummary> {
  let last = '';
  let summary: ReplicationSummary | undefined;
  return pollUntil(
    async () => {
      const version = await readVersion(clients, ref, ctx);
      summary = summarize(ref, version);
      const line = progressLine(summary);
      if (line !== last)
        ctx.reporter.info(`replication of ${ref.definition} ${ref.version}: ${line}`);
      last = line;
      const failed = summary.regions.filter((r) => r.state === 'Failed');
      if (failed.length > 0 || String(version.provisioningState) === 'Failed') {
        const what = `replication of gallery version ${ref.definition}/${ref.version}`;
        // No region failed: the create/update operation did, and only it says why.
        if (failed.length === 0 && operation) {
          await untilDone(() => operation, deadline, ctx, what);
        }
        throw new Error(
          `${what} failed in ` +
            (failed.map((r) => `${r.region}${r.details ? ` (${r.details})` : ''}`).join(', ') ||
              `provisioning (state ${String(version.provisioningState)})`),
        );
      }
      const done =
        String(version.provisioningState) === 'Succeeded' &&
        summary.aggregatedState === 'Completed';
      return done ? summary : undefined;
    },
    {
      deadline,
      interval: ctx.pollInterval,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(
          `… replicating ${ref.version}: ${last}, ${elapsed} elapsed (deadline ${formatDuration(deadline.budget)})`,
        ),
      onExpiry: async () => (summary ? `last state: ${progressLine(summary)}` : undefined),
    },
  );
}
