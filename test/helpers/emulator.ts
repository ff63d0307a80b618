import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
import type { protos } from '@google-cloud/compute';
import { PassThroughClient } from 'google-auth-library';
import {
  startEmulator,
  type Durations,
  type Emulator,
  type EmulatorOptions,
} from '../../src/emulator/index.js';

export type Operation = protos.google.cloud.compute.v1.IOperation;

/** Durations short enough for tests, long enough that every state is observable. */
export const TEST_DURATIONS: Durations = {
  boot: 100,
  script: 300,
  stop: 100,
  imageCapture: 150,
  delete: 100,
  operationWaitMax: 5000,
  vmCreate: 100,
  runCommand: 300,
  deallocate: 100,
  replicationPerRegion: 250,
  resourceGroupDelete: 150,
  resourceCreate: 50,
  check: 50,
};

export function startTestEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ ...opts, durations: { ...TEST_DURATIONS, ...opts.durations } });
}

/** Client options pointing the official SDK at the emulator, with no credentials. */
export function sdkOptions(emulator: Emulator) {
  return {
    apiEndpoint: '127.0.0.1',
    port: emulator.port,
    protocol: 'http',
    authClient: new PassThroughClient(),
  };
}

export interface GceClients {
  instances: InstancesClient;
  images: ImagesClient;
  zoneOperations: ZoneOperationsClient;
  globalOperations: GlobalOperationsClient;
  close(): Promise<void>;
}

export function gceClients(emulator: Emulator): GceClients {
  const options = sdkOptions(emulator);
  const clients = {
    instances: new InstancesClient(options),
    images: new ImagesClient(options),
    zoneOperations: new ZoneOperationsClient(options),
    globalOperations: new GlobalOperationsClient(options),
  };
  return {
    ...clients,
    close: async () => {
      await Promise.all(Object.values(clients).map((c) => c.close()));
    },
  };
}

/** Waits for a started operation with `operations.wait` until DONE, as the bake does. */
export async function waitDone(
  clients: GceClients,
  project: string,
  started: { latestResponse?: unknown },
): Promise<Operation> {
  let op = started.latestResponse as Operation;
  while (op.status !== 'DONE') {
    const zone = op.zone?.split('/').pop();
    [op] = zone
      ? await clients.zoneOperations.wait({ project, zone, operation: op.name! })
      : await clients.globalOperations.wait({ project, operation: op.name! });
  }
  return op;
}
