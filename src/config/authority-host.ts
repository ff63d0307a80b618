import type { Section } from './section.js';

/**
 * The identity platform's host: an https origin, no path (the tenant is added to it), e.g.
 * https://login.microsoftonline.us.
 */
export function checkAuthorityHost(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const ok =
    parsed?.protocol === 'https:' &&
    parsed.pathname === '/' &&
    !parsed.search &&
    !parsed.hash &&
    !parsed.username &&
    !parsed.password;
  // Credentials in it are not quoted back into the log.
  const shown = parsed?.username || parsed?.password ? url.replace(/\/\/[^/]*@/, '//***@') : url;
  return ok
    ? undefined
    : `must be the https origin of the identity platform, with no path, such as https://login.microsoftonline.us (got "${shown}")`;
}

/** `authority-host` (the config's azure: block, or an action's input), checked; no trailing /. */
export function readAuthorityHost(
  section: Section,
  auth: 'default' | 'oidc' | 'none',
): string | undefined {
  const host = section.string('authority-host', checkAuthorityHost);
  if (host !== undefined && auth === 'none') {
    section.problem('authority-host', 'is not used with auth: none (no token is requested)');
    return undefined;
  }
  return host?.replace(/\/$/, '');
}
