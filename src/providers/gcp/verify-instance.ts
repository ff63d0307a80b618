import type { protos } from '@google-cloud/compute';
import type { GcpConfig } from '../../config/types.js';
import type { VerifyTarget } from '../provider.js';
import { networkInterfaces, serviceAccounts } from './builder.js';
import { scheduling } from './maintenance.js';

type Instance = protos.google.cloud.compute.v1.IInstance;

/** Where the image is and where its verifier runs. */
export interface VerifierPlace {
  /** The image's project (from its link), where the verifier runs too. */
  project: string;
  image: string;
  zone: string;
}

const IMAGE_LINK =
  /^(?:https?:\/\/[^/]+\/compute\/(?:v1|beta)\/)?projects\/([^/]+)\/global\/images\/([^/]+)$/;

/**
 * The target's image (its selfLink or `projects/P/global/images/N`; a bare name is in
 * details.project, else the config's project) and the zone to boot it in: the manifest's
 * (details.zone), else the config's.
 */
export function verifierPlace(target: VerifyTarget, gcp: GcpConfig): VerifierPlace {
  const id = target.imageId.trim();
  const link = IMAGE_LINK.exec(id);
  const bare = /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(id);
  if (!link && !bare) {
    throw new Error(
      `gcp image ${JSON.stringify(target.imageId)} is not an image link: expected ` +
        'projects/PROJECT/global/images/NAME (or its https://compute.googleapis.com/compute/v1/… selfLink)',
    );
  }
  return {
    project: link ? link[1]! : (target.details.project ?? gcp.project),
    image: link ? link[2]! : id,
    zone: target.details.zone || gcp.zone,
  };
}

export interface VerifierSpec {
  name: string;
  zone: string;
  machineType: string;
  /** `projects/P/global/images/N`. */
  sourceImage: string;
  diskSizeGb: number;
  startupScript: string;
  labels: Record<string, string>;
}

/**
 * The verifier VM: boots the image with the verify script as its startup script, on the
 * builder's network, service account and scopes, with guest attributes on (the script reports
 * through them, which needs no IAM permission).
 */
export function verifierInstance(gcp: GcpConfig, spec: VerifierSpec): Instance {
  const { zone } = spec;
  return {
    name: spec.name,
    machineType: `zones/${zone}/machineTypes/${spec.machineType}`,
    labels: spec.labels,
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          diskName: spec.name,
          diskSizeGb: String(spec.diskSizeGb),
          diskType: `zones/${zone}/diskTypes/${gcp.bootDisk.type}`,
          sourceImage: spec.sourceImage,
          labels: spec.labels,
        },
      },
    ],
    networkInterfaces: networkInterfaces(gcp, zone),
    serviceAccounts: serviceAccounts(gcp),
    metadata: {
      items: [
        { key: 'startup-script', value: spec.startupScript },
        { key: 'enable-guest-attributes', value: 'TRUE' },
      ],
    },
    // A verifier that crashes must stay down and be seen so, not reboot and run the checks again.
    scheduling: scheduling(spec.machineType),
  };
}
