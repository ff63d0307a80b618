import type { ArmContext } from './context.js';
import { conflict, invalidParameter } from './errors.js';
import { resourceGroupId, resourceId } from './ids.js';
import { DEFINITION_TYPE, GALLERY_TYPE, VERSION_TYPE } from './images.js';
import { checkVersionName, parseTargetRegions } from './gallery-versions.js';
import { shortRegion } from './regions.js';
import { newResource, type Json, type Target } from './resources.js';
import type { ArmResource } from './state.js';

/** A gallery version that exists before a test starts, e.g. the previous release of the image. */
export interface SeedGalleryVersion {
  subscriptionId: string;
  resourceGroup: string;
  gallery: string;
  definition: string;
  version: string;
  /** The gallery's region and the version's source region; default: the first of `regions`, else `eastus`. */
  location?: string;
  /** Where it is replicated (all `Completed`); default: one replica in `location`. */
  regions?: { name: string; replicas?: number }[];
  /**
   * Image definition properties when the definition is created (osType, osState, identifier,
   * ...). Default: Generation 2 with the TrustedLaunch security type, as a bake makes it.
   */
  definitionProperties?: Record<string, unknown>;
  tags?: Record<string, string>;
  excludeFromLatest?: boolean;
  /** When it was published (its creation); default now. */
  publishedDate?: string;
  /** publishingProfile.endOfLifeDate, ISO 8601. */
  endOfLifeDate?: string;
  /**
   * `Failed`: a version whose creation failed, each region's replication state `Failed` too
   * (the ReplicationState values of the Gallery Image Versions REST reference: Unknown,
   * Replicating, Completed, Failed); default `Succeeded`.
   */
  provisioningState?: 'Succeeded' | 'Failed';
}

function requireName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalidParameter(`${field} is required`);
  return value;
}

function ensure(
  ctx: ArmContext,
  t: Target,
  kind: ArmResource['kind'],
  location: string,
  properties: Json,
): ArmResource {
  const existing = ctx.state.get(t.id);
  if (existing) return existing;
  const r = newResource(t, kind, {}, location, properties);
  r.provisioningState = 'Succeeded';
  ctx.state.set(r);
  return r;
}

/** Creates the version (and its group, gallery and definition where missing), fully replicated. */
export function seedGalleryVersion(ctx: ArmContext, seed: SeedGalleryVersion): ArmResource {
  const sub = requireName('subscriptionId', seed.subscriptionId);
  const rg = requireName('resourceGroup', seed.resourceGroup);
  const gallery = requireName('gallery', seed.gallery);
  const definition = requireName('definition', seed.definition);
  const version = requireName('version', seed.version);
  checkVersionName(version);
  const location = shortRegion(seed.location ?? seed.regions?.[0]?.name ?? 'eastus');
  const regions = parseTargetRegions(
    {
      targetRegions: (seed.regions ?? [{ name: location }]).map((r) => ({
        name: r.name,
        regionalReplicaCount: r.replicas ?? 1,
      })),
    },
    location,
  );
  const at = (type: string, names: string[]): Target => ({
    subscriptionId: sub,
    resourceGroup: rg,
    type,
    names,
    id: resourceId(sub, rg, type, names),
    name: names[names.length - 1]!,
  });
  const versionTarget = at(VERSION_TYPE, [gallery, definition, version]);
  if (ctx.state.get(versionTarget.id)) {
    throw conflict('Conflict', `Gallery image version ${versionTarget.id} already exists.`);
  }
  if (!ctx.state.group(sub, rg)) {
    ctx.state.setGroup({
      id: resourceGroupId(sub, rg),
      subscriptionId: sub,
      name: rg,
      location,
      tags: {},
      provisioningState: 'Succeeded',
    });
  }
  ensure(ctx, at(GALLERY_TYPE, [gallery]), 'gallery', location, {
    identifier: { uniqueName: `${sub}-${gallery.toUpperCase()}` },
  });
  const given = seed.definitionProperties ?? {};
  const generation = given.hyperVGeneration ?? 'V2';
  ensure(ctx, at(DEFINITION_TYPE, [gallery, definition]), 'galleryImage', location, {
    osType: 'Linux',
    osState: 'Generalized',
    hyperVGeneration: generation,
    ...(generation === 'V2'
      ? { features: [{ name: 'SecurityType', value: 'TrustedLaunch' }] }
      : {}),
    identifier: { publisher: 'worker-image', offer: definition, sku: definition },
    ...given,
  });
  const v = newResource(versionTarget, 'galleryImageVersion', { tags: seed.tags }, location, {
    publishingProfile: {
      replicaCount: 1,
      storageAccountType: 'Standard_LRS',
      excludeFromLatest: seed.excludeFromLatest ?? false,
      publishedDate: seed.publishedDate ?? new Date().toISOString(),
      ...(seed.endOfLifeDate ? { endOfLifeDate: seed.endOfLifeDate } : {}),
    },
    storageProfile: {
      // The builder it was captured from is long gone, as after a real bake.
      source: {
        virtualMachineId: resourceId(sub, rg, 'Microsoft.Compute/virtualMachines', [
          `${definition}-builder`,
        ]),
      },
      osDiskImage: { sizeInGB: 30, hostCaching: 'ReadWrite' },
    },
    safetyProfile: { allowDeletionOfReplicatedLocations: true, reportedForPolicyViolation: false },
  });
  const failed = seed.provisioningState === 'Failed';
  if (seed.provisioningState !== undefined && !failed && seed.provisioningState !== 'Succeeded') {
    throw invalidParameter('provisioningState must be Succeeded or Failed');
  }
  v.provisioningState = failed ? 'Failed' : 'Succeeded';
  v.version = {
    regions: regions.map((r) => ({
      ...r,
      state: failed ? 'Failed' : 'Completed',
      progress: failed ? 0 : 100,
    })),
  };
  ctx.state.set(v);
  return v;
}
