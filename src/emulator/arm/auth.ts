import { ISSUER_PREFIX, jwtClaims } from '../entra/tokens.js';
import { ArmError } from './errors.js';

/**
 * What ARM checks of a bearer token the emulated Entra ID issued (the emulator's own issuer):
 * that it has not expired and that it was obtained for this Resource Manager (`origin`, with or
 * without a trailing slash), as ARM refuses a token for another cloud's (a client that asks for
 * management.azure.com while calling a sovereign endpoint). Tokens from elsewhere (the
 * placeholder of `auth: none`) are not the emulator's to judge and pass. The wording is ARM's
 * (InvalidAuthenticationTokenAudience: Azure-Samples/active-directory-dotnetcore-daemon-v2#145).
 */
export function checkBearer(authorization: string, origin: string): void {
  const token = authorization.replace(/^Bearer\s+/i, '');
  const claims = jwtClaims(token);
  if (!claims || typeof claims.iss !== 'string' || !claims.iss.startsWith(ISSUER_PREFIX)) return;
  const exp = typeof claims.exp === 'number' ? claims.exp : 0;
  const now = Date.now();
  if (exp * 1000 <= now) {
    throw new ArmError(
      401,
      'ExpiredAuthenticationToken',
      `The access token expiry UTC time '${utc(exp * 1000)}' is earlier than current UTC time '${utc(now)}'.`,
    );
  }
  const allowed = [`${origin}/`, origin];
  if (!allowed.includes(String(claims.aud))) {
    throw new ArmError(
      401,
      'InvalidAuthenticationTokenAudience',
      `The access token has been obtained for wrong audience or resource '${String(claims.aud)}'. It should exactly match with one of the allowed audiences ${allowed.map((a) => `'${a}'`).join(',')}.`,
    );
  }
}

/**
 * A time as ARM writes it in this message, en-US (`6/15/2026 8:22:51 AM`:
 * microsoft/foundry-dev-tools#461, microsoft/vscode-azureappservice#2483).
 */
function utc(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour = d.getUTCHours() % 12 || 12;
  const time = `${hour}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  return `${date} ${time} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}
