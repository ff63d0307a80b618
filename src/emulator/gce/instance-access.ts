import { GceError, invalidField } from './errors.js';
import { projectNumber } from './ids.js';

type Json = Record<string, unknown>;

/**
 * Service account emails an instance can carry: user-managed accounts
 * (`NAME@PROJECT.iam.gserviceaccount.com`), the Compute Engine default account
 * (`PROJECT_NUMBER-compute@developer.gserviceaccount.com`) and the App Engine default account
 * (`PROJECT_ID@appspot.gserviceaccount.com`), per the IAM service accounts overview. A user's
 * or a group's email is not an identity a VM can run as.
 */
const SERVICE_ACCOUNT =
  /^([a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-.:]+\.iam\.gserviceaccount\.com|\d+-compute@developer\.gserviceaccount\.com|[a-z0-9-.:]+@appspot\.gserviceaccount\.com)$/;

/**
 * Scopes are OAuth scope URLs. GCE refuses anything else, gcloud's aliases included (gcloud
 * expands them before sending): "One or more of the service account scopes are invalid:
 * 'default'", reason serviceAccountScopeInvalid (hashicorp/terraform-provider-google#1943,
 * GoogleCloudPlatform/cloud-build-local#49).
 */
const SCOPE = /^https:\/\/www\.googleapis\.com\/auth\/[a-z0-9._-]+$/;

/** Tiers an access config may ask for (compute v1 AccessConfig.networkTier). */
const TIERS = ['PREMIUM', 'STANDARD'];

/** The project's Compute Engine default service account, which `email: default` stands for. */
export function defaultServiceAccount(project: string): string {
  return `${projectNumber(project)}-compute@developer.gserviceaccount.com`;
}

/**
 * The insert's `serviceAccounts`, checked as GCE does, with `default` resolved to the project's
 * default account as instances.get then shows it. "Only one service account per VM instance is
 * supported" (compute v1 Instance.serviceAccounts); GCE's exact wording for a second one is not
 * documented, so the message quotes the reference.
 */
export function checkServiceAccounts(project: string, value: unknown): Json[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw invalidField('resource.serviceAccounts', value, 'Service accounts must be a list.');
  }
  if (value.length > 1) {
    throw invalidField(
      'resource.serviceAccounts',
      value.map((a) => (a as Json | null)?.email ?? ''),
      'Only one service account per VM instance is supported.',
    );
  }
  return (value as unknown[]).map((account, i) => {
    const { email, scopes } = (account ?? {}) as Json;
    const field = `resource.serviceAccounts[${i}].email`;
    if (typeof email !== 'string' || email === '') {
      throw invalidField(field, email, 'A service account email, or default, is required.');
    }
    if (email !== 'default' && !SERVICE_ACCOUNT.test(email)) {
      throw invalidField(
        field,
        email,
        'Must be default or a service account email such as ' +
          'NAME@PROJECT.iam.gserviceaccount.com or PROJECT_NUMBER-compute@developer.gserviceaccount.com.',
      );
    }
    const list = scopes === undefined || scopes === null ? [] : scopes;
    if (!Array.isArray(list)) {
      throw invalidField(`resource.serviceAccounts[${i}].scopes`, list, 'Scopes must be a list.');
    }
    const bad = list.find((s) => typeof s !== 'string' || !SCOPE.test(s));
    if (bad !== undefined) {
      throw new GceError(
        400,
        'serviceAccountScopeInvalid',
        `One or more of the service account scopes are invalid: '${String(bad)}'`,
      );
    }
    return {
      email: email === 'default' ? defaultServiceAccount(project) : email,
      scopes: list as string[],
    };
  });
}

/**
 * Each network interface's `accessConfigs`: at most one ("Only one access config per instance
 * is supported", compute v1 AccessConfig), of type ONE_TO_ONE_NAT (the only IPv4 type), in the
 * PREMIUM or STANDARD tier.
 */
export function checkAccessConfigs(value: unknown): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    throw invalidField('resource.networkInterfaces', value, 'Network interfaces must be a list.');
  }
  (value as unknown[]).forEach((nic, n) => {
    const configs = ((nic ?? {}) as Json).accessConfigs;
    if (configs === undefined || configs === null) return;
    const field = `resource.networkInterfaces[${n}].accessConfigs`;
    if (!Array.isArray(configs))
      throw invalidField(field, configs, 'Access configs must be a list.');
    if (configs.length > 1) {
      throw invalidField(
        field,
        configs.length,
        'Only one access config per instance is supported.',
      );
    }
    (configs as unknown[]).forEach((config, i) => {
      const { type, networkTier } = (config ?? {}) as Json;
      if (type !== undefined && type !== 'ONE_TO_ONE_NAT') {
        throw invalidField(
          `${field}[${i}].type`,
          type,
          'The only type of an IPv4 access config is ONE_TO_ONE_NAT.',
        );
      }
      if (networkTier !== undefined && !TIERS.includes(networkTier as string)) {
        throw invalidField(
          `${field}[${i}].networkTier`,
          networkTier,
          'Network tier must be PREMIUM or STANDARD.',
        );
      }
    });
  });
}
