/** An assertion is reused while it has at least this long left: Entra refuses an expired one. */
const MARGIN_MS = 60_000;

/** A JWT's `exp` in ms, or undefined when the token is not a JWT that says. */
function expiresAt(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    return typeof payload?.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The client assertion for ClientAssertionCredential, fetched once and reused while it is
 * valid for another minute. MSAL asks for the assertion at every getToken, cached access token
 * or not, and each ARM client asks for its own token: without this a bake fetched the job's
 * GitHub ID token six times for one token exchange. Entra takes the same assertion again
 * within its lifetime: @azure/identity's own WorkloadIdentityCredential hands MSAL the token
 * file it read for five minutes before reading it again. Concurrent asks share
 * one fetch; a failed fetch is not kept; a token whose expiry cannot be read is never reused.
 */
export function reusedAssertion(
  fetch: () => Promise<string>,
  now: () => number = Date.now,
): () => Promise<string> {
  let kept: { token: string; expires: number } | undefined;
  let pending: Promise<string> | undefined;
  return async () => {
    if (kept && kept.expires - now() > MARGIN_MS) return kept.token;
    pending ??= fetch()
      .then((token) => {
        const expires = expiresAt(token);
        kept = expires === undefined ? undefined : { token, expires };
        return token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
