import { statSync } from 'node:fs';
import { holdsPem } from './ca-file.js';
import {
  MAX_USER_TAGS,
  checkDefinitionName,
  checkGalleryName,
  checkGalleryVersion,
  checkGuid,
  checkRegion,
  checkResourceGroup,
  checkTagName,
  checkTagValue,
  checkVmSize,
  definitionName,
} from '../naming/azure.js';
import { AUTO_VERSION, DEFAULT_NAMESPACE } from '../naming/version.js';
import { readTargetRegions } from '../replicate/regions.js';
import { readAuthorityHost } from './authority-host.js';
import { formatDuration } from './duration.js';
import type { Root } from './confine.js';
import { deepMerge, setOwn } from './merge.js';
import { describe, type Problems } from './problems.js';
import { Section } from './section.js';
import { quoted } from './text.js';
import type {
  AzureConfig,
  AzureImageDefinition,
  AzureSourceImage,
  ImageConfig,
  ReplicaPolicy,
  TargetRegion,
} from './types.js';

const KEYS = [
  'subscription-id',
  'location',
  'resource-group',
  'gallery',
  'definition',
  'version',
  'vm-size',
  'source-image',
  'target-regions',
  'replica-policy',
  'exclude-from-latest',
  'end-of-life-date',
  'tags',
  'template',
  'variables',
  'timeouts',
  'poll-interval',
  'endpoint',
  'ca-certificate',
  'authority-host',
  'auth',
  'client-id',
  'tenant-id',
  'security-type',
  'identity',
  'subnet-id',
  // Read by validate.ts with the shared verify: block (config/verify.ts).
  'verify',
  // Read by validate.ts with the shared lifecycle: block (config/lifecycle.ts).
  'lifecycle',
];
const DEFINITION_KEYS = ['name', 'publisher', 'offer', 'sku', 'os-type', 'hyper-v-generation'];
const SOURCE_KEYS = ['publisher', 'offer', 'sku', 'version', 'id'];
const POLICY_KEYS = ['expected-concurrent-vms', 'vms-per-replica', 'production'];
const AUTH = ['default', 'oidc', 'none'] as const;
const SECURITY_TYPES = ['Standard', 'TrustedLaunch'] as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Run-command gives a script 90 minutes, then stops it
 * (learn.microsoft.com/azure/virtual-machines/linux/run-command): the builder's deadline,
 * which covers the provisioning script, must end before that, never be cut by it.
 */
export const RUN_COMMAND_CAP = 90 * MINUTE;

const IMAGE_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/(galleries\/[^/]+\/images\/[^/]+(\/versions\/[^/]+)?|images\/[^/]+)$/i;
// A resource group's name may hold any letter or digit (naming/azure.ts), not only ASCII ones.
const IDENTITY_ID =
  /^\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/resourceGroups\/[-\p{L}\p{N}_.()]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[-\w]+$/iu;
const SUBNET_ID =
  /^\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/resourceGroups\/[-\p{L}\p{N}_.()]+\/providers\/Microsoft\.Network\/virtualNetworks\/[-\w.]+\/subnets\/[-\w.]+$/iu;
/**
 * Publisher, offer and sku, of a gallery image definition and of a marketplace image. Azure
 * documents no rule for them: the REST reference types them as plain strings
 * (learn.microsoft.com/rest/api/compute/gallery-images/create-or-update, GalleryImageIdentifier;
 * learn.microsoft.com/javascript/api/@azure/arm-compute/imagereference, ImageReference). The
 * rule is the one Terraform's azurerm provider checks before it calls Azure
 * (internal/services/compute/validate, SharedImageIdentifierAttribute): letters, digits, ".",
 * "_" and "-", not ending in "." — what marketplace identifiers are made of (Canonical,
 * 0001-com-ubuntu-server-jammy, 22_04-lts-gen2). Each is also a segment of the ARM URL that
 * looks a marketplace image up and a part of the Publisher:Offer:Sku:Version URN the plan
 * prints, so "/", ":", spaces and "*" could not work. At most 128 characters, as there.
 */
const IDENTIFIER = /^[A-Za-z0-9._-]+$/;
const IDENTIFIER_MAX = 128;
/** ImageReference.version: "The allowed formats are Major.Minor.Build or 'latest'" (same page). */
const MARKETPLACE_VERSION = /^(latest|\d+\.\d+\.\d+)$/;

function checkIdentifier(value: string): string | undefined {
  if (value.length > IDENTIFIER_MAX) {
    return `at most ${IDENTIFIER_MAX} characters (got ${value.length}): ${quoted(value, 40)}`;
  }
  const bad = [...value].find((c) => !/[A-Za-z0-9._-]/.test(c));
  if (bad !== undefined || !IDENTIFIER.test(value)) {
    return `${quoted(value)} may hold only letters, digits, ".", "_" and "-" (found ${quoted(bad ?? value)})`;
  }
  if (value.endsWith('.')) return `${quoted(value)} may not end in "."`;
  return undefined;
}

function checkMarketplaceVersion(value: string): string | undefined {
  if (MARKETPLACE_VERSION.test(value)) return undefined;
  return `must be latest or Major.Minor.Build with decimal numbers, such as 22.04.202401010 (got ${quoted(value)})`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * `azure:`; undefined when a required setting is missing or invalid (a problem says which).
 * `image` (when valid) gives the version and namespace defaults; `variables` are the
 * top-level ones, which the block's own `variables` override.
 */
export function readAzure(
  problems: Problems,
  raw: unknown,
  ctx: {
    baseDir: string;
    root?: Root | undefined;
    variables: Record<string, unknown>;
    image?: ImageConfig | undefined;
    /** Whether this run bakes on Azure: only then does an explicit image.version need azure.version. */
    baked: boolean;
  },
): AzureConfig | undefined {
  const azure = Section.open(problems, ['azure'], raw, KEYS);
  if (!azure) return undefined;
  const namespace = ctx.image?.namespace ?? DEFAULT_NAMESPACE;

  const subscriptionId = azure.required('subscription-id', (id) =>
    checkGuid(id, 'subscription id'),
  );
  const location = azure.required('location', checkRegion);
  const resourceGroup = azure.required('resource-group', checkResourceGroup);
  const gallery = azure.required('gallery', checkGalleryName);
  const definition = readDefinition(azure, namespace);
  const version = readVersion(azure, ctx.baked ? ctx.image : undefined);
  const vmSize = azure.string('vm-size', checkVmSize);
  const sourceImage = readSourceImage(azure);
  const targetRegions = readRegions(azure, location);
  const replicaPolicy = readReplicaPolicy(azure, namespace);
  const excludeFromLatest = azure.boolean('exclude-from-latest') ?? false;
  const endOfLifeDate = azure.string('end-of-life-date', checkIsoDate);
  const tags = readTags(azure);
  const template = azure.file('template', ctx, { required: true });
  const variables = azure.mapping('variables');
  const timeouts = azure.section('timeouts', ['builder', 'replication', 'operation']);
  const builderTimeout = readBuilderTimeout(timeouts);
  const replicationTimeout = timeouts?.duration('replication', 1, 24 * HOUR);
  const operationTimeout = timeouts?.duration('operation', 1, 24 * HOUR);
  const pollInterval = azure.duration('poll-interval', 100, MINUTE);
  const endpoint = azure.string('endpoint', checkEndpoint);
  const caCertificate = readCaCertificate(azure, ctx);
  const auth = azure.oneOf('auth', AUTH) ?? 'default';
  const authorityHost = readAuthorityHost(azure, auth);
  const clientId = readOidcId(azure, 'client-id', auth);
  const tenantId = readOidcId(azure, 'tenant-id', auth);
  const securityType = readSecurityType(azure, definition);
  const identity = azure.string('identity', checkIdentityId);
  const subnetId = azure.string('subnet-id', (id) => checkSubnetId(id, subscriptionId));

  if (
    !subscriptionId ||
    !location ||
    !resourceGroup ||
    !gallery ||
    !definition ||
    !version ||
    !sourceImage ||
    !targetRegions ||
    !replicaPolicy ||
    !template ||
    !securityType
  ) {
    return undefined;
  }
  return {
    subscriptionId,
    location,
    resourceGroup,
    gallery,
    definition,
    version,
    vmSize: vmSize ?? 'Standard_D4s_v5',
    sourceImage,
    targetRegions,
    replicaPolicy,
    excludeFromLatest,
    ...(endOfLifeDate ? { endOfLifeDate: new Date(endOfLifeDate).toISOString() } : {}),
    tags,
    template: {
      path: template,
      variables: deepMerge(ctx.variables, variables ?? {}) as Record<string, unknown>,
    },
    timeouts: {
      builder: builderTimeout ?? 90 * MINUTE,
      replication: replicationTimeout ?? 2 * HOUR,
      operation: operationTimeout ?? 30 * MINUTE,
    },
    pollInterval: pollInterval ?? 5 * SECOND,
    ...(endpoint ? { endpoint } : {}),
    ...(caCertificate ? { caCertificate } : {}),
    ...(authorityHost ? { authorityHost } : {}),
    auth,
    ...(clientId ? { clientId } : {}),
    ...(tenantId ? { tenantId } : {}),
    securityType,
    ...(identity ? { identity } : {}),
    ...(subnetId ? { subnetId } : {}),
  };
}

/** At most run-command's 90 minutes: past them Azure stops the script, whatever our deadline. */
function readBuilderTimeout(timeouts: Section | undefined): number | undefined {
  const ms = timeouts?.duration('builder', 1, 24 * HOUR);
  if (ms === undefined || ms <= RUN_COMMAND_CAP) return ms;
  timeouts!.problem(
    'builder',
    `at most 90m: the provisioning script runs through run-command, which Azure stops after 90 minutes (got ${formatDuration(ms)}); make the script finish sooner`,
  );
  return undefined;
}

/**
 * Trusted launch (Secure Boot and a vTPM) by default on Generation 2, as Azure now makes
 * Gen2 VMs; a V1 definition can only be Standard. ConfidentialVM is a security type Azure
 * takes too, but it needs confidential sizes, an encrypted OS disk and a single-region
 * version, which the bake does not set up.
 */
function readSecurityType(
  azure: Section,
  definition: AzureImageDefinition | undefined,
): AzureConfig['securityType'] | undefined {
  const generation = definition?.hyperVGeneration ?? 'V2';
  const fallback = generation === 'V2' ? 'TrustedLaunch' : 'Standard';
  if (azure.value('security-type') === 'ConfidentialVM') {
    azure.problem(
      'security-type',
      'ConfidentialVM is not supported: it needs a confidential VM size, an encrypted OS disk and a gallery version replicated to its home region only; use TrustedLaunch or Standard',
    );
    return undefined;
  }
  if (!azure.has('security-type')) return fallback;
  const value = azure.oneOf('security-type', SECURITY_TYPES);
  if (value === 'TrustedLaunch' && generation === 'V1') {
    azure.problem(
      'security-type',
      'TrustedLaunch needs a Generation 2 image: set definition.hyper-v-generation: V2 (with a Gen2 source image such as 22_04-lts-gen2), or security-type: Standard',
    );
    return undefined;
  }
  return value;
}

function checkIdentityId(id: string): string | undefined {
  if (IDENTITY_ID.test(id)) return undefined;
  return (
    'must be the resource id of a user-assigned managed identity, such as ' +
    '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> ' +
    `(got "${id}")`
  );
}

/**
 * An existing subnet of the deployment's subscription: a network interface is created in the
 * subscription the bake works in, and Azure attaches one only to a virtual network of its own
 * subscription and region (the region is checked against the network before any VM exists).
 */
function checkSubnetId(id: string, subscriptionId: string | undefined): string | undefined {
  const match = SUBNET_ID.exec(id);
  if (!match) {
    return (
      'must be the resource id of a subnet, such as ' +
      '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<subnet> ' +
      `(got "${id}")`
    );
  }
  if (subscriptionId && match[1]!.toLowerCase() !== subscriptionId.toLowerCase()) {
    return (
      `is in subscription ${match[1]}, but the builder's network interface is created in ` +
      `azure.subscription-id ${subscriptionId}, and Azure attaches one only to a virtual network ` +
      'of its own subscription: use a subnet of that subscription'
    );
  }
  return undefined;
}

function readDefinition(azure: Section, namespace: string): AzureImageDefinition | undefined {
  if (!azure.has('definition')) {
    azure.problem('definition', 'required: the image definition (name, publisher, offer, sku)');
    return undefined;
  }
  const definition = azure.section('definition', DEFINITION_KEYS);
  if (!definition) return undefined;
  const name = definition.required('name', checkDefinitionName);
  const publisher = definition.required('publisher', checkIdentifier);
  const offer = definition.required('offer', checkIdentifier);
  const sku = definition.required('sku', checkIdentifier, { id: true });
  const osType = definition.oneOf('os-type', ['Linux', 'Windows'] as const);
  const hyperVGeneration = definition.oneOf('hyper-v-generation', ['V1', 'V2'] as const);
  const namespaced = name && definitionName(name, namespace);
  const tooLong = namespaced && namespaced !== name && checkDefinitionName(namespaced);
  if (tooLong) {
    definition.problem(
      'name',
      `${tooLong} in namespace ${namespace}; shorten azure.definition.name or image.namespace`,
    );
  }
  if (!name || !publisher || !offer || !sku || tooLong) return undefined;
  return {
    name,
    publisher,
    offer,
    sku,
    osType: osType ?? 'Linux',
    hyperVGeneration: hyperVGeneration ?? 'V2',
  };
}

/**
 * Absent: `auto` when image.version is; an explicit image version has no gallery spelling.
 * `image` is given only when this run bakes on Azure: a GCP-only run with `--version 25`
 * need not say which gallery version Azure would have got.
 */
function readVersion(azure: Section, image: ImageConfig | undefined): string | undefined {
  if (!azure.has('version')) {
    if (!image || image.version === AUTO_VERSION) return AUTO_VERSION;
    const example = /^\d+$/.test(image.version) ? `${image.version}.0.0` : '1.0.0';
    azure.problem(
      'version',
      `required when image.version is explicit (${image.version}): gallery versions are ` +
        `Major.Minor.Patch, so set azure.version (e.g. ${example}) or use image.version: auto`,
    );
    return undefined;
  }
  return azure.string(
    'version',
    (text) => (text === AUTO_VERSION ? undefined : checkGalleryVersion(text)),
    { id: true },
  );
}

function readSourceImage(azure: Section): AzureSourceImage | undefined {
  if (!azure.has('source-image')) {
    azure.problem(
      'source-image',
      'required: a marketplace image (publisher, offer, sku) or the id of a gallery or managed image',
    );
    return undefined;
  }
  const source = azure.section('source-image', SOURCE_KEYS);
  if (!source) return undefined;
  if (source.has('id')) {
    const marketplace = SOURCE_KEYS.filter((k) => k !== 'id' && source.has(k));
    const id = source.string('id', checkImageId);
    if (marketplace.length > 0) {
      azure.problem(
        'source-image',
        `either id or a marketplace image, not both (also set: ${marketplace.join(', ')})`,
      );
      return undefined;
    }
    return id ? { id } : undefined;
  }
  const publisher = source.required('publisher', checkIdentifier);
  const offer = source.required('offer', checkIdentifier);
  const sku = source.required('sku', checkIdentifier, { id: true });
  const version = source.string('version', checkMarketplaceVersion, { id: true });
  if (!publisher || !offer || !sku) return undefined;
  return { publisher, offer, sku, version: version ?? 'latest' };
}

function checkImageId(id: string): string | undefined {
  if (IMAGE_ID.test(id)) return undefined;
  return (
    'must be the resource id of a gallery image, gallery image version or managed image, such as ' +
    '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<version> ' +
    `(got "${id}")`
  );
}

/** Azure replicates a version from the region it is built in, so that region must be a target. */
function readRegions(azure: Section, location: string | undefined): TargetRegion[] | undefined {
  if (!azure.has('target-regions')) {
    return location
      ? [{ name: location, replicas: 1, storageAccountType: 'Standard_LRS' }]
      : undefined;
  }
  const regions = readTargetRegions(azure, 'target-regions');
  if (regions && location && !regions.some((r) => r.name === location)) {
    azure.problem(
      'target-regions',
      `must include location ${location}: Azure replicates a gallery version from the region ` +
        `it is built in (add "- ${location}", or build in one of the listed regions)`,
    );
    return undefined;
  }
  return regions;
}

function readReplicaPolicy(azure: Section, namespace: string): ReplicaPolicy | undefined {
  const policy = azure.section('replica-policy', POLICY_KEYS);
  if (!policy) return undefined;
  const before = policy.problems.list.length;
  const vms = policy.integer('expected-concurrent-vms', 1, 10_000_000);
  const vmsPerReplica = policy.integer('vms-per-replica', 1, 1000) ?? 20;
  const production = policy.boolean('production') ?? namespace === DEFAULT_NAMESPACE;
  if (policy.problems.list.length > before) return undefined;
  return {
    ...(vms === undefined ? {} : { expectedConcurrentVms: vms }),
    vmsPerReplica,
    production,
  };
}

function checkIsoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    m &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    !Number.isNaN(Date.parse(text));
  if (real) return undefined;
  return `must be an ISO 8601 date such as 2027-06-30, or a date-time with its offset such as 2027-06-30T12:00:00Z (got "${text}")`;
}

function readTags(azure: Section): Record<string, string> {
  const raw = azure.mapping('tags') ?? {};
  const entries = Object.entries(raw);
  if (entries.length > MAX_USER_TAGS) {
    azure.problem('tags', `at most ${MAX_USER_TAGS} tags (got ${entries.length})`);
  }
  const tags: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [name, value] of entries) {
    const path = [...azure.path, 'tags', name];
    const other = seen.get(name.toLowerCase());
    seen.set(name.toLowerCase(), name);
    const nameProblem =
      checkTagName(name) ??
      (other ? `tag "${name}" is also set as "${other}": Azure tag names ignore case` : undefined);
    if (nameProblem) azure.problem(path, nameProblem);
    // YAML reads `cost-center: 1234` or `gpu: true` as non-strings; Azure stores them as text.
    const text = ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : undefined;
    const valueProblem =
      text === undefined
        ? `must be a string (got ${describe(value)})`
        : (azure.coercedValue(path, value) ?? checkTagValue(text));
    if (valueProblem) azure.problem(path, valueProblem);
    else if (text !== undefined && !nameProblem) setOwn(tags, name, text);
  }
  return tags;
}

/** Azure's bearer-token policy refuses plain http, even to a local emulator. */
function checkEndpoint(url: string): string | undefined {
  const ok = URL.canParse(url) && new URL(url).protocol === 'https:';
  return ok ? undefined : `must be an https URL such as https://127.0.0.1:8443 (got "${url}")`;
}

/**
 * A PEM file inside the repository, checked here: a wrong file is refused before anything
 * reads it whole, and no error ever quotes it.
 */
function readCaCertificate(
  azure: Section,
  where: { baseDir: string; root?: Root | undefined },
): string | undefined {
  const file = azure.file('ca-certificate', where);
  if (file === undefined) return undefined;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    azure.problem('ca-certificate', stat ? `${file} is not a file` : `file not found: ${file}`);
    return undefined;
  }
  if (!holdsPem(file)) {
    azure.problem(
      'ca-certificate',
      `${file} is not a PEM certificate: no -----BEGIN CERTIFICATE----- line in its first 64 KB`,
    );
    return undefined;
  }
  return file;
}

function readOidcId(
  azure: Section,
  key: 'client-id' | 'tenant-id',
  auth: AzureConfig['auth'],
): string | undefined {
  const what = key === 'client-id' ? 'client id' : 'tenant id';
  if (auth === 'oidc' && !azure.has(key)) {
    azure.problem(
      key,
      `required with auth: oidc (the ${what} of the app registration that trusts this repository's GitHub tokens)`,
    );
    return undefined;
  }
  return azure.string(key, (id) => checkGuid(id, what));
}
