import type { ReplicaPolicy, TargetRegion } from '../../config/types.js';
import type { AzureConnection } from './connection.js';
import { canonicalRegion } from '../../naming/azure.js';
import { mergeTargetRegions, planReplicas } from '../../replicate/plan.js';
import { Deadline } from '../../wait/deadline.js';
import type { RunContext } from '../provider.js';
import { createClients, isNotFound } from './clients.js';
import { untilDone } from './lro.js';
import { azureCredential } from './credential.js';
import {
  readVersion,
  summarize,
  waitForReplication,
  type ReplicationSummary,
  type VersionRef,
} from './replication.js';

export interface ReplicateRequest {
  ref: VersionRef;
  regions: TargetRegion[];
  policy: ReplicaPolicy;
}

export interface ReplicateOutcome {
  summary: ReplicationSummary;
  /** Regions added and regions whose replica count was raised by this run. */
  added: string[];
  raised: string[];
}

/**
 * Sets or extends a gallery version's target regions and replica counts, then waits until
 * every region has its replicas. Never removes a region or lowers a count: pools may run on
 * them. A run that finds replication in progress waits for it instead of failing.
 */
export async function replicateVersion(
  azure: AzureConnection,
  request: ReplicateRequest,
  ctx: RunContext,
): Promise<ReplicateOutcome> {
  const clients = createClients(azure, await azureCredential(azure, ctx.reporter));
  const wctx = { ...ctx, pollInterval: azure.pollInterval };
  const { ref } = request;
  const deadline = new Deadline(
    `replication of ${ref.definition} ${ref.version}`,
    azure.timeouts.replication,
  );
  let version;
  try {
    version = await readVersion(clients, ref, ctx);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    throw new Error(
      `gallery version ${ref.definition}/${ref.version} not found in gallery ${ref.gallery} ` +
        `(resource group ${ref.resourceGroup}); bake it first, or check the version`,
    );
  }
  if (
    summarize(ref, version).aggregatedState === 'InProgress' ||
    String(version.provisioningState) !== 'Succeeded'
  ) {
    ctx.reporter.info(`replication of ${ref.version} is already in progress: waiting for it first`);
    await waitForReplication(clients, ref, deadline, wctx);
    version = await readVersion(clients, ref, ctx);
  }
  const existing: TargetRegion[] = (version.publishingProfile?.targetRegions ?? []).map((r) => ({
    name: canonicalRegion(r.name),
    replicas: r.regionalReplicaCount ?? 1,
    storageAccountType: (r.storageAccountType ??
      'Standard_LRS') as TargetRegion['storageAccountType'],
  }));
  const planned = planReplicas(request.regions, request.policy);
  for (const note of planned.notes) ctx.reporter.warning(note);
  const merged = mergeTargetRegions(existing, planned.regions);
  let update: PromiseLike<unknown> | undefined;
  if (merged.changed) {
    ctx.reporter.info(
      `target regions: ${merged.regions.map((r) => `${r.name}×${r.replicas}`).join(', ')}` +
        (merged.added.length ? ` (added ${merged.added.join(', ')})` : '') +
        (merged.raised.length ? ` (raised ${merged.raised.join(', ')})` : ''),
    );
    const poller = clients.compute.galleryImageVersions.update(
      ref.resourceGroup,
      ref.gallery,
      ref.definition,
      ref.version,
      {
        publishingProfile: {
          targetRegions: merged.regions.map((r) => ({
            name: r.name,
            regionalReplicaCount: r.replicas,
            storageAccountType: r.storageAccountType,
          })),
        },
      },
      { updateIntervalInMs: azure.pollInterval, abortSignal: ctx.signal },
    );
    await untilDone(() => poller.submitted(), deadline, wctx);
    update = poller;
  } else {
    ctx.reporter.info(`${ref.version} already has every requested region and replica count`);
  }
  const summary = await waitForReplication(clients, ref, deadline, wctx, update);
  return { summary, added: merged.added, raised: merged.raised };
}
