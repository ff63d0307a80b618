import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { ArmError, conflict, resourceGroupNotFound } from './errors.js';
import { resourceGroupId } from './ids.js';
import { dueIn, groupOperationHeaders, type AsyncOperation } from './operations.js';
import { shortRegion } from './regions.js';
import { parseTags, preempt, type Json } from './resources.js';
import type { ResourceGroupRecord } from './state.js';
import { stopGuest } from './guest-actions.js';

/**
 * Resource groups (Microsoft.Resources): synchronous create and read, deletion as a
 * long-running operation that takes everything inside with it, and listing by tag (how a
 * garbage collector finds what killed runs left behind).
 */

/**
 * 1-90 letters, digits, `_ ( ) - .`, not ending in a period; letters and digits of any script,
 * as .NET's Char.IsLetterOrDigit has them ("Underscores, hyphens, periods, parentheses, and
 * letters or digits as defined by the Char.IsLetterOrDigit function", resource-name-rules).
 */
const GROUP_NAME = /^[-\p{L}\p{Nd}_().]*[-\p{L}\p{Nd}_()]$/u;
/** Counted as .NET counts a string's length: in UTF-16 units. */
const GROUP_NAME_MAX = 90;

const deletions = new WeakMap<ResourceGroupRecord, AsyncOperation>();

function groupJson(g: ResourceGroupRecord): Json {
  return {
    id: g.id,
    name: g.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: g.location,
    tags: { ...g.tags },
    ...(g.managedBy ? { managedBy: g.managedBy } : {}),
    properties: { provisioningState: g.provisioningState },
  };
}

function find(ctx: ArmContext, req: ArmRequest): ResourceGroupRecord {
  const g = ctx.state.group(req.params.subscription!, req.params.resourceGroup!);
  if (!g) throw resourceGroupNotFound(req.params.resourceGroup!);
  return g;
}

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const subscriptionId = req.params.subscription!;
  const name = req.params.resourceGroup!;
  if (!GROUP_NAME.test(name) || name.length > GROUP_NAME_MAX) {
    throw new ArmError(
      400,
      'InvalidResourceGroup',
      `The provided resource group name '${name}' has these invalid characters or is too long. The name can only be a letter, digit, '-', '.', '(', ')' or '_', at most 90 characters, and cannot end in a period.`,
    );
  }
  if (typeof req.body.location !== 'string' || req.body.location === '') {
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
    );
  }
  const location = shortRegion(req.body.location);
  const existing = ctx.state.group(subscriptionId, name);
  if (existing?.provisioningState === 'Deleting') {
    throw conflict(
      'ResourceGroupBeingDeleted',
      `The resource group '${existing.name}' is in deprovisioning state and cannot perform this operation.`,
    );
  }
  if (existing && existing.location !== location) {
    throw conflict(
      'InvalidResourceGroupLocation',
      `Invalid resource group location '${location}'. The Resource group already exists in location '${existing.location}'.`,
    );
  }
  const group: ResourceGroupRecord = existing ?? {
    id: resourceGroupId(subscriptionId, name),
    subscriptionId,
    name,
    location,
    tags: {},
    provisioningState: 'Succeeded',
  };
  group.tags = parseTags(req.body.tags);
  if (typeof req.body.managedBy === 'string') group.managedBy = req.body.managedBy;
  ctx.state.setGroup(group);
  return { status: existing ? 200 : 201, body: groupJson(group) };
}

function patch(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const g = find(ctx, req);
  if (req.body.tags !== undefined) g.tags = parseTags(req.body.tags);
  return { status: 200, body: groupJson(g) };
}

/**
 * Marks the group and everything in it `Deleting` and stops its VMs at once; after the
 * `resourceGroupDelete` duration all of it is gone.
 */
function remove(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const g = find(ctx, req);
  const running = deletions.get(g);
  if (running) return { status: 202, headers: groupOperationHeaders(ctx, req, running) };
  const ms = ctx.durations().resourceGroupDelete;
  const op = dueIn(ctx.ops.start({ subscriptionId: g.subscriptionId, location: g.location }), ms);
  const fault = req.operationFault();
  if (fault) {
    ctx.timers.after(ms, () => ctx.ops.fail(op, fault));
    return { status: 202, headers: groupOperationHeaders(ctx, req, op) };
  }
  deletions.set(g, op);
  g.provisioningState = 'Deleting';
  const inside = ctx.state.inGroup(g.subscriptionId, g.name);
  for (const r of inside) {
    r.deleting = true;
    r.provisioningState = 'Deleting';
    preempt(ctx, r);
    stopGuest(ctx, r);
  }
  ctx.log(`arm: deleting resource group ${g.name} (${inside.length} resources)`);
  ctx.timers.after(ms, () => {
    for (const r of ctx.state.inGroup(g.subscriptionId, g.name)) ctx.state.delete(r);
    ctx.state.deleteGroup(g);
    ctx.ops.succeed(op);
    ctx.log(`arm: resource group ${g.name} deleted`);
  });
  return { status: 202, headers: groupOperationHeaders(ctx, req, op) };
}

/** `tagName eq 'k'` or `tagName eq 'k' and tagValue eq 'v'`: the filters ARM allows on groups. */
function tagFilter(filter: string | null): (g: ResourceGroupRecord) => boolean {
  if (!filter) return () => true;
  const m =
    /^\s*tagName\s+eq\s+'((?:[^']|'')*)'(?:\s+and\s+tagValue\s+eq\s+'((?:[^']|'')*)')?\s*$/i.exec(
      filter,
    );
  if (!m) {
    throw new ArmError(
      400,
      'InvalidFilterInQueryString',
      `Invalid $filter '${filter}': resource groups can be filtered by tagName eq '...' [and tagValue eq '...'].`,
    );
  }
  const name = m[1]!.replace(/''/g, "'");
  const value = m[2]?.replace(/''/g, "'");
  return (g) => {
    const key = Object.keys(g.tags).find((k) => k.toLowerCase() === name.toLowerCase());
    return key !== undefined && (value === undefined || g.tags[key] === value);
  };
}

function list(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const sub = req.params.subscription!.toLowerCase();
  const matches = tagFilter(req.query.get('$filter'));
  const value = [...ctx.state.groups.values()]
    .filter((g) => g.subscriptionId.toLowerCase() === sub && matches(g))
    .map(groupJson);
  return { status: 200, body: { value } };
}

export function resourceGroupRoutes(ctx: ArmContext): Route[] {
  const one = 'subscriptions/:subscription/resourceGroups/:resourceGroup';
  return [
    {
      method: 'GET',
      path: 'subscriptions/:subscription/resourceGroups',
      handle: (req) => list(ctx, req),
    },
    { method: 'PUT', path: one, handle: (req) => put(ctx, req) },
    {
      method: 'GET',
      path: one,
      handle: (req) => ({ status: 200, body: groupJson(find(ctx, req)) }),
    },
    {
      method: 'HEAD',
      path: one,
      handle: (req) => ({
        status: ctx.state.group(req.params.subscription!, req.params.resourceGroup!) ? 204 : 404,
      }),
    },
    { method: 'PATCH', path: one, handle: (req) => patch(ctx, req) },
    { method: 'DELETE', path: one, handle: (req) => remove(ctx, req) },
  ];
}
