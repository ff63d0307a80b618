import { createHash } from 'node:crypto';
import type { VirtualMachine } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import { builderIdentity, vmSecurityProfile } from './builder.js';
import { throwawaySshKey } from './ssh-key.js';
import { osDiskType } from './vm-size.js';

/** A gallery image version, as its resource id names it. */
export interface GalleryVersionRef {
  subscriptionId: string;
  resourceGroup: string;
  gallery: string;
  definition: string;
  version: string;
}

const VERSION_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;

export function parseVersionId(id: string): GalleryVersionRef {
  const m = VERSION_ID.exec(id);
  if (!m) {
    throw new Error(
      `${JSON.stringify(id)} is not a gallery image version id ` +
        '(/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/galleries/G/images/D/versions/V)',
    );
  }
  const [, subscriptionId, resourceGroup, gallery, definition, version] = m as unknown as string[];
  return { subscriptionId, resourceGroup, gallery, definition, version } as GalleryVersionRef;
}

/** Names of a verification's temporary resources: short, unique per run and image version. */
export function verifierNames(ref: GalleryVersionRef, runId: string) {
  const hash = createHash('sha256')
    .update(`verify/${runId}/${ref.definition}/${ref.version}`)
    .digest('hex')
    .slice(0, 8);
  const group =
    `wi-verify-${ref.definition}-${ref.version}`.replace(/[^-\w.()]/g, '-').slice(0, 70) +
    `-${hash}`;
  return {
    resourceGroup: group,
    vm: `wi-verifier-${hash}`,
    vnet: `wi-vnet-${hash}`,
    subnet: 'verifier',
    nic: `wi-nic-${hash}`,
    osDisk: `wi-osdisk-${hash}`,
  };
}

export type VerifierNames = ReturnType<typeof verifierNames>;

/**
 * The verifier: a worker as a pool would make it, from the gallery version itself (its exact id,
 * not `latest`), with the builder's identity, security type and network settings, so what the
 * checks see is what a production VM would. A generalized image needs an OS profile; the key is
 * thrown away, as run-command needs none.
 */
export function verifierVm(
  azure: AzureConfig,
  o: {
    imageId: string;
    location: string;
    vmSize: string;
    names: VerifierNames;
    tags: Record<string, string>;
    nicId: string;
  },
): VirtualMachine {
  return {
    location: o.location,
    tags: o.tags,
    identity: builderIdentity(azure),
    hardwareProfile: { vmSize: o.vmSize },
    securityProfile: vmSecurityProfile(azure),
    storageProfile: {
      imageReference: { id: o.imageId },
      osDisk: {
        name: o.names.osDisk,
        createOption: 'FromImage',
        deleteOption: 'Delete',
        managedDisk: { storageAccountType: osDiskType(o.vmSize) },
      },
    },
    osProfile: {
      computerName: o.names.vm,
      adminUsername: 'wiverifier',
      linuxConfiguration: {
        disablePasswordAuthentication: true,
        ssh: {
          publicKeys: [
            { path: '/home/wiverifier/.ssh/authorized_keys', keyData: throwawaySshKey() },
          ],
        },
      },
    },
    networkProfile: { networkInterfaces: [{ id: o.nicId, primary: true, deleteOption: 'Delete' }] },
  };
}
