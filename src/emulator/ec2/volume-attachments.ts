import { isDeviceName, sameDevice } from './block-devices.js';
import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { timestamp } from './ids.js';
import { findInstance } from './instances.js';
import { subnetZone } from './network.js';
import type { EbsVolume, InstanceRecord } from './state.js';
import { incorrectVolumeState } from './volume-lifecycle.js';
import { detachVolume } from './volume-store.js';
import { attachedVolumes, attachmentOf, attachmentXml, findVolume } from './volume-views.js';

/**
 * AttachVolume and DetachVolume: the attachment is `attaching`, then `attached`; `detaching`,
 * then gone and the volume `available` (VolumeAttachment states "attaching | attached |
 * detaching | detached"), each after the `resourceCreate` duration.
 */

/**
 * The device to attach at: a name EC2 takes ("Value (/dev/sdk1) for parameter device is
 * invalid. /dev/sdk1 is not a valid EBS device name.", base2genomics/batchit#15), or the
 * instance's root device name once DetachVolume took its root away; one in use answers
 * "Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use"
 * (nanovms/ops#1189, rexray/rexray#425).
 */
function checkDevice(inst: InstanceRecord, device: string): void {
  const isRoot = sameDevice(device, inst.root.deviceName);
  if (!isRoot && !isDeviceName(device)) {
    throw invalidParameter(
      `Value (${device}) for parameter device is invalid. ${device} is not a valid EBS device name.`,
    );
  }
  if (attachedVolumes(inst).some((v) => sameDevice(v.deviceName, device))) {
    throw invalidParameter(
      `Invalid value '${device}' for unixDevice. Attachment point ${device} is already in use`,
    );
  }
}

/**
 * AttachVolume (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AttachVolume.html):
 * Device, InstanceId and VolumeId are required. "The volume and instance must be within the
 * same Availability Zone": InvalidVolume.ZoneMismatch "The volume 'vol-…' is not in the same
 * availability zone as instance 'i-…'" (linuxkit/linuxkit#2388). An attached volume answers
 * VolumeInUse "vol-… is already attached to an instance" (portworx/px-dev#42); one `creating`
 * or `deleting` IncorrectState. The instance must be running or stopped (the refusal's wording
 * is the emulator's, in EC2's IncorrectInstanceState form). A volume attached after launch is
 * kept when its instance terminates (DeleteOnTermination false, "Preserve data when an
 * instance is terminated").
 */
function attachVolume(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const device = q.get('Device');
    const instanceId = q.get('InstanceId');
    const volumeId = q.get('VolumeId');
    if (!device) throw missingParameter('Device');
    if (!instanceId) throw missingParameter('InstanceId');
    if (!volumeId) throw missingParameter('VolumeId');
    const view = findVolume(region, volumeId);
    const inst = findInstance(region, instanceId);
    if (view.attachment) {
      throw new Ec2Error('VolumeInUse', `${volumeId} is already attached to an instance`);
    }
    if (view.status !== 'available') throw incorrectVolumeState(view);
    if (view.zone !== subnetZone(region, inst.subnetId)) {
      throw new Ec2Error(
        'InvalidVolume.ZoneMismatch',
        `The volume '${volumeId}' is not in the same availability zone as instance '${instanceId}'`,
      );
    }
    if (!['running', 'stopped'].includes(inst.state)) {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${instanceId}' is not in the 'running' or 'stopped' state.`,
      );
    }
    checkDevice(inst, device);
    stopIfDryRun(req);
    region.volumes.delete(volumeId);
    const volume: EbsVolume = {
      ...view.volume,
      deviceName: device,
      deleteOnTermination: false,
      attachState: 'attaching',
      attachTime: timestamp(),
    };
    if (sameDevice(device, inst.root.deviceName)) {
      inst.root = volume;
      inst.rootDetached = false;
    } else inst.volumes.push(volume);
    ctx.timers.after(ctx.durations().resourceCreate, () => {
      if (volume.attachState !== 'attaching') return;
      delete volume.attachState;
      ctx.log(`ec2: volume ${volumeId} attached to ${instanceId} at ${device}`);
    });
    return attachmentXml(volume, attachmentOf(inst, volume));
  };
}

/** The live instance a volume is attached to, and the volume as it holds it. */
function attachedTo(region: Parameters<Action>[0]['region'], volumeId: string) {
  const view = findVolume(region, volumeId);
  if (!view.attachment) {
    // EC2's own wording, its missing space included: "IncorrectState: Volume
    // 'vol-1537ff1d'is in the 'available' state." (hashicorp/terraform#9023).
    throw new Ec2Error('IncorrectState', `Volume '${volumeId}'is in the '${view.status}' state.`);
  }
  return { inst: view.attachment.inst, volume: view.volume };
}

/**
 * DetachVolume (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachVolume.html):
 * VolumeId required; InstanceId and Device, when given, must name its attachment, else
 * InvalidAttachment.NotFound (a code of the EC2 error codes list; the message is the
 * emulator's, EC2's is not public).
 * "If an EBS volume is the root device of an instance, it can't be detached while the instance
 * is running. To detach the root volume, stop the instance first": IncorrectState "Unable to
 * detach root volume 'vol-…' from instance 'i-…'" (as a terraform run quotes EC2), Force or
 * not. A volume already detaching answers its attachment again.
 */
function detachVolumeAction(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const volumeId = q.get('VolumeId');
    if (!volumeId) throw missingParameter('VolumeId');
    const instanceId = q.get('InstanceId');
    if (instanceId !== undefined) findInstance(region, instanceId);
    const { inst, volume } = attachedTo(region, volumeId);
    const device = q.get('Device');
    if (
      (instanceId !== undefined && instanceId !== inst.id) ||
      (device !== undefined && !sameDevice(device, volume.deviceName))
    ) {
      throw new Ec2Error(
        'InvalidAttachment.NotFound',
        `The volume '${volumeId}' is not attached to instance '${instanceId ?? inst.id}' at device '${device ?? volume.deviceName}'.`,
      );
    }
    if (volume === inst.root && inst.state !== 'stopped') {
      throw new Ec2Error(
        'IncorrectState',
        `Unable to detach root volume '${volumeId}' from instance '${inst.id}'`,
      );
    }
    stopIfDryRun(req);
    if (volume.attachState !== 'detaching') {
      volume.attachState = 'detaching';
      ctx.timers.after(ctx.durations().resourceCreate, () => {
        if (volume.attachState !== 'detaching' || inst.state === 'terminated') return;
        if (!attachedVolumes(inst).includes(volume)) return;
        detachVolume(region, inst, volume);
        ctx.log(`ec2: volume ${volumeId} detached from ${inst.id}`);
      });
    }
    return attachmentXml(volume, attachmentOf(inst, volume));
  };
}

export function volumeAttachmentActions(ctx: Ec2Context): Record<string, Action> {
  return {
    AttachVolume: attachVolume(ctx),
    DetachVolume: detachVolumeAction(ctx),
  };
}
