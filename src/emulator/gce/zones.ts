import type { GceContext, GceRequest, Route } from './context.js';
import { notFound } from './errors.js';
import { fixedId } from './fixed-ids.js';
import { EPOCH_TIMESTAMP, regionOfZone, regionPath, servedRegions, zonesOf } from './geography.js';
import { zonePath } from './links.js';
import { listPage } from './list.js';

type Json = Record<string, unknown>;

/** A Zone as https://cloud.google.com/compute/docs/reference/rest/v1/zones documents it. */
function zoneJson(ctx: GceContext, project: string, zone: string, region: string): Json {
  return {
    kind: 'compute#zone',
    id: fixedId(`zone/${zone}`),
    creationTimestamp: EPOCH_TIMESTAMP,
    name: zone,
    description: zone,
    status: 'UP',
    region: ctx.links.url(regionPath(project, region)),
    selfLink: ctx.links.url(zonePath(project, zone)),
    supportsPzs: false,
  };
}

function get(ctx: GceContext, req: GceRequest): Json {
  // An unknown zone is a zone not found here (the service's 400 Unknown zone is for the methods
  // under a zone).
  const { project, zone } = req.params as { project: string; zone: string };
  const region = regionOfZone(zone);
  if (region === undefined) throw notFound(zonePath(project, zone));
  return zoneJson(ctx, project, zone, region);
}

function list(ctx: GceContext, req: GceRequest): Json {
  const { project } = req.params as { project: string };
  const all = servedRegions().flatMap((region) =>
    zonesOf(region).map((zone) => zoneJson(ctx, project, zone, region)),
  );
  return listPage(all, req.query, {
    kind: 'compute#zoneList',
    id: `projects/${project}/zones`,
    selfLink: ctx.links.url(`projects/${project}/zones`),
  });
}

export function zoneRoutes(ctx: GceContext): Route[] {
  return [
    { method: 'GET', path: 'projects/:project/zones', handle: (req) => list(ctx, req) },
    { method: 'GET', path: 'projects/:project/zones/:zone', handle: (req) => get(ctx, req) },
  ];
}
