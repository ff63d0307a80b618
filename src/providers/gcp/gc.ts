import type { GcpConfig } from '../../config/types.js';
import type { GcProvider, Leak } from '../../gc/leak.js';
import type { Reporter } from '../../log/reporter.js';
import { CALL, retried, retryOptions } from './calls.js';
import { createClients, createDisksClient, verifyCredentials } from './clients.js';
import { GcpProvider } from './provider.js';

/** The async iterators page themselves; saying so keeps gax from warning on every list. */
const PAGED = { ...CALL, autoPaginate: false };

const RUN = 'worker-image-run';
const ROLE = 'worker-image-role';
/** The roles of temporary resources: a bake's builder, a verification's verifier. */
const TEMPORARY_ROLES = ['builder', 'verifier'] as const;
type TemporaryRole = (typeof TEMPORARY_ROLES)[number];
const isTemporary = (role: string | undefined): role is TemporaryRole =>
  (TEMPORARY_ROLES as readonly string[]).includes(role ?? '');
/**
 * Server-side narrowing; the labels are checked again here, whatever the server matched.
 * Parenthesised terms joined by OR, as the list filter syntax documents them
 * (https://cloud.google.com/compute/docs/reference/rest/v1/instances/aggregatedList, `filter`).
 */
const FILTER = TEMPORARY_ROLES.map((role) => `(labels.${ROLE} = "${role}")`).join(' OR ');

interface Labelled {
  name?: string | null;
  zone?: string | null;
  labels?: Record<string, string> | null;
  creationTimestamp?: string | null;
}

/**
 * GCE leftovers of killed runs, in every zone of the project: builder and verifier instances
 * (their boot disks go with them, auto-delete) and their disks attached to nothing (an instance
 * insert that failed after the disk was made). Images are never candidates: they are the product.
 */
export class GcpGc implements GcProvider {
  readonly cloud = 'gcp' as const;
  private readonly provider: GcpProvider;

  constructor(private readonly gcp: GcpConfig) {
    this.provider = new GcpProvider(gcp);
  }

  async findLeaks(reporter: Reporter): Promise<Leak[]> {
    const { project } = this.gcp;
    const { instances, auth } = createClients(this.gcp);
    await verifyCredentials({ auth });
    const disks = createDisksClient(this.gcp, auth);
    const leaks: Leak[] = [];
    const retry = retryOptions((m) => reporter.info(m));
    await retried(
      // "builder" covers verifiers too here: the words are what the logs have always said.
      'list builder instances',
      async () => {
        leaks.length = 0;
        for await (const [, scoped] of instances.aggregatedListAsync(
          { project, filter: FILTER },
          PAGED,
        )) {
          for (const i of scoped.instances ?? []) {
            const leak = this.leak('instance', i);
            if (leak) leaks.push(leak);
          }
        }
      },
      retry,
    );
    const found: Leak[] = [];
    await retried(
      'list builder disks',
      async () => {
        found.length = 0;
        for await (const [, scoped] of disks.aggregatedListAsync(
          { project, filter: FILTER },
          PAGED,
        )) {
          for (const d of scoped.disks ?? []) {
            // An attached disk is deleted with its instance (or belongs to a live one).
            if ((d.users ?? []).length > 0) continue;
            const leak = this.leak('disk', d);
            if (leak) found.push(leak);
          }
        }
      },
      retry,
    );
    reporter.info(
      `project ${project}: ${leaks.length} builder or verifier instance(s), ${found.length} unattached builder or verifier disk(s)`,
    );
    return [...leaks, ...found];
  }

  deleteLeak(leak: Leak, reporter: Reporter): Promise<void> {
    return this.provider.deleteResource(
      { cloud: 'gcp', kind: leak.kind, id: leak.id, role: leak.role ?? 'builder', keep: 'never' },
      { wait: true, reporter },
    );
  }

  private leak(kind: 'instance' | 'disk', r: Labelled): Leak | undefined {
    const labels = r.labels ?? {};
    const runId = labels[RUN];
    const role = labels[ROLE];
    if (!r.name || !r.zone || !runId || !isTemporary(role)) return undefined;
    const zone = r.zone.split('/').pop()!;
    const created = r.creationTimestamp ? new Date(r.creationTimestamp) : undefined;
    return {
      cloud: 'gcp',
      kind,
      name: r.name,
      id: `projects/${this.gcp.project}/zones/${zone}/${kind}s/${r.name}`,
      runId,
      ...(created && !Number.isNaN(created.getTime()) ? { createdAt: created } : {}),
      where: zone,
      role,
    };
  }
}
