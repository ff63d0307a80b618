import type { Action, Ec2Context } from './context.js';
import { missingParameter, stopIfDryRun } from './errors.js';
import { newId, timestamp } from './ids.js';
import { snapshotXml } from './snapshots.js';
import { ACCOUNT_ID, type SnapshotRecord } from './state.js';
import { tagSpecifications } from './tag-rules.js';
import { incorrectVolumeState } from './volume-lifecycle.js';
import { findVolume } from './volume-views.js';

/**
 * CreateSnapshot (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSnapshot.html):
 * VolumeId required, Description, TagSpecification.N (`snapshot`); no ClientToken. "You can
 * take a snapshot of an attached volume that is in use"; a volume `creating` or `deleting`
 * answers IncorrectState (volume-lifecycle.ts). The snapshot is `pending`, its progress rising,
 * then `completed` at 100% ("Snapshots occur asynchronously; the point-in-time snapshot is
 * created immediately, but the status of the snapshot is pending until the snapshot is
 * complete") after the `imageCapture` duration CreateImage's snapshots take; an injected
 * operation fault leaves it `error`. It has the volume's size and encryption.
 */
function createSnapshot(ctx: Ec2Context): Action {
  return (req) => {
    const { q, region } = req;
    const volumeId = q.get('VolumeId');
    if (!volumeId) throw missingParameter('VolumeId');
    const tagsOf = tagSpecifications(q, ['snapshot']);
    const view = findVolume(region, volumeId);
    if (view.status === 'creating' || view.status === 'deleting') {
      throw incorrectVolumeState(view);
    }
    stopIfDryRun(req);
    const { volume } = view;
    const snap: SnapshotRecord = {
      region: region.region,
      id: newId('snap'),
      volumeId,
      volumeSizeGb: volume.sizeGb,
      state: 'pending',
      progress: '0%',
      startTime: timestamp(),
      description: q.get('Description') ?? '',
      ownerId: ACCOUNT_ID,
      encrypted: volume.encrypted,
      ...(volume.kmsKeyId ? { kmsKeyId: volume.kmsKeyId } : {}),
      tags: tagsOf('snapshot'),
      stock: false,
    };
    region.snapshots.set(snap.id, snap);
    const fault = req.operationFault();
    const ms = ctx.durations().imageCapture;
    ctx.timers.after(ms / 2, () => {
      if (snap.state === 'pending') snap.progress = '50%';
    });
    ctx.timers.after(ms, () => {
      if (snap.state !== 'pending') return;
      snap.state = fault ? 'error' : 'completed';
      if (!fault) snap.progress = '100%';
      ctx.log(`ec2: snapshot ${snap.id} (${region.region}) is ${snap.state}`);
    });
    ctx.log(`ec2: snapshot ${snap.id} of ${volumeId} pending`);
    return snapshotXml(snap);
  };
}

export function snapshotCreateActions(ctx: Ec2Context): Record<string, Action> {
  return { CreateSnapshot: createSnapshot(ctx) };
}
