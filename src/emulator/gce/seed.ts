import type { GceContext } from './context.js';
import { invalidField } from './errors.js';
import { newId, timestamp } from './ids.js';
import { parseGuestOsFeatures, STOCK_FEATURES } from './guest-os-features.js';
import { EMPTY_POLICY_ETAG, parseDeprecation } from './images.js';
import { checkLabels, checkName } from './names.js';
import { imageKey, type Deprecation, type DeprecationState, type ImageRecord } from './state.js';

/** An image that exists before a test starts, e.g. earlier versions of the user's image. */
export interface SeedImage {
  project: string;
  name: string;
  family?: string;
  labels?: Record<string, string>;
  /** READY when absent. */
  status?: 'READY' | 'PENDING' | 'FAILED';
  /** `true` means DEPRECATED. */
  deprecated?: boolean | DeprecationState | Deprecation;
  creationTimestamp?: string;
  description?: string;
  diskSizeGb?: number;
  storageLocations?: string[];
  /** GuestOsFeature types; the stock images' when absent. */
  guestOsFeatures?: string[];
}

function deprecation(value: SeedImage['deprecated']): Deprecation | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return { state: 'DEPRECATED' };
  const status = typeof value === 'string' ? { state: value } : value;
  return parseDeprecation('deprecated', status as unknown as Record<string, unknown>);
}

export function seedImage(ctx: GceContext, seed: SeedImage, isPublic = false): ImageRecord {
  const project = checkName('project', seed.project);
  const name = checkName('name', seed.name);
  const status = seed.status ?? 'READY';
  if (!['READY', 'PENDING', 'FAILED'].includes(status)) {
    throw invalidField('status', status, 'Must be READY, PENDING or FAILED.');
  }
  const created = seed.creationTimestamp ?? timestamp();
  if (Number.isNaN(Date.parse(created))) {
    throw invalidField('creationTimestamp', created, 'Must be an RFC 3339 timestamp.');
  }
  const diskSizeGb = seed.diskSizeGb ?? 10;
  const img: ImageRecord = {
    project,
    name,
    id: newId(),
    creationTimestamp: created,
    status,
    family: seed.family === undefined ? undefined : checkName('family', seed.family),
    description: seed.description,
    labels: checkLabels('labels', seed.labels),
    diskSizeGb,
    archiveSizeBytes: Math.round(diskSizeGb * 0.2 * 2 ** 30),
    storageLocations: seed.storageLocations ?? ['us'],
    guestOsFeatures:
      seed.guestOsFeatures === undefined
        ? [...STOCK_FEATURES]
        : parseGuestOsFeatures(
            'guestOsFeatures',
            seed.guestOsFeatures.map((type) => ({ type })),
          ),
    deprecated: deprecation(seed.deprecated),
    policy: { version: 1, etag: EMPTY_POLICY_ETAG, bindings: [] },
    public: isPublic,
  };
  ctx.state.images.set(imageKey(project, name), img);
  return img;
}

/**
 * The stock images builders boot from: two per family, the older one deprecated in favour
 * of the newer, as the image publishers do.
 */
const PUBLIC_FAMILIES = [
  {
    project: 'ubuntu-os-cloud',
    family: 'ubuntu-minimal-2204-lts',
    names: ['ubuntu-minimal-2204-jammy-v20240910', 'ubuntu-minimal-2204-jammy-v20241008'],
  },
  {
    // The batch service's build script boots this family's images by name (--image).
    project: 'ubuntu-os-cloud',
    family: 'ubuntu-minimal-2404-lts-amd64',
    names: [
      'ubuntu-minimal-2404-noble-amd64-v20260708',
      'ubuntu-minimal-2404-noble-amd64-v20260810',
    ],
  },
  {
    project: 'ubuntu-os-cloud',
    family: 'ubuntu-2204-lts',
    names: ['ubuntu-2204-jammy-v20240904', 'ubuntu-2204-jammy-v20241004'],
  },
  {
    project: 'ubuntu-os-cloud',
    family: 'ubuntu-2404-lts-amd64',
    names: ['ubuntu-2404-noble-amd64-v20240912', 'ubuntu-2404-noble-amd64-v20241004'],
  },
  {
    project: 'debian-cloud',
    family: 'debian-12',
    names: ['debian-12-bookworm-v20240910', 'debian-12-bookworm-v20241009'],
  },
];

function dateOf(name: string): string {
  const d = /v(\d{4})(\d{2})(\d{2})$/.exec(name)!;
  return `${d[1]}-${d[2]}-${d[3]}T12:00:00.000Z`;
}

export function seedPublicImages(ctx: GceContext): void {
  for (const { project, family, names } of PUBLIC_FAMILIES) {
    const [older, newer] = names as [string, string];
    seedImage(ctx, { project, name: newer, family, creationTimestamp: dateOf(newer) }, true);
    seedImage(
      ctx,
      {
        project,
        name: older,
        family,
        creationTimestamp: dateOf(older),
        deprecated: {
          state: 'DEPRECATED',
          replacement: ctx.links.url(`projects/${project}/global/images/${newer}`),
        },
      },
      true,
    );
  }
}
