import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
import { PassThroughClient } from 'google-auth-library';
import type { GcpConfig } from '../../config/types.js';

/** Deep imports keep the bundle to the four services a bake uses (not the 100+ others). */
export interface GceClients {
  instances: InstancesClient;
  images: ImagesClient;
  zoneOperations: ZoneOperationsClient;
  globalOperations: GlobalOperationsClient;
}

type ClientOptions = ConstructorParameters<typeof InstancesClient>[0];

/** Client options from the config: the SDK's defaults, or an endpoint override. */
export function clientOptions(config: GcpConfig): ClientOptions {
  const options: NonNullable<ClientOptions> = { projectId: config.project };
  if (config.endpoint) {
    const url = new URL(config.endpoint);
    options.apiEndpoint = url.hostname;
    options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
    options.protocol = url.protocol.replace(':', '');
  }
  // `none`: no credentials are attached (a local emulator, or a proxy that adds its own).
  if (config.auth === 'none') options.authClient = new PassThroughClient();
  return options;
}

export function createClients(config: GcpConfig): GceClients {
  const options = clientOptions(config);
  return {
    instances: new InstancesClient(options),
    images: new ImagesClient(options),
    zoneOperations: new ZoneOperationsClient(options),
    globalOperations: new GlobalOperationsClient(options),
  };
}
