import type { GceContext, GceRequest, Route } from './context.js';
import { notFound } from './errors.js';
import { fixedId } from './fixed-ids.js';
import { EPOCH_TIMESTAMP, regionPath, servedRegions, zonesOf } from './geography.js';
import { zonePath } from './links.js';
import { listPage } from './list.js';

type Json = Record<string, unknown>;

/**
 * A Region as https://cloud.google.com/compute/docs/reference/rest/v1/regions documents it;
 * `quotas` is empty, the emulator enforcing no resource quotas.
 */
function regionJson(ctx: GceContext, project: string, region: string): Json {
  return {
    kind: 'compute#region',
    id: fixedId(`region/${region}`),
    creationTimestamp: EPOCH_TIMESTAMP,
    name: region,
    description: region,
    status: 'UP',
    zones: zonesOf(region).map((z) => ctx.links.url(zonePath(project, z))),
    quotas: [],
    selfLink: ctx.links.url(regionPath(project, region)),
    supportsPzs: false,
  };
}

function get(ctx: GceContext, req: GceRequest): Json {
  const { project, region } = req.params as { project: string; region: string };
  if (!servedRegions().includes(region)) throw notFound(regionPath(project, region));
  return regionJson(ctx, project, region);
}

function list(ctx: GceContext, req: GceRequest): Json {
  const { project } = req.params as { project: string };
  return listPage(
    servedRegions().map((r) => regionJson(ctx, project, r)),
    req.query,
    {
      kind: 'compute#regionList',
      id: `projects/${project}/regions`,
      selfLink: ctx.links.url(`projects/${project}/regions`),
    },
  );
}

export function regionRoutes(ctx: GceContext): Route[] {
  return [
    { method: 'GET', path: 'projects/:project/regions', handle: (req) => list(ctx, req) },
    { method: 'GET', path: 'projects/:project/regions/:region', handle: (req) => get(ctx, req) },
  ];
}
