import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { resourceGroupNotFound } from './errors.js';
import type { Json } from './resources.js';
import type { ArmResource } from './state.js';

/**
 * The two list operations every top-level ARM resource type has (e.g. Virtual Machines - List,
 * https://learn.microsoft.com/rest/api/compute/virtual-machines/list, and List All): the type's
 * resources in a resource group, which must exist (404 ResourceGroupNotFound otherwise), or in
 * the whole subscription, as `{ value: [...] }` each as its GET answers it. One page: ARM adds a
 * `nextLink` only past its page size, which the emulator's few resources never reach.
 */
export function listRoutes(
  ctx: ArmContext,
  type: string,
  json: (r: ArmResource, req: ArmRequest) => Json,
): Route[] {
  const list = (req: ArmRequest, inGroup: boolean): ArmResponse => {
    const sub = req.params.subscription!.toLowerCase();
    const group = req.params.resourceGroup;
    if (inGroup && !ctx.state.group(req.params.subscription!, group!)) {
      throw resourceGroupNotFound(group!);
    }
    const value = [...ctx.state.resources.values()]
      .filter(
        (r) =>
          r.type.toLowerCase() === type.toLowerCase() &&
          r.subscriptionId.toLowerCase() === sub &&
          (!inGroup || r.resourceGroup.toLowerCase() === group!.toLowerCase()),
      )
      .sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1))
      .map((r) => json(r, req));
    return { status: 200, body: { value } };
  };
  return [
    {
      method: 'GET',
      path: `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${type}`,
      handle: (req) => list(req, true),
    },
    {
      method: 'GET',
      path: `subscriptions/:subscription/providers/${type}`,
      handle: (req) => list(req, false),
    },
  ];
}
