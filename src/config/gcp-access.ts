import type { Section } from './section.js';
import { describe } from './problems.js';
import type { GcpConfig } from './types.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const NETWORK_TIERS = ['PREMIUM', 'STANDARD'] as const;

/** What the builder runs as and how it reaches the network. */
type GcpAccess = Pick<GcpConfig, 'serviceAccount' | 'scopes' | 'externalIp' | 'networkTier'>;

const AUTH = 'https://www.googleapis.com/auth/';
const STORAGE_RO = `${AUTH}devstorage.read_only`;
const LOGGING_WRITE = `${AUTH}logging.write`;
const MONITORING_WRITE = `${AUTH}monitoring.write`;
const MONITORING = `${AUTH}monitoring`;
const SERVICE_CONTROL = `${AUTH}servicecontrol`;
const SERVICE_MANAGEMENT = `${AUTH}service.management.readonly`;
const PUBSUB = `${AUTH}pubsub`;
const TRACE = `${AUTH}trace.append`;

/**
 * The aliases `gcloud compute instances create --scopes` accepts and what each expands to
 * (googlecloudsdk/api_lib/compute/constants.py, SCOPES; `sql`, deprecated there, is left out).
 * A Map, not an object: a scope such as `toString` must not find Object.prototype's.
 * GCE itself takes only URLs: an alias sent as is fails with serviceAccountScopeInvalid
 * (hashicorp/terraform-provider-google#1943), so worker-image expands them as gcloud does.
 */
const SCOPE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    bigquery: [`${AUTH}bigquery`],
    'cloud-platform': [CLOUD_PLATFORM],
    'cloud-source-repos': [`${AUTH}source.full_control`],
    'cloud-source-repos-ro': [`${AUTH}source.read_only`],
    'compute-ro': [`${AUTH}compute.readonly`],
    'compute-rw': [`${AUTH}compute`],
    datastore: [`${AUTH}datastore`],
    default: [
      STORAGE_RO,
      LOGGING_WRITE,
      MONITORING_WRITE,
      SERVICE_CONTROL,
      SERVICE_MANAGEMENT,
      PUBSUB,
      TRACE,
    ].sort(),
    'gke-default': [
      STORAGE_RO,
      LOGGING_WRITE,
      MONITORING,
      SERVICE_CONTROL,
      SERVICE_MANAGEMENT,
      TRACE,
    ].sort(),
    'logging-write': [LOGGING_WRITE],
    monitoring: [MONITORING],
    'monitoring-read': [`${AUTH}monitoring.read`],
    'monitoring-write': [MONITORING_WRITE],
    pubsub: [PUBSUB],
    'service-control': [SERVICE_CONTROL],
    'service-management': [SERVICE_MANAGEMENT],
    'sql-admin': [`${AUTH}sqlservice.admin`],
    'storage-full': [`${AUTH}devstorage.full_control`],
    'storage-ro': [STORAGE_RO],
    'storage-rw': [`${AUTH}devstorage.read_write`],
    taskqueue: [`${AUTH}taskqueue`],
    trace: [TRACE],
    'userinfo-email': [`${AUTH}userinfo.email`],
  }),
);

/** gcloud's own check of `--service-account` (instance_utils.EMAIL_REGEX). */
// A VM runs as a service account only (NAME@PROJECT.iam, N-compute@developer, PROJECT@appspot
// .gserviceaccount.com): GCE refuses a person's or a group's email at insert.
const EMAIL = /^[a-zA-Z0-9_.+-]+@[a-z0-9-.:]+\.gserviceaccount\.com$/;

function checkServiceAccount(value: string): string | undefined {
  if (value === 'default' || value === 'none' || EMAIL.test(value)) return undefined;
  return (
    'must be default (the project’s Compute Engine default service account), none (no ' +
    'account: the builder calls no Google API), or a service account email such as ' +
    `builder@my-project.iam.gserviceaccount.com (got ${describe(value)})`
  );
}

function checkScope(value: string): string | undefined {
  if (SCOPE_ALIASES.has(value) || /^https:\/\/www\.googleapis\.com\/auth\/\S+$/.test(value)) {
    return undefined;
  }
  const near = /^[a-z-]+$/.test(value) ? ' or a gcloud alias such as cloud-platform' : '';
  return `must be a scope URL such as ${CLOUD_PLATFORM}${near} (got ${describe(value)})`;
}

/**
 * The scopes as GCE wants them: aliases expanded, each once, sorted as gcloud sends them.
 * A second spelling of a scope already listed is a problem at its own index.
 */
function readScopes(gcp: Section): string[] | undefined {
  const given = gcp.strings('scopes', checkScope);
  if (!given) return undefined;
  const from = new Map<string, number>();
  let ok = true;
  given.forEach((scope, i) => {
    const urls = SCOPE_ALIASES.get(scope) ?? [scope];
    const again = urls.find((u) => from.has(u));
    if (again !== undefined && urls.length === 1) {
      gcp.problem(
        [...gcp.path, 'scopes', i],
        `${describe(scope)} is ${again} again (already [${from.get(again)}]); list it once`,
      );
      ok = false;
    }
    for (const url of urls) if (!from.has(url)) from.set(url, i);
  });
  return ok ? [...from.keys()].sort() : undefined;
}

/**
 * `service-account`, `scopes`, `external-ip` and `network-tier`. Like
 * `gcloud compute instances create` and Packer's googlecompute, the builder gets the project's
 * default service account and an ephemeral external address unless told otherwise; its scope
 * is cloud-platform (what the batch service's script asks for, and Google's advice: scope
 * broadly, grant narrowly in IAM) rather than gcloud's narrower default set.
 */
export function readGcpAccess(gcp: Section): GcpAccess | undefined {
  const serviceAccount = gcp.string('service-account', checkServiceAccount) ?? 'default';
  const scopes = readScopes(gcp);
  const externalIp = gcp.boolean('external-ip') ?? true;
  const networkTier = gcp.oneOf('network-tier', NETWORK_TIERS);
  let ok = scopes !== undefined || !gcp.has('scopes');

  if (serviceAccount === 'none' && gcp.has('scopes') && (scopes?.length ?? 1) > 0) {
    gcp.problem(
      'scopes',
      'scopes need a service account: remove them, or set service-account to default or an email',
    );
    ok = false;
  }
  if (!externalIp && networkTier) {
    gcp.problem(
      'network-tier',
      'is the tier of the external address, and external-ip is false: remove network-tier, ' +
        'or set external-ip: true',
    );
    ok = false;
  }
  if (!ok) return undefined;
  return {
    serviceAccount,
    scopes: serviceAccount === 'none' ? [] : (scopes ?? [CLOUD_PLATFORM]),
    externalIp,
    ...(networkTier ? { networkTier } : {}),
  };
}
