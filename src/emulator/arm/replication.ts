import type { ArmContext } from './context.js';
import { track } from './resources.js';
import { displayRegion } from './regions.js';
import { dueIn, type AsyncOperation } from './operations.js';
import type { ArmResource, RegionReplication } from './state.js';

/**
 * Gallery version replication over emulated time: the source region first, then every other
 * changed region in parallel, each taking `replicationPerRegion` in steps of 20%. The version's
 * create or update operation ends when no region is replicating any more.
 */

const STEPS = 5;

export type AggregatedState = 'Unknown' | 'InProgress' | 'Completed' | 'Failed';

export function aggregatedState(regions: RegionReplication[]): AggregatedState {
  if (regions.length === 0) return 'Unknown';
  if (regions.some((r) => r.state === 'Replicating')) return 'InProgress';
  if (regions.some((r) => r.state === 'Failed')) return 'Failed';
  return 'Completed';
}

export function replicationStatusJson(regions: RegionReplication[]): unknown {
  return {
    aggregatedState: aggregatedState(regions),
    summary: regions.map((r) => ({
      region: displayRegion(r.region),
      state: r.state,
      details: r.details,
      progress: r.progress,
    })),
  };
}

/** An injected failure for `region`, consumed by the replication it hits. */
function takeFailure(ctx: ArmContext, region: string): string | undefined {
  const details = ctx.state.replicationFailures.get(region);
  if (details !== undefined) ctx.state.replicationFailures.delete(region);
  return details;
}

/** Ends the version's operation once nothing replicates; the version fails if a region did. */
function settle(ctx: ArmContext, v: ArmResource): void {
  const state = v.version!;
  if (state.regions.some((r) => r.state === 'Replicating')) return;
  const failed = state.regions.filter((r) => r.state === 'Failed');
  v.provisioningState = failed.length > 0 ? 'Failed' : 'Succeeded';
  const op = state.op;
  state.op = undefined;
  if (!op) return;
  if (failed.length === 0) {
    ctx.ops.succeed(op);
    ctx.log(`arm: gallery image version ${v.name} replicated`);
    return;
  }
  ctx.ops.fail(op, {
    code: 'ReplicationFailed',
    message: failed
      .map((r) => `Replication to region '${displayRegion(r.region)}' failed: ${r.details}`)
      .join(' '),
  });
  ctx.log(`arm: gallery image version ${v.name} failed to replicate`);
}

function fail(region: RegionReplication, details: string): void {
  region.state = 'Failed';
  region.details = details;
}

function replicate(
  ctx: ArmContext,
  v: ArmResource,
  region: RegionReplication,
  then: () => void,
): void {
  const run = region.run;
  const step = ctx.durations().replicationPerRegion / STEPS;
  const tick = (): void => {
    if (!ctx.state.alive(v) || region.run !== run) return;
    const failure = takeFailure(ctx, region.region);
    if (failure !== undefined) {
      fail(region, failure);
      then();
      return;
    }
    region.progress = Math.min(100, region.progress + 100 / STEPS);
    if (region.progress < 100) {
      ctx.timers.after(step, tick);
      return;
    }
    region.state = 'Completed';
    then();
  };
  ctx.timers.after(step, tick);
}

/** (Re)starts replication to `changed` regions of version `v`; `op` ends when all are done. */
export function startReplication(
  ctx: ArmContext,
  v: ArmResource,
  changed: RegionReplication[],
  op: AsyncOperation,
): void {
  const state = v.version!;
  state.op = op;
  track(v, op);
  for (const region of changed) {
    region.state = 'Replicating';
    region.progress = 0;
    region.details = '';
    region.run += 1;
  }
  const source = changed.find((r) => r.region === v.location);
  const others = changed.filter((r) => r !== source);
  const rounds = (source ? 1 : 0) + (others.length > 0 ? 1 : 0);
  dueIn(op, rounds * ctx.durations().replicationPerRegion);
  const startOthers = (): void => {
    for (const region of others) replicate(ctx, v, region, () => settle(ctx, v));
    settle(ctx, v);
  };
  if (!source) {
    ctx.timers.after(0, startOthers);
    return;
  }
  replicate(ctx, v, source, () => {
    if (source.state === 'Failed') {
      // Without a copy in the source region there is nothing to copy elsewhere.
      for (const region of others)
        fail(region, `Replication to the source region '${displayRegion(source.region)}' failed.`);
      settle(ctx, v);
      return;
    }
    startOthers();
  });
}
