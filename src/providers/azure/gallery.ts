import type { GalleryImageVersion } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import type { RunContext } from '../provider.js';
import { isNotFound, type ArmClients } from './clients.js';
import type { AzurePlan } from './plan.js';

type Poll = { updateIntervalInMs: number; abortSignal: AbortSignal };

/**
 * Stages the gallery and the image definition when absent. They are lasting infrastructure
 * (other versions live there), so they are never recorded for cleanup.
 */
export async function ensureGallery(
  clients: ArmClients,
  azure: AzureConfig,
  plan: AzurePlan,
  ctx: RunContext,
  poll: Poll,
): Promise<void> {
  const { compute } = clients;
  try {
    await compute.galleries.get(plan.resourceGroup, plan.gallery, { abortSignal: ctx.signal });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    ctx.reporter.info(`creating gallery ${plan.gallery} in ${azure.location}`);
    await clients.resources.resourceGroups.createOrUpdate(plan.resourceGroup, {
      location: azure.location,
    });
    await compute.galleries.createOrUpdate(
      plan.resourceGroup,
      plan.gallery,
      { location: azure.location, tags: { 'worker-image-managed': 'true' } },
      poll,
    );
  }
  try {
    await compute.galleryImages.get(plan.resourceGroup, plan.gallery, plan.definition, {
      abortSignal: ctx.signal,
    });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const d = azure.definition;
    ctx.reporter.info(
      `creating image definition ${plan.definition} (${d.publisher}/${d.offer}/${d.sku}, ${d.hyperVGeneration}, ${azure.securityType})`,
    );
    await compute.galleryImages.createOrUpdate(
      plan.resourceGroup,
      plan.gallery,
      plan.definition,
      {
        location: azure.location,
        osType: d.osType,
        osState: 'Generalized',
        hyperVGeneration: d.hyperVGeneration,
        // The builder's security type: Azure captures a version only from a VM that matches.
        ...(azure.securityType === 'Standard'
          ? {}
          : { features: [{ name: 'SecurityType', value: azure.securityType }] }),
        identifier: {
          publisher: d.publisher,
          offer: d.offer,
          sku: plan.definition === d.name ? d.sku : `${d.sku}-${plan.definition}`,
        },
      },
      poll,
    );
  }
}

/** The gallery version captured from the generalized builder VM. */
export function versionBody(
  azure: AzureConfig,
  plan: AzurePlan,
  vmId: string,
): GalleryImageVersion {
  return {
    location: azure.location,
    tags: { ...plan.tags, 'worker-image-role': 'image' },
    publishingProfile: {
      targetRegions: plan.targetRegions.map((r) => ({
        name: r.name,
        regionalReplicaCount: r.replicas,
        storageAccountType: r.storageAccountType,
      })),
      excludeFromLatest: azure.excludeFromLatest,
      ...(azure.endOfLifeDate ? { endOfLifeDate: new Date(azure.endOfLifeDate) } : {}),
    },
    storageProfile: { source: { virtualMachineId: vmId } },
    // Removing a region from a version later must not silently delete replicas pools use.
    safetyProfile: { allowDeletionOfReplicatedLocations: false },
  };
}
