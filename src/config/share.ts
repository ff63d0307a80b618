import { checkGuid } from '../naming/azure.js';
import type { Problems } from './problems.js';
import { Section, type Check } from './section.js';
import type { AwsShareConfig, AzureShareConfig, GcpShareConfig, ShareConfig } from './types.js';

/**
 * `share:`: who may use the images, per cloud. Every member is checked here, before any
 * cloud call, with a message naming the member's field and what a right one looks like.
 */

const KEYS = ['gcp', 'azure', 'aws'];
const GCP_KEYS = ['members'];
const AZURE_KEYS = ['principals', 'role', 'scope', 'subscriptions', 'tenants'];
const AWS_KEYS = ['accounts', 'organizations', 'organizational-units'];

/** The built-in `Reader` role: lets a principal read the gallery and create VMs from it. */
export const READER_ROLE_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
export const AZURE_SHARE_SCOPES = ['gallery', 'definition'] as const;

const EMAIL = /^[^@\s:]+@[^@\s:]+\.[^@\s:]+$/;
const DOMAIN = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const GCP_PREFIXES = ['user', 'group', 'serviceAccount', 'domain'] as const;

/**
 * A GCE IAM member that `roles/compute.imageUser` may go to: `user:`, `group:`,
 * `serviceAccount:` (an email) or `domain:` (a Google Workspace domain). Never the public.
 */
export const checkGcpMember: Check<string> = (member) => {
  if (member === 'allUsers' || member === 'allAuthenticatedUsers') {
    return (
      `"${member}" is refused: roles/compute.imageUser cannot be public, and granting it to ` +
      `${member} would publish your image to ${member === 'allUsers' ? 'anyone' : 'every Google account'}; ` +
      'name the users, groups, service accounts or domain that run your workers'
    );
  }
  const m = /^([A-Za-z]+):(.*)$/.exec(member);
  const prefix = GCP_PREFIXES.find((p) => p === m?.[1]);
  const example =
    'such as group:batch-users@example.com, serviceAccount:worker@my-project.iam.gserviceaccount.com, ' +
    'user:alice@example.com or domain:example.com';
  if (!m || !prefix) {
    const wrongCase = GCP_PREFIXES.find((p) => p.toLowerCase() === m?.[1]?.toLowerCase());
    return wrongCase
      ? `"${member}": the prefix is spelled ${wrongCase}: (IAM prefixes are case-sensitive)`
      : `"${member}" is not an IAM member: use a prefix ${GCP_PREFIXES.map((p) => `${p}:`).join(', ')}, ${example}`;
  }
  const rest = m[2]!;
  if (prefix === 'domain') {
    if (rest === '')
      return `"${member}": no domain after domain:; give one such as domain:example.com`;
    return DOMAIN.test(rest)
      ? undefined
      : `"${member}": "${rest}" is not a domain such as example.com`;
  }
  return EMAIL.test(rest)
    ? undefined
    : `"${member}": ${prefix}: needs an email address (got "${rest}")`;
};

/** An AWS account id: exactly 12 digits (quote it in YAML so leading zeros survive). */
export const checkAwsAccount: Check<string> = (id) =>
  /^\d{12}$/.test(id)
    ? undefined
    : `"${id}" is not an AWS account id: exactly 12 digits, e.g. "123456789012" (quote it in YAML so leading zeros are kept)`;

const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN =
  /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

export const checkOrganizationArn: Check<string> = (arn) =>
  ORG_ARN.test(arn)
    ? undefined
    : `"${arn}" is not an organization ARN such as arn:aws:organizations::123456789012:organization/o-abc123defg`;

export const checkOrganizationalUnitArn: Check<string> = (arn) =>
  OU_ARN.test(arn)
    ? undefined
    : `"${arn}" is not an organizational unit ARN such as arn:aws:organizations::123456789012:ou/o-abc123defg/ou-ab12-cdef3456`;

export const checkPrincipal: Check<string> = (id) =>
  checkGuid(id, 'principal object id (of a user, group, service principal or managed identity)');

/** `Reader` or a role definition's GUID. */
export function readRole(text: string): { id?: string; problem?: string } {
  if (text.toLowerCase() === 'reader') return { id: READER_ROLE_ID };
  const problem = checkGuid(text, 'role definition id');
  return problem
    ? { problem: `must be Reader or a role definition id (${problem.replace(/^must be a /, '')})` }
    : { id: text.toLowerCase() };
}

/** Lists must not name anyone twice (a typo'd duplicate is usually a different member meant). */
function unique(section: Section, key: string, list: string[] | undefined): string[] | undefined {
  if (!list) return undefined;
  const seen = new Map<string, number>();
  let ok = true;
  list.forEach((item, i) => {
    const other = seen.get(item.toLowerCase());
    if (other !== undefined) {
      section.problem([...section.path, key, i], `"${item}" is listed twice (also [${other}])`);
      ok = false;
    } else seen.set(item.toLowerCase(), i);
  });
  return ok ? list : undefined;
}

export function readShare(problems: Problems, raw: unknown): ShareConfig | undefined {
  const share = Section.open(problems, ['share'], raw, KEYS);
  if (!share) return undefined;
  const before = problems.list.length;
  const gcp = share.has('gcp') ? readGcpShare(share.section('gcp', GCP_KEYS)) : undefined;
  const azure = share.has('azure') ? readAzureShare(share.section('azure', AZURE_KEYS)) : undefined;
  const aws = share.has('aws') ? readAwsShare(share.section('aws', AWS_KEYS)) : undefined;
  if (problems.list.length > before) return undefined;
  return { ...(gcp ? { gcp } : {}), ...(azure ? { azure } : {}), ...(aws ? { aws } : {}) };
}

function readGcpShare(s: Section | undefined): GcpShareConfig | undefined {
  if (!s) return undefined;
  if (!s.has('members')) {
    s.problem('members', 'required: who may use the image, e.g. [group:batch-users@example.com]');
    return undefined;
  }
  const members = unique(s, 'members', s.strings('members', checkGcpMember));
  return members ? { members } : undefined;
}

function readAzureShare(s: Section | undefined): AzureShareConfig | undefined {
  if (!s) return undefined;
  const principals = unique(s, 'principals', s.strings('principals', checkPrincipal));
  const subscriptions = unique(
    s,
    'subscriptions',
    s.strings('subscriptions', (id) => checkGuid(id, 'subscription id')),
  );
  const tenants = unique(
    s,
    'tenants',
    s.strings('tenants', (id) => checkGuid(id, 'tenant id (directory id)')),
  );
  const roleText = s.string('role');
  const role = roleText === undefined ? { id: READER_ROLE_ID } : readRole(roleText);
  if (role.problem) s.problem('role', role.problem);
  const scope = s.oneOf('scope', AZURE_SHARE_SCOPES) ?? 'gallery';
  if (!['principals', 'subscriptions', 'tenants'].some((k) => s.has(k))) {
    s.problem(
      'principals',
      'required (or subscriptions / tenants): object ids to give the role to, or the subscriptions and tenants to share the gallery with directly',
    );
  }
  if (!role.id || (s.has('principals') && !principals)) return undefined;
  if ((s.has('subscriptions') && !subscriptions) || (s.has('tenants') && !tenants))
    return undefined;
  return {
    principals: principals ?? [],
    roleId: role.id,
    scope,
    subscriptions: subscriptions ?? [],
    tenants: tenants ?? [],
  };
}

function readAwsShare(s: Section | undefined): AwsShareConfig | undefined {
  if (!s) return undefined;
  const accounts = unique(s, 'accounts', s.strings('accounts', checkAwsAccount, { id: true }));
  const organizations = unique(
    s,
    'organizations',
    s.strings('organizations', checkOrganizationArn),
  );
  const units = unique(
    s,
    'organizational-units',
    s.strings('organizational-units', checkOrganizationalUnitArn),
  );
  if (!AWS_KEYS.some((k) => s.has(k))) {
    s.problem(
      'accounts',
      'required (or organizations / organizational-units): the 12-digit account ids to give launch permission to',
    );
  }
  if ((s.has('accounts') && !accounts) || (s.has('organizations') && !organizations))
    return undefined;
  if (s.has('organizational-units') && !units) return undefined;
  return {
    accounts: accounts ?? [],
    organizations: organizations ?? [],
    organizationalUnits: units ?? [],
  };
}
