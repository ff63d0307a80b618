import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';
import type { protos } from '@google-cloud/compute';
import type { GoogleAuth } from 'google-auth-library';
import type { GcpShareConfig } from '../../config/types.js';
import type { GcpConnection } from './connection.js';
import { shareResult, type Grant, type ShareResult } from '../../share/result.js';
import { statusOf } from '../../wait/retry.js';
import { jitter, sleep } from '../../wait/sleep.js';
import { wrongCloud } from '../load.js';
import type { RunContext, ShareProvider } from '../provider.js';
import { CALL, call, isNotFound } from './calls.js';
import { clientOptions, verifyCredentials } from './clients.js';

type Policy = protos.google.cloud.compute.v1.IPolicy;
type Binding = protos.google.cloud.compute.v1.IBinding;

export const IMAGE_USER_ROLE = 'roles/compute.imageUser';

/** Concurrent writers are rare; a handful of re-reads settles any realistic race. */
const MAX_ATTEMPTS = 5;

export interface GceShareRequest {
  project: string;
  image: string;
  share: GcpShareConfig;
  dryRun: boolean;
}

/**
 * The members of the unconditional `roles/compute.imageUser` binding. A conditional binding
 * grants only under its condition, so it does not count as granted.
 */
function imageUsers(policy: Policy): Set<string> {
  const users = new Set<string>();
  for (const b of policy.bindings ?? []) {
    if (b.role === IMAGE_USER_ROLE && !b.condition) for (const m of b.members ?? []) users.add(m);
  }
  return users;
}

/** The policy with `members` added to the imageUser binding; every other binding kept as read. */
export function withImageUsers(policy: Policy, members: string[]): Policy {
  const bindings: Binding[] = (policy.bindings ?? []).map((b) => ({ ...b }));
  const existing = bindings.find((b) => b.role === IMAGE_USER_ROLE && !b.condition);
  if (existing) existing.members = [...(existing.members ?? []), ...members];
  else bindings.push({ role: IMAGE_USER_ROLE, members });
  return { ...policy, bindings };
}

/** A write refused because the policy changed since it was read (its etag is stale). */
function isEtagConflict(err: unknown): boolean {
  const status = statusOf(err);
  const code = (err as { code?: unknown })?.code;
  // Over REST the SDK keeps the HTTP status; gRPC codes 10 ABORTED and 9 FAILED_PRECONDITION.
  return status === 409 || status === 412 || code === 10 || code === 9;
}

/**
 * Grants `roles/compute.imageUser` on a GCE image: read the policy, add the missing members,
 * write it back with the etag that was read. When someone else changed the policy in
 * between, GCE refuses the write; the policy is then read and merged again, so their change
 * is never lost. Members already granted are left alone, so a second run writes nothing.
 */
export async function shareGceImage(
  connection: GcpConnection,
  request: GceShareRequest,
  ctx: RunContext,
): Promise<ShareResult> {
  const { project, image, share } = request;
  const options = clientOptions({ ...connection, project });
  const images = new ImagesClient(options);
  const name = `projects/${project}/global/images/${image}`;
  try {
    await verifyCredentials(options?.auth ? { auth: options.auth as GoogleAuth } : {});
    for (let attempt = 1; ; attempt++) {
      let policy: Policy;
      try {
        [policy] = await call(ctx, `read the IAM policy of image ${image}`, () =>
          images.getIamPolicy({ project, resource: image, optionsRequestedPolicyVersion: 3 }, CALL),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
        throw new Error(
          `image ${image} not found in project ${project}; check the image and project`,
        );
      }
      const granted = imageUsers(policy);
      const missing = share.members.filter((m) => !granted.has(m));
      const grants: Grant[] = share.members.map((member) => ({
        member,
        status: missing.includes(member) ? 'added' : 'unchanged',
        via: IMAGE_USER_ROLE,
      }));
      if (missing.length === 0 || request.dryRun) {
        return shareResult('gcp', name, grants, request.dryRun);
      }
      try {
        await call(ctx, `set the IAM policy of image ${image}`, () =>
          images.setIamPolicy(
            {
              project,
              resource: image,
              globalSetPolicyRequestResource: { policy: withImageUsers(policy, missing) },
            },
            CALL,
          ),
        );
        return shareResult('gcp', name, grants, false);
      } catch (err) {
        if (!isEtagConflict(err) || attempt >= MAX_ATTEMPTS) {
          if (isEtagConflict(err)) {
            throw new Error(
              `the IAM policy of image ${image} kept changing while it was updated (${MAX_ATTEMPTS} attempts); ` +
                'another process is editing it: run again when it is done',
            );
          }
          throw err;
        }
        ctx.reporter.info(
          `the IAM policy of image ${image} changed since it was read; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`,
        );
        await sleep(jitter(200 * attempt), ctx.signal);
      }
    }
  } finally {
    await images.close();
  }
}

/** share-image on GCE (see ShareProvider). */
export const gceShare: ShareProvider = {
  cloud: 'gcp',
  share(request, target, opts, ctx) {
    if (request.cloud !== 'gcp' || target.cloud !== 'gcp') {
      return Promise.reject(wrongCloud('gcp', request.cloud, target.cloud));
    }
    const project = target.project ?? request.connection.project;
    if (!project) {
      return Promise.reject(
        new Error(
          `image ${target.image}: no project; give the project input, an image link (projects/P/global/images/N) or a config with a gcp: block`,
        ),
      );
    }
    return shareGceImage(
      request.connection,
      { project, image: target.image, share: request.share, dryRun: opts.dryRun },
      ctx,
    );
  },
};
