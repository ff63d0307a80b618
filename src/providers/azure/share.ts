import { createHash } from 'node:crypto';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import type { AzureShareConfig } from '../../config/types.js';
import { READER_ROLE_ID } from '../../config/share.js';
import type { AzureConnection } from './connection.js';
import { shareResult, type Grant, type ShareResult } from '../../share/result.js';
import type { GalleryTarget } from '../../share/target.js';
import { Deadline } from '../../wait/deadline.js';
import { withRetry } from '../../wait/retry.js';
import { wrongCloud } from '../load.js';
import type { RunContext, ShareProvider } from '../provider.js';
import { isNotFound, options } from './clients.js';
import { azureCredential } from './credential.js';
import { untilDone } from './lro.js';

/**
 * A role assignment's name from what it grants (scope, principal, role): the same grant
 * always gets the same name, so a re-run finds its own assignment instead of adding another.
 * Formatted as a name-based (version 5 style) UUID, which is what ARM requires.
 */
export function assignmentName(scope: string, principalId: string, roleId: string): string {
  const hash = createHash('sha1')
    .update(
      `worker-image|${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleId.toLowerCase()}`,
    )
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function roleName(roleId: string): string {
  return roleId === READER_ROLE_ID ? 'Reader' : `role ${roleId}`;
}

/** `RoleAssignmentExists`: the principal already has the role at this scope (another name). */
function isAssignmentExists(err: unknown): boolean {
  const e = err as { statusCode?: unknown; code?: unknown };
  return e?.statusCode === 409 && e?.code === 'RoleAssignmentExists';
}

/**
 * `PrincipalNotFound`: no such principal, or one created moments ago that has not reached
 * every directory replica yet (learn.microsoft.com/azure/role-based-access-control/
 * role-assignments-template#new-service-principal). Setting principalType would skip the
 * lookup, but the type of a configured object id is not known here: retry instead.
 */
function isPrincipalNotFound(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 'PrincipalNotFound';
}

/** Retries over about 25 poll intervals (2 minutes at the default 5s): replication's usual lag. */
const PRINCIPAL_ATTEMPTS = 6;

export interface GalleryShareRequest {
  target: GalleryTarget;
  share: AzureShareConfig;
  dryRun: boolean;
}

/**
 * Shares a gallery image version two ways, each only where asked and only what is missing:
 * - a role assignment (Reader by default) per principal at the gallery or image definition;
 * - the gallery's direct sharing profile, with subscriptions and tenants (Add).
 */
export async function shareGalleryImage(
  connection: Omit<AzureConnection, 'subscriptionId'>,
  request: GalleryShareRequest,
  ctx: RunContext,
): Promise<ShareResult> {
  const { target, share, dryRun } = request;
  const azure: AzureConnection = { ...connection, subscriptionId: target.subscriptionId };
  const credential = await azureCredential(azure, ctx.reporter);
  const opts = options(azure);
  const compute = new ComputeManagementClient(credential, target.subscriptionId, opts);
  const retry = <T>(what: string, fn: () => Promise<T>) =>
    withRetry(what, fn, { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) });
  const signal = { abortSignal: ctx.signal };

  const gallery = await retry(`read gallery ${target.gallery}`, () =>
    compute.galleries.get(target.resourceGroup, target.gallery, {
      ...signal,
      select: 'Permissions',
    }),
  ).catch((err: unknown) => {
    if (!isNotFound(err)) throw err;
    throw new Error(
      `gallery ${target.gallery} not found in resource group ${target.resourceGroup} (subscription ${target.subscriptionId})`,
    );
  });
  if (target.version) {
    await retry(`read gallery version ${target.version}`, () =>
      compute.galleryImageVersions.get(
        target.resourceGroup,
        target.gallery,
        target.definition,
        target.version!,
        signal,
      ),
    ).catch((err: unknown) => {
      if (!isNotFound(err)) throw err;
      throw new Error(
        `gallery version ${target.definition}/${target.version} not found in gallery ${target.gallery}; bake it first, or check the version`,
      );
    });
  }

  const direct = share.subscriptions.length + share.tenants.length > 0;
  const profile = gallery.sharingProfile;
  // Checked before any change, so a refused share changes nothing.
  if (direct && profile?.permissions !== 'Groups') {
    throw new Error(
      `gallery ${target.gallery} cannot be shared directly with subscriptions or tenants: its sharing ` +
        `permission is ${profile?.permissions ?? 'Private'}, not Groups. Direct sharing must be enabled ` +
        'when the gallery is created (sharingProfile.permissions: Groups, e.g. `az sig create --permissions groups`); ' +
        'use a gallery created with it, or share through role assignments (share.azure.principals)',
    );
  }
  const grants: Grant[] = [];
  if (share.principals.length > 0) {
    const authorization = new AuthorizationManagementClient(
      credential,
      target.subscriptionId,
      opts,
    );
    const galleryId =
      `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}` +
      `/providers/Microsoft.Compute/galleries/${target.gallery}`;
    const scope =
      share.scope === 'definition' ? `${galleryId}/images/${target.definition}` : galleryId;
    // The SDK puts `/` before the scope itself; ARM ids start with one.
    const scopePath = scope.replace(/^\//, '');
    const roleDefinitionId = `/subscriptions/${target.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${share.roleId}`;
    const via = `${roleName(share.roleId)} on ${share.scope} ${share.scope === 'definition' ? target.definition : target.gallery}`;
    for (const principalId of share.principals) {
      const name = assignmentName(scope, principalId, share.roleId);
      const found = await retry(`read role assignment ${name}`, () =>
        authorization.roleAssignments.get(scopePath, name, signal),
      ).then(
        () => true,
        (err: unknown) => {
          if (isNotFound(err)) return false;
          throw err;
        },
      );
      let status: Grant['status'] = found ? 'unchanged' : 'added';
      if (!found && !dryRun) {
        status = await withRetry(
          `assign ${roleName(share.roleId)} to ${principalId}`,
          () =>
            authorization.roleAssignments.create(
              scopePath,
              name,
              { roleDefinitionId, principalId, description: 'worker-image share-image' },
              signal,
            ),
          {
            signal: ctx.signal,
            onRetry: (m) => ctx.reporter.info(m),
            retryable: isPrincipalNotFound,
            attempts: PRINCIPAL_ATTEMPTS,
            baseDelay: connection.pollInterval,
            maxDelay: 8 * connection.pollInterval,
          },
        ).then(
          (): Grant['status'] => 'added',
          (err: unknown): Grant['status'] => {
            if (isAssignmentExists(err)) return 'unchanged';
            if (!isPrincipalNotFound(err)) throw err;
            throw new Error(
              `principal ${principalId} was not found in the directory (PrincipalNotFound, still ` +
                `after ${PRINCIPAL_ATTEMPTS} tries): check the object id in share.azure.principals; a ` +
                'principal created moments ago can take a few minutes to reach every replica, so ' +
                'a later run may succeed',
              { cause: err },
            );
          },
        );
      }
      grants.push({ member: principalId, status, via });
    }
  }

  if (direct && profile) {
    const current = (type: string) =>
      new Set(
        (profile.groups ?? [])
          .filter((g) => g.type?.toLowerCase() === type.toLowerCase())
          .flatMap((g) => g.ids ?? [])
          .map((id) => id.toLowerCase()),
      );
    const groups = [
      { type: 'Subscriptions', label: 'subscription', ids: share.subscriptions },
      { type: 'AADTenants', label: 'tenant', ids: share.tenants },
    ];
    const missing = groups.map((g) => {
      const have = current(g.type);
      return { type: g.type, ids: g.ids.filter((id) => !have.has(id.toLowerCase())) };
    });
    for (const g of groups) {
      const add = missing.find((m) => m.type === g.type)!.ids;
      for (const id of g.ids) {
        grants.push({
          member: `${g.label}:${id}`,
          status: add.includes(id) ? 'added' : 'unchanged',
          via: `sharing profile of gallery ${target.gallery}`,
        });
      }
    }
    const toAdd = missing.filter((m) => m.ids.length > 0);
    if (toAdd.length > 0 && !dryRun) {
      const deadline = new Deadline(
        `sharing gallery ${target.gallery}`,
        connection.timeouts.replication,
      );
      const poller = compute.gallerySharingProfile.update(
        target.resourceGroup,
        target.gallery,
        { operationType: 'Add', groups: toAdd },
        { updateIntervalInMs: connection.pollInterval, abortSignal: ctx.signal },
      );
      await untilDone(() => poller, deadline, { ...ctx, pollInterval: connection.pollInterval });
    }
  }
  return shareResult('azure', target.id, grants, dryRun);
}

/** share-image on an Azure gallery (see ShareProvider). */
export const galleryShare: ShareProvider = {
  cloud: 'azure',
  share(request, target, opts, ctx) {
    if (request.cloud !== 'azure' || target.cloud !== 'azure') {
      return Promise.reject(wrongCloud('azure', request.cloud, target.cloud));
    }
    return shareGalleryImage(
      request.connection,
      { target, share: request.share, dryRun: opts.dryRun },
      ctx,
    );
  },
};
