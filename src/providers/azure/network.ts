import type { AzureConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import type { RunContext } from '../provider.js';
import type { ArmClients } from './clients.js';
import { untilDone } from './lro.js';

/** Where a temporary VM's network goes: its own group, a virtual network with one subnet, a NIC. */
export interface TemporaryNetwork {
  resourceGroup: string;
  vnet: string;
  subnet: string;
  nic: string;
}

/**
 * The network of a temporary VM (builder or verifier): no public address, since run-command
 * needs none. With `azure.subnet-id`, only a NIC in that subnet (its routes give the VM its
 * way out; the subnet is checked by checkSubnet first); else a virtual network of its own,
 * outbound through the subnet's default outbound access. Returns the NIC's id for the VM's
 * network profile.
 */
export async function createTemporaryNetwork(
  clients: ArmClients,
  azure: AzureConfig,
  location: string,
  names: TemporaryNetwork,
  tags: Record<string, string>,
  ctx: RunContext & { pollInterval: number },
): Promise<string> {
  const op = (what: string): Deadline => new Deadline(what, azure.timeouts.operation);
  const network = await clients.network();
  const subnetId =
    azure.subnetId ??
    (await ownSubnet(network, location, names, tags, ctx, op(`creating network ${names.vnet}`)));
  const nic = await untilDone(
    (poll) =>
      network.networkInterfaces.beginCreateOrUpdateAndWait(
        names.resourceGroup,
        names.nic,
        {
          location,
          tags,
          ipConfigurations: [{ name: 'ipconfig1', subnet: { id: subnetId } }],
        },
        poll,
      ),
    op(`creating network interface ${names.nic}`),
    ctx,
  );
  return nic.id!;
}

/** A temporary virtual network with one subnet that has default outbound access: its id. */
async function ownSubnet(
  network: Awaited<ReturnType<ArmClients['network']>>,
  location: string,
  names: TemporaryNetwork,
  tags: Record<string, string>,
  ctx: RunContext & { pollInterval: number },
  deadline: Deadline,
): Promise<string> {
  const vnet = await untilDone(
    (poll) =>
      network.virtualNetworks.beginCreateOrUpdateAndWait(
        names.resourceGroup,
        names.vnet,
        {
          location,
          tags,
          addressSpace: { addressPrefixes: ['10.240.0.0/24'] },
          // The script downloads packages and pulls images through Azure's default outbound
          // access: asked for by name, since subnets made with Network API 2025-07-01 or
          // later are private (no outbound) unless they say so, and an SDK update must not
          // cut the builder off.
          subnets: [
            { name: names.subnet, addressPrefix: '10.240.0.0/24', defaultOutboundAccess: true },
          ],
        },
        poll,
      ),
    deadline,
    ctx,
  );
  return (
    vnet.subnets?.find((s) => s.name === names.subnet)?.id ?? `${vnet.id}/subnets/${names.subnet}`
  );
}
