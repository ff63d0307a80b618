import type { AzureConfig, TargetRegion, WorkerImageConfig } from '../../config/types.js';
import { labelValue } from '../../naming/labels.js';
import {
  definitionName,
  galleryVersionId,
  galleryVersionOverwriteProblem,
  resolveGalleryVersion,
} from '../../naming/azure.js';
import { planReplicas } from '../../replicate/plan.js';
import { withRetry } from '../../wait/retry.js';
import type { BakePlan, RunContext } from '../provider.js';
import { isNotFound, type ArmClients } from './clients.js';
import { subnetParts, temporaryNames, type TemporaryNames } from './names.js';
import { checkDefinition, checkIdentity, checkSubnet } from './preflight.js';
import { osDiskType } from './vm-size.js';

export interface AzurePlan extends BakePlan {
  resourceGroup: string;
  gallery: string;
  definition: string;
  versionId: string;
  targetRegions: TargetRegion[];
  temporary: TemporaryNames;
  replaces: boolean;
  tags: Record<string, string>;
}

/**
 * Reads only: the definition's versions, the next version, the replica plan; and what would
 * fail the bake later, checked now, before any VM exists: an existing definition the builder
 * could not be captured into, a user-assigned identity that is not there, a subnet the builder
 * could not join.
 */
export async function planAzure(
  config: WorkerImageConfig,
  azure: AzureConfig,
  clients: ArmClients,
  ctx: RunContext,
): Promise<AzurePlan> {
  const definition = definitionName(azure.definition.name, config.image.namespace);
  await checkDefinition(clients, azure, definition, ctx);
  if (azure.identity) await checkIdentity(clients, azure.identity, ctx);
  if (azure.subnetId) await checkSubnet(clients, azure.subnetId, azure.location, ctx);
  const existing = await listVersions(clients, azure, definition, ctx);
  const resolved = resolveGalleryVersion(azure.version, existing);
  const problem = galleryVersionOverwriteProblem(
    { ...resolved, name: `${definition} ${resolved.version}` },
    config.image,
    `gallery ${azure.gallery} (resource group ${azure.resourceGroup})`,
  );
  if (problem) throw new Error(problem);
  const { regions, notes } = planReplicas(azure.targetRegions, azure.replicaPolicy);
  for (const note of notes) ctx.reporter.warning(note);
  const temporary = temporaryNames(definition, resolved.version, ctx.runId);
  const source = azure.sourceImage.id
    ? azure.sourceImage.id
    : `${azure.sourceImage.publisher}:${azure.sourceImage.offer}:${azure.sourceImage.sku}:${azure.sourceImage.version ?? 'latest'}`;
  const tags = {
    ...azure.tags,
    'worker-image-run': labelValue(ctx.runId),
    'worker-image-version': resolved.version,
    ...(ctx.commit ? { 'worker-image-commit': ctx.commit } : {}),
    ...(ctx.runUrl ? { 'worker-image-run-url': ctx.runUrl } : {}),
  };
  return {
    cloud: 'azure',
    imageName: `${definition}/${resolved.version}`,
    version: resolved.version,
    location: `gallery ${azure.gallery}, resource group ${azure.resourceGroup}, subscription ${azure.subscriptionId}`,
    sourceImage: source,
    template: azure.template.path,
    labels: tags,
    tags,
    resourceGroup: azure.resourceGroup,
    gallery: azure.gallery,
    definition,
    versionId: galleryVersionId(
      azure.subscriptionId,
      azure.resourceGroup,
      azure.gallery,
      definition,
      resolved.version,
    ),
    targetRegions: regions,
    temporary,
    replaces: resolved.exists,
    resources: [
      {
        kind: 'resource group',
        name: `${temporary.resourceGroup} (${azure.location}: ${networkOf(azure)}, builder ${temporary.vm} ${azure.vmSize}, ${azure.securityType}, ${osDiskType(azure.vmSize)} OS disk)`,
        role: 'builder',
      },
      {
        kind: 'gallery version',
        name: `${definition} ${resolved.version} → ${regions.map((r) => `${r.name}×${r.replicas}`).join(', ')}`,
        role: 'image',
      },
    ],
  };
}

/** What the plan says of the builder's network: its own, or a NIC in the user's subnet. */
function networkOf(azure: AzureConfig): string {
  if (!azure.subnetId) return 'network';
  const { resourceGroup, network, subnet } = subnetParts(azure.subnetId);
  return `a network interface in subnet ${subnet} of ${network} (resource group ${resourceGroup})`;
}

async function listVersions(
  clients: ArmClients,
  azure: AzureConfig,
  definition: string,
  ctx: RunContext,
): Promise<string[]> {
  return withRetry(
    'list gallery versions',
    async () => {
      const names: string[] = [];
      try {
        for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(
          azure.resourceGroup,
          azure.gallery,
          definition,
          { abortSignal: ctx.signal },
        )) {
          if (v.name) names.push(v.name);
        }
      } catch (err) {
        // No gallery or definition yet: the bake creates them, and the version is the first.
        if (!isNotFound(err)) throw err;
      }
      return names;
    },
    { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) },
  );
}
