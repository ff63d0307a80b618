import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { ArmError, conflict, resourceGroupNotFound, resourceNotFound } from './errors.js';
import { idKey, now, parseResourceId, typedName } from './ids.js';
import { principalNotFound } from './principals.js';
import { asObject } from './resources.js';

/**
 * Microsoft.Authorization/roleAssignments at any scope (subscription, resource group, or a
 * resource up to three levels deep, e.g. a gallery or an image definition), as api-version
 * 2022-04-01 answers: PUT (201, or 200 for the same assignment again), GET, list, DELETE.
 */

export interface RoleAssignmentRecord {
  id: string;
  name: string;
  scope: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: string;
  description?: string;
  createdOn: string;
}

/** Held per emulator; keyed by lower-cased id. */
const stores = new WeakMap<ArmContext, Map<string, RoleAssignmentRecord>>();

export function roleAssignmentStore(ctx: ArmContext): Map<string, RoleAssignmentRecord> {
  let store = stores.get(ctx);
  if (!store) {
    store = new Map();
    stores.set(ctx, store);
  }
  return store;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_DEFINITION_ID =
  /^(\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;
const PROVIDER = 'providers/Microsoft.Authorization/roleAssignments';
const TYPE = 'Microsoft.Authorization/roleAssignments';

/** The scope a request's path names, from the route's parameters; checked to exist. */
function scopeOf(ctx: ArmContext, req: ArmRequest): string {
  const { subscription, resourceGroup, namespace, ...rest } = req.params;
  delete rest.name;
  let scope = `/subscriptions/${subscription}`;
  if (!resourceGroup) return scope;
  scope += `/resourceGroups/${resourceGroup}`;
  if (!ctx.state.group(subscription!, resourceGroup)) throw resourceGroupNotFound(resourceGroup);
  if (!namespace) return scope;
  const parts = Object.values(rest);
  scope += `/providers/${namespace}/${parts.join('/')}`;
  const parsed = parseResourceId(scope);
  if (!ctx.state.get(scope) && parsed) {
    throw resourceNotFound(typedName(parsed.type, parsed.names), resourceGroup);
  }
  return scope;
}

function json(r: RoleAssignmentRecord): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    type: TYPE,
    properties: {
      roleDefinitionId: r.roleDefinitionId,
      principalId: r.principalId,
      principalType: r.principalType,
      scope: r.scope,
      condition: null,
      conditionVersion: null,
      createdOn: r.createdOn,
      updatedOn: r.createdOn,
      createdBy: null,
      updatedBy: null,
      delegatedManagedIdentityResourceId: null,
      description: r.description ?? null,
    },
  };
}

function checkName(name: string): void {
  if (!GUID.test(name)) {
    throw new ArmError(
      400,
      'InvalidRoleAssignmentId',
      `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
    );
  }
}

const sameRole = (a: string, b: string): boolean =>
  ROLE_DEFINITION_ID.exec(a)?.[2]?.toLowerCase() === ROLE_DEFINITION_ID.exec(b)?.[2]?.toLowerCase();

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const scope = scopeOf(ctx, req);
  const name = req.params.name!;
  checkName(name);
  const p = asObject(req.body.properties);
  const roleDefinitionId = p.roleDefinitionId;
  const principalId = p.principalId;
  if (typeof roleDefinitionId !== 'string' || !ROLE_DEFINITION_ID.test(roleDefinitionId)) {
    throw new ArmError(
      400,
      'InvalidRoleDefinitionId',
      `The role definition ID '${String(roleDefinitionId)}' is not valid.`,
    );
  }
  if (typeof principalId !== 'string' || !GUID.test(principalId)) {
    throw new ArmError(
      400,
      'InvalidPrincipalId',
      'A valid principal ID must be provided for role assignment.',
    );
  }
  // ARM looks the principal up unless the request says what it is, which is how a principal
  // made moments ago, not yet in every directory replica, can be assigned a role at once.
  const given = typeof p.principalType === 'string' ? p.principalType : undefined;
  const principal = given
    ? undefined
    : ctx.principals.find(principalId, ctx.hazards().arm.principalReplicationLag);
  if (!given && !principal) throw principalNotFound(principalId);
  const store = roleAssignmentStore(ctx);
  const id = `${scope}/${PROVIDER}/${name}`;
  const existing = store.get(idKey(id));
  if (existing) {
    if (
      existing.principalId.toLowerCase() !== principalId.toLowerCase() ||
      !sameRole(existing.roleDefinitionId, roleDefinitionId)
    ) {
      throw conflict(
        'RoleAssignmentUpdateNotPermitted',
        'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
      );
    }
    return { status: 200, body: json(existing) };
  }
  const duplicate = [...store.values()].find(
    (r) =>
      idKey(r.scope) === idKey(scope) &&
      r.principalId.toLowerCase() === principalId.toLowerCase() &&
      sameRole(r.roleDefinitionId, roleDefinitionId),
  );
  if (duplicate) throw conflict('RoleAssignmentExists', 'The role assignment already exists.');
  const record: RoleAssignmentRecord = {
    id,
    name,
    scope,
    roleDefinitionId,
    principalId,
    principalType: given ?? principal!.type,
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    createdOn: now(),
  };
  store.set(idKey(id), record);
  ctx.log(`arm: role assignment ${name} at ${scope} for ${principalId}`);
  return { status: 201, body: json(record) };
}

function get(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const scope = scopeOf(ctx, req);
  const r = roleAssignmentStore(ctx).get(idKey(`${scope}/${PROVIDER}/${req.params.name}`));
  if (!r) {
    throw new ArmError(
      404,
      'RoleAssignmentNotFound',
      `The role assignment '${req.params.name}' is not found.`,
    );
  }
  return { status: 200, body: json(r) };
}

function remove(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const scope = scopeOf(ctx, req);
  const store = roleAssignmentStore(ctx);
  const key = idKey(`${scope}/${PROVIDER}/${req.params.name}`);
  const r = store.get(key);
  if (!r) return { status: 204 };
  store.delete(key);
  return { status: 200, body: json(r) };
}

/** `$filter=atScope()`: at the scope and above; none: above and below too; `principalId eq '…'`. */
function list(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const scope = idKey(scopeOf(ctx, req));
  const filter = req.query.get('$filter') ?? '';
  const principal = /principalId\s+eq\s+'([^']+)'/i.exec(filter)?.[1]?.toLowerCase();
  const atScope = /atScope\(\)/i.test(filter);
  const value = [...roleAssignmentStore(ctx).values()]
    .filter((r) => {
      const s = idKey(r.scope);
      const above = scope === s || scope.startsWith(`${s}/`);
      const below = s.startsWith(`${scope}/`);
      return (
        (above || (!atScope && below)) && (!principal || r.principalId.toLowerCase() === principal)
      );
    })
    .map(json);
  return { status: 200, body: { value } };
}

export function roleAssignmentRoutes(ctx: ArmContext): Route[] {
  const scopes = [
    'subscriptions/:subscription',
    'subscriptions/:subscription/resourceGroups/:resourceGroup',
  ];
  let resource = `${scopes[1]}/providers/:namespace`;
  for (let depth = 1; depth <= 3; depth++) {
    resource += `/:type${depth}/:name${depth}`;
    scopes.push(resource);
  }
  return scopes.flatMap((scope): Route[] => [
    { method: 'PUT', path: `${scope}/${PROVIDER}/:name`, handle: (req) => put(ctx, req) },
    { method: 'GET', path: `${scope}/${PROVIDER}/:name`, handle: (req) => get(ctx, req) },
    { method: 'DELETE', path: `${scope}/${PROVIDER}/:name`, handle: (req) => remove(ctx, req) },
    { method: 'GET', path: `${scope}/${PROVIDER}`, handle: (req) => list(ctx, req) },
  ]);
}
