import type { GcpConfig } from '../../config/types.js';
import type { Deadline } from '../../wait/deadline.js';
import { formatDuration } from '../../wait/duration.js';
import { DeadlineError } from '../../wait/errors.js';
import { pollUntil } from '../../wait/poll.js';
import { parseStatus, STARTED_LINE, statusMarker } from '../../wrapper/wrapper.js';
import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';
import { GuestStatus } from './guest-status.js';
import type { SerialLog } from './serial.js';

export interface Builder {
  project: string;
  zone: string;
  instance: string;
}

const STOPPED = new Set(['TERMINATED', 'STOPPED', 'SUSPENDED']);

/*
 * Watching a builder costs requests against the project's rate quotas, which every bake in
 * the project shares: the calm cadence while the script runs (minutes) is about 18 requests a
 * minute at the default poll interval (1 s): the console every 5 s, the guest attribute
 * every 15 s, the instance every 30 s. Only once the script has reported its exit is the
 * builder's state read every poll interval, for its shutdown (seconds), so that the image is
 * made within about a second of the builder stopping.
 */
/** While the script runs, the console is read every this many poll intervals. */
const SCRIPT_POLL_FACTOR = 5;
/** The guest attribute (the same status as the console's marker) every this many console reads. */
const GUEST_EVERY = 3;
/** The instance's status every this many console reads (it rarely changes). */
const STATUS_EVERY = 6;
/** How long a shutdown is watched at the poll interval before the reads slow down. */
const SHUTDOWN_WINDOW = 60_000;

export async function instanceStatus(
  clients: GceClients,
  b: Builder,
  ctx: RunContext,
): Promise<string> {
  const [instance] = await call(ctx, `read builder ${b.instance}`, () =>
    clients.instances.get(b, CALL),
  );
  return String(instance.status ?? 'UNKNOWN');
}

/**
 * Waits until the wrapper reports the script's exit status, streaming the serial console.
 * Reads the console marker and, now and then, the guest attribute (while guest attributes
 * can be read) and the instance's status (a builder that stopped without reporting fails).
 */
export async function waitForScript(
  clients: GceClients,
  gcp: GcpConfig,
  b: Builder,
  serial: SerialLog,
  nonce: string,
  deadline: Deadline,
  ctx: RunContext,
): Promise<number> {
  const marker = statusMarker(nonce);
  const guest = new GuestStatus(clients, b);
  let state = 'booting';
  let polls = 0;
  const reported = async (withGuest: boolean): Promise<number | undefined> => {
    for (const line of await serial.read(ctx)) {
      if (line.includes(STARTED_LINE)) state = 'script running';
      const m = marker.exec(line);
      if (m) return Number(m[1]);
    }
    if (!withGuest) return undefined;
    const value = await guest.read(ctx);
    if (value === undefined) return undefined;
    state = 'script running';
    return parseStatus(value) ?? undefined;
  };
  return pollUntil(
    async () => {
      const code = await reported(polls % GUEST_EVERY === 0);
      if (code !== undefined) return code;
      if (++polls % STATUS_EVERY === 0) {
        const status = await instanceStatus(clients, b, ctx);
        if (STOPPED.has(status)) {
          // The script may have reported and powered off since the reads above (a slow or
          // retried status read is enough): its status is final now, so read it once more.
          const last = await reported(true).catch(() => undefined);
          if (last !== undefined) return last;
          throw new Error(
            `builder ${b.instance} stopped (${status}) before its provisioning script reported ` +
              `a status: was the startup script replaced, or did the VM crash?\n${serial.formatTail()}`,
          );
        }
        if (state !== 'script running') state = status.toLowerCase();
      }
      return undefined;
    },
    {
      deadline,
      interval: SCRIPT_POLL_FACTOR * gcp.pollInterval,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(
          `… builder ${b.instance}: ${state}, ${elapsed} elapsed (deadline ${formatDuration(deadline.budget)})`,
        ),
      onExpiry: async () => {
        await serial.read(ctx).catch(() => []);
        return serial.formatTail();
      },
    },
  );
}

/**
 * After a successful script the wrapper powers off; the image needs the disk at rest. The
 * shutdown takes seconds, so the state is read every poll interval for the shutdown window,
 * then less and less often (up to the script's cadence) until the builder's deadline.
 */
export async function waitForStop(
  clients: GceClients,
  gcp: GcpConfig,
  b: Builder,
  deadline: Deadline,
  ctx: RunContext,
): Promise<void> {
  let status = 'UNKNOWN';
  await pollUntil(
    async () => {
      status = await instanceStatus(clients, b, ctx);
      return STOPPED.has(status) ? true : undefined;
    },
    {
      deadline,
      interval: gcp.pollInterval,
      backoffAfter: SHUTDOWN_WINDOW,
      backoff: 1.5,
      maxInterval: SCRIPT_POLL_FACTOR * gcp.pollInterval,
      signal: ctx.signal,
      progress: (elapsed) =>
        ctx.reporter.info(`… waiting for builder ${b.instance} to stop, ${elapsed}`),
    },
  ).catch((err: unknown) => {
    // "did not finish" would read as the script still running: it succeeded, the VM stayed up.
    if (!(err instanceof DeadlineError)) throw err;
    throw new DeadlineError(
      `builder ${b.instance} did not stop within ${formatDuration(deadline.budget)} after its ` +
        `provisioning script succeeded (still ${status}): the wrapper's shutdown did not take effect`,
    );
  });
}
