import { checkCaCertificateFile } from '../config/ca-file.js';
import type { AzureConnection } from '../providers/azure/connection.js';
import type { AzureConfig, ReplicaPolicy, TargetRegion } from '../config/types.js';
import { readAuthorityHost } from '../config/authority-host.js';
import { ConfigError } from '../config/errors.js';
import { Problems } from '../config/problems.js';
import { Section } from '../config/section.js';
import {
  checkDefinitionName,
  checkGalleryName,
  checkGalleryVersion,
  checkGuid,
  checkResourceGroup,
  definitionName,
} from '../naming/azure.js';
import { parseTargetRegions } from './regions.js';

export type { AzureConnection };

export interface ReplicateSettings {
  azure: AzureConnection;
  ref: { resourceGroup: string; gallery: string; definition: string; version: string };
  regions: TargetRegion[];
  policy: ReplicaPolicy;
}

/** The replicate settings by their input/flag names, named once for the action and the CLI. */
export const REPLICATE_INPUTS = [
  'subscription-id',
  'resource-group',
  'gallery',
  'definition',
  'version',
  'target-regions',
  'expected-concurrent-vms',
  'vms-per-replica',
  'production',
  'timeout',
  'poll-interval',
  'endpoint',
  'ca-certificate',
  'authority-host',
  'auth',
  'client-id',
  'tenant-id',
] as const;

export type ReplicateInputs = Partial<Record<(typeof REPLICATE_INPUTS)[number], string>>;

const MINUTE = 60_000;

/**
 * The replicate request from inputs or flags, over the config's azure: block when there is
 * one. Every problem is reported at once, each naming the input, before any cloud call.
 */
export function replicateSettings(
  inputs: ReplicateInputs,
  base?: { azure: AzureConfig; namespace: string },
): ReplicateSettings {
  const problems = new Problems();
  const raw = Object.fromEntries(
    Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ''),
  );
  const s = Section.open(problems, [], raw, REPLICATE_INPUTS)!;
  const b = base?.azure;
  const pick = (
    key: (typeof REPLICATE_INPUTS)[number],
    fallback: string | undefined,
    check: (v: string) => string | undefined,
  ) =>
    s.has(key)
      ? s.string(key, check)
      : (fallback ??
        (s.problem(key, 'required (or give a config with an azure: block)'), undefined));

  const subscriptionId = pick('subscription-id', b?.subscriptionId, (v) =>
    checkGuid(v, 'subscription id'),
  );
  const resourceGroup = pick('resource-group', b?.resourceGroup, checkResourceGroup);
  const gallery = pick('gallery', b?.gallery, checkGalleryName);
  const definition = pick(
    'definition',
    b ? definitionName(b.definition.name, base!.namespace) : undefined,
    checkDefinitionName,
  );
  const version = s.required('version', checkGalleryVersion, { id: true });
  let regions: TargetRegion[] | undefined = b?.targetRegions;
  if (s.has('target-regions')) {
    try {
      regions = parseTargetRegions(String(s.value('target-regions')), 'target-regions');
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems) problems.list.push(p);
    }
  } else if (!regions) s.problem('target-regions', 'required, e.g. "eastus=3,westus2=2"');
  const expected = s.integer('expected-concurrent-vms', 1, 1_000_000);
  const policy: ReplicaPolicy = {
    vmsPerReplica: s.integer('vms-per-replica', 1, 1000) ?? b?.replicaPolicy.vmsPerReplica ?? 20,
    production:
      s.boolean('production') ?? b?.replicaPolicy.production ?? base?.namespace === 'default',
    ...(expected !== undefined
      ? { expectedConcurrentVms: expected }
      : b?.replicaPolicy.expectedConcurrentVms !== undefined
        ? { expectedConcurrentVms: b.replicaPolicy.expectedConcurrentVms }
        : {}),
  };
  const auth = s.oneOf('auth', ['default', 'oidc', 'none'] as const) ?? b?.auth ?? 'default';
  const clientId = s.string('client-id', (v) => checkGuid(v, 'client id')) ?? b?.clientId;
  const tenantId = s.string('tenant-id', (v) => checkGuid(v, 'tenant id')) ?? b?.tenantId;
  if (auth === 'oidc' && (!clientId || !tenantId))
    s.problem('auth', 'oidc needs client-id and tenant-id');
  const endpoint =
    s.string('endpoint', (v) =>
      /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`,
    ) ?? b?.endpoint;
  const caCertificate = s.string('ca-certificate', checkCaCertificateFile) ?? b?.caCertificate;
  const authorityHost = readAuthorityHost(s, auth) ?? b?.authorityHost;
  const connection: AzureConnection = {
    subscriptionId: subscriptionId!,
    auth,
    pollInterval: s.duration('poll-interval', 100, MINUTE) ?? b?.pollInterval ?? 5000,
    timeouts: {
      replication:
        s.duration('timeout', 1000, 24 * 60 * MINUTE) ?? b?.timeouts.replication ?? 120 * MINUTE,
    },
    ...(endpoint ? { endpoint } : {}),
    ...(caCertificate ? { caCertificate } : {}),
    ...(authorityHost ? { authorityHost } : {}),
    ...(clientId ? { clientId } : {}),
    ...(tenantId ? { tenantId } : {}),
  };
  const [first, ...rest] = problems.list;
  if (first) throw new ConfigError([first, ...rest], { label: 'inputs' });
  return {
    azure: connection,
    ref: {
      resourceGroup: resourceGroup!,
      gallery: gallery!,
      definition: definition!,
      version: version!,
    },
    regions: regions!,
    policy,
  };
}
