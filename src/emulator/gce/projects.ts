import type { GceContext, GceRequest, Route } from './context.js';
import { PROJECT_CREATED } from './default-network.js';
import { fingerprint, projectNumber } from './ids.js';
import { defaultServiceAccount } from './instance-access.js';

type Json = Record<string, unknown>;

/**
 * A Project as https://cloud.google.com/compute/docs/reference/rest/v1/projects documents it:
 * `name` is the project id, `id` its number (the one the default service account and quota
 * errors name), no common metadata and no shared VPC.
 */
function projectJson(ctx: GceContext, project: string): Json {
  return {
    kind: 'compute#project',
    id: projectNumber(project),
    creationTimestamp: PROJECT_CREATED,
    name: project,
    commonInstanceMetadata: { kind: 'compute#metadata', fingerprint: fingerprint([]), items: [] },
    quotas: [],
    selfLink: ctx.links.url(`projects/${project}`),
    defaultServiceAccount: defaultServiceAccount(project),
    xpnProjectStatus: 'UNSPECIFIED_XPN_PROJECT_STATUS',
    defaultNetworkTier: 'PREMIUM',
    vmDnsSetting: 'ZONAL_ONLY',
  };
}

export function projectRoutes(ctx: GceContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'projects/:project',
      handle: (req: GceRequest) => projectJson(ctx, req.params.project!),
    },
  ];
}
