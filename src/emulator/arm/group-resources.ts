import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { ArmError, resourceGroupNotFound } from './errors.js';
import { parseResourceFilter } from './resource-filter.js';
import type { Json } from './resources.js';
import type { ArmResource } from './state.js';

/**
 * Resources - List By Resource Group (learn.microsoft.com/rest/api/resources/resources/
 * list-by-resource-group): every resource of the group as GenericResourceExpanded (id, name,
 * type, location, tags and the top-level fields the resource carries: sku, identity, plan,
 * kind, managedBy, extendedLocation), `$filter` as resource-filter.ts reads it, `$expand` of
 * createdTime and provisioningState, and `$top` with a `nextLink` to the rest (`$skiptoken`).
 * Terraform's azurerm reads it before deleting a group that must be empty. A `$top` that is no
 * count is refused in the emulator's words.
 */

const GENERIC = ['sku', 'identity', 'plan', 'kind', 'managedBy', 'extendedLocation'];

function genericJson(r: ArmResource, expand: Set<string>, hidesTags: boolean): Json {
  const extra = Object.fromEntries(
    GENERIC.filter((k) => r.extra[k] !== undefined).map((k) => [k, r.extra[k]]),
  );
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    location: r.location,
    ...(!hidesTags && Object.keys(r.tags).length > 0 ? { tags: { ...r.tags } } : {}),
    ...extra,
    ...(expand.has('createdtime') ? { createdTime: r.created } : {}),
    ...(expand.has('provisioningstate') ? { provisioningState: r.provisioningState } : {}),
  };
}

function count(req: ArmRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new ArmError(
      400,
      'InvalidQueryParameterValue',
      `The value '${raw}' of query parameter '${name}' is invalid.`,
    );
  }
  return n;
}

function list(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const { subscription, resourceGroup } = req.params;
  if (!ctx.state.group(subscription!, resourceGroup!)) throw resourceGroupNotFound(resourceGroup!);
  const filter = parseResourceFilter(req.query.get('$filter'));
  const expand = new Set(
    (req.query.get('$expand') ?? '').split(',').map((e) => e.trim().toLowerCase()),
  );
  const all = ctx.state
    .inGroup(subscription!, resourceGroup!)
    .filter((r) => filter.matches(r))
    .sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1));
  const skip = count(req, '$skiptoken') ?? 0;
  const top = count(req, '$top');
  const end = top === undefined ? all.length : skip + top;
  const value = all.slice(skip, end).map((r) => genericJson(r, expand, filter.hidesTags));
  if (end >= all.length) return { status: 200, body: { value } };
  const next = new URL(
    `${req.baseUrl}/subscriptions/${subscription}/resourceGroups/${resourceGroup}/resources`,
  );
  for (const [k, v] of req.query) if (k !== '$skiptoken') next.searchParams.set(k, v);
  next.searchParams.set('$skiptoken', String(end));
  return { status: 200, body: { value, nextLink: next.toString() } };
}

export function groupResourceRoutes(ctx: ArmContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'subscriptions/:subscription/resourceGroups/:resourceGroup/resources',
      handle: (req) => list(ctx, req),
    },
  ];
}
