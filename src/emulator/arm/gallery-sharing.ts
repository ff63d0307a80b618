import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { conflict, invalidParameter } from './errors.js';
import { GALLERY_TYPE } from './images.js';
import { operationHeaders } from './operations.js';
import { asObject, findResource, startOperation, target, track, type Json } from './resources.js';
import type { ArmResource } from './state.js';

/**
 * A gallery's direct sharing (api-version 2025-03-03): `properties.sharingProfile` with
 * `permissions` (Private | Groups | Community, chosen when the gallery is created) and the
 * `groups` it is shared with, changed only through POST `.../galleries/G/share`.
 */

export const SHARING_PERMISSIONS = ['Private', 'Groups', 'Community'];
const GROUP_TYPES = ['Subscriptions', 'AADTenants'];

export interface SharingGroup {
  type: string;
  ids: string[];
}

/** The sharing profile a gallery PUT keeps: the request's permission, the groups it already had. */
export function sharingProfileOnPut(
  body: Json,
  existing: ArmResource | undefined,
): Json | undefined {
  const requested = body.sharingProfile === undefined ? undefined : asObject(body.sharingProfile);
  const before = existing ? asObject(existing.properties.sharingProfile) : undefined;
  const permissions = requested?.permissions ?? before?.permissions;
  if (permissions === undefined) return undefined;
  if (typeof permissions !== 'string' || !SHARING_PERMISSIONS.includes(permissions)) {
    throw invalidParameter(
      `The value '${String(permissions)}' of parameter 'gallery.sharingProfile.permissions' is invalid. Allowed values are ${SHARING_PERMISSIONS.join(', ')}.`,
    );
  }
  return { permissions, groups: (before?.groups as SharingGroup[] | undefined) ?? [] };
}

/** How a gallery answers: the sharing groups only with `$select=Permissions`, as Azure does. */
export function galleryProperties(r: ArmResource, req: ArmRequest): Json {
  const profile = r.properties.sharingProfile as { permissions?: string } | undefined;
  if (!profile) return r.properties;
  const select = req.query.get('$select') ?? '';
  const withGroups = /(^|,)\s*permissions\s*($|,)/i.test(select);
  return {
    ...r.properties,
    sharingProfile: withGroups ? profile : { permissions: profile.permissions },
  };
}

function parseGroups(value: unknown): SharingGroup[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidParameter("The parameter 'groups' must be a list.");
  return value.map((g: unknown) => {
    const { type, ids } = asObject(g);
    if (typeof type !== 'string' || !GROUP_TYPES.includes(type)) {
      throw invalidParameter(
        `The value '${String(type)}' of parameter 'groups.type' is invalid. Allowed values are ${GROUP_TYPES.join(', ')}.`,
      );
    }
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw invalidParameter("The parameter 'groups.ids' must be a list of ids.");
    }
    return { type, ids: ids as string[] };
  });
}

function applyUpdate(
  current: SharingGroup[],
  operation: string,
  groups: SharingGroup[],
): SharingGroup[] {
  if (operation === 'Reset') return [];
  return GROUP_TYPES.map((type) => {
    const ids = current.find((g) => g.type === type)?.ids ?? [];
    const change = groups.filter((g) => g.type === type).flatMap((g) => g.ids);
    const lower = new Set(change.map((id) => id.toLowerCase()));
    const next =
      operation === 'Add'
        ? [...ids, ...change.filter((id) => !ids.some((i) => i.toLowerCase() === id.toLowerCase()))]
        : ids.filter((id) => !lower.has(id.toLowerCase()));
    return { type, ids: next };
  }).filter((g) => g.ids.length > 0);
}

/**
 * POST `.../share`: 202 with `Azure-AsyncOperation` and `Location`; the groups change when the
 * operation succeeds, and `Location` then answers with the sharing update.
 */
function share(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, GALLERY_TYPE);
  const gallery = findResource(ctx, t);
  const operationType = req.body.operationType;
  if (!['Add', 'Remove', 'Reset'].includes(String(operationType))) {
    throw invalidParameter(
      `The value '${String(operationType)}' of parameter 'sharingUpdate.operationType' is invalid. Allowed values are Add, Remove, Reset.`,
    );
  }
  const groups = parseGroups(req.body.groups);
  const profile = asObject(gallery.properties.sharingProfile);
  if (profile.permissions !== 'Groups') {
    throw conflict(
      'OperationNotAllowed',
      `Gallery '${gallery.name}' cannot be shared with subscriptions or tenants: its sharing permission is ${String(profile.permissions ?? 'Private')}. Create the gallery with sharingProfile.permissions Groups.`,
    );
  }
  const op = startOperation(ctx, t, gallery.location, ctx.durations().resourceCreate);
  track(gallery, op);
  const fault = req.operationFault();
  const update = { operationType, groups };
  ctx.timers.after(ctx.durations().resourceCreate, () => {
    if (!ctx.state.alive(gallery)) return;
    if (fault) return ctx.ops.fail(op, fault);
    const current = asObject(gallery.properties.sharingProfile);
    gallery.properties.sharingProfile = {
      ...current,
      groups: applyUpdate(
        (current.groups as SharingGroup[] | undefined) ?? [],
        String(operationType),
        groups,
      ),
    };
    ctx.ops.succeed(op, update);
    ctx.log(`arm: gallery ${gallery.name} sharing ${String(operationType)}`);
  });
  return { status: 202, headers: operationHeaders(ctx, req, op, { location: true }) };
}

export function gallerySharingRoutes(ctx: ArmContext): Route[] {
  return [
    {
      method: 'POST',
      path: `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${GALLERY_TYPE}/:gallery/share`,
      handle: (req) => share(ctx, req),
    },
  ];
}
