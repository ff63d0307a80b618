import type { GcpConfig, ImageConfig } from '../../config/types.js';
import type { PruneDecision } from '../../prune/decide.js';
import { PROTECT_LABEL, ROLE_LABEL, type PruneImage } from '../../prune/inventory.js';
import { lineageOf } from '../../prune/lineage.js';
import { Deadline } from '../../wait/deadline.js';
import type { PruneProvider, RunContext } from '../provider.js';
import { CALL, call } from './calls.js';
import { createClients, type GceClients } from './clients.js';
import { waitOperation } from './operations.js';
import { GcpProvider } from './provider.js';
import { dateOf } from '../../prune/age.js';

const VERSION_LABEL = 'worker-image-version';
/** States in which GCE keeps an image out of its family (DeprecationStatus.state). */
const DEPRECATED_STATES = ['DEPRECATED', 'OBSOLETE', 'DELETED'];

interface GceImage {
  name?: string | null;
  selfLink?: string | null;
  status?: string | null;
  creationTimestamp?: string | null;
  labels?: Record<string, string> | null;
  deprecated?: { state?: string | null; deprecated?: string | null } | null;
}

/**
 * GCE's side of prune: the images of the config's image name in its project. Deprecating
 * sets DEPRECATED with the newest kept image as replacement and today's date, so the image
 * leaves its family (images.getFromFamily skips deprecated images) but still boots when
 * named; deleting waits for the delete operation.
 * https://cloud.google.com/compute/docs/reference/rest/v1/images/deprecate
 */
export class GcpPrune implements PruneProvider {
  readonly cloud = 'gcp' as const;
  private readonly clients: GceClients;
  private readonly provider: GcpProvider;
  private readonly links = new Map<string, string>();

  constructor(
    private readonly gcp: GcpConfig,
    private readonly image: Pick<ImageConfig, 'name'>,
  ) {
    this.clients = createClients(gcp);
    this.provider = new GcpProvider(gcp, this.clients);
  }

  async inventory(ctx: RunContext): Promise<PruneImage[]> {
    await this.provider.ready();
    const { project } = this.gcp;
    const base = this.image.name;
    const [images] = await call(ctx, 'list images', () =>
      this.clients.images.list({ project, filter: `name eq '${base}-.*'` }, CALL),
    );
    const found = (images as GceImage[]).flatMap((i) => this.toPrune(i, base));
    ctx.reporter.info(`project ${project}: ${found.length} image(s) named ${base}-…`);
    return found;
  }

  async apply(decision: PruneDecision, ctx: RunContext): Promise<void> {
    const { project } = this.gcp;
    const image = decision.image.name;
    if (decision.action === 'delete') {
      await this.provider.deleteResource(
        { cloud: 'gcp', kind: 'image', id: decision.image.id, role: 'image', keep: 'never' },
        { wait: true, reporter: ctx.reporter },
      );
      return;
    }
    if (decision.action !== 'deprecate') return;
    const replacement = decision.replacement
      ? (this.links.get(decision.replacement.name) ?? decision.replacement.id)
      : undefined;
    const [op] = await call(ctx, `deprecate image ${image}`, () =>
      this.clients.images.deprecate(
        {
          project,
          image,
          deprecationStatusResource: {
            state: 'DEPRECATED',
            deprecated: new Date().toISOString(),
            ...(replacement ? { replacement } : {}),
          },
        },
        CALL,
      ),
    );
    await waitOperation(
      this.clients,
      project,
      op,
      new Deadline(`deprecating image ${image}`, this.gcp.timeouts.operation),
      ctx,
    );
  }

  private toPrune(i: GceImage, base: string): PruneImage[] {
    const labels = i.labels ?? {};
    const lineage = i.name ? lineageOf(i.name, base, labels[VERSION_LABEL]) : undefined;
    if (!i.name || !lineage || i.status === 'DELETING') return [];
    if (i.selfLink) this.links.set(i.name, i.selfLink);
    const state = i.deprecated?.state ?? 'ACTIVE';
    const deprecated = DEPRECATED_STATES.includes(state);
    const createdAt = dateOf(i.creationTimestamp);
    const deprecatedAt = deprecated ? dateOf(i.deprecated?.deprecated) : undefined;
    return [
      {
        cloud: 'gcp',
        name: i.name,
        ...lineage,
        ...(createdAt ? { createdAt } : {}),
        deprecated,
        ...(deprecatedAt ? { deprecatedAt } : {}),
        baked: labels[ROLE_LABEL] === 'image',
        protectedByLabel: labels[PROTECT_LABEL] !== undefined && labels[PROTECT_LABEL] !== 'false',
        ...(i.status === 'FAILED'
          ? { failed: 'image FAILED' }
          : i.status && i.status !== 'READY'
            ? { busy: `image ${i.status}` }
            : {}),
        id: `projects/${this.gcp.project}/global/images/${i.name}`,
      },
    ];
  }
}
