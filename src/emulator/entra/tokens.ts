import { randomUUID } from 'node:crypto';

/** The audience a GitHub ID token must carry to be exchanged through a federated credential. */
export const FEDERATED_AUDIENCE = 'api://AzureADTokenExchange';

/** Where the issuer of the access tokens starts (Entra's v1 issuer, then the tenant). */
export const ISSUER_PREFIX = 'https://sts.windows.net/';

/** How long an access token lives: Entra gives client-credential tokens 60-90 minutes. */
const TOKEN_SECONDS = 3599;

/** An access token as the token endpoint issues it: a JWT whose claims ARM would read. */
export interface IssuedToken {
  token: string;
  tenant: string;
  clientId: string;
  /** The resource the token is for (the scope without `/.default`). */
  audience: string;
  expiresIn: number;
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Issues an access token shaped like Entra ID's (header.claims.signature, v1 claims as ARM
 * receives them). The emulator does not sign it: nothing checks a signature here.
 */
export function issueToken(tenant: string, clientId: string, audience: string): IssuedToken {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: audience,
    iss: `${ISSUER_PREFIX}${tenant}/`,
    iat: now,
    nbf: now,
    exp: now + TOKEN_SECONDS,
    appid: clientId,
    idtyp: 'app',
    oid: randomUUID(),
    sub: randomUUID(),
    tid: tenant,
    uti: randomUUID().replace(/-/g, ''),
    ver: '1.0',
  };
  const token = `${b64url({ typ: 'JWT', alg: 'RS256', kid: 'worker-image-emulator' })}.${b64url(claims)}.${Buffer.from(randomUUID()).toString('base64url')}`;
  return { token, tenant, clientId, audience, expiresIn: TOKEN_SECONDS };
}

/** The claims of a JWT, or undefined when it is not one (three base64url parts, JSON claims). */
export function jwtClaims(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
