import type { protos } from '@google-cloud/compute';
import type { GcpConfig } from '../../config/types.js';
import type { GcpPlan } from './plan.js';
import { scheduling } from './maintenance.js';
import { regionOf } from './names.js';

type Instance = protos.google.cloud.compute.v1.IInstance;

/**
 * The network the config names (subnet in `zone`'s region). With `external-ip` (the default) an
 * ephemeral one-to-one NAT address, named and tiered as `gcloud compute instances create`
 * sends it; without, none: the builder then reaches package mirrors and registries through
 * Cloud NAT or Private Google Access, which the project provides.
 */
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
  const accessConfig = {
    name: 'external-nat',
    type: 'ONE_TO_ONE_NAT',
    ...(gcp.networkTier ? { networkTier: gcp.networkTier } : {}),
  };
  return [
    {
      ...(network ? { network } : {}),
      ...(subnetwork ? { subnetwork } : {}),
      ...(gcp.externalIp ? { accessConfigs: [accessConfig] } : {}),
    },
  ];
}

/**
 * The config's service account and scopes. `default` is sent as is: GCE attaches the project's
 * Compute Engine default service account, as gcloud and Packer ask it to.
 */
export function serviceAccounts(gcp: GcpConfig): Instance['serviceAccounts'] {
  return gcp.serviceAccount === 'none' ? [] : [{ email: gcp.serviceAccount, scopes: gcp.scopes }];
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
    scheduling: scheduling(gcp.machineType),
  };
}
