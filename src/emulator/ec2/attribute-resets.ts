import type { Action, Ec2Context } from './context.js';
import { invalidParameter, missingParameter, stopIfDryRun } from './errors.js';
import { ownImage } from './images.js';
import { findSnapshot } from './snapshots.js';

/**
 * ResetImageAttribute and ResetSnapshotAttribute: back to the default, private to the owner.
 * The refusals of an attribute that cannot be reset are in EC2's InvalidParameterValue form
 * ("Value (…) for parameter … is invalid.", as image-attributes.ts cites it); their endings
 * are the emulator's.
 */

/**
 * ResetImageAttribute (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetImageAttribute.html):
 * "The attribute to reset (currently you can only reset the launch permission attribute).
 * Valid Values: launchPermission"; "The productCodes attribute can't be reset." Only the
 * account's own AMIs.
 */
function resetImageAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('ImageId');
    if (!id) throw missingParameter('ImageId');
    const attribute = q.get('Attribute');
    if (attribute === undefined) throw missingParameter('Attribute');
    const img = ownImage(region, id);
    if (attribute !== 'launchPermission') {
      throw invalidParameter(
        `Value (${attribute}) for parameter attribute is invalid. Only launchPermission can be reset.`,
      );
    }
    stopIfDryRun(req);
    img.launchPermissions = [];
    ctx.log(`ec2: image ${id} launch permissions reset`);
    return { return: true };
  };
}

/**
 * ResetSnapshotAttribute (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ResetSnapshotAttribute.html):
 * "The attribute to reset. Currently, only the attribute for permission to create volumes can
 * be reset. Valid Values: productCodes | createVolumePermission"; afterwards the snapshot is "a
 * private snapshot that can only be used by the account that created it" (its example).
 */
function resetSnapshotAttribute(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const id = q.get('SnapshotId');
    if (!id) throw missingParameter('SnapshotId');
    const attribute = q.get('Attribute');
    if (attribute === undefined) throw missingParameter('Attribute');
    const snap = findSnapshot(region, id);
    if (attribute !== 'createVolumePermission') {
      throw invalidParameter(
        `Value (${attribute}) for parameter attribute is invalid. Only createVolumePermission can be reset.`,
      );
    }
    stopIfDryRun(req);
    snap.createVolumePermissions = [];
    ctx.log(`ec2: snapshot ${id} create-volume permissions reset`);
    return { return: true };
  };
}

export function attributeResetActions(ctx: Ec2Context): Record<string, Action> {
  return {
    ResetImageAttribute: resetImageAttribute(ctx),
    ResetSnapshotAttribute: resetSnapshotAttribute(ctx),
  };
}
