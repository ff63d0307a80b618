import type { Hazards } from '../hazards.js';
import { GceError } from './errors.js';
import { projectNumber } from './ids.js';

type Settings = Hazards['gce'];

interface QuotaGroup {
  /** As the error names it: `Read requests`. */
  name: string;
  /** The metric without its `compute.googleapis.com/` prefix; zonal methods add `_per_region`. */
  metric: string;
  /** The limit's id for the project (`ReadRequestsPerMinutePerProject`). */
  limit: string;
  setting: keyof Settings;
}

/**
 * The quota groups of https://cloud.google.com/compute/api-quota, with the regional metrics of
 * https://cloud.google.com/compute/docs/api/how-tos/migrate-to-regional-api for zonal methods.
 */
const GROUPS = {
  queries: {
    name: 'Queries',
    metric: 'default',
    limit: 'defaultPerMinutePerProject',
    setting: 'queriesPerMinute',
  },
  reads: {
    name: 'Read requests',
    metric: 'read_requests',
    limit: 'ReadRequestsPerMinutePerProject',
    setting: 'readRequestsPerMinute',
  },
  lists: {
    name: 'List requests',
    metric: 'list_requests',
    limit: 'ListRequestsPerMinutePerProject',
    setting: 'listRequestsPerMinute',
  },
  operationReads: {
    name: 'Operation read requests',
    metric: 'operation_read_requests',
    limit: 'OperationReadRequestsPerMinutePerProject',
    setting: 'operationReadRequestsPerMinute',
  },
} satisfies Record<string, QuotaGroup>;

const COLLECTION =
  /(^|\/)(instances|disks|images|operations|zones|regions|machineTypes|networks|subnetworks)$|\/aggregated\//;

/** The group a request counts against; `path` is relative to `/compute/v1/`. */
function groupOf(method: string, path: string): QuotaGroup {
  if (/\/operations\/[^/]+(\/wait)?$/.test(path) && (method === 'GET' || path.endsWith('/wait')))
    return GROUPS.operationReads;
  if (method !== 'GET') return GROUPS.queries;
  return COLLECTION.test(path) ? GROUPS.lists : GROUPS.reads;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Per-project rate quotas per group, per region for zonal methods. A group's minute starts
 * with its first request (GCE's minutes are synchronized to the clock; from a client's view
 * that is only a phase), so a test that sets a limit of N sees exactly N requests go through.
 * Refused requests use no quota.
 */
export class RateQuotas {
  private readonly windows = new Map<string, Window>();

  /** The 403 GCE answers when `method path` is over its group's limit; counts it otherwise. */
  admit(method: string, path: string, settings: Settings): GceError | undefined {
    const project = /^projects\/([^/]+)(\/|$)/.exec(path)?.[1];
    const minute = settings.rateQuotaMinute;
    if (!project || minute <= 0) return undefined;
    const group = groupOf(method, path);
    const limit = settings[group.setting] as number;
    if (limit <= 0) return undefined;
    // Zonal and regional methods count per region.
    const zone = /\/zones\/([^/]+)\//.exec(path)?.[1];
    const region = zone?.replace(/-[a-z]$/, '') ?? /\/regions\/([^/]+)\//.exec(path)?.[1];
    const key = `${project}/${group.metric}/${region ?? 'global'}`;
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= minute) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= limit) return rateLimitExceeded(project, group, limit, region);
    window.count += 1;
    return undefined;
  }

  clear(): void {
    this.windows.clear();
  }
}

/**
 * GCE's answer over a rate quota: 403, reason `rateLimitExceeded` in domain `usageLimits`, the
 * message naming metric, limit and consumer (scylladb/scylla-cluster-tests#7940), and the
 * ErrorInfo / Help details Google APIs attach to quota errors.
 */
function rateLimitExceeded(
  project: string,
  group: QuotaGroup,
  limit: number,
  region: string | undefined,
): GceError {
  const number = projectNumber(project);
  const limitName = `${group.name} per minute${region ? ' per region' : ''}`;
  const message =
    `Quota exceeded for quota metric '${group.name}' and limit '${limitName}' of service ` +
    `'compute.googleapis.com' for consumer 'project_number:${number}'.`;
  const details = [
    {
      '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
      reason: 'RATE_LIMIT_EXCEEDED',
      domain: 'googleapis.com',
      metadata: {
        consumer: `projects/${number}`,
        quota_limit: region ? `${group.limit}PerRegion` : group.limit,
        quota_limit_value: String(limit),
        quota_location: region ?? 'global',
        quota_metric: `compute.googleapis.com/${group.metric}${region ? '_per_region' : ''}`,
        service: 'compute.googleapis.com',
      },
    },
    {
      '@type': 'type.googleapis.com/google.rpc.Help',
      links: [
        {
          description: 'Request a higher quota limit.',
          url: 'https://cloud.google.com/docs/quotas/help/request_increase',
        },
      ],
    },
  ];
  return new GceError(403, 'rateLimitExceeded', message, {}, 'usageLimits', details);
}
