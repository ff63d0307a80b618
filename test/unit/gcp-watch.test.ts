import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GcpConfig } from '../../src/config/types.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { GceClients } from '../../src/providers/gcp/clients.js';
import { SerialLog } from '../../src/providers/gcp/serial.js';
import { waitForScript, waitForStop } from '../../src/providers/gcp/watch.js';
import type { RunContext } from '../../src/providers/provider.js';
import { Deadline } from '../../src/wait/deadline.js';
import { DeadlineError } from '../../src/wait/errors.js';
import { STATUS_KEY } from '../../src/wrapper/wrapper.js';

/**
 * How a GCE bake watches its builder, on a simulated clock: what it costs the project's rate
 * quotas while the script runs, and how soon it sees the builder stop.
 */

const MINUTE = 60_000;
const NONCE = 'run-1';
const B = { project: 'p', zone: 'us-central1-a', instance: 'batch-worker-1-builder-abc' };
/** The default poll interval. */
const GCP = { pollInterval: 1000 } as GcpConfig;

interface Call {
  kind: 'get' | 'serial' | 'guest';
  at: number;
}

/** A builder whose script reports exit 0 at `exitAt` and which is TERMINATED at `stoppedAt`. */
function builder(exitAt: number, stoppedAt: number) {
  const start = Date.now();
  const calls: Call[] = [];
  const now = (): number => Date.now() - start;
  const record = (kind: Call['kind']): void => void calls.push({ kind, at: now() });
  const console = (): string =>
    now() >= exitAt ? `startup-script: worker-image-status[${NONCE}]: exit=0\n` : 'booting\n';
  const clients = {
    instances: {
      get: async () => {
        record('get');
        const status = now() >= stoppedAt ? 'TERMINATED' : now() >= exitAt ? 'STOPPING' : 'RUNNING';
        return [{ status }];
      },
      getSerialPortOutput: async ({ start: from }: { start: string }) => {
        record('serial');
        const text = console();
        return [{ contents: text.slice(Number(from)), start: from, next: String(text.length) }];
      },
      getGuestAttributes: async () => {
        record('guest');
        const value = now() >= exitAt ? 'exit=0' : 'running';
        return [{ queryValue: { items: [{ key: STATUS_KEY, value }] } }];
      },
    },
  } as unknown as GceClients;
  return { clients, calls };
}

const ctx: RunContext = {
  runId: NONCE,
  reporter: new ConsoleReporter(() => {}),
  signal: new AbortController().signal,
};

/** The builder wait as the bake runs it: the script's exit, then the stop. */
async function watch(clients: GceClients, deadline: Deadline): Promise<number> {
  const serial = new SerialLog(clients, B, () => {});
  const code = await waitForScript(clients, GCP, B, serial, NONCE, deadline, ctx);
  await waitForStop(clients, GCP, B, deadline, ctx);
  return code;
}

/** Runs `promise` to its end on the simulated clock. */
async function settle<T>(promise: Promise<T>, upTo: number): Promise<T | Error> {
  const outcome = promise.catch((err: Error) => err);
  for (let t = 0; t < upTo; t += 1000) await vi.advanceTimersByTimeAsync(1000);
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watching a GCE builder at the default poll interval', () => {
  it('a 10-minute script costs at most 20 requests a minute, and the stop is seen within the poll interval', async () => {
    const exitAt = 10 * MINUTE;
    const stoppedAt = exitAt + 20_000;
    const { clients, calls } = builder(exitAt, stoppedAt);
    const code = await settle(watch(clients, new Deadline('builder', 45 * MINUTE)), 12 * MINUTE);
    expect(code).toBe(0);
    const whileRunning = calls.filter((c) => c.at < exitAt);
    expect(whileRunning.length / 10).toBeLessThanOrEqual(20);
    // Each of the script's reports is still read, now and then.
    expect(new Set(whileRunning.map((c) => c.kind))).toEqual(new Set(['get', 'serial', 'guest']));
    const seen = calls.find((c) => c.kind === 'get' && c.at >= stoppedAt);
    // One poll interval, and the ±20% jitter that keeps parallel bakes out of step.
    expect(seen!.at - stoppedAt).toBeLessThanOrEqual(1200);
    expect(calls.filter((c) => c.at > seen!.at)).toEqual([]);
  });

  it('a shutdown that hangs is read less and less often after a minute, and fails at the deadline naming the stop', async () => {
    const { clients, calls } = builder(0, Infinity);
    const err = await settle(watch(clients, new Deadline('builder', 10 * MINUTE)), 11 * MINUTE);
    expect(err).toBeInstanceOf(DeadlineError);
    expect((err as Error).message).toMatch(
      /^builder batch-worker-1-builder-abc did not stop within 10m after its provisioning script succeeded \(still STOPPING\)/,
    );
    const lastMinutes = calls.filter((c) => c.at >= 5 * MINUTE);
    expect(lastMinutes.length / 5).toBeLessThanOrEqual(15);
  });
});
