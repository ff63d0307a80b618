import type { Durations } from '../durations.js';
import type { Timers } from '../timers.js';
import type { OperationFault } from '../faults.js';
import { httpErrorMessage, notFound, operationErrorStatus } from './errors.js';
import { newId, operationName, timestamp } from './ids.js';
import type { Links } from './links.js';
import { aggregatedPage, allScopes } from './aggregated.js';
import type { GceContext, GceRequest, Route } from './context.js';
import { listPage } from './list.js';

export type OperationError = OperationFault['operationError'];

/** An operation's `warnings[]` entry (compute v1 Operation.warnings). */
export interface OperationWarning {
  code: string;
  message: string;
  data?: { key: string; value: string }[];
}

export interface OperationRecord {
  project: string;
  /** Absent for global operations. */
  zone?: string;
  name: string;
  id: string;
  operationType: string;
  targetLink: string;
  targetId: string;
  status: 'PENDING' | 'RUNNING' | 'DONE';
  progress: number;
  insertTime: string;
  startTime: string;
  endTime?: string;
  error?: OperationError;
  warnings?: OperationWarning[];
  /** Long-polls (`operations.wait`) parked on this operation. */
  waiters: Set<() => void>;
}

export interface NewOperation {
  project: string;
  zone?: string;
  operationType: string;
  targetLink: string;
  targetId: string;
}

const key = (project: string, zone: string | undefined, name: string): string =>
  `${project}/${zone ?? 'global'}/${name}`;

/** Long-running operations, zonal and global, with GCE's `wait` long-poll. */
export class Operations {
  private readonly records = new Map<string, OperationRecord>();

  constructor(
    private readonly links: Links,
    private readonly timers: Timers,
    private readonly durations: () => Durations,
  ) {}

  start(o: NewOperation): OperationRecord {
    const now = timestamp();
    const op: OperationRecord = {
      ...o,
      name: operationName(),
      id: newId(),
      status: 'RUNNING',
      progress: 0,
      insertTime: now,
      startTime: now,
      waiters: new Set(),
    };
    this.records.set(key(op.project, op.zone, op.name), op);
    return op;
  }

  finish(op: OperationRecord, error?: OperationError): void {
    if (op.status === 'DONE') return;
    op.status = 'DONE';
    op.progress = 100;
    op.endTime = timestamp();
    if (error) op.error = error;
    this.release(op);
  }

  /** An operation that fails after `ms` without touching any resource (an injected fault). */
  failAfter(op: OperationRecord, error: OperationError, ms: number): OperationRecord {
    this.timers.after(ms, () => this.finish(op, error));
    return op;
  }

  find(project: string, zone: string | undefined, name: string): OperationRecord {
    const op = this.records.get(key(project, zone, name));
    if (!op) {
      const where = zone ? `zones/${zone}` : 'global';
      throw notFound(`projects/${project}/${where}/operations/${name}`);
    }
    return op;
  }

  /** The project's operations, in the order they started. */
  inProject(project: string): OperationRecord[] {
    return [...this.records.values()].filter((op) => op.project === project);
  }

  /** Answers when the operation is DONE or after `operationWaitMax`, whichever comes first. */
  wait(op: OperationRecord): Promise<void> {
    if (op.status === 'DONE') return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        cancel();
        op.waiters.delete(done);
        resolve();
      };
      const cancel = this.timers.after(this.durations().operationWaitMax, done);
      op.waiters.add(done);
    });
  }

  /** Lets every parked long-poll answer now (on stop and reset). */
  releaseAll(): void {
    for (const op of this.records.values()) this.release(op);
  }

  clear(): void {
    this.releaseAll();
    this.records.clear();
  }

  toJson(op: OperationRecord): Record<string, unknown> {
    const where = op.zone ? `zones/${op.zone}` : 'global';
    const json: Record<string, unknown> = {
      kind: 'compute#operation',
      id: op.id,
      name: op.name,
      operationType: op.operationType,
      targetLink: op.targetLink,
      targetId: op.targetId,
      status: op.status,
      user: 'emulator@worker-image.local',
      progress: op.progress,
      insertTime: op.insertTime,
      startTime: op.startTime,
      selfLink: this.links.url(`projects/${op.project}/${where}/operations/${op.name}`),
    };
    if (op.zone) json.zone = this.links.url(`projects/${op.project}/zones/${op.zone}`);
    if (op.endTime) json.endTime = op.endTime;
    if (op.warnings?.length) json.warnings = op.warnings;
    if (op.error) {
      const status = op.error.httpStatus ?? operationErrorStatus(op.error.code);
      json.error = { errors: [{ code: op.error.code, message: op.error.message }] };
      json.httpErrorStatusCode = status;
      json.httpErrorMessage = httpErrorMessage(status);
    }
    return json;
  }

  private release(op: OperationRecord): void {
    for (const waiter of [...op.waiters]) waiter();
  }
}

/**
 * `zoneOperations` and `globalOperations`: get, the `wait` long-poll, list (filter, orderBy and
 * paging as every list) and `globalOperations.aggregatedList`, which gcloud's `compute operations
 * list` reads.
 */
export function operationRoutes(ctx: GceContext): Route[] {
  const scopeOf = (op: OperationRecord): string => (op.zone ? `zones/${op.zone}` : 'global');
  const listed = (project: string, scope: string): Record<string, unknown>[] =>
    ctx.ops
      .inProject(project)
      .filter((op) => scopeOf(op) === scope)
      .map((op) => ctx.ops.toJson(op));
  const routes: Route[] = [
    {
      method: 'GET',
      path: 'projects/:project/zones/:zone/operations',
      handle: (req) => {
        const { project, zone } = req.params as { project: string; zone: string };
        const path = `projects/${project}/zones/${zone}/operations`;
        return listPage(listed(project, `zones/${zone}`), new URLSearchParams(req.query), {
          kind: 'compute#operationList',
          id: path,
          selfLink: ctx.links.url(path),
        });
      },
    },
    {
      method: 'GET',
      path: 'projects/:project/global/operations',
      handle: (req) => {
        const { project } = req.params as { project: string };
        const path = `projects/${project}/global/operations`;
        return listPage(listed(project, 'global'), new URLSearchParams(req.query), {
          kind: 'compute#operationList',
          id: path,
          selfLink: ctx.links.url(path),
        });
      },
    },
    {
      method: 'GET',
      path: 'projects/:project/aggregated/operations',
      handle: (req) => {
        const { project } = req.params as { project: string };
        return aggregatedPage(ctx, {
          project,
          key: 'operations',
          kind: 'compute#operationAggregatedList',
          scopes: allScopes(),
          all: ctx.ops
            .inProject(project)
            .map((op) => ({ scope: scopeOf(op), item: ctx.ops.toJson(op) })),
          query: new URLSearchParams(req.query),
        });
      },
    },
  ];
  for (const scope of ['zones/:zone', 'global']) {
    const base = `projects/:project/${scope}/operations/:operation`;
    const find = (req: GceRequest): OperationRecord =>
      ctx.ops.find(req.params.project!, req.params.zone, req.params.operation!);
    routes.push(
      { method: 'GET', path: base, handle: (req) => ctx.ops.toJson(find(req)) },
      {
        method: 'POST',
        path: `${base}/wait`,
        handle: async (req) => {
          const op = find(req);
          await ctx.ops.wait(op);
          return ctx.ops.toJson(op);
        },
      },
    );
  }
  return routes;
}
