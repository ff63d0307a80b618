import { invalidParameter } from './errors.js';
import { subnetZone } from './network.js';
import type { DetachedVolume, EbsVolume, InstanceRecord, RegionState } from './state.js';
import { attachedVolumes } from './volume-views.js';

/**
 * Volumes moving between an instance and the region: a detached volume is `available` in the
 * zone of the instance it left, with the times it was made and attached with.
 */

/** Takes `volume` off `inst` (its root too) and keeps it, `available`, attached to nothing. */
export function detachVolume(region: RegionState, inst: InstanceRecord, volume: EbsVolume): void {
  if (volume === inst.root) inst.rootDetached = true;
  else inst.volumes = inst.volumes.filter((v) => v !== volume);
  keep(region, inst, volume);
}

function keep(region: RegionState, inst: InstanceRecord, volume: EbsVolume): void {
  const createTime = volume.createTime ?? inst.launchTime;
  delete volume.attachState;
  delete volume.attachTime;
  const record: DetachedVolume = {
    volume: { ...volume, createTime },
    availabilityZone: subnetZone(region, inst.subnetId),
    createTime,
    state: 'available',
  };
  region.volumes.set(volume.volumeId, record);
}

/**
 * An instance terminated: "By default, the DeleteOnTermination attribute for the root volume of
 * an instance is set to true ... the default is to preserve these volumes" for the others, and
 * a preserved volume is detached and `available` ("Preserve data when an instance is
 * terminated", https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html).
 * The terminated instance still names its volumes (its root device name shows), attached to it
 * no longer.
 */
export function releaseVolumes(region: RegionState, inst: InstanceRecord): void {
  for (const volume of attachedVolumes(inst)) {
    if (!volume.deleteOnTermination) keep(region, inst, volume);
  }
}

/**
 * A stopped instance whose root volume DetachVolume took away does not start: "Invalid value
 * <instance ID> for instanceId. Instance does not have a volume attached at root (/dev/sda1)."
 * (VM Import/Export user guide, troubleshooting, quoting StartInstances).
 */
export function refuseWithoutRoot(inst: InstanceRecord): void {
  if (inst.rootDetached) {
    throw invalidParameter(
      `Invalid value '${inst.id}' for instanceId. Instance does not have a volume attached at root (${inst.root.deviceName})`,
    );
  }
}
