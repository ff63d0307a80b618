import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AzureConfig } from '../../src/config/types.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import type { ArmClients as ProductClients } from '../../src/providers/azure/clients.js';
import { createTemporaryNetwork } from '../../src/providers/azure/network.js';
import { armClients, rawArm, SUBSCRIPTION, type ArmClients } from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

/*
 * A builder's script downloads packages and pulls images. Azure gives a VM without a public
 * address outbound access through its subnet's default outbound access, but from Network API
 * 2025-07-01 on a new subnet is private (no outbound) unless it asks otherwise: an SDK update
 * must not cut the builder off.
 */

let emulator: Emulator;
let arm: ArmClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  arm = armClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.stop());

const vnetPath = (group: string, vnet: string, apiVersion: string): string =>
  `/subscriptions/${SUBSCRIPTION}/resourceGroups/${group}/providers/Microsoft.Network/virtualNetworks/${vnet}?api-version=${apiVersion}`;

/** A subnet's defaultOutboundAccess as Azure answers a GET at `apiVersion`. */
async function outbound(group: string, vnet: string, apiVersion: string): Promise<unknown> {
  const { json } = await rawArm(emulator, 'GET', vnetPath(group, vnet, apiVersion), AUTH);
  const body = json as {
    properties: { subnets: { properties: { defaultOutboundAccess?: boolean } }[] };
  };
  return body.properties.subnets[0]!.properties.defaultOutboundAccess;
}

const AUTH = { authorization: 'Bearer emulator' };

describe("a temporary VM's network", () => {
  it('keeps outbound access through its subnet, asked for by name', async () => {
    await arm.resources.resourceGroups.createOrUpdate('wi-build-net', { location: 'eastus' });
    const clients = { network: async () => arm.network } as unknown as ProductClients;
    const azure = { timeouts: { operation: 30_000 } } as AzureConfig;
    const names = { resourceGroup: 'wi-build-net', vnet: 'vnet', subnet: 'subnet', nic: 'nic' };
    await createTemporaryNetwork(
      clients,
      azure,
      'eastus',
      names,
      {},
      {
        runId: 'test',
        reporter: new ConsoleReporter(() => {}),
        signal: new AbortController().signal,
        pollInterval: 10,
      },
    );
    const subnet = await arm.network.subnets.get('wi-build-net', 'vnet', 'subnet');
    expect(subnet.defaultOutboundAccess).toBe(true);
  });
});

describe('the emulated Resource Manager', () => {
  it('makes a subnet created with Network API 2025-07-01 or later private unless it says otherwise', async () => {
    await arm.resources.resourceGroups.createOrUpdate('g', { location: 'eastus' });
    const put = (vnet: string, apiVersion: string, subnet: object) =>
      rawArm(emulator, 'PUT', vnetPath('g', vnet, apiVersion), AUTH, {
        location: 'eastus',
        properties: {
          addressSpace: { addressPrefixes: ['10.0.0.0/24'] },
          subnets: [{ name: 's', properties: { addressPrefix: '10.0.0.0/24', ...subnet } }],
        },
      });
    expect((await put('old', '2025-05-01', {})).status).toBeLessThan(300);
    expect((await put('new', '2025-07-01', {})).status).toBeLessThan(300);
    expect((await put('asked', '2025-07-01', { defaultOutboundAccess: true })).status).toBeLessThan(
      300,
    );
    expect(await outbound('g', 'old', '2025-05-01')).toBeUndefined();
    expect(await outbound('g', 'new', '2025-07-01')).toBe(false);
    expect(await outbound('g', 'asked', '2025-07-01')).toBe(true);
  });
});
