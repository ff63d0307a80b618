import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { listRoutes } from './lists.js';
import { ArmError } from './errors.js';
import { newGuid } from './ids.js';
import { TENANT } from './principals.js';
import {
  findResource,
  newResource,
  parseTags,
  requireLocation,
  resourceJson,
  target,
  writableGroup,
  type Json,
} from './resources.js';
import type { ArmResource } from './state.js';

/**
 * Microsoft.ManagedIdentity user-assigned identities: created synchronously (201, no
 * long-running operation) with their service principal, which joins the directory just now
 * (and so replicates for a while, as any new principal does).
 */

export const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, IDENTITY_TYPE);
  writableGroup(ctx, t);
  const existing = ctx.state.get(t.id);
  const location = requireLocation(req.body, existing);
  if (existing) {
    existing.tags = parseTags(req.body.tags);
    return { status: 200, body: resourceJson(existing) };
  }
  const properties = { tenantId: TENANT, principalId: newGuid(), clientId: newGuid() };
  const r = newResource(t, 'userAssignedIdentity', req.body, location, properties);
  r.provisioningState = 'Succeeded';
  ctx.state.set(r);
  ctx.principals.add(properties.principalId);
  ctx.log(`arm: user-assigned identity ${t.name} created (principal ${properties.principalId})`);
  return { status: 201, body: resourceJson(r) };
}

function remove(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, IDENTITY_TYPE);
  const r = ctx.state.get(t.id);
  if (!r) return { status: 204 };
  ctx.state.delete(r);
  return { status: 200 };
}

/**
 * What a VM's `identity` asks for, as the VM answers with it: the user-assigned identities
 * must exist, or Compute refuses the VM as Azure/azure-policy#1311 quotes it.
 */
export function vmIdentity(
  ctx: ArmContext,
  vmId: string,
  value: unknown,
): { json: Json; principals: string[] } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const identity = value as Json;
  const type = typeof identity.type === 'string' ? identity.type : 'None';
  const json: Json = { type };
  const principals: string[] = [];
  if (/SystemAssigned/i.test(type)) {
    json.principalId = newGuid();
    json.tenantId = TENANT;
    principals.push(json.principalId as string);
  }
  if (/UserAssigned/i.test(type)) {
    const given = identity.userAssignedIdentities;
    const ids = typeof given === 'object' && given !== null ? Object.keys(given) : [];
    const resolved: Json = {};
    for (const id of ids) {
      const r: ArmResource | undefined = ctx.state.get(id);
      if (!r || r.deleting || r.type.toLowerCase() !== IDENTITY_TYPE.toLowerCase()) {
        const inner = JSON.stringify({
          error: { code: 'BadRequest', message: `Resource '${id}' was not found.` },
        });
        throw new ArmError(
          400,
          'FailedIdentityOperation',
          `Identity operation for resource '${vmId}' failed with error 'Failed to perform resource identity operation. Status: 'BadRequest'. Response: '${inner}'.'.`,
        );
      }
      resolved[r.id] = { principalId: r.properties.principalId, clientId: r.properties.clientId };
    }
    json.userAssignedIdentities = resolved;
  }
  return { json, principals };
}

export function identityRoutes(ctx: ArmContext): Route[] {
  const path = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${IDENTITY_TYPE}/:identity`;
  return [
    { method: 'PUT', path, handle: (req) => put(ctx, req) },
    {
      method: 'GET',
      path,
      handle: (req) => ({
        status: 200,
        body: resourceJson(findResource(ctx, target(req, IDENTITY_TYPE))),
      }),
    },
    ...listRoutes(ctx, IDENTITY_TYPE, (r) => resourceJson(r)),
    { method: 'DELETE', path, handle: (req) => remove(ctx, req) },
  ];
}
