import { describe, expect, it, vi } from 'vitest';
import { Deadline } from '../../src/wait/deadline.js';
import { formatDuration } from '../../src/wait/duration.js';
import { CancelledError, DeadlineError } from '../../src/wait/errors.js';
import { pollUntil } from '../../src/wait/poll.js';
import { isTransient, retryAfterOf, withRetry } from '../../src/wait/retry.js';

describe('waits', () => {
  it('a poll that never succeeds fails at its deadline, naming what it waited for and the log tail', async () => {
    const deadline = new Deadline('builder b-1', 50);
    const err = await pollUntil(async () => undefined, {
      deadline,
      interval: 5,
      onExpiry: async () => 'last line: apt-get hung',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeadlineError);
    expect((err as Error).message).toBe(
      'builder b-1 did not finish within 50ms\nlast line: apt-get hung',
    );
  });

  it('a poll returns the first defined value and prints progress lines on its cadence', async () => {
    let n = 0;
    const progress: string[] = [];
    const value = await pollUntil(async () => (++n === 4 ? 'DONE' : undefined), {
      deadline: new Deadline('op', 10_000),
      interval: 5,
      progressEvery: 0,
      progress: (e) => progress.push(e),
    });
    expect(value).toBe('DONE');
    expect(progress).toHaveLength(3);
  });

  it('a poll stays at its interval while what it awaits is due, then backs off', async () => {
    vi.useFakeTimers();
    try {
      const start = Date.now();
      const at: number[] = [];
      const poll = pollUntil(async () => void at.push(Date.now() - start), {
        deadline: new Deadline('builder stop', 60_000),
        interval: 1000,
        backoffAfter: 10_000,
        backoff: 2,
        maxInterval: 8000,
      }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(61_000);
      expect(await poll).toBeInstanceOf(DeadlineError);
      // About one a second for 10 s, then 2 s, 4 s, 8 s apart: a handful in the next 50 s.
      expect(at.filter((t) => t < 10_000).length).toBeGreaterThanOrEqual(8);
      expect(at.filter((t) => t >= 10_000).length).toBeLessThanOrEqual(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a cancelled poll stops at once with CancelledError', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(
      pollUntil(async () => undefined, {
        deadline: new Deadline('op', 60_000),
        interval: 10_000,
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
  });

  it('retries 429 and 5xx, honouring Retry-After, but not other 4xx', async () => {
    const rateLimited = Object.assign(new Error('slow down'), {
      response: { status: 429, headers: { 'retry-after': '0.01' } },
    });
    expect(isTransient(rateLimited)).toBe(true);
    expect(retryAfterOf(rateLimited)).toBe(10);
    // Headers read through `get`, whichever class holds them: fetch's, node-fetch's (which gaxios
    // responses carry, not an instance of the global Headers) or Azure's HttpHeaders.
    const withHeaders = (headers: object): Error =>
      Object.assign(new Error('slow down'), { response: { status: 429, headers } });
    expect(retryAfterOf(withHeaders(new Headers({ 'Retry-After': '2' })))).toBe(2000);
    class OtherHeaders {
      private readonly map = new Map([['retry-after', '3']]);
      get(name: string): string | undefined {
        return this.map.get(name.toLowerCase());
      }
    }
    expect(retryAfterOf(withHeaders(new OtherHeaders()))).toBe(3000);
    expect(retryAfterOf(withHeaders({}))).toBeUndefined();
    expect(isTransient(Object.assign(new Error('x'), { httpStatusCode: 503 }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { httpStatusCode: 404 }))).toBe(false);

    let calls = 0;
    const retries: string[] = [];
    const result = await withRetry(
      'list images',
      async () => {
        if (++calls < 3) throw rateLimited;
        return 'ok';
      },
      { baseDelay: 1, onRetry: (m) => retries.push(m) },
    );
    expect(result).toBe('ok');
    expect(retries[0]).toMatch(/^list images: 429, retrying in/);

    let notFoundCalls = 0;
    const notFound = Object.assign(new Error('gone'), { httpStatusCode: 404 });
    await expect(
      withRetry('get', async () => (notFoundCalls++, Promise.reject(notFound))),
    ).rejects.toBe(notFound);
    expect(notFoundCalls).toBe(1);
  });

  it('formats durations the way users write them', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration(90 * 60_000 + 5000)).toBe('1h30m5s');
  });
});
