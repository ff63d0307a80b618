import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { armOptions, credential } from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, liveAzureTemporaries, writeAzureConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

/*
 * azure.subnet-id: the builder joins a subnet the user owns (a hub-and-spoke network, a NAT
 * gateway, a firewall route) instead of a temporary network of its own. The subnet is read
 * before anything is created, and it is never changed or deleted.
 */

let emulator: Emulator;
let network: NetworkManagementClient;
let resources: ResourceManagementClient;
beforeAll(async () => {
  emulator = await startTestEmulator();
  network = new NetworkManagementClient(credential, AZURE_SUBSCRIPTION, armOptions(emulator));
  resources = new ResourceManagementClient(credential, AZURE_SUBSCRIPTION, armOptions(emulator));
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const GROUP = 'batch-network';
const VNET = 'batch-vnet';
const subnetId = (subnet: string, vnet = VNET): string =>
  `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${GROUP}/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/${subnet}`;

/** The user's network: one virtual network in `location` with the given subnets. */
async function userNetwork(
  location: string,
  subnets: { name: string; defaultOutboundAccess?: boolean }[],
): Promise<void> {
  await resources.resourceGroups.createOrUpdate(GROUP, { location });
  await network.virtualNetworks.beginCreateOrUpdateAndWait(
    GROUP,
    VNET,
    {
      location,
      addressSpace: { addressPrefixes: ['10.1.0.0/16'] },
      subnets: subnets.map((s, i) => ({ ...s, addressPrefix: `10.1.${i}.0/24` })),
    },
    { updateIntervalInMs: 20 },
  );
}

async function runBake(subnet: string) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeAzureConfig(emulator),
    overrides: { azure: { 'subnet-id': subnet } },
    cwd: process.cwd(),
  });
  const ctx = runContext(
    {},
    new ConsoleReporter((l) => lines.push(l)),
    new AbortController().signal,
  );
  const outcome = await bake(config, ctx, { cloud: 'azure', ledger: new ResourceLedger() }).catch(
    (err: Error) => err,
  );
  return { outcome, log: lines.join('') };
}

const writes = (): string[] =>
  emulator.control
    .calls()
    .filter((c) => c.method !== 'GET')
    .map((c) => `${c.method} ${c.path}`);

describe('azure.subnet-id', () => {
  it("the builder joins the user's subnet: no network of its own, the user's left as it was", async () => {
    await userNetwork('eastus', [{ name: 'batch-worker-subnet', defaultOutboundAccess: true }]);
    emulator.control.clearCalls();
    const { outcome, log } = await runBake(subnetId('batch-worker-subnet'));
    expect(outcome).not.toBeInstanceOf(Error);
    expect(writes().filter((w) => /virtualNetworks/i.test(w))).toEqual([]);
    // The emulator, as ARM, refuses a NIC whose subnet does not exist: this one joined the user's.
    expect(writes().some((w) => /^PUT .*\/networkInterfaces\//.test(w))).toBe(true);
    expect(log).not.toMatch(/is private/);
    expect(log).toMatch(
      /a network interface in subnet batch-worker-subnet of batch-vnet \(resource group batch-network\), builder wi-builder-/,
    );
    // Everything the bake made is gone; the user's group and network are not.
    expect(liveAzureTemporaries(emulator).sort()).toEqual([
      `resourceGroup ${GROUP}`,
      `virtualNetwork ${VNET}`,
    ]);
    expect(
      (await network.subnets.get(GROUP, VNET, 'batch-worker-subnet')).defaultOutboundAccess,
    ).toBe(true);
  });

  it('a private subnet with no NAT gateway or route table is baked in, with a warning', async () => {
    await userNetwork('eastus', [{ name: 'private', defaultOutboundAccess: false }]);
    const { outcome, log } = await runBake(subnetId('private'));
    expect(outcome).not.toBeInstanceOf(Error);
    expect(log).toMatch(
      /azure\.subnet-id \S+\/subnets\/private is private \(no default outbound access\) and has no NAT gateway or route table/,
    );
  });

  it('a network that is not there, a subnet it lacks, another region: refused before any write', async () => {
    await userNetwork('westus2', [{ name: 'a' }, { name: 'b' }]);
    const cases: [string, RegExp][] = [
      [
        subnetId('a', 'no-such-vnet'),
        /azure\.subnet-id \S+: virtual network no-such-vnet \(resource group batch-network\) was not found/,
      ],
      [subnetId('c'), /virtual network batch-vnet has no subnet c \(it has: a, b\)/],
      [
        subnetId('a'),
        /virtual network batch-vnet is in westus2, but the VM is created in eastus, .*use a subnet in that region/,
      ],
    ];
    for (const [id, message] of cases) {
      emulator.control.clearCalls();
      const { outcome } = await runBake(id);
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).toMatch(message);
      expect(writes()).toEqual([]);
    }
  });
});
