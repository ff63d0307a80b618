import type { protos } from '@google-cloud/compute';

type Scheduling = protos.google.cloud.compute.v1.IScheduling;

/**
 * Machine families that come with GPUs attached (the accelerator-optimized A2, A3, A4, A4X, G2
 * and G4): GCE refuses to create them with live migration ("Instances with guest accelerators
 * do not support live migration.", 400 badRequest; loft-sh/devpod#973 for g2,
 * openshift/release#63296 for a2), and GPU VMs stop for host maintenance (GCE's "GPU host
 * maintenance" page).
 */
const GPU_FAMILIES = new Set(['a2', 'a3', 'a4', 'a4x', 'g2', 'g4']);

/**
 * Whether a VM of `machineType` can be live-migrated: not one with GPUs attached, nor a bare
 * metal one (`*-metal`, which GCE's live migration limitations list).
 */
export function liveMigrates(machineType: string): boolean {
  const family = machineType.split('-')[0]!;
  return !GPU_FAMILIES.has(family) && !machineType.endsWith('-metal');
}

/**
 * How a worker-image VM meets host maintenance: live-migrated where GCE can, so a maintenance
 * event never cuts a bake or a verify short (`--maintenance-policy=MIGRATE`); else stopped
 * (`TERMINATE`), which GCE requires there, and which the wait then sees as the VM stopping before
 * its script reported. Never restarted (`--no-restart-on-failure`): a VM that crashed must stay
 * down, not run its script again on a half-built disk.
 */
export function scheduling(machineType: string): Scheduling {
  return {
    automaticRestart: false,
    onHostMaintenance: liveMigrates(machineType) ? 'MIGRATE' : 'TERMINATE',
  };
}
