import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { ArmError } from './errors.js';
import { CATALOG, type CatalogProvider } from './provider-catalog.js';
import { displayRegion, REGIONS } from './regions.js';
import type { Json } from './resources.js';
import { noteSubscription } from './subscriptions.js';

/**
 * Resource providers (Providers - List, Get, Register: learn.microsoft.com/rest/api/resources/
 * providers): what Terraform's azurerm lists at start-up, registering the providers it needs
 * that the list shows unregistered (and skipping those it does not show). Every emulated
 * provider is registered in every subscription; registering one again answers it as it is.
 * A namespace the emulator does not serve is refused as ARM refuses one it does not know
 * ("InvalidResourceNamespace: The resource namespace 'Microsoft.DataLakeStore' is invalid",
 * learn.microsoft.com/azure/data-lake-store/data-lake-store-get-started-powershell); the 404 is
 * the emulator's reading.
 */

function providerJson(subscriptionId: string, p: CatalogProvider): Json {
  const locations = REGIONS.map(displayRegion);
  return {
    id: `/subscriptions/${subscriptionId}/providers/${p.namespace}`,
    namespace: p.namespace,
    registrationState: 'Registered',
    registrationPolicy: p.registrationPolicy,
    resourceTypes: p.resourceTypes.map((t) => ({
      resourceType: t.resourceType,
      locations: t.regional ? locations : [],
      apiVersions: [...t.apiVersions],
      defaultApiVersion: t.apiVersions[0],
      ...(t.regional ? { capabilities: 'SupportsTags, SupportsLocation' } : {}),
    })),
  };
}

function find(req: ArmRequest): CatalogProvider {
  const namespace = req.params.namespace!;
  const p = CATALOG.find((c) => c.namespace.toLowerCase() === namespace.toLowerCase());
  if (!p) {
    throw new ArmError(
      404,
      'InvalidResourceNamespace',
      `The resource namespace '${namespace}' is invalid.`,
    );
  }
  return p;
}

function one(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const p = find(req);
  noteSubscription(ctx, req.params.subscription!);
  return { status: 200, body: providerJson(req.params.subscription!, p) };
}

export function providerRoutes(ctx: ArmContext): Route[] {
  const provider = 'subscriptions/:subscription/providers/:namespace';
  return [
    {
      method: 'GET',
      path: 'subscriptions/:subscription/providers',
      handle: (req) => {
        noteSubscription(ctx, req.params.subscription!);
        const value = CATALOG.map((p) => providerJson(req.params.subscription!, p));
        return { status: 200, body: { value } };
      },
    },
    { method: 'GET', path: provider, handle: (req) => one(ctx, req) },
    { method: 'POST', path: `${provider}/register`, handle: (req) => one(ctx, req) },
  ];
}
