import type { TokenCredential } from '@azure/core-auth';
import { reusedAssertion } from './assertion.js';
import { withTokenHints } from './token-hints.js';
import { trust } from './trust.js';
import type { AzureConnection } from './connection.js';
import type { Reporter } from '../../log/reporter.js';

/**
 * The credential for the configured auth mode:
 * - `default`: DefaultAzureCredential (environment, workload identity, the az CLI login
 *   that azure/login leaves behind);
 * - `oidc`: the job's GitHub ID token exchanged directly for `client-id` in `tenant-id`
 *   (needs `permissions: id-token: write`);
 * - `none`: a fixed placeholder token, for an endpoint that does not check (the emulator).
 */
export async function azureCredential(
  config: AzureConnection,
  reporter: Reporter,
): Promise<TokenCredential> {
  if (config.auth === 'none') {
    return {
      getToken: async () => ({
        token: 'worker-image-no-auth',
        expiresOnTimestamp: Date.now() + 3_600_000,
      }),
    };
  }
  if (config.auth === 'oidc' && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    // Checked here, not at the first token request: that would reach the identity platform.
    throw new Error(
      'azure.auth is oidc but the job could not get a GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL ' +
        'is not set): grant the job `permissions: id-token: write` (pull requests from forks never ' +
        'get one); outside GitHub Actions use azure.auth: default after `az login`',
    );
  }
  const { ClientAssertionCredential, DefaultAzureCredential } = await import('@azure/identity');
  const options = credentialOptions(config);
  if (config.auth === 'oidc') {
    const core = await import('@actions/core');
    const assertion = reusedAssertion(async (): Promise<string> => {
      try {
        // getIDToken masks the token in the log.
        return await core.getIDToken('api://AzureADTokenExchange');
      } catch (err) {
        reporter.warning(
          'azure.auth is oidc but the job could not get a GitHub ID token: grant the job ' +
            '`permissions: id-token: write` (pull requests from forks never get one).',
        );
        throw err;
      }
    });
    return withTokenHints(
      new ClientAssertionCredential(config.tenantId!, config.clientId!, assertion, options),
    );
  }
  return withTokenHints(new DefaultAzureCredential(options));
}

/**
 * Where the credential gets its tokens: `authority-host` when named, trusted as given (MSAL's
 * instance discovery would otherwise ask login.microsoftonline.com about a host it does not
 * know: a private cloud's, the emulator's), over TLS that trusts `ca-certificate` too.
 */
function credentialOptions(config: AzureConnection): {
  authorityHost?: string;
  disableInstanceDiscovery?: boolean;
  tlsOptions?: { ca: string };
} {
  return {
    ...(config.authorityHost
      ? { authorityHost: config.authorityHost, disableInstanceDiscovery: true }
      : {}),
    ...trust(config),
  };
}
