import type { ArmContext, ArmRequest, ArmResponse } from './context.js';
import { checkTags } from './tag-rules.js';
import {
  ArmError,
  conflict,
  invalidParameter,
  parentNotFound,
  resourceGroupNotFound,
  resourceNotFound,
} from './errors.js';
import { now, resourceId, typedName } from './ids.js';
import { dueIn, operationHeaders, type AsyncOperation } from './operations.js';
import { shortRegion } from './regions.js';
import type { ArmResource, ResourceGroupRecord } from './state.js';

/**
 * What every tracked resource shares: where a request points, the checks ARM makes before
 * any provider sees it, the common JSON shape, and the create/update/delete life cycle as
 * long-running operations.
 */

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : {};
}

export interface Target {
  subscriptionId: string;
  resourceGroup: string;
  type: string;
  names: string[];
  id: string;
  name: string;
}

/**
 * The resource a request's path names. Routes declare `:subscription`, `:resourceGroup`, then
 * one parameter per name in path order, which is the order the router reports them in.
 */
export function target(req: ArmRequest, type: string): Target {
  const { subscription, resourceGroup, ...rest } = req.params;
  const names = Object.values(rest);
  return {
    subscriptionId: subscription!,
    resourceGroup: resourceGroup!,
    type,
    names,
    id: resourceId(subscription!, resourceGroup!, type, names),
    name: names[names.length - 1]!,
  };
}

export function requireGroup(ctx: ArmContext, t: Target): ResourceGroupRecord {
  const group = ctx.state.group(t.subscriptionId, t.resourceGroup);
  if (!group) throw resourceGroupNotFound(t.resourceGroup);
  return group;
}

/** A group that takes new resources: it exists and is not being deleted. */
export function writableGroup(ctx: ArmContext, t: Target): ResourceGroupRecord {
  const group = requireGroup(ctx, t);
  if (group.provisioningState === 'Deleting') {
    throw conflict(
      'ResourceGroupBeingDeleted',
      `The resource group '${group.name}' is in deprovisioning state and cannot perform this operation.`,
    );
  }
  return group;
}

export function findResource(ctx: ArmContext, t: Target): ArmResource {
  requireGroup(ctx, t);
  const r = ctx.state.get(t.id);
  if (!r) throw resourceNotFound(typedName(t.type, t.names), t.resourceGroup);
  return r;
}

/** A nested resource (an image definition, a version) needs its parent. */
export function requireParent(ctx: ArmContext, t: Target): ArmResource | undefined {
  if (t.names.length < 2) return undefined;
  const parentType = t.type.split('/').slice(0, -1).join('/');
  const parentNames = t.names.slice(0, -1);
  const parent = ctx.state.get(
    resourceId(t.subscriptionId, t.resourceGroup, parentType, parentNames),
  );
  if (!parent || parent.deleting) throw parentNotFound(parentNames[parentNames.length - 1]!);
  return parent;
}

/** The short form of the body's `location`, which every tracked resource needs and keeps. */
export function requireLocation(body: Json, existing?: ArmResource): string {
  if (typeof body.location !== 'string' || body.location.trim() === '') {
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
    );
  }
  const location = shortRegion(body.location);
  if (existing && existing.location !== location) {
    throw conflict(
      'InvalidResourceLocation',
      `The resource '${existing.name}' already exists in location '${existing.location}' in resource group '${existing.resourceGroup}'. A resource with the same name cannot be created in location '${location}'. Please select a new resource name.`,
    );
  }
  return location;
}

/**
 * A request's tags. Tag names are case-insensitive ("Tag names are case-insensitive for
 * operations", tag-resources#limitations): names that differ only in case are one tag, the
 * last given kept, as ARM stores `{"key": …, "KEY": …}` (MicrosoftDocs/azure-docs#57888).
 */
export function parseTags(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidParameter('tags must be an object of strings.');
  const tags: Record<string, string> = {};
  const named = new Map<string, string>();
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw invalidParameter(`The value of tag '${k}' must be a string.`);
    const folded = k.toLowerCase();
    const earlier = named.get(folded);
    if (earlier !== undefined) delete tags[earlier];
    named.set(folded, k);
    tags[k] = v;
  }
  checkTags(tags);
  return tags;
}

/** Top-level request fields a resource echoes back besides the common ones. */
const ECHOED = ['identity', 'zones', 'plan', 'sku', 'extendedLocation'];

export function newResource(
  t: Target,
  kind: ArmResource['kind'],
  body: Json,
  location: string,
  properties: Json,
): ArmResource {
  return {
    kind,
    type: t.type,
    id: t.id,
    subscriptionId: t.subscriptionId,
    resourceGroup: t.resourceGroup,
    name: t.name,
    location,
    tags: parseTags(body.tags),
    properties,
    extra: Object.fromEntries(ECHOED.filter((k) => body[k] !== undefined).map((k) => [k, body[k]])),
    provisioningState: 'Creating',
    created: now(),
    deleting: false,
  };
}

/** The shape every ARM resource answers with; `properties` adds what the provider computes. */
export function resourceJson(r: ArmResource, properties: Json = r.properties): Json {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    location: r.location,
    tags: { ...r.tags },
    ...r.extra,
    properties: { ...properties, provisioningState: r.provisioningState },
  };
}

/**
 * A long-running operation of the resource's provider (`Microsoft.Compute`), in its region,
 * expected to end in `dueInMs` where that is known (what its Retry-After estimates).
 */
export function startOperation(
  ctx: ArmContext,
  t: { subscriptionId: string; type: string },
  location: string,
  dueInMs?: number,
): AsyncOperation {
  const op = ctx.ops.start({
    subscriptionId: t.subscriptionId,
    namespace: t.type.split('/')[0],
    location,
  });
  return dueInMs === undefined ? op : dueIn(op, dueInMs);
}

/** Long-running operations still waiting on a resource, failed when it goes away. */
const pending = new WeakMap<ArmResource, Set<AsyncOperation>>();

export function track(r: ArmResource, op: AsyncOperation): void {
  const ops = pending.get(r) ?? new Set();
  ops.add(op);
  pending.set(r, ops);
}

/** How an operation ends when a later one (a delete, a deallocation) overtakes it. */
export const PREEMPTED = {
  code: 'OperationPreempted',
  message: 'Operation execution has been preempted by a more recent operation.',
  httpStatus: 409,
};

/** Fails whatever still waits on `r`: a delete overtook it. */
export function preempt(ctx: ArmContext, r: ArmResource): void {
  for (const op of pending.get(r) ?? []) ctx.ops.fail(op, PREEMPTED);
  pending.delete(r);
}

export interface PutSpec {
  kind: ArmResource['kind'];
  /** Validates the request and returns the properties to keep (secrets removed). */
  properties(
    ctx: ArmContext,
    req: ArmRequest,
    location: string,
    existing: ArmResource | undefined,
  ): Json;
  /** How the resource answers; `resourceJson` when absent. */
  json?(r: ArmResource): Json;
  /** Once the PUT is accepted, before it answers (a network resource's etag changes). */
  written?(r: ArmResource): void;
}

/**
 * PUT of a resource without behaviour of its own (network, gallery, image definition): 201
 * (created) or 200 (updated) with `Azure-AsyncOperation`, `Succeeded` after the
 * `resourceCreate` duration, or `Failed` when an operation fault was injected.
 */
export function putResource(
  ctx: ArmContext,
  req: ArmRequest,
  t: Target,
  spec: PutSpec,
): ArmResponse {
  writableGroup(ctx, t);
  requireParent(ctx, t);
  const existing = ctx.state.get(t.id);
  if (existing?.deleting) throw conflict('Conflict', `The resource '${t.name}' is being deleted.`);
  const location = requireLocation(req.body, existing);
  const properties = spec.properties(ctx, req, location, existing);
  const r = existing ?? newResource(t, spec.kind, req.body, location, properties);
  if (existing) {
    r.properties = properties;
    r.tags = parseTags(req.body.tags);
    r.provisioningState = 'Updating';
  }
  ctx.state.set(r);
  spec.written?.(r);
  const fault = req.operationFault();
  const op = startOperation(ctx, t, location, ctx.durations().resourceCreate);
  track(r, op);
  ctx.timers.after(ctx.durations().resourceCreate, () => {
    if (!ctx.state.alive(r)) return;
    r.provisioningState = fault ? 'Failed' : 'Succeeded';
    if (fault) ctx.ops.fail(op, fault);
    else ctx.ops.succeed(op);
  });
  return {
    status: existing ? 200 : 201,
    body: (spec.json ?? resourceJson)(r),
    headers: operationHeaders(ctx, req, op, { location: false }),
  };
}

export interface DeleteSpec {
  /** Why the resource cannot go now (still attached, still referenced). */
  inUse?(r: ArmResource): ArmError | undefined;
  /** At once when deletion starts (a VM's guest stops). */
  begin?(r: ArmResource): void;
  /** When the resource is gone (a VM's disks and NICs follow or detach). */
  finish?(r: ArmResource): void;
}

/**
 * DELETE as ARM answers it: 204 when there is nothing to delete, else 202 with
 * `Azure-AsyncOperation` and `Location`, the resource `Deleting` until the `delete` duration
 * has passed. Nested resources must go first.
 */
export function deleteResource(
  ctx: ArmContext,
  req: ArmRequest,
  t: Target,
  spec: DeleteSpec = {},
): ArmResponse {
  requireGroup(ctx, t);
  const r = ctx.state.get(t.id);
  if (!r) return { status: 204 };
  if (!r.deleting && ctx.state.children(r.id).length > 0) {
    throw conflict(
      'CannotDeleteResource',
      'Can not delete resource before nested resources are deleted.',
    );
  }
  const refusal = r.deleting ? undefined : spec.inUse?.(r);
  if (refusal) throw refusal;
  const ms = ctx.durations().delete;
  const op = startOperation(ctx, t, r.location, ms);
  const headers = operationHeaders(ctx, req, op, { location: true });
  if (r.deleting) {
    ctx.timers.after(ms, () => ctx.ops.succeed(op));
    return { status: 202, headers };
  }
  const fault = req.operationFault();
  if (fault) {
    ctx.timers.after(ms, () => ctx.ops.fail(op, fault));
    return { status: 202, headers };
  }
  r.deleting = true;
  r.provisioningState = 'Deleting';
  preempt(ctx, r);
  spec.begin?.(r);
  ctx.timers.after(ms, () => {
    ctx.state.delete(r);
    spec.finish?.(r);
    ctx.ops.succeed(op);
    ctx.log(`arm: ${r.type} ${r.name} deleted`);
  });
  return { status: 202, headers };
}

/** `{ value: [...] }` of the resources of `childType` directly below a parent (versions of a definition). */
export function listChildren(
  ctx: ArmContext,
  t: Target,
  childType: string,
  json: (r: ArmResource) => Json,
): ArmResponse {
  findResource(ctx, t);
  const value = ctx.state
    .children(t.id)
    .filter((r) => r.type.toLowerCase() === childType.toLowerCase())
    .map(json);
  return { status: 200, body: { value } };
}
