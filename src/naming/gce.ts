import { GCE_REGIONS } from './gce-regions.js';
import { EXTRA_REGIONS_VAR, extraRegions, nearestRegion } from './regions.js';

/** GCE resource names (images, families, instances): RFC 1035 labels. */
export const GCE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const GCE_NAME_MAX = 63;

/** Explains which rule a GCE resource name breaks, so the user need not decode a regex. */
export function checkGceName(name: string, what: string): string | undefined {
  if (name === '') return `${what} must not be empty`;
  if (name.length > GCE_NAME_MAX) {
    return `${what} "${name}" is ${name.length} characters; GCE names are at most ${GCE_NAME_MAX}`;
  }
  if (!/^[a-z]/.test(name)) return `${what} "${name}" must start with a lowercase letter`;
  const bad = /[^-a-z0-9]/.exec(name);
  if (bad) {
    return `${what} "${name}" may contain only lowercase letters, digits and "-" (found "${bad[0]}")`;
  }
  if (name.endsWith('-')) return `${what} "${name}" must not end with "-"`;
  return undefined;
}

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
// Legacy domain-scoped projects (`example.com:my-project`) still host public images.
const DOMAIN_SCOPED = /^[a-z0-9.-]+\.[a-z]+:/;

export function checkProjectId(id: string): string | undefined {
  const bare = id.replace(DOMAIN_SCOPED, '');
  if (PROJECT_ID.test(bare)) return undefined;
  return (
    `"${id}" is not a GCP project id: 6 to 30 characters, lowercase letters, digits and "-", ` +
    'starting with a letter and not ending with "-" (the id, not the display name or number)'
  );
}

const ZONE = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/;

/** A zone of a region in GCE_REGIONS, or one allowed by WORKER_IMAGE_EXTRA_REGIONS. */
export function checkZone(zone: string): string | undefined {
  const region = ZONE.exec(zone)?.[1];
  if (region === undefined) {
    return `"${zone}" is not a GCE zone such as us-central1-a (a region plus a zone letter)`;
  }
  if (GCE_REGIONS.includes(region)) return undefined;
  const extra = extraRegions();
  if (extra.includes(region) || extra.includes(zone)) return undefined;
  const near = nearestRegion(region, GCE_REGIONS);
  return (
    `"${zone}" is not in a GCE region (${region} is unknown${near ? `; did you mean "${near}"?` : ''}); ` +
    `if it is a region newer than this release, allow it with ${EXTRA_REGIONS_VAR}=${region}`
  );
}

/** Cloud Storage's multi-regions, where GCE may store an image besides a single region. */
const MULTI_REGIONS = ['us', 'eu', 'asia'];

/**
 * Where an image may be stored ("Cloud Storage bucket storage location of the image (regional
 * or multi-regional)", compute v1 Image.storageLocations): a multi-region or a GCE region, or
 * one allowed by WORKER_IMAGE_EXTRA_REGIONS.
 */
export function checkStorageLocation(location: string): string | undefined {
  if (MULTI_REGIONS.includes(location) || GCE_REGIONS.includes(location)) return undefined;
  if (extraRegions().includes(location)) return undefined;
  const near = nearestRegion(location, [...MULTI_REGIONS, ...GCE_REGIONS]);
  return (
    `"${location}" is neither a multi-region (${MULTI_REGIONS.join(', ')}) nor a GCE region` +
    `${near ? ` (did you mean "${near}"?)` : ''}; if it is a region newer than this release, allow it with ${EXTRA_REGIONS_VAR}=${location}`
  );
}

const NETWORK_URL =
  /^(?:(?:https:\/\/[^/]+\/compute\/v1\/)?projects\/[^/]+\/)?global\/networks\/([^/]+)$/;
const SUBNET_URL =
  /^(?:(?:https:\/\/[^/]+\/compute\/v1\/)?projects\/[^/]+\/)?regions\/([^/]+)\/subnetworks\/([^/]+)$/;

/** A VPC network: its name, or its URL (`projects/P/global/networks/NAME`, full or partial). */
export function checkNetwork(value: string): string | undefined {
  if (!value.includes('/')) return checkGceName(value, 'network');
  const m = NETWORK_URL.exec(value);
  if (!m) {
    return `"${value}" is neither a network name nor a network URL such as projects/my-project/global/networks/default`;
  }
  return checkGceName(m[1]!, 'network');
}

/**
 * A subnet: its name (taken in the zone's region), or its URL, whose region must be the zone's:
 * an instance's subnetwork is in the instance's region.
 */
export function checkSubnet(value: string, zone: string | undefined): string | undefined {
  if (!value.includes('/')) return checkGceName(value, 'subnet');
  const m = SUBNET_URL.exec(value);
  if (!m) {
    return `"${value}" is neither a subnet name nor a subnet URL such as projects/my-project/regions/us-central1/subnetworks/default`;
  }
  const region = zone?.replace(/-[a-z]$/, '');
  if (region && m[1] !== region) {
    return `subnet "${value}" is in ${m[1]}, but the builder runs in ${zone} (${region}): use a subnet of ${region}`;
  }
  return checkGceName(m[2]!, 'subnet');
}
