import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  type EC2Client,
  type Instance,
} from '@aws-sdk/client-ec2';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { pollUntil } from '../../wait/poll.js';
import { statusMarker } from '../../wrapper/wrapper.js';
import type { RunContext } from '../provider.js';
import { call } from './clients.js';
import type { ConsoleLog } from './console.js';
import type { Clients } from './plan.js';
import { VisibilityNote } from './visibility.js';

/** The instance state is read every this many polls while the script runs (it rarely changes). */
const STATE_EVERY = 5;
const DOWN = new Set(['stopping', 'stopped', 'shutting-down', 'terminated']);
/** On the way down: the buffered console is posted once the instance has stopped. */
const GOING_DOWN = new Set(['stopping', 'shutting-down']);
/**
 * A buffered console is "posted shortly after an instance transition state": how long after
 * the builder stopped its status marker is waited for before the builder is taken for one
 * whose script never reported.
 */
const POST_GRACE = 120_000;

export async function describeInstance(
  client: EC2Client,
  id: string,
  ctx: RunContext,
  noun = 'builder',
): Promise<Instance> {
  const out = await call(ctx, `read ${noun} ${id}`, () =>
    client.send(new DescribeInstancesCommand({ InstanceIds: [id] })),
  );
  const instance = out.Reservations?.[0]?.Instances?.[0];
  if (!instance) throw new Error(`${noun} ${id} is not listed by DescribeInstances`);
  return instance;
}

/** The builder, or undefined while EC2 does not know it yet (said once, by `visibility`). */
async function readBuilder(
  client: EC2Client,
  id: string,
  ctx: RunContext,
  visibility: VisibilityNote,
  noun = 'builder',
): Promise<Instance | undefined> {
  try {
    return await describeInstance(client, id, ctx, noun);
  } catch (err) {
    if (visibility.notVisible(err)) return undefined;
    throw err;
  }
}

function stateOf(i: Instance): string {
  return String(i.State?.Name ?? 'unknown');
}

/**
 * Waits until the wrapper's console marker reports the script's exit status, streaming the
 * console. A builder that goes down without a marker fails the wait: at once when its console
 * is live, after POST_GRACE when it is buffered (the marker is posted after it stopped).
 */
export async function waitForScript(
  client: EC2Client,
  id: string,
  log: ConsoleLog,
  nonce: string,
  deadline: Deadline,
  interval: number,
  ctx: RunContext,
): Promise<number> {
  const marker = statusMarker(nonce);
  const visibility = new VisibilityNote(ctx, `builder ${id}`);
  let state = 'pending';
  let polls = 0;
  let downAt: number | undefined;
  return pollUntil(
    async () => {
      const found = marker.exec(await log.read(ctx));
      if (found) return Number(found[1]);
      if (downAt === undefined && ++polls % STATE_EVERY !== 1) return undefined;
      const instance = await readBuilder(client, id, ctx, visibility);
      if (!instance) return undefined;
      state = stateOf(instance);
      if (!DOWN.has(state)) return undefined;
      // The console of a stopped instance is complete: the marker may be there after all.
      const last = marker.exec(await log.read(ctx));
      if (last) return Number(last[1]);
      if (GOING_DOWN.has(state)) return undefined;
      downAt ??= Date.now();
      if (log.buffered && Date.now() - downAt < POST_GRACE) return undefined;
      const reason = instance.StateReason?.Message ? ` (${instance.StateReason.Message})` : '';
      const posted = log.buffered
        ? ` (nor in its console ${formatDuration(POST_GRACE)} after)`
        : '';
      throw new Error(
        `builder ${id} went ${state}${reason} before its provisioning script reported a status${posted}: ` +
          `did the user data not run, or did the instance fail?\n${log.formatTail()}`,
      );
    },
    {
      deadline,
      interval,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(
          `… builder ${id}: ${state === 'running' ? 'script running' : state}, ${elapsed} elapsed (deadline ${formatDuration(deadline.budget)})`,
        ),
      onExpiry: async () => {
        await log.read(ctx).catch(() => '');
        return log.formatTail();
      },
    },
  );
}

/** Polls the builder until it is in one of `states`; fails when it ends in another final one. */
export async function waitForInstanceState(
  client: EC2Client,
  id: string,
  states: string[],
  deadline: Deadline,
  interval: number,
  ctx: RunContext,
  noun = 'builder',
): Promise<void> {
  const visibility = new VisibilityNote(ctx, `${noun} ${id}`);
  let state = 'unknown';
  await pollUntil(
    async () => {
      const instance = await readBuilder(client, id, ctx, visibility, noun);
      if (!instance) return undefined;
      state = stateOf(instance);
      if (states.includes(state)) return true;
      if (state === 'terminated') {
        throw new Error(
          `${noun} ${id} was terminated (${instance.StateReason?.Message ?? 'no reason given'})`,
        );
      }
      return undefined;
    },
    {
      deadline,
      interval: Math.min(interval, 1000),
      maxInterval: interval,
      backoff: 1.5,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(
          `… waiting for ${noun} ${id} to be ${states.join(' or ')} (${state}), ${elapsed}`,
        ),
    },
  );
}

export interface RegionalImage {
  region: string;
  imageId: string;
}

/**
 * Waits until every AMI is available, reading all regions at each poll; one that fails
 * fails the wait, naming its region and EC2's reason.
 */
export async function waitForImages(
  clients: Clients,
  images: RegionalImage[],
  what: string,
  deadline: Deadline,
  interval: number,
  ctx: RunContext,
): Promise<void> {
  const states = new Map(images.map((i) => [i.region, 'pending']));
  const visibility = new Map(
    images.map((i) => [i.region, new VisibilityNote(ctx, `AMI ${i.imageId} in ${i.region}`)]),
  );
  const line = (): string => images.map((i) => `${i.region} ${states.get(i.region)}`).join(', ');
  let last = '';
  await pollUntil(
    async () => {
      await Promise.all(
        images
          .filter((i) => states.get(i.region) !== 'available')
          .map(async ({ region, imageId }) => {
            const client = await clients(region);
            let out;
            try {
              out = await call(ctx, `read AMI ${imageId} in ${region}`, () =>
                client.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
              );
            } catch (err) {
              if (visibility.get(region)!.notVisible(err)) return;
              throw err;
            }
            const image = out.Images?.[0];
            const state = String(image?.State ?? 'unknown');
            states.set(region, state);
            if (['failed', 'error', 'invalid', 'deregistered'].includes(state)) {
              const reason =
                image?.StateReason?.Message ?? image?.StateReason?.Code ?? 'no reason given';
              throw new Error(`${what}: AMI ${imageId} in ${region} ended ${state}: ${reason}`);
            }
          }),
      );
      const now = line();
      if (now !== last) ctx.reporter.info(`${what}: ${now}`);
      last = now;
      return [...states.values()].every((s) => s === 'available') ? true : undefined;
    },
    {
      deadline,
      interval: Math.min(interval, 1000),
      maxInterval: interval,
      backoff: 1.5,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(
          `… ${what}: ${line()}, ${elapsed} elapsed (deadline ${formatDuration(deadline.budget)})`,
        ),
      onExpiry: async () => `last states: ${line()}`,
    },
  );
}
