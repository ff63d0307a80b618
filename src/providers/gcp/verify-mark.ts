import type { GcpConfig } from '../../config/types.js';
import { Deadline } from '../../wait/deadline.js';
import { statusOf } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import type { GceClients } from './clients.js';
import { CALL, call } from './calls.js';
import { waitOperation } from './operations.js';

export const VERIFIED_LABEL = 'worker-image-verified';

/**
 * Records the verdict on the image: the label `worker-image-verified: "true"|"false"`, and for
 * a failed image the deprecation state DEPRECATED, which keeps it out of its family:
 * images.getFromFamily "returns the latest image that is part of an image family and is not
 * deprecated" (https://cloud.google.com/compute/docs/reference/rest/v1/images/getFromFamily),
 * so a pool booting `family/batch-worker` keeps getting the previous image. A DEPRECATED image
 * still boots when named (DeprecationStatus.State: "Operations which create a new resource
 * using a DEPRECATED resource will return successfully, but with a warning"), so it can be
 * looked into. An image this marked failed before and that now passes is made ACTIVE again;
 * any other deprecation (the user's) is left alone.
 */
export async function markImage(
  clients: GceClients,
  gcp: GcpConfig,
  place: { project: string; image: string },
  verified: boolean,
  ctx: RunContext,
): Promise<void> {
  const { project, image } = place;
  const deadline = (what: string): Deadline =>
    new Deadline(`${what} image ${image}`, gcp.timeouts.operation);
  const wasFailed = await setVerifiedLabel(clients, place, verified, ctx, deadline('labelling'));
  const state = verified ? (wasFailed ? 'ACTIVE' : undefined) : 'DEPRECATED';
  if (state === undefined) return;
  const [op] = await call(ctx, `mark image ${image} ${state}`, () =>
    clients.images.deprecate({ project, image, deprecationStatusResource: { state } }, CALL),
  );
  await waitOperation(clients, project, op, deadline(`marking ${state}`), ctx);
}

/**
 * images.setLabels replaces the whole set and needs the fingerprint of the set it replaces:
 * GCE refuses a stale one with 412 conditionNotMet (GlobalSetLabelsRequest.labelFingerprint),
 * i.e. someone changed the labels between the read and the write. Read again and retry once.
 * Returns whether the image was DEPRECATED by an earlier failed verification.
 */
async function setVerifiedLabel(
  clients: GceClients,
  place: { project: string; image: string },
  verified: boolean,
  ctx: RunContext,
  deadline: Deadline,
): Promise<boolean> {
  const { project, image } = place;
  for (let attempt = 1; ; attempt++) {
    const [current] = await call(ctx, `read image ${image}`, () =>
      clients.images.get({ project, image }, CALL),
    );
    const labels = { ...(current.labels ?? {}), [VERIFIED_LABEL]: String(verified) };
    const wasFailed =
      current.labels?.[VERIFIED_LABEL] === 'false' && current.deprecated?.state === 'DEPRECATED';
    try {
      const [op] = await call(ctx, `label image ${image}`, () =>
        clients.images.setLabels(
          {
            project,
            resource: image,
            globalSetLabelsRequestResource: {
              labels,
              labelFingerprint: current.labelFingerprint ?? '',
            },
          },
          CALL,
        ),
      );
      await waitOperation(clients, project, op, deadline, ctx);
      return wasFailed;
    } catch (err) {
      if (statusOf(err) !== 412 || attempt > 1) throw err;
      ctx.reporter.info(
        `the labels of image ${image} changed while they were being set (412 conditionNotMet): reading them again`,
      );
    }
  }
}
