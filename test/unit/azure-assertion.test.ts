import { describe, expect, it } from 'vitest';
import { reusedAssertion } from '../../src/providers/azure/assertion.js';

const START = 1_700_000_000_000;

/** A JWT-shaped token numbered `n`, expiring at `exp` ms. */
const jwt = (n: number, exp: number): string =>
  [{ alg: 'RS256' }, { n, exp: exp / 1000 }]
    .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
    .join('.') + '.c2ln';
/** Which fetch a token came from. */
const numberOf = (token: string): number =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).n;

describe("the job's GitHub ID token as the client assertion", () => {
  it('is fetched once for concurrent asks and reused while it has more than a minute left', async () => {
    let clock = START;
    let fetches = 0;
    // GitHub's ID tokens are valid for about five minutes.
    const assertion = reusedAssertion(
      async () => jwt(++fetches, clock + 300_000),
      () => clock,
    );
    const first = await Promise.all([assertion(), assertion(), assertion()]);
    expect(first.map(numberOf)).toEqual([1, 1, 1]);
    clock += 239_000; // 61 s left
    expect(numberOf(await assertion())).toBe(1);
    clock += 2_000; // 59 s left: it could expire before Entra reads it
    expect(numberOf(await assertion())).toBe(2);
    expect(numberOf(await assertion())).toBe(2);
    expect(fetches).toBe(2);
  });

  it('is fetched again after a failed fetch, and every time when its expiry cannot be read', async () => {
    let fetches = 0;
    const flaky = reusedAssertion(
      async () => {
        fetches += 1;
        if (fetches === 1) throw new Error('no id-token permission');
        return jwt(fetches, START + 300_000);
      },
      () => START,
    );
    await expect(flaky()).rejects.toThrow('no id-token permission');
    expect(numberOf(await flaky())).toBe(2);
    expect(numberOf(await flaky())).toBe(2);

    let opaque = 0;
    const unreadable = reusedAssertion(async () => `not-a-jwt-${++opaque}`);
    expect([await unreadable(), await unreadable()]).toEqual(['not-a-jwt-1', 'not-a-jwt-2']);
  });
});
