import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/identity';
import { request } from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GUEST_HOME_PREFIX } from '../../src/emulator/arm/guest.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ENV } from '../../src/emulator/vm/shims.js';

export const SUBSCRIPTION = '00000000-0000-4000-8000-000000000001';

/** A static token: the emulator wants a bearer token and ignores its value. */
export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator', expiresOnTimestamp: Date.now() + 3600_000 }),
};

/** How every Azure SDK client reaches the emulator: its endpoint, trusting its certificate. */
export function armOptions(emulator: Emulator) {
  return {
    endpoint: emulator.armEndpoint,
    tlsOptions: { ca: emulator.caCertificate },
  };
}

/** Poll quickly: the emulator's operations take milliseconds, the SDK's default is 2 s. */
export const POLL = { updateIntervalInMs: 50 };

export interface ArmClients {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  resources: ResourceManagementClient;
}

export function armClients(emulator: Emulator): ArmClients {
  const options = armOptions(emulator);
  return {
    compute: new ComputeManagementClient(credential, SUBSCRIPTION, options),
    network: new NetworkManagementClient(credential, SUBSCRIPTION, options),
    resources: new ResourceManagementClient(credential, SUBSCRIPTION, options),
  };
}

/** A raw HTTPS request to the emulator's ARM endpoint (what no SDK would send). */
export function rawArm(
  emulator: Emulator,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<{ status: number; headers: Record<string, unknown>; json: unknown }> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const sent = text === undefined ? headers : { 'content-type': 'application/json', ...headers };
  return new Promise((resolve, reject) => {
    const req = request(
      `${emulator.armEndpoint}${path}`,
      { method, headers: sent, ca: emulator.caCertificate },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            json: text === '' ? undefined : JSON.parse(text),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** The `PowerState/...` code of a VM's instance view. */
export async function powerState(arm: ArmClients, group: string, vm: string): Promise<string> {
  const view = await arm.compute.virtualMachines.instanceView(group, vm);
  return view.statuses?.find((s) => s.code?.startsWith('PowerState/'))?.code ?? 'none';
}

/**
 * Processes of this test process's Azure guests still alive on the machine, wherever they
 * went (`setsid`, `nohup`): what a powered-off or deleted VM must not leave behind.
 */
export function strayGuestProcesses(): number[] {
  const marker = `\0${ENV.dir}=${join(tmpdir(), GUEST_HOME_PREFIX)}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return `\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`.includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Resource group → vnet with a subnet → NIC: what a builder VM needs first. */
export async function createNetwork(
  arm: ArmClients,
  group: string,
  location: string,
  tags: Record<string, string> = {},
): Promise<{ nicId: string; subnetId: string }> {
  await arm.resources.resourceGroups.createOrUpdate(group, { location, tags });
  const vnet = await arm.network.virtualNetworks.beginCreateOrUpdateAndWait(
    group,
    'builder-vnet',
    {
      location,
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [{ name: 'builder', addressPrefix: '10.0.0.0/24' }],
    },
    POLL,
  );
  const subnetId = vnet.subnets![0]!.id!;
  const nic = await arm.network.networkInterfaces.beginCreateOrUpdateAndWait(
    group,
    'builder-nic',
    { location, ipConfigurations: [{ name: 'ipconfig1', subnet: { id: subnetId } }] },
    POLL,
  );
  return { nicId: nic.id!, subnetId };
}

/** A builder VM from a marketplace image, its OS disk and NIC deleted with it. */
export function createBuilderVm(
  arm: ArmClients,
  group: string,
  name: string,
  location: string,
  nicId: string,
) {
  return arm.compute.virtualMachines.beginCreateOrUpdateAndWait(
    group,
    name,
    {
      location,
      tags: { 'worker-image-role': 'builder' },
      identity: { type: 'SystemAssigned' },
      hardwareProfile: { vmSize: 'Standard_D2s_v5' },
      storageProfile: {
        imageReference: {
          publisher: 'Canonical',
          offer: '0001-com-ubuntu-server-jammy',
          sku: '22_04-lts-gen2',
          version: 'latest',
        },
        osDisk: { createOption: 'FromImage', deleteOption: 'Delete' },
      },
      osProfile: { computerName: name, adminUsername: 'wibuilder', adminPassword: 'N0t-a-secret!' },
      networkProfile: { networkInterfaces: [{ id: nicId, primary: true, deleteOption: 'Delete' }] },
    },
    POLL,
  );
}
