import { readAuthorityHost } from '../config/authority-host.js';
import { ConfigError } from '../config/errors.js';
import { quoted } from '../config/text.js';
import { Problems } from '../config/problems.js';
import { Section, type Check } from '../config/section.js';
import {
  AZURE_SHARE_SCOPES,
  READER_ROLE_ID,
  checkAwsAccount,
  checkGcpMember,
  checkOrganizationArn,
  checkOrganizationalUnitArn,
  checkPrincipal,
  readRole,
} from '../config/share.js';
import type {
  AwsShareConfig,
  AzureShareConfig,
  GcpShareConfig,
  ShareFileConfig,
} from '../config/types.js';
import { checkGuid } from '../naming/azure.js';
import { checkProjectId } from '../naming/gce.js';
import type { AwsConnection } from '../providers/aws/connection.js';
import { checkCaCertificateFile } from '../config/ca-file.js';
import type { AzureConnection } from '../providers/azure/connection.js';
import type { GcpConnection } from '../providers/gcp/connection.js';

/** The share settings by their input/flag names, named once for the action and the CLI. */
export const SHARE_INPUTS = [
  'cloud',
  'image',
  'manifest',
  'members',
  'principals',
  'role',
  'scope',
  'subscriptions',
  'tenants',
  'accounts',
  'organizations',
  'organizational-units',
  'project',
  'endpoint',
  'ca-certificate',
  'authority-host',
  'auth',
  'client-id',
  'tenant-id',
  'catalogue',
  'dry-run',
] as const;

export type ShareInput = (typeof SHARE_INPUTS)[number];
export type ShareInputs = Partial<Record<ShareInput, string>>;

/** The action's outputs, named once. */
export const ShareOutputs = {
  Changed: 'changed',
  Grants: 'grants',
  CataloguePath: 'catalogue-path',
} as const;

export type { AwsConnection, GcpConnection };

export type ShareRequest =
  | { cloud: 'gcp'; share: GcpShareConfig; connection: GcpConnection }
  | { cloud: 'azure'; share: AzureShareConfig; connection: Omit<AzureConnection, 'subscriptionId'> }
  | { cloud: 'aws'; share: AwsShareConfig; connection: AwsConnection };

export type ShareSettings = ShareRequest & {
  /** The image as given, or absent to take it from the manifests. */
  image?: string;
  manifests: string[];
  catalogue?: string;
  dryRun: boolean;
};

const CLOUDS = ['gcp', 'azure', 'aws'] as const;
const MINUTE = 60_000;

/**
 * A GCE IAM member as config's checkGcpMember has it, except that a `domain:` refusal shows
 * the domain given, quoted, or says there is none (`domain:` alone gave `"domain:":  is not a
 * domain`).
 */
export const checkMember: Check<string> = (member) => {
  const problem = checkGcpMember(member);
  if (!problem || !member.startsWith('domain:')) return problem;
  const domain = member.slice('domain:'.length);
  return domain.trim()
    ? `${quoted(member)}: ${quoted(domain)} is not a domain such as example.com`
    : `${quoted(member)}: no domain after domain:; give one such as domain:example.com`;
};

/** Inputs carry lists one per line or comma-separated; YAML flow lists work too. */
export function splitList(text: string): string[] {
  const body = text.trim().replace(/^\[(.*)\]$/s, '$1');
  return body
    .split(/[\n,]+/)
    .map((s) =>
      s
        .trim()
        .replace(/^-\s+/, '')
        .replace(/^(['"])(.*)\1$/, '$2'),
    )
    .filter(Boolean);
}

/**
 * The share request from inputs or flags, over the config's `share:` block and cloud block.
 * A members input replaces the config's list for that field. Every problem is reported at
 * once, each naming the input, before any cloud call.
 */
export function shareSettings(
  inputs: ShareInputs,
  config?: ShareFileConfig,
  /** The image comes as builds in memory (the pipeline's): neither image nor manifest is asked. */
  opts: { builds?: boolean } = {},
): ShareSettings {
  const problems = new Problems();
  const raw = Object.fromEntries(
    Object.entries(inputs).filter(([, v]) => v !== undefined && v !== ''),
  );
  const s = Section.open(problems, [], raw, SHARE_INPUTS)!;
  const list = (key: ShareInput, check: Check<string>): string[] | undefined => {
    if (!s.has(key)) return undefined;
    const items = splitList(String(s.value(key)));
    let ok = true;
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const twice = seen.get(item.toLowerCase());
      const problem =
        check(item) ??
        (twice === undefined ? undefined : `"${item}" is listed twice (also [${twice}])`);
      if (problem) {
        s.problem([key, i], problem);
        ok = false;
      }
      if (twice === undefined) seen.set(item.toLowerCase(), i);
    });
    return ok ? items : undefined;
  };
  const cloud =
    s.oneOf('cloud', CLOUDS) ??
    (s.has('cloud')
      ? undefined
      : (s.problem('cloud', `required: one of ${CLOUDS.join(', ')}`), undefined));
  const dryRun = s.boolean('dry-run') ?? false;
  const manifests = s.has('manifest') ? splitList(String(s.value('manifest'))) : [];
  const image = s.string('image');
  if (!image && manifests.length === 0 && !opts.builds) {
    s.problem('image', 'required (or manifest): the image to share, or the manifest of its build');
  }
  const catalogue = s.string('catalogue');
  const base = config?.share;

  let request: ShareRequest | undefined;
  if (cloud === 'gcp') {
    const members = list('members', checkMember) ?? base?.gcp?.members;
    if (!s.has('members') && !members) {
      s.problem('members', 'required (or share.gcp.members in the config): who may use the image');
    }
    const project = s.string('project', checkProjectId) ?? config?.gcp?.project;
    const endpoint = s.string('endpoint', checkUrl) ?? config?.gcp?.endpoint;
    const auth =
      s.oneOf('auth', ['application-default', 'none'] as const) ??
      config?.gcp?.auth ??
      'application-default';
    if (members) {
      request = {
        cloud,
        share: { members },
        connection: {
          auth,
          ...(project ? { project } : {}),
          ...(endpoint ? { endpoint } : {}),
        },
      };
    }
  } else if (cloud === 'azure') {
    request = azureRequest(s, list, config);
  } else if (cloud === 'aws') {
    const b = base?.aws;
    const accounts = list('accounts', checkAwsAccount) ?? b?.accounts ?? [];
    const organizations = list('organizations', checkOrganizationArn) ?? b?.organizations ?? [];
    const units =
      list('organizational-units', checkOrganizationalUnitArn) ?? b?.organizationalUnits ?? [];
    if (accounts.length + organizations.length + units.length === 0 && !problems.list.length) {
      s.problem(
        'accounts',
        'required (or organizations, organizational-units, or share.aws in the config): who may launch the AMI',
      );
    }
    const endpoint = s.string('endpoint', checkUrl) ?? config?.aws?.endpoint;
    request = {
      cloud,
      share: { accounts, organizations, organizationalUnits: units },
      connection: endpoint ? { endpoint } : {},
    };
  }
  if (cloud !== 'gcp') unused(s, ['members', 'project'], cloud);
  if (cloud !== 'azure') {
    unused(
      s,
      [
        'principals',
        'role',
        'scope',
        'subscriptions',
        'tenants',
        'ca-certificate',
        'authority-host',
      ],
      cloud,
    );
    unused(s, ['client-id', 'tenant-id'], cloud);
  }
  if (cloud !== 'aws') unused(s, ['accounts', 'organizations', 'organizational-units'], cloud);

  const [first, ...rest] = problems.list;
  if (first || !request) {
    throw new ConfigError(first ? [first, ...rest] : [{ field: 'cloud', message: 'required' }], {
      label: 'inputs',
    });
  }
  return {
    ...request,
    ...(image ? { image } : {}),
    manifests,
    ...(catalogue ? { catalogue } : {}),
    dryRun,
  };
}

function azureRequest(
  s: Section,
  list: (key: ShareInput, check: Check<string>) => string[] | undefined,
  config: ShareFileConfig | undefined,
): ShareRequest | undefined {
  const b = config?.share?.azure;
  const a = config?.azure;
  const principals = list('principals', checkPrincipal) ?? b?.principals ?? [];
  const subscriptions =
    list('subscriptions', (id) => checkGuid(id, 'subscription id')) ?? b?.subscriptions ?? [];
  const tenants = list('tenants', (id) => checkGuid(id, 'tenant id')) ?? b?.tenants ?? [];
  const roleText = s.string('role');
  const role = roleText === undefined ? { id: b?.roleId ?? READER_ROLE_ID } : readRole(roleText);
  if (role.problem) s.problem('role', role.problem);
  const scope = s.oneOf('scope', AZURE_SHARE_SCOPES) ?? b?.scope ?? 'gallery';
  if (principals.length + subscriptions.length + tenants.length === 0 && !s.problems.list.length) {
    s.problem(
      'principals',
      'required (or subscriptions / tenants, or share.azure in the config): who may use the gallery image',
    );
  }
  const auth = s.oneOf('auth', ['default', 'oidc', 'none'] as const) ?? a?.auth ?? 'default';
  const clientId = s.string('client-id', (v) => checkGuid(v, 'client id')) ?? a?.clientId;
  const tenantId = s.string('tenant-id', (v) => checkGuid(v, 'tenant id')) ?? a?.tenantId;
  if (auth === 'oidc' && (!clientId || !tenantId))
    s.problem('auth', 'oidc needs client-id and tenant-id');
  const endpoint =
    s.string('endpoint', (v) =>
      /^https:\/\//.test(v) ? undefined : `must be an https URL (got "${v}")`,
    ) ?? a?.endpoint;
  const caCertificate = s.string('ca-certificate', checkCaCertificateFile) ?? a?.caCertificate;
  const authorityHost = readAuthorityHost(s, auth) ?? a?.authorityHost;
  if (!role.id) return undefined;
  return {
    cloud: 'azure',
    share: { principals, roleId: role.id, scope, subscriptions, tenants },
    connection: {
      auth,
      pollInterval: a?.pollInterval ?? 5000,
      timeouts: { replication: a?.timeouts.operation ?? 30 * MINUTE },
      ...(endpoint ? { endpoint } : {}),
      ...(caCertificate ? { caCertificate } : {}),
      ...(authorityHost ? { authorityHost } : {}),
      ...(clientId ? { clientId } : {}),
      ...(tenantId ? { tenantId } : {}),
    },
  };
}

function unused(s: Section, keys: string[], cloud: string | undefined): void {
  for (const key of keys) {
    if (s.has(key) && cloud) s.problem(key, `is not used when sharing on ${cloud}`);
  }
}

function checkUrl(url: string): string | undefined {
  const ok = URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
  return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
}
