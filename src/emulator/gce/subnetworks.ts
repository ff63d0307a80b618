import { autoModeRange, gatewayOf } from './auto-mode-ranges.js';
import type { GceContext, GceRequest, Route } from './context.js';
import {
  DEFAULT_NETWORK,
  networkPath,
  PROJECT_CREATED,
  subnetworkPath,
} from './default-network.js';
import { invalidField, notFound } from './errors.js';
import { fixedId } from './fixed-ids.js';
import { regionPath, servedRegions } from './geography.js';
import { fingerprint } from './ids.js';
import { listPage } from './list.js';

type Json = Record<string, unknown>;

/**
 * The default network's subnet in `region`, as
 * https://cloud.google.com/compute/docs/reference/rest/v1/subnetworks documents a Subnetwork.
 */
function defaultSubnetJson(ctx: GceContext, project: string, region: string): Json {
  const ipCidrRange = autoModeRange(region, servedRegions());
  return {
    kind: 'compute#subnetwork',
    id: fixedId(`subnetwork/${project}/${region}/${DEFAULT_NETWORK}`),
    creationTimestamp: PROJECT_CREATED,
    name: DEFAULT_NETWORK,
    network: ctx.links.url(networkPath(project, DEFAULT_NETWORK)),
    ipCidrRange,
    gatewayAddress: gatewayOf(ipCidrRange),
    region: ctx.links.url(regionPath(project, region)),
    selfLink: ctx.links.url(subnetworkPath(project, region, DEFAULT_NETWORK)),
    privateIpGoogleAccess: false,
    fingerprint: fingerprint({ region, ipCidrRange }),
    purpose: 'PRIVATE',
    stackType: 'IPV4_ONLY',
  };
}

/**
 * A region GCE does not have, refused as GCE refuses it: "Invalid value for field 'region':
 * 'us-east1'. Unknown region." (googleapis/python-compute#224).
 */
function servedRegion(req: GceRequest): { project: string; region: string } {
  const { project, region } = req.params as { project: string; region: string };
  if (!servedRegions().includes(region)) throw invalidField('region', region, 'Unknown region.');
  return { project, region };
}

function get(ctx: GceContext, req: GceRequest): Json {
  const { project, region } = servedRegion(req);
  const name = req.params.subnetwork!;
  if (name !== DEFAULT_NETWORK) throw notFound(subnetworkPath(project, region, name));
  return defaultSubnetJson(ctx, project, region);
}

function list(ctx: GceContext, req: GceRequest): Json {
  const { project, region } = servedRegion(req);
  const path = `${regionPath(project, region)}/subnetworks`;
  return listPage([defaultSubnetJson(ctx, project, region)], req.query, {
    kind: 'compute#subnetworkList',
    id: path,
    selfLink: ctx.links.url(path),
  });
}

export function subnetworkRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/regions/:region/subnetworks';
  return [
    { method: 'GET', path: base, handle: (req) => list(ctx, req) },
    { method: 'GET', path: `${base}/:subnetwork`, handle: (req) => get(ctx, req) },
  ];
}
