import { DisksClient } from '@google-cloud/compute/build/src/v1/disks_client.js';
import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
import { GoogleAuth, PassThroughClient } from 'google-auth-library';
import type { GcpConfig } from '../../config/types.js';

/** Deep imports keep the bundle to the four services a bake uses (not the 100+ others). */
export interface GceClients {
  instances: InstancesClient;
  images: ImagesClient;
  zoneOperations: ZoneOperationsClient;
  globalOperations: GlobalOperationsClient;
  /** The credentials every client shares; absent with `auth: none`. */
  auth?: GoogleAuth;
}

type ClientOptions = ConstructorParameters<typeof InstancesClient>[0];

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

/** Client options from the config: the SDK's defaults, or an endpoint override. */
export function clientOptions(
  config: Pick<GcpConfig, 'project' | 'endpoint' | 'auth'>,
): NonNullable<ClientOptions> {
  const options: NonNullable<ClientOptions> = { projectId: config.project };
  if (config.endpoint) {
    const url = new URL(config.endpoint);
    options.apiEndpoint = url.hostname;
    options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
    options.protocol = url.protocol.replace(':', '');
  }
  // `none`: no credentials are attached (a local emulator, or a proxy that adds its own).
  if (config.auth === 'none') options.authClient = new PassThroughClient();
  // One GoogleAuth for all clients, so credentials are looked up once and checked up front.
  else options.auth = new GoogleAuth({ projectId: config.project, scopes: [CLOUD_PLATFORM] });
  return options;
}

type ClientName = 'instances' | 'images' | 'zoneOperations' | 'globalOperations';

/**
 * The clients, each constructed when first used, or at once when named in `now` (what a step
 * sends first, so that constructing it is not counted in that step's deadline). A client
 * builds its service's protobuf types when constructed (in the bundle each has definitions of
 * its own), so a bake's first request (an images.list) waits for the Images client's types
 * alone, and a dry run never builds the Instances client's, the largest.
 */
export function createClients(config: GcpConfig, now: readonly ClientName[] = []): GceClients {
  const options = clientOptions(config);
  const made: Partial<Pick<GceClients, ClientName>> = {};
  const make = {
    instances: () => (made.instances ??= new InstancesClient(options)),
    images: () => (made.images ??= new ImagesClient(options)),
    zoneOperations: () => (made.zoneOperations ??= new ZoneOperationsClient(options)),
    globalOperations: () => (made.globalOperations ??= new GlobalOperationsClient(options)),
  };
  for (const name of now) make[name]();
  return {
    get instances() {
      return make.instances();
    },
    get images() {
      return make.images();
    },
    get zoneOperations() {
      return make.zoneOperations();
    },
    get globalOperations() {
      return make.globalOperations();
    },
    ...(options.auth ? { auth: options.auth as GoogleAuth } : {}),
  };
}

/**
 * Finds the Application Default Credentials before the first API call. Without this, missing
 * credentials surface inside the SDK as an unhandled rejection and the call never settles.
 */
export async function verifyCredentials(clients: Pick<GceClients, 'auth'>): Promise<void> {
  if (!clients.auth) return;
  try {
    await clients.auth.getClient();
  } catch (err) {
    throw new Error(
      'gcp.auth is application-default, but no Google credentials were found: run ' +
        'google-github-actions/auth before this step (the job needs `permissions: id-token: write`), ' +
        'set GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default login` ' +
        `locally; against the emulator set gcp.auth: none (${(err as Error).message})`,
    );
  }
}

/** Only gc lists and deletes disks on their own (a bake's boot disk goes with its builder). */
export function createDisksClient(config: GcpConfig, auth?: GoogleAuth): DisksClient {
  return new DisksClient({ ...clientOptions(config), ...(auth ? { auth } : {}) });
}
