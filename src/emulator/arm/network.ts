import type { ArmContext, ArmRequest, Route } from './context.js';
import { checkPreconditions, networkTag, renewEtag } from './etags.js';
import { listRoutes } from './lists.js';
import { ArmError, invalidParameter } from './errors.js';
import { idKey, parseResourceId } from './ids.js';
import { invalidReference, referencesTo, resolveReference } from './references.js';
import { checkSubnetRanges } from './subnet-ranges.js';
import {
  asObject,
  deleteResource,
  findResource,
  putResource,
  resourceJson,
  target,
  type Json,
  type PutSpec,
  type Target,
} from './resources.js';
import type { ArmResource } from './state.js';

/**
 * Microsoft.Network: virtual networks with their subnets, network interfaces, security groups
 * and public IP addresses. No traffic flows; what matters is the references between them
 * (a NIC's subnet, a VM's NIC), because they decide what may be deleted when.
 */

const VNET = 'Microsoft.Network/virtualNetworks';
const NIC = 'Microsoft.Network/networkInterfaces';
const NSG = 'Microsoft.Network/networkSecurityGroups';
const PIP = 'Microsoft.Network/publicIPAddresses';

/** Network resources answer with their etag and resource GUID. */
export function networkJson(r: ArmResource, properties: Json = r.properties): Json {
  const tag = networkTag(r);
  const json = resourceJson(r, { ...properties, resourceGuid: tag.guid });
  return { ...json, etag: tag.etag };
}

/** Children listed inside their parent (subnets, IP configurations, rules) get ids and a state. */
export function children(r: ArmResource, key: string, childType: string): Json[] {
  const list = r.properties[key];
  if (!Array.isArray(list)) return [];
  return list.map((c: unknown) => {
    const child = asObject(c);
    return {
      ...child,
      id: `${r.id}/${childType}/${String(child.name)}`,
      type: `${r.type}/${childType}`,
      properties: { ...asObject(child.properties), provisioningState: r.provisioningState },
    };
  });
}

export function namedChildren(value: unknown, what: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidParameter(`${what} must be a list.`);
  const seen = new Set<string>();
  return value.map((v, i) => {
    const child = asObject(v);
    if (typeof child.name !== 'string' || child.name === '') {
      throw invalidParameter(`${what}[${i}].name is required.`);
    }
    if (seen.has(child.name.toLowerCase())) {
      throw invalidParameter(`${what} has two entries named '${child.name}'.`);
    }
    seen.add(child.name.toLowerCase());
    return child;
  });
}

function resolveSubnet(ctx: ArmContext, id: unknown, by: string, location: string): void {
  const parsed = typeof id === 'string' ? parseResourceId(id) : undefined;
  const isSubnet = parsed?.type.toLowerCase() === `${VNET}/subnets`.toLowerCase();
  const vnetId = isSubnet ? String(id).split('/').slice(0, -2).join('/') : undefined;
  const vnet = vnetId ? ctx.state.get(vnetId) : undefined;
  const subnets = vnet ? namedChildren(vnet.properties.subnets, 'subnets') : [];
  const found = subnets.some(
    (s) => String(s.name).toLowerCase() === parsed?.names[1]?.toLowerCase(),
  );
  if (!vnet || vnet.deleting || vnet.location !== location || !found) {
    throw invalidReference(id, by);
  }
}

/** Network API versions from this one on make a new subnet private unless it says otherwise. */
const PRIVATE_BY_DEFAULT = '2025-07-01';

/**
 * A new subnet's `defaultOutboundAccess` as Azure settles it: as asked, else false (a private
 * subnet: no outbound to the internet) when created with API 2025-07-01 or later, else
 * unset (outbound through default outbound access).
 */
export function withOutbound(
  subnet: Record<string, unknown>,
  apiVersion: string,
): Record<string, unknown> {
  const props = asObject(subnet.properties);
  if (props.defaultOutboundAccess !== undefined || apiVersion < PRIVATE_BY_DEFAULT) return subnet;
  return { ...subnet, properties: { ...props, defaultOutboundAccess: false } };
}

/**
 * Subnet `name` of `vnet` is still used (a NIC's IP configuration): it cannot go, by a DELETE
 * or by a PUT of the network without it.
 */
export function subnetInUse(
  ctx: ArmContext,
  vnet: ArmResource,
  name: string,
): ArmError | undefined {
  const prefix = idKey(`${vnet.id}/subnets/${name}`);
  const first = referencesTo(ctx, vnet).find((ref) => {
    const k = idKey(ref.id);
    return k === prefix || k.startsWith(`${prefix}/`);
  });
  if (!first) return undefined;
  return new ArmError(
    400,
    'InUseSubnetCannotBeDeleted',
    `Subnet ${name} is in use by ${first.by.id} and cannot be deleted. In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.`,
  );
}

const vnetSpec: PutSpec = {
  kind: 'virtualNetwork',
  properties: (ctx, req, location, existing) => {
    const p = asObject(req.body.properties);
    const subnets = namedChildren(p.subnets, 'properties.subnets');
    const t = target(req, VNET);
    const vnetId = t.id;
    checkSubnetRanges(t.name, p, subnets);
    const kept = new Set(subnets.map((s) => String(s.name).toLowerCase()));
    for (const old of existing ? namedChildren(existing.properties.subnets, 'subnets') : []) {
      const refusal = kept.has(String(old.name).toLowerCase())
        ? undefined
        : subnetInUse(ctx, existing!, String(old.name));
      if (refusal) throw refusal;
    }
    for (const s of subnets) {
      const nsg = asObject(asObject(s.properties).networkSecurityGroup).id;
      const by = `${vnetId}/subnets/${String(s.name)}`;
      if (nsg !== undefined) resolveReference(ctx, nsg, NSG, by, location);
    }
    return { ...p, subnets: subnets.map((s) => withOutbound(s, req.apiVersion)) };
  },
  json: (r) => networkJson(r, { ...r.properties, subnets: children(r, 'subnets', 'subnets') }),
};

const nsgSpec: PutSpec = {
  kind: 'networkSecurityGroup',
  properties: (_ctx, req) => {
    const p = asObject(req.body.properties);
    return { ...p, securityRules: namedChildren(p.securityRules, 'properties.securityRules') };
  },
  json: (r) =>
    networkJson(r, {
      ...r.properties,
      securityRules: children(r, 'securityRules', 'securityRules'),
    }),
};

const pipSpec: PutSpec = {
  kind: 'publicIPAddress',
  properties: (_ctx, req, _location, existing) => {
    const p = asObject(req.body.properties);
    // An address from the documentation range: never one anybody could reach.
    const ipAddress =
      existing?.properties.ipAddress ?? `203.0.113.${1 + Math.floor(Math.random() * 254)}`;
    return { publicIPAllocationMethod: 'Static', ...p, ipAddress };
  },
  json: (r) => networkJson(r),
};

const nicSpec: PutSpec = {
  kind: 'networkInterface',
  properties: (ctx, req, location, existing) => {
    const p = asObject(req.body.properties);
    const configs = namedChildren(p.ipConfigurations, 'properties.ipConfigurations');
    if (configs.length === 0) {
      throw invalidParameter(
        'A network interface needs at least one IP configuration (properties.ipConfigurations).',
      );
    }
    const by = target(req, NIC).id;
    configs.forEach((c, i) => {
      const cp = asObject(c.properties);
      resolveSubnet(ctx, asObject(cp.subnet).id, by, location);
      if (cp.publicIPAddress !== undefined)
        resolveReference(ctx, asObject(cp.publicIPAddress).id, PIP, by, location);
      cp.privateIPAddress ??= `10.0.0.${4 + i}`;
      cp.privateIPAllocationMethod ??= 'Dynamic';
      cp.primary ??= i === 0;
      c.properties = cp;
    });
    if (p.networkSecurityGroup !== undefined)
      resolveReference(ctx, asObject(p.networkSecurityGroup).id, NSG, by, location);
    const attached = existing?.properties.virtualMachine;
    return { ...p, ipConfigurations: configs, ...(attached ? { virtualMachine: attached } : {}) };
  },
  json: (r) =>
    networkJson(r, {
      ...r.properties,
      ipConfigurations: children(r, 'ipConfigurations', 'ipConfigurations'),
    }),
};

function inUse(ctx: ArmContext, r: ArmResource): ArmError | undefined {
  const refs = referencesTo(ctx, r);
  const first = refs[0];
  if (!first) return undefined;
  switch (r.kind) {
    case 'networkInterface':
      return new ArmError(
        400,
        'NicInUse',
        `Network Interface ${r.id} is used by existing resource ${first.by.id}. In order to delete the network interface, it must be dissociated from the resource. To learn more, see aka.ms/deletenic.`,
      );
    case 'virtualNetwork':
      // The reference is to a subnet: `.../virtualNetworks/V/subnets/S/...`.
      return subnetInUse(ctx, r, first.id.split('/')[10] ?? '');
    case 'publicIPAddress':
      return new ArmError(
        400,
        'PublicIPAddressCannotBeDeleted',
        `Public IP address ${r.id} can not be deleted since it is still allocated to resource ${first.by.id}. In order to delete the public IP, disassociate/detach the Public IP address from the resource. To learn how to do this, see aka.ms/deletepublicip.`,
      );
    default:
      return new ArmError(
        400,
        'InUseNetworkSecurityGroupCannotBeDeleted',
        `Network security group ${r.id} cannot be deleted because it is in use by the following resources: ${refs.map((x) => x.by.id).join(', ')}. In order to delete the Network security group, remove the association with the resource(s). To learn how to do this, see aka.ms/deletensg.`,
      );
  }
}

function resourceRoutes(ctx: ArmContext, type: string, spec: PutSpec): Route[] {
  const path = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${type}/:name`;
  const json = spec.json ?? resourceJson;
  const conditional = (req: ArmRequest): Target => {
    const t = target(req, type);
    checkPreconditions(req, ctx.state.get(t.id));
    return t;
  };
  return [
    {
      method: 'PUT',
      path,
      handle: (req) => putResource(ctx, req, conditional(req), { ...spec, written: renewEtag }),
    },
    {
      method: 'GET',
      path,
      handle: (req) => ({ status: 200, body: json(findResource(ctx, target(req, type))) }),
    },
    {
      method: 'DELETE',
      path,
      handle: (req) => deleteResource(ctx, req, conditional(req), { inUse: (r) => inUse(ctx, r) }),
    },
    ...listRoutes(ctx, type, (r) => json(r)),
  ];
}

export function networkRoutes(ctx: ArmContext): Route[] {
  return [
    ...resourceRoutes(ctx, VNET, vnetSpec),
    ...resourceRoutes(ctx, NIC, nicSpec),
    ...resourceRoutes(ctx, NSG, nsgSpec),
    ...resourceRoutes(ctx, PIP, pipSpec),
  ];
}

export const NETWORK_TYPES = { VNET, NIC, NSG, PIP };
