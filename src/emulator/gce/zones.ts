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
  // `zoneName`, not `zone`: the service refuses an unknown `zone` parameter with 400 Unknown
  // zone, where zones.get answers 404 notFound for it.
  const { project, zoneName } = req.params as { project: string; zoneName: string };
  const region = regionOfZone(zoneName);
  if (region === undefined) throw notFound(zonePath(project, zoneName));
  return zoneJson(ctx, project, zoneName, region);
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
    { method: 'GET', path: 'projects/:project/zones/:zoneName', handle: (req) => get(ctx, req) },
  ];
}
