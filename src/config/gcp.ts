import {
  checkGceName,
  checkNetwork,
  checkProjectId,
  checkStorageLocation,
  checkSubnet,
  checkZone,
} from '../naming/gce.js';
import { checkMachineType } from '../naming/gce-machine-types.js';
import { MAX_USER_LABELS, checkLabelKey, checkLabelValue } from '../naming/labels.js';
import type { Root } from './confine.js';
import { readGcpAccess } from './gcp-access.js';
import { deepMerge, setOwn } from './merge.js';
import { describe, type Problems } from './problems.js';
import { Section } from './section.js';
import type { GcpConfig, SourceImageConfig } from './types.js';

const KEYS = [
  'project',
  'zone',
  'machine-type',
  'boot-disk',
  'network',
  'subnet',
  'service-account',
  'scopes',
  'external-ip',
  'network-tier',
  'source-image',
  'image-family',
  'labels',
  'storage-location',
  'template',
  'variables',
  'timeouts',
  'poll-interval',
  'endpoint',
  'auth',
  // Read by validate.ts with the shared verify: block (config/verify.ts).
  'verify',
  // Read by validate.ts with the shared lifecycle: block (config/lifecycle.ts).
  'lifecycle',
];

export const DISK_TYPES = [
  'pd-standard',
  'pd-balanced',
  'pd-ssd',
  'pd-extreme',
  'hyperdisk-balanced',
] as const;
const AUTH = ['application-default', 'none'] as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const LOCATION = /^[a-z][a-z0-9-]*$/;

function checkEndpoint(url: string): string | undefined {
  const ok = URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
  return ok ? undefined : `must be an http(s) URL such as http://127.0.0.1:8085 (got "${url}")`;
}

/**
 * `gcp:`; undefined when a required setting is missing or invalid (a problem says which).
 * `variables` are the top-level ones, which the block's own `variables` override.
 */
export function readGcp(
  problems: Problems,
  raw: unknown,
  ctx: { baseDir: string; root?: Root | undefined; variables: Record<string, unknown> },
): GcpConfig | undefined {
  const gcp = Section.open(problems, ['gcp'], raw, KEYS);
  if (!gcp) return undefined;

  const project = gcp.required('project', checkProjectId);
  const zone = gcp.required('zone', checkZone);
  const machineType = gcp.string('machine-type', checkMachineType);
  const disk = gcp.section('boot-disk', ['size-gb', 'type']);
  const sizeGb = disk?.integer('size-gb', 10, 65_536);
  const diskType = disk?.oneOf('type', DISK_TYPES);
  const network = gcp.string('network', checkNetwork);
  const subnet = gcp.string('subnet', (v) => checkSubnet(v, zone));
  const access = readGcpAccess(gcp);
  const sourceImage = readSourceImage(gcp);
  const imageFamily = gcp.string('image-family', (f) => checkGceName(f, 'image family'));
  const labels = readLabels(gcp);
  const storageLocation = gcp.string('storage-location', (l) =>
    LOCATION.test(l)
      ? checkStorageLocation(l)
      : `must be a multi-region or region such as us or us-central1 (got "${l}")`,
  );
  const template = gcp.file('template', ctx, { required: true });
  const variables = gcp.mapping('variables');
  const timeouts = gcp.section('timeouts', ['builder', 'image', 'operation']);
  const builderTimeout = timeouts?.duration('builder', 1, 24 * HOUR);
  const imageTimeout = timeouts?.duration('image', 1, 24 * HOUR);
  const operationTimeout = timeouts?.duration('operation', 1, 24 * HOUR);
  const pollInterval = gcp.duration('poll-interval', 100, MINUTE);
  const endpoint = gcp.string('endpoint', checkEndpoint);
  const auth = gcp.oneOf('auth', AUTH);

  if (!project || !zone || !access || !sourceImage || !template) return undefined;
  return {
    project,
    zone,
    machineType: machineType ?? 'n1-standard-4',
    bootDisk: { sizeGb: sizeGb ?? 10, type: diskType ?? 'pd-ssd' },
    ...(network ? { network } : {}),
    ...(subnet ? { subnet } : {}),
    ...access,
    sourceImage,
    ...(imageFamily ? { imageFamily } : {}),
    labels,
    ...(storageLocation ? { storageLocation } : {}),
    template: {
      path: template,
      variables: deepMerge(ctx.variables, variables ?? {}) as Record<string, unknown>,
    },
    timeouts: {
      builder: builderTimeout ?? 45 * MINUTE,
      image: imageTimeout ?? 20 * MINUTE,
      operation: operationTimeout ?? 10 * MINUTE,
    },
    pollInterval: pollInterval ?? SECOND,
    ...(endpoint ? { endpoint } : {}),
    auth: auth ?? 'application-default',
  };
}

function readSourceImage(gcp: Section): SourceImageConfig | undefined {
  if (!gcp.has('source-image')) {
    gcp.problem('source-image', 'required: an image name or family, plus its project');
    return undefined;
  }
  const source = gcp.section('source-image', ['name', 'family', 'project']);
  if (!source) return undefined;
  const name = source.string('name', (n) => checkGceName(n, 'image name'));
  const family = source.string('family', (f) => checkGceName(f, 'image family'));
  const project = source.required('project', checkProjectId);
  if (!source.has('name') && !source.has('family')) {
    gcp.problem('source-image', 'needs a name or a family (e.g. family: ubuntu-minimal-2204-lts)');
  }
  if (!project || (!name && !family)) return undefined;
  return { ...(name ? { name } : {}), ...(family ? { family } : {}), project };
}

function readLabels(gcp: Section): Record<string, string> {
  const raw = gcp.mapping('labels') ?? {};
  const entries = Object.entries(raw);
  if (entries.length > MAX_USER_LABELS) {
    gcp.problem('labels', `at most ${MAX_USER_LABELS} labels (got ${entries.length})`);
  }
  const labels: Record<string, string> = {};
  for (const [key, value] of entries) {
    const path = [...gcp.path, 'labels', key];
    const keyProblem = checkLabelKey(key);
    if (keyProblem) gcp.problem(path, keyProblem);
    // YAML reads `cost-center: 1234` or `gpu: true` as non-strings; GCE stores them as text.
    const text = ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : undefined;
    const valueProblem =
      text === undefined
        ? `must be a string (got ${describe(value)})`
        : (gcp.coercedValue(path, value) ?? checkLabelValue(text));
    if (valueProblem) gcp.problem(path, valueProblem);
    else if (text !== undefined) setOwn(labels, key, text);
  }
  return labels;
}
