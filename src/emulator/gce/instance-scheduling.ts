import { GceError, invalidField } from './errors.js';

type Json = Record<string, unknown>;

/** Machine families that come with GPUs attached (accelerator-optimized: A2, A3, A4, A4X, G2, G4). */
const GPU_FAMILIES = new Set(['a2', 'a3', 'a4', 'a4x', 'g2', 'g4']);

/**
 * An insert's scheduling, checked as GCE does for a VM with GPUs (a family that comes with them,
 * or `guestAccelerators`): it cannot be live-migrated, so `onHostMaintenance` must be TERMINATE,
 * and GCE's default, MIGRATE, is refused: "Instances with guest accelerators do not support live
 * migration.", 400 badRequest (gcloud without --maintenance-policy TERMINATE on g2-standard-4,
 * loft-sh/devpod#973; the API on a2-highgpu-1g, openshift/release#63296).
 */
export function checkScheduling(machineType: string, body: Json): void {
  const type = machineType.split('/').pop() ?? '';
  const family = type.split('-')[0]!;
  const accelerators = Array.isArray(body.guestAccelerators) && body.guestAccelerators.length > 0;
  const onHostMaintenance = (body.scheduling as Json | undefined)?.onHostMaintenance ?? 'MIGRATE';
  // Bare metal machine types (`c3-standard-192-metal`...) cannot be live-migrated either (GCE's
  // live migration limitations, https://cloud.google.com/compute/docs/instances/live-migration-process#limitations;
  // autobase-tech/autobase#780 sets TERMINATE for them "as required by GCP"). GCE's wording for
  // this refusal is not quoted anywhere public that I found: this is its invalid-field form.
  if (type.endsWith('-metal') && onHostMaintenance !== 'TERMINATE') {
    throw invalidField(
      'resource.scheduling.onHostMaintenance',
      onHostMaintenance,
      'Bare metal instances do not support live migration.',
    );
  }
  if (!GPU_FAMILIES.has(family) && !accelerators) return;
  if (onHostMaintenance !== 'TERMINATE') {
    throw new GceError(
      400,
      'badRequest',
      'Instances with guest accelerators do not support live migration.',
    );
  }
}
