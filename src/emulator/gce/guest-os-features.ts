import { GceError } from './errors.js';

/**
 * Guest OS features: flags an image carries for the VMs made from it
 * (https://cloud.google.com/compute/docs/images/create-custom#guest-os-features). A disk made
 * from an image has the image's, and an image made from a disk has the disk's plus any the
 * insert names: GCE answers the union, which is why a client naming only some of them sees
 * the others come back (hashicorp/terraform-provider-google#7273).
 */

/** GuestOsFeature.Type of compute v1, as @google-cloud/compute's definitions list it. */
const TYPES = new Set([
  'BARE_METAL_LINUX_COMPATIBLE',
  'BMSAI_CAPABLE',
  'CCA_CAPABLE',
  'FEATURE_TYPE_UNSPECIFIED',
  'GVNIC',
  'IDPF',
  'MULTI_IP_SUBNET',
  'SECURE_BOOT',
  'SEV_CAPABLE',
  'SEV_LIVE_MIGRATABLE',
  'SEV_LIVE_MIGRATABLE_V2',
  'SEV_SNP_CAPABLE',
  'SNP_SVSM_CAPABLE',
  'SUSPEND_SAFE_FPR',
  'TDX_CAPABLE',
  'UEFI_COMPATIBLE',
  'VIRTIO_SCSI_MULTIQUEUE',
  'WINDOWS',
]);

/** What the stock Linux images the emulator starts with carry. */
export const STOCK_FEATURES: readonly string[] = [
  'VIRTIO_SCSI_MULTIQUEUE',
  'SEV_CAPABLE',
  'UEFI_COMPATIBLE',
  'GVNIC',
];

/**
 * A request's `guestOsFeatures` (`[{type}]`). An unknown type is refused in the form Google's
 * JSON front end refuses an enum value it does not know (`Invalid value at 'field' (type), "x"`,
 * as other Google APIs quote it); the exact text for compute is the emulator's.
 */
export function parseGuestOsFeatures(field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new GceError(400, 'invalid', `Invalid value at '${field}', expected a list of features.`);
  }
  return value.map((f: unknown, i) => {
    const type = (f as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !TYPES.has(type)) {
      throw new GceError(
        400,
        'invalid',
        `Invalid value at '${field}[${i}].type' (type.googleapis.com/google.cloud.compute.v1.GuestOsFeature.Type), ${JSON.stringify(type ?? null)}`,
      );
    }
    return type;
  });
}

/** The features of both, each once, those already there first. */
export function withFeatures(had: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...had, ...added])];
}
