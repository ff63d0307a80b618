import { ComputeManagementClient } from '@azure/arm-compute';
import type { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureConnection } from './connection.js';
import { trust } from './trust.js';

export interface ArmClients {
  compute: ComputeManagementClient;
  /**
   * Loaded at first use: only a VM's network needs it, and its SDK (2.5 MB of code) would
   * otherwise load before a step's first request.
   */
  network: () => Promise<NetworkManagementClient>;
  resources: ResourceManagementClient;
}

/**
 * Options every client shares: the endpoint override, the token audience that goes with it and
 * the CA that endpoint presents. The audience is named for every client, in both SDK styles
 * (`credentialScopes`; `credentials.scopes` for the Compute SDK, which otherwise asks for a
 * management.azure.com token whatever its endpoint): a sovereign cloud's Resource Manager
 * refuses a token for another's (401 InvalidAuthenticationTokenAudience).
 */
export function options(config: AzureConnection): Record<string, unknown> {
  if (!config.endpoint) return trust(config);
  const scopes = [`${config.endpoint.replace(/\/+$/, '')}/.default`];
  return {
    endpoint: config.endpoint,
    credentialScopes: scopes,
    credentials: { scopes },
    ...trust(config),
  };
}

export function createClients(config: AzureConnection, credential: TokenCredential): ArmClients {
  const opts = options(config);
  let network: Promise<NetworkManagementClient> | undefined;
  return {
    compute: new ComputeManagementClient(credential, config.subscriptionId, opts),
    network: () =>
      (network ??= (async () => {
        const { NetworkManagementClient: Client } = await import('@azure/arm-network');
        return new Client(credential, config.subscriptionId, opts);
      })()),
    resources: new ResourceManagementClient(credential, config.subscriptionId, opts),
  };
}

/** ARM's 404 (RestError statusCode), whichever client threw it. */
export function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: unknown })?.statusCode === 404;
}
