import { randomBytes, randomUUID } from 'node:crypto';

export const newGuid = (): string => randomUUID();

/** A short random suffix, as Azure appends to generated names (OS disks). */
export const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');

export const now = (): string => new Date().toISOString();

/** ARM ids and names compare case-insensitively; maps are keyed by the lower-cased id. */
export const idKey = (id: string): string => id.toLowerCase();

export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

/**
 * `/subscriptions/S/resourceGroups/R/providers/Microsoft.Compute/galleries/g/images/d` from
 * the provider type (`Microsoft.Compute/galleries/images`) and the names (`['g', 'd']`).
 */
export function resourceId(
  subscriptionId: string,
  resourceGroup: string,
  type: string,
  names: string[],
): string {
  const [namespace, ...types] = type.split('/');
  const path = types.map((t, i) => `${t}/${names[i]}`).join('/');
  return `${resourceGroupId(subscriptionId, resourceGroup)}/providers/${namespace}/${path}`;
}

export interface ParsedId {
  subscriptionId: string;
  resourceGroup: string;
  /** `Microsoft.Network/virtualNetworks/subnets` */
  type: string;
  names: string[];
}

/** Splits a resource id; undefined for anything that is not one. */
export function parseResourceId(id: string): ParsedId | undefined {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/i.exec(
    id,
  );
  if (!m) return undefined;
  const parts = m[4]!.split('/');
  if (parts.length % 2 !== 0 || parts.some((p) => p === '')) return undefined;
  const types = parts.filter((_, i) => i % 2 === 0);
  const names = parts.filter((_, i) => i % 2 === 1);
  return {
    subscriptionId: m[1]!,
    resourceGroup: m[2]!,
    type: [m[3]!, ...types].join('/'),
    names,
  };
}

/** `Microsoft.Compute/galleries/g/images/d`: how ARM's messages name a resource. */
export function typedName(type: string, names: string[]): string {
  const [namespace, ...types] = type.split('/');
  return [namespace, ...types.flatMap((t, i) => [t, names[i]])].join('/');
}
