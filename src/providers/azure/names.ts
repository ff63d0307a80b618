import { createHash } from 'node:crypto';

/** Names of the run's temporary resources: short, unique per run and image. */
export function temporaryNames(definition: string, version: string, runId: string) {
  const hash = createHash('sha256')
    .update(`${runId}/${definition}/${version}`)
    .digest('hex')
    .slice(0, 8);
  const group =
    `wi-build-${definition}-${version}`.replace(/[^-\w.()]/g, '-').slice(0, 70) + `-${hash}`;
  return {
    resourceGroup: group,
    vm: `wi-builder-${hash}`,
    vnet: `wi-vnet-${hash}`,
    subnet: 'builder',
    nic: `wi-nic-${hash}`,
    osDisk: `wi-osdisk-${hash}`,
  };
}

export type TemporaryNames = ReturnType<typeof temporaryNames>;

/** The parts of `azure.subnet-id` (checked by the config): where the subnet is, by name. */
export function subnetParts(subnetId: string): {
  resourceGroup: string;
  network: string;
  subnet: string;
} {
  // /subscriptions/S/resourceGroups/G/providers/Microsoft.Network/virtualNetworks/V/subnets/N
  const parts = subnetId.split('/');
  return { resourceGroup: parts[4]!, network: parts[8]!, subnet: parts[10]! };
}
