import type { Action, Ec2Context } from './context.js';
import { Ec2Error, invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { newId, timestamp } from './ids.js';
import { clientToken, idempotencyFingerprint } from './idempotency.js';
import type { DetachedVolume, RegionState } from './state.js';
import { tagSpecifications } from './tag-rules.js';
import { findVolume, volumeXml, type VolumeView } from './volume-views.js';
import { volumeSpec } from './volume-spec.js';

/**
 * CreateVolume and DeleteVolume: a volume is `creating`, then `available` after the
 * `resourceCreate` duration (the emulator's time for a resource that is not an instance or an
 * image to be made); DeleteVolume makes it `deleting` ("The volume can remain in the deleting
 * state for several minutes") and gone after the `delete` duration.
 */

/**
 * Where the volume goes: one of the region's zones. A zone EC2 does not have answers
 * "Invalid availability zone: [us-east-1z]" as DescribeAvailabilityZones does (network.ts).
 * AvailabilityZoneId is not taken; without a zone the call answers MissingParameter.
 */
function zoneOf(region: RegionState, name: string | undefined): string {
  if (name === undefined) throw missingParameter('AvailabilityZone');
  const zones = [...region.subnets.values()].map((s) => s.availabilityZone);
  if (!zones.includes(name)) throw invalidParameter(`Invalid availability zone: [${name}]`);
  return name;
}

/** The repeat of an earlier call with the same ClientToken (idempotency.ts), else undefined. */
function repeated(region: RegionState, token: string | undefined, fingerprint: string) {
  if (!token) return undefined;
  const seen = region.tokens.get(`volume:${token}`);
  if (seen && seen.fingerprint !== fingerprint) {
    // The wording CopyImage answers (images.ts).
    throw new Ec2Error(
      'IdempotentParameterMismatch',
      'The client token you have provided is associated with a request with different parameters.',
    );
  }
  return seen?.result;
}

/**
 * CreateVolume (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html):
 * answers the Volume, `creating`. ClientToken: "Unique, case-sensitive identifier that you
 * provide to ensure the idempotency of the request"; a repeat answers the volume as it is now
 * (or, deleted since, InvalidVolume.NotFound). TagSpecification.N tags the `volume`.
 */
function createVolume(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const token = clientToken(q);
    const fingerprint = idempotencyFingerprint(q);
    const earlier = repeated(region, token, fingerprint);
    if (earlier !== undefined && !req.dryRun) return volumeXml(findVolume(region, earlier));
    const tagsOf = tagSpecifications(q, ['volume']);
    const availabilityZone = zoneOf(region, q.get('AvailabilityZone'));
    const spec = volumeSpec(region, q);
    stopIfDryRun(req);
    const createTime = timestamp();
    const record: DetachedVolume = {
      volume: {
        ...spec,
        volumeId: newId('vol'),
        deviceName: '',
        tags: tagsOf('volume'),
        createTime,
      },
      availabilityZone,
      createTime,
      state: 'creating',
    };
    const id = record.volume.volumeId;
    region.volumes.set(id, record);
    if (token) region.tokens.set(`volume:${token}`, { fingerprint, result: id });
    ctx.timers.after(ctx.durations().resourceCreate, () => {
      if (record.state !== 'creating') return;
      record.state = 'available';
      ctx.log(`ec2: volume ${id} (${region.region}) is available`);
    });
    ctx.log(`ec2: volume ${id} creating in ${availabilityZone}`);
    return volumeXml(findVolume(region, id));
  };
}

/**
 * A volume in a state other than the one an action needs: IncorrectState, in the form EC2
 * answers DetachVolume of an `available` volume (volume-attachments.ts); this wording, with its
 * space, is the emulator's.
 */
export function incorrectVolumeState(view: VolumeView): Ec2Error {
  return new Ec2Error(
    'IncorrectState',
    `Volume '${view.volume.volumeId}' is in the '${view.status}' state.`,
  );
}

/**
 * DeleteVolume (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVolume.html):
 * "The volume must be in the available state (not attached to an instance)". Attached:
 * VolumeInUse "Volume vol-… is currently attached to i-…" (as kubernetes-sigs/aws-ebs-csi-driver
 * users and terraform runs quote it; the code's description: "The specified EBS volume is
 * attached to an instance", EC2 error codes).
 */
function deleteVolume(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('VolumeId');
    if (!id) throw missingParameter('VolumeId');
    const view = findVolume(region, id);
    if (view.attachment) {
      throw new Ec2Error(
        'VolumeInUse',
        `Volume ${id} is currently attached to ${view.attachment.inst.id}`,
      );
    }
    const record = view.detached!;
    if (record.state !== 'available') throw incorrectVolumeState(view);
    stopIfDryRun(req);
    record.state = 'deleting';
    ctx.timers.after(ctx.durations().delete, () => {
      if (region.volumes.get(id) === record) region.volumes.delete(id);
      ctx.log(`ec2: volume ${id} (${region.region}) deleted`);
    });
    return { return: true };
  };
}

export function volumeLifecycleActions(ctx: Ec2Context): Record<string, Action> {
  return {
    CreateVolume: createVolume(ctx),
    DeleteVolume: deleteVolume(ctx),
  };
}
