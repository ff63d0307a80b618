import { readFileSync } from 'node:fs';
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureConnection } from '../../replicate/request.js';

export interface ArmClients {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  resources: ResourceManagementClient;
}

/** Options every client shares: the endpoint override and the CA that endpoint presents. */
export function options(config: AzureConnection): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  if (config.endpoint) opts.endpoint = config.endpoint;
  if (config.caCertificate) opts.tlsOptions = { ca: readFileSync(config.caCertificate, 'utf8') };
  return opts;
}

export function createClients(config: AzureConnection, credential: TokenCredential): ArmClients {
  const opts = options(config);
  return {
    compute: new ComputeManagementClient(credential, config.subscriptionId, opts),
    network: new NetworkManagementClient(credential, config.subscriptionId, opts),
    resources: new ResourceManagementClient(credential, config.subscriptionId, opts),
  };
}

/** ARM's 404 (RestError statusCode), whichever client threw it. */
export function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: unknown })?.statusCode === 404;
}
