import type { AzureConfig } from '../../config/types.js';

/** What reaching Resource Manager takes (replicate, share): a subset of the azure: block. */
export type AzureConnection = Pick<
  AzureConfig,
  | 'subscriptionId'
  | 'endpoint'
  | 'caCertificate'
  | 'authorityHost'
  | 'auth'
  | 'clientId'
  | 'tenantId'
  | 'pollInterval'
> & { timeouts: Pick<AzureConfig['timeouts'], 'replication'> };
