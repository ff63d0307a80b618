import type { GceContext, GceRequest, Route } from './context.js';
import {
  DEFAULT_NETWORK,
  networkPath,
  PROJECT_CREATED,
  subnetworkPath,
} from './default-network.js';
import { notFound } from './errors.js';
import { fixedId } from './fixed-ids.js';
import { servedRegions } from './geography.js';
import { listPage } from './list.js';

type Json = Record<string, unknown>;

/**
 * The `default` network as https://cloud.google.com/compute/docs/reference/rest/v1/networks
 * documents a Network: auto mode with a subnet per region, regional dynamic routing, and the
 * default MTU of 1460 (https://cloud.google.com/vpc/docs/mtu).
 */
function defaultNetworkJson(ctx: GceContext, project: string): Json {
  const id = fixedId(`network/${project}/${DEFAULT_NETWORK}`);
  return {
    kind: 'compute#network',
    id,
    creationTimestamp: PROJECT_CREATED,
    name: DEFAULT_NETWORK,
    description: 'Default network for the project',
    selfLink: ctx.links.url(networkPath(project, DEFAULT_NETWORK)),
    selfLinkWithId: ctx.links.url(networkPath(project, id)),
    autoCreateSubnetworks: true,
    subnetworks: servedRegions().map((r) =>
      ctx.links.url(subnetworkPath(project, r, DEFAULT_NETWORK)),
    ),
    routingConfig: { routingMode: 'REGIONAL' },
    mtu: 1460,
    networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL',
  };
}

function get(ctx: GceContext, req: GceRequest): Json {
  const { project, network } = req.params as { project: string; network: string };
  if (network !== DEFAULT_NETWORK) throw notFound(networkPath(project, network));
  return defaultNetworkJson(ctx, project);
}

function list(ctx: GceContext, req: GceRequest): Json {
  const { project } = req.params as { project: string };
  const path = `projects/${project}/global/networks`;
  return listPage([defaultNetworkJson(ctx, project)], req.query, {
    kind: 'compute#networkList',
    id: path,
    selfLink: ctx.links.url(path),
  });
}

export function networkRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/global/networks';
  return [
    { method: 'GET', path: base, handle: (req) => list(ctx, req) },
    { method: 'GET', path: `${base}/:network`, handle: (req) => get(ctx, req) },
  ];
}
