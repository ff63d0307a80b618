import type { protos } from '@google-cloud/compute';
import type { GcpConfig } from '../../config/types.js';
import type { GcpPlan } from './plan.js';
import { regionOf } from './names.js';

type Instance = protos.google.cloud.compute.v1.IInstance;

/** The network the config names (subnet in `zone`'s region), with an external address. */
export function networkInterfaces(gcp: GcpConfig, zone: string): Instance['networkInterfaces'] {
  const subnetwork = gcp.subnet
    ? gcp.subnet.includes('/')
      ? gcp.subnet
      : `regions/${regionOf(zone)}/subnetworks/${gcp.subnet}`
    : undefined;
  const network = gcp.network
    ? gcp.network.includes('/')
      ? gcp.network
      : `global/networks/${gcp.network}`
    : undefined;
  return [
    {
      ...(network ? { network } : {}),
      ...(subnetwork ? { subnetwork } : {}),
      // The script downloads packages; without Cloud NAT the VM needs its own address.
      accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }],
    },
  ];
}

/** The config's service account and scopes; none when it names no account. */
export function serviceAccounts(gcp: GcpConfig): Instance['serviceAccounts'] {
  return gcp.serviceAccount ? [{ email: gcp.serviceAccount, scopes: gcp.scopes }] : [];
}

/** The builder VM: boots the stock image and runs the wrapped script as its startup script. */
export function builderInstance(
  gcp: GcpConfig,
  plan: GcpPlan,
  startupScript: string,
  labels: Record<string, string>,
): Instance {
  const { zone } = gcp;
  return {
    name: plan.builderName,
    machineType: `zones/${zone}/machineTypes/${gcp.machineType}`,
    labels,
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          diskName: plan.builderName,
          diskSizeGb: String(gcp.bootDisk.sizeGb),
          diskType: `zones/${zone}/diskTypes/${gcp.bootDisk.type}`,
          sourceImage: plan.sourceImageLink,
          labels,
        },
      },
    ],
    networkInterfaces: networkInterfaces(gcp, zone),
    serviceAccounts: serviceAccounts(gcp),
    metadata: {
      items: [
        { key: 'startup-script', value: startupScript },
        // The wrapper reports through guest attributes: no IAM permission needed for that.
        { key: 'enable-guest-attributes', value: 'TRUE' },
      ],
    },
    // A builder that crashes must stay down, not rerun the script on a half-built disk.
    scheduling: { automaticRestart: false },
  };
}
