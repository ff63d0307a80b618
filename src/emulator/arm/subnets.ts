import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { conflict, resourceNotFound } from './errors.js';
import { renewEtag } from './etags.js';
import { resourceId, typedName } from './ids.js';
import {
  NETWORK_TYPES,
  children,
  namedChildren,
  networkJson,
  subnetInUse,
  withOutbound,
} from './network.js';
import { operationHeaders } from './operations.js';
import { resolveReference } from './references.js';
import {
  asObject,
  requireGroup,
  startOperation,
  target,
  track,
  writableGroup,
  type Json,
  type Target,
} from './resources.js';
import type { ArmResource } from './state.js';
import { checkSubnetRanges } from './subnet-ranges.js';

/**
 * Subnets as resources of their own (Subnets - Create Or Update, Get, Delete, List:
 * learn.microsoft.com/rest/api/virtualnetwork/subnets): the very records the virtual
 * network's `properties.subnets` hold, so a change through either shows in both. A write is
 * an update of the network: it answers at once with Azure-AsyncOperation and the network is
 * `Updating` until the `resourceCreate` duration has passed (`delete` for a removal).
 */

const { VNET, NSG } = NETWORK_TYPES;
const SUBNET = `${VNET}/subnets`;

/** Subnets whose deletion is under way: they answer `Deleting` until they are gone. */
const leaving = new WeakSet<object>();

function vnetOf(ctx: ArmContext, t: Target): ArmResource | undefined {
  requireGroup(ctx, t);
  const vnet = ctx.state.get(resourceId(t.subscriptionId, t.resourceGroup, VNET, [t.names[0]!]));
  return vnet && !vnet.deleting ? vnet : undefined;
}

/** A missing network is NRP's ResourceNotFound for the network itself. */
function requireVnet(ctx: ArmContext, t: Target): ArmResource {
  const vnet = vnetOf(ctx, t);
  if (!vnet) throw resourceNotFound(typedName(VNET, [t.names[0]!]), t.resourceGroup);
  return vnet;
}

function records(vnet: ArmResource): Json[] {
  return namedChildren(vnet.properties.subnets, 'subnets');
}

const same = (s: Json, name: string): boolean =>
  String(s.name).toLowerCase() === name.toLowerCase();

/** One subnet as Subnets - Get answers it, with the network's etag. */
function subnetJson(vnet: ArmResource, name: string): Json | undefined {
  const record = records(vnet).find((s) => same(s, name));
  const json = children(vnet, 'subnets', 'subnets').find((s) => same(s, name));
  if (!record || !json) return undefined;
  const properties = asObject(json.properties);
  const state = leaving.has(record) ? 'Deleting' : properties.provisioningState;
  return {
    ...json,
    properties: { ...properties, provisioningState: state },
    etag: networkJson(vnet).etag,
  };
}

/** The network is being written: `Updating`, a new etag, an operation ending after `ms`. */
function updateVnet(
  ctx: ArmContext,
  req: ArmRequest,
  vnet: ArmResource,
  ms: number,
  done: (ok: boolean) => void,
  location: boolean,
): Record<string, string> {
  vnet.provisioningState = 'Updating';
  renewEtag(vnet);
  const fault = req.operationFault();
  const op = startOperation(ctx, vnet, vnet.location, ms);
  track(vnet, op);
  ctx.timers.after(ms, () => {
    if (!ctx.state.alive(vnet)) return;
    done(!fault);
    vnet.provisioningState = fault ? 'Failed' : 'Succeeded';
    if (fault) ctx.ops.fail(op, fault);
    else ctx.ops.succeed(op);
  });
  return operationHeaders(ctx, req, op, { location });
}

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, SUBNET);
  writableGroup(ctx, t);
  const vnet = requireVnet(ctx, t);
  const list = records(vnet);
  const index = list.findIndex((s) => same(s, t.name));
  if (index >= 0 && leaving.has(list[index]!)) {
    throw conflict('Conflict', `The resource '${t.name}' is being deleted.`);
  }
  const properties = asObject(req.body.properties);
  const nsg = asObject(properties.networkSecurityGroup).id;
  if (nsg !== undefined) resolveReference(ctx, nsg, NSG, t.id, vnet.location);
  const fresh = { name: t.name, properties };
  const subnet = index >= 0 ? fresh : withOutbound(fresh, req.apiVersion);
  const next = index >= 0 ? list.map((s, i) => (i === index ? subnet : s)) : [...list, subnet];
  checkSubnetRanges(vnet.name, vnet.properties, next, t.name);
  vnet.properties = { ...vnet.properties, subnets: next };
  const headers = updateVnet(ctx, req, vnet, ctx.durations().resourceCreate, () => {}, false);
  return { status: index >= 0 ? 200 : 201, body: subnetJson(vnet, t.name), headers };
}

function get(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, SUBNET);
  const vnet = vnetOf(ctx, t);
  const json = vnet ? subnetJson(vnet, t.name) : undefined;
  if (!json) throw resourceNotFound(typedName(t.type, t.names), t.resourceGroup);
  return { status: 200, body: json };
}

/** 204 when there is nothing to delete; a subnet still in use stays (InUseSubnetCannotBeDeleted). */
function remove(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, SUBNET);
  const vnet = vnetOf(ctx, t);
  const record = vnet ? records(vnet).find((s) => same(s, t.name)) : undefined;
  if (!vnet || !record) return { status: 204 };
  const refusal = leaving.has(record) ? undefined : subnetInUse(ctx, vnet, String(record.name));
  if (refusal) throw refusal;
  leaving.add(record);
  const drop = (ok: boolean): void => {
    leaving.delete(record);
    if (!ok) return;
    vnet.properties = {
      ...vnet.properties,
      subnets: records(vnet).filter((s) => s !== record),
    };
  };
  const headers = updateVnet(ctx, req, vnet, ctx.durations().delete, drop, true);
  return { status: 202, headers };
}

function list(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, VNET);
  const vnet = requireVnet(ctx, t);
  const value = records(vnet).map((s) => subnetJson(vnet, String(s.name)));
  return { status: 200, body: { value } };
}

export function subnetRoutes(ctx: ArmContext): Route[] {
  const vnet = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${VNET}/:vnet`;
  const one = `${vnet}/subnets/:subnet`;
  return [
    { method: 'PUT', path: one, handle: (req) => put(ctx, req) },
    { method: 'GET', path: one, handle: (req) => get(ctx, req) },
    { method: 'DELETE', path: one, handle: (req) => remove(ctx, req) },
    { method: 'GET', path: `${vnet}/subnets`, handle: (req) => list(ctx, req) },
  ];
}
