import type { GalleryImageVersion, GalleryImageVersionUpdate } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import type { PruneDecision } from '../../prune/decide.js';
import { PROTECT_LABEL, ROLE_LABEL, type PruneImage } from '../../prune/inventory.js';
import { Deadline } from '../../wait/deadline.js';
import { withRetry } from '../../wait/retry.js';
import type { PruneProvider, RunContext } from '../provider.js';
import type { ArmClients } from './clients.js';
import { isNotFound } from './clients.js';
import { untilDone } from './lro.js';
import { AzureProvider } from './provider.js';
import { dateOf } from '../../prune/age.js';

/** When prune deprecated the version: ARM keeps no date of an excludeFromLatest change. */
export const DEPRECATED_TAG = 'worker-image-deprecated';

/** Azure tag names ignore case. */
function tag(tags: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(tags ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : tags![key];
}

/**
 * The gallery's side of prune: the versions of the configured definition and of its
 * namespaced ones (`<definition>-<namespace>`). Deprecating one sets excludeFromLatest, so a
 * pool asking for `latest` never gets it, and its end-of-life date (delete-after ahead, or
 * today without one), both through "Gallery Image Versions - Update"
 * (learn.microsoft.com/rest/api/compute/gallery-image-versions/update), with the date in a tag.
 * A version still replicating (provisioningState not Succeeded) is never touched.
 */
export class AzurePrune implements PruneProvider {
  readonly cloud = 'azure' as const;
  private readonly provider: AzureProvider;

  constructor(
    private readonly azure: AzureConfig,
    private readonly deleteAfter?: number,
  ) {
    this.provider = new AzureProvider(azure);
  }

  async inventory(ctx: RunContext): Promise<PruneImage[]> {
    const clients = await this.provider.arm(ctx.reporter);
    const { resourceGroup, gallery } = this.azure;
    const base = this.azure.definition.name;
    const retry = { signal: ctx.signal, onRetry: (m: string) => ctx.reporter.info(m) };
    const definitions = await withRetry(
      'list gallery image definitions',
      async () => {
        const names: string[] = [];
        try {
          for await (const d of clients.compute.galleryImages.listByGallery(
            resourceGroup,
            gallery,
            {
              abortSignal: ctx.signal,
            },
          )) {
            if (d.name === base || d.name?.startsWith(`${base}-`)) names.push(d.name);
          }
        } catch (err) {
          if (!isNotFound(err)) throw err;
        }
        return names;
      },
      retry,
    );
    const images: PruneImage[] = [];
    for (const definition of definitions) {
      const versions = await withRetry(
        `list the versions of ${definition}`,
        () => this.versions(clients, definition, ctx),
        retry,
      );
      const namespace = definition === base ? 'default' : definition.slice(base.length + 1);
      images.push(...versions.flatMap((v) => this.toPrune(definition, namespace, v)));
    }
    ctx.reporter.info(
      `gallery ${gallery}: ${images.length} version(s) of ${definitions.join(', ') || base}`,
    );
    return images;
  }

  async apply(decision: PruneDecision, ctx: RunContext): Promise<void> {
    const clients = await this.provider.arm(ctx.reporter);
    const [definition, version] = decision.image.name.split('/') as [string, string];
    if (decision.action === 'delete') {
      await this.provider.deleteResource(
        {
          cloud: 'azure',
          kind: 'galleryImageVersion',
          id: decision.image.id,
          role: 'image',
          keep: 'never',
        },
        { wait: true, reporter: ctx.reporter },
      );
      return;
    }
    if (decision.action !== 'deprecate') return;
    const { resourceGroup, gallery } = this.azure;
    const current = await clients.compute.galleryImageVersions.get(
      resourceGroup,
      gallery,
      definition,
      version,
      { abortSignal: ctx.signal },
    );
    const now = new Date();
    const update: GalleryImageVersionUpdate = {
      // The update replaces the tags it names: all of them are sent.
      tags: { ...current.tags, [DEPRECATED_TAG]: now.toISOString() },
      publishingProfile: {
        excludeFromLatest: true,
        endOfLifeDate: new Date(now.getTime() + (this.deleteAfter ?? 0)),
      },
    };
    await untilDone(
      (poll) =>
        clients.compute.galleryImageVersions.update(
          resourceGroup,
          gallery,
          definition,
          version,
          update,
          poll,
        ),
      new Deadline(`deprecating ${definition} ${version}`, this.azure.timeouts.operation),
      { ...ctx, pollInterval: this.azure.pollInterval },
    );
  }

  private async versions(
    clients: ArmClients,
    definition: string,
    ctx: RunContext,
  ): Promise<GalleryImageVersion[]> {
    const found: GalleryImageVersion[] = [];
    for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(
      this.azure.resourceGroup,
      this.azure.gallery,
      definition,
      { abortSignal: ctx.signal },
    )) {
      found.push(v);
    }
    return found;
  }

  private toPrune(definition: string, namespace: string, v: GalleryImageVersion): PruneImage[] {
    if (!v.name || !v.id) return [];
    const publishing = v.publishingProfile;
    const createdAt = dateOf(publishing?.publishedDate);
    const deprecated = publishing?.excludeFromLatest === true;
    const deprecatedAt = deprecated ? dateOf(tag(v.tags, DEPRECATED_TAG)) : undefined;
    const protect = tag(v.tags, PROTECT_LABEL);
    const state = v.provisioningState;
    return [
      {
        cloud: 'azure',
        name: `${definition}/${v.name}`,
        lineage: definition,
        namespace,
        version: v.name,
        ...(createdAt ? { createdAt } : {}),
        deprecated,
        ...(deprecatedAt ? { deprecatedAt } : {}),
        baked: tag(v.tags, ROLE_LABEL) === 'image',
        protectedByLabel: protect !== undefined && protect !== 'false',
        ...(state === 'Failed'
          ? { failed: 'gallery version Failed' }
          : state && state !== 'Succeeded'
            ? { busy: `gallery version ${state}` }
            : {}),
        id: v.id,
      },
    ];
  }
}
