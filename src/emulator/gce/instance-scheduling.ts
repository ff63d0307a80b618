import { GceError, invalidField } from './errors.js';

type Json = Record<string, unknown>;

/** Machine families that come with GPUs attached (accelerator-optimized: A2, A3, A4, A4X, G2, G4). */
const GPU_FAMILIES = new Set(['a2', 'a3', 'a4', 'a4x', 'g2', 'g4']);

/**
 * Preemptible VMs and Spot VMs ("Spot VMs are the latest version of preemptible VMs",
 * https://cloud.google.com/compute/docs/instances/spot) share the preemptible scheduling rules.
 */
function isPreemptible(s: Json): boolean {
  return s.preemptible === true || s.provisioningModel === 'SPOT';
}

/**
 * An instance's scheduling as GCE answers it: the insert's fields over GCE's defaults, which
 * differ for a preemptible VM (Scheduling, compute v1 reference: onHostMaintenance "For standard
 * instances, the default behavior is MIGRATE. For preemptible instances, the default and only
 * possible behavior is TERMINATE."; automaticRestart "Preemptible instances cannot be
 * automatically restarted. By default, this is set to true").
 */
export function schedulingJson(given: unknown): Json {
  const s = (given as Json | undefined) ?? {};
  const preemptible = isPreemptible(s);
  return {
    onHostMaintenance: preemptible ? 'TERMINATE' : 'MIGRATE',
    automaticRestart: !preemptible,
    preemptible: false,
    provisioningModel: 'STANDARD',
    ...s,
  };
}

/** The field a preemptible-scheduling refusal names, and what it says that field must be. */
function preemptibleField(s: Json): { field: string; value: unknown; must: string } {
  if (s.preemptible === true) {
    return { field: 'resource.scheduling.preemptible', value: true, must: 'preemptible be false' };
  }
  return {
    field: 'resource.scheduling.provisioningModel',
    value: 'SPOT',
    must: 'provisioningModel be STANDARD',
  };
}

/**
 * A preemptible or Spot VM's scheduling, refused as GCE refuses it (400 invalid):
 * - `provisioningModel: STANDARD` with `preemptible`: "Invalid value for field
 *   'resource.scheduling.provisioningModel': 'STANDARD'. For preemptible, only allowed
 *   provisioning_model value is SPOT" (skypilot-org/skypilot#3235; its closing period as
 *   terraform-google-modules/terraform-google-vm#254 shows it);
 * - `automaticRestart: true`: "Invalid value for field 'resource.scheduling.preemptible': 'true'.
 *   Scheduling must have preemptible be false when AutomaticRestart is true."
 *   (percona/mongo_terraform_ansible#34, elasticluster/elasticluster#568);
 * - `onHostMaintenance` other than TERMINATE: "Invalid value for field
 *   'resource.scheduling.preemptible': 'true'. Scheduling must have preemptible be false when
 *   OnHostMaintenance isn't TERMINATE." (travis-ci/worker#487).
 * GCE's wording for a Spot VM (`provisioningModel: SPOT` without `preemptible`) breaking the
 * last two rules is not quoted anywhere public that I found: those messages are the emulator's.
 */
function checkPreemptible(s: Json): void {
  if (!isPreemptible(s)) return;
  if (s.preemptible === true && s.provisioningModel === 'STANDARD') {
    throw invalidField(
      'resource.scheduling.provisioningModel',
      'STANDARD',
      'For preemptible, only allowed provisioning_model value is SPOT.',
    );
  }
  const { field, value, must } = preemptibleField(s);
  if (s.automaticRestart === true) {
    throw invalidField(field, value, `Scheduling must have ${must} when AutomaticRestart is true.`);
  }
  if ((s.onHostMaintenance ?? 'TERMINATE') !== 'TERMINATE') {
    throw invalidField(
      field,
      value,
      `Scheduling must have ${must} when OnHostMaintenance isn't TERMINATE.`,
    );
  }
}

/**
 * An insert's scheduling, checked as GCE does. A preemptible or Spot VM first (see
 * checkPreemptible). Then a VM with GPUs (a family that comes with them, or
 * `guestAccelerators`): it cannot be live-migrated, so `onHostMaintenance` must be TERMINATE,
 * and GCE's default for a standard VM, MIGRATE, is refused: "Instances with guest accelerators do
 * not support live migration.", 400 badRequest (gcloud without --maintenance-policy TERMINATE on
 * g2-standard-4, loft-sh/devpod#973; the API on a2-highgpu-1g, openshift/release#63296).
 */
export function checkScheduling(machineType: string, body: Json): void {
  const type = machineType.split('/').pop() ?? '';
  const family = type.split('-')[0]!;
  const accelerators = Array.isArray(body.guestAccelerators) && body.guestAccelerators.length > 0;
  checkPreemptible((body.scheduling as Json | undefined) ?? {});
  const onHostMaintenance = schedulingJson(body.scheduling).onHostMaintenance;
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
