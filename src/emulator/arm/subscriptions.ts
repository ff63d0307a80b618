import { ISSUER_PREFIX, jwtClaims } from '../entra/tokens.js';
import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { idKey } from './ids.js';
import { TENANT } from './principals.js';
import type { Json } from './resources.js';

/**
 * Subscriptions (Microsoft.Resources): Subscriptions - Get and Subscriptions - List
 * (learn.microsoft.com/rest/api/resources/subscriptions/get, …/list). The emulator takes
 * every subscription id it is sent; it lists those it has seen: asked about here, or holding a
 * resource group or a resource. Its tenant is the one the caller's token was issued in (the
 * emulated Entra ID issues any tenant's), else the emulator's own directory.
 */

const seen = new WeakMap<ArmContext, Map<string, string>>();

/** Marks a subscription as seen (asked about, or its providers). */
export function noteSubscription(ctx: ArmContext, subscriptionId: string): void {
  const known = seen.get(ctx) ?? new Map<string, string>();
  known.set(idKey(subscriptionId), subscriptionId);
  seen.set(ctx, known);
}

/** Forgets the subscriptions seen (the emulator's reset). */
export function forgetSubscriptions(ctx: ArmContext): void {
  seen.delete(ctx);
}

function tenantOf(req: ArmRequest): string {
  const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  const claims = jwtClaims(token);
  const issued = typeof claims?.iss === 'string' && claims.iss.startsWith(ISSUER_PREFIX);
  return issued && typeof claims.tid === 'string' ? claims.tid : TENANT;
}

/** The Subscription model; policies as a pay-as-you-go subscription of the public cloud has them. */
function subscriptionJson(subscriptionId: string, tenantId: string): Json {
  return {
    id: `/subscriptions/${subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId,
    tenantId,
    displayName: `Emulated subscription ${subscriptionId}`,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off',
    },
  };
}

function known(ctx: ArmContext): string[] {
  const all = new Map(seen.get(ctx));
  for (const g of ctx.state.groups.values()) all.set(idKey(g.subscriptionId), g.subscriptionId);
  for (const r of ctx.state.resources.values()) all.set(idKey(r.subscriptionId), r.subscriptionId);
  return [...all.values()].sort();
}

export function subscriptionRoutes(ctx: ArmContext): Route[] {
  return [
    {
      method: 'GET',
      path: 'subscriptions',
      handle: (req): ArmResponse => ({
        status: 200,
        body: { value: known(ctx).map((s) => subscriptionJson(s, tenantOf(req))) },
      }),
    },
    {
      method: 'GET',
      path: 'subscriptions/:subscription',
      handle: (req): ArmResponse => {
        noteSubscription(ctx, req.params.subscription!);
        return { status: 200, body: subscriptionJson(req.params.subscription!, tenantOf(req)) };
      },
    },
  ];
}
