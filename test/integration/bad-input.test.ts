import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { AZURE_SUBSCRIPTION } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * Bad input, table-driven: each case runs the command a user would run (in-process) with one
 * mistake, and asserts that the message names the input and says what is allowed, and that
 * no cloud API call was made at all.
 */

let emulator: Emulator;
let dir: string;
let ca: string;

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid config for both clouds, pointed at the emulator. */
function baseConfig(): Config {
  return {
    image: { name: 'batch-worker', version: 'auto' },
    variables: { global: { docker_root_image: 'us-docker.pkg.dev/p/r/worker:1' } },
    manifest: 'manifest.json',
    gcp: {
      project: 'test-project',
      zone: 'us-central1-a',
      'source-image': { family: 'ubuntu-minimal-2204-lts', project: 'ubuntu-os-cloud' },
      template: resolve('templates/gcp-startup.sh.j2'),
      endpoint: emulator.gceEndpoint,
      auth: 'none',
    },
    azure: {
      'subscription-id': AZURE_SUBSCRIPTION,
      location: 'eastus',
      'resource-group': 'batch-images',
      gallery: 'batch_images',
      definition: { name: 'batch-worker-22-04', publisher: 'batch', offer: 'worker', sku: '22-04' },
      'source-image': {
        publisher: 'Canonical',
        offer: '0001-com-ubuntu-server-jammy',
        sku: '22_04-lts-gen2',
      },
      template: resolve('templates/azure-startup.sh.j2'),
      endpoint: emulator.armEndpoint,
      'ca-certificate': ca,
      auth: 'none',
    },
  };
}

let files = 0;
async function file(name: string, text: string): Promise<string> {
  const path = join(dir, `${files++}-${name}`);
  await writeFile(path, text);
  return path;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    return { code: await cli(args), out };
  } finally {
    vi.restoreAllMocks();
  }
}

/** `worker-image bake` with the base config changed by `edit`. */
function bake(edit: (c: Config) => void, cloud: 'gcp' | 'azure' = 'gcp') {
  return async () => {
    const config = baseConfig();
    edit(config);
    return run([
      'bake',
      '--config',
      await file('worker-image.yml', stringify(config)),
      '--cloud',
      cloud,
    ]);
  };
}

/** `worker-image bake` with a config file written as given (for YAML mistakes). */
function bakeText(text: (c: Config) => string) {
  return async () => run(['bake', '--config', await file('worker-image.yml', text(baseConfig()))]);
}

/** `worker-image bake` with the GCE template replaced by `source`. */
function template(source: string) {
  return async () => {
    const path = await file('startup.sh.j2', source);
    return bake((c) => (c.gcp.template = path))();
  };
}

/** `worker-image bump --dry-run` with one reference rule. */
function rule(r: Record<string, unknown>) {
  return async () => {
    const repo = await mkdtemp(join(dir, 'repo-'));
    await mkdir(join(repo, 'scripts'));
    await writeFile(join(repo, 'scripts/create_instance.py'), "IMAGE = 'batch-worker-23'\n");
    const config = await file(
      'worker-image.yml',
      stringify({ references: [{ path: 'scripts/create_instance.py', value: 'gcp', ...r }] }),
    );
    return run(['bump', '--config', config, '--repo', repo, '--set', 'gcp=24', '--dry-run']);
  };
}

/** `worker-image replicate` with valid flags, some replaced. */
function replicate(flags: Record<string, string>) {
  return () => {
    const all: Record<string, string> = {
      'subscription-id': AZURE_SUBSCRIPTION,
      'resource-group': 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      version: '0.0.1',
      'target-regions': 'eastus=1',
      endpoint: emulator.armEndpoint,
      'ca-certificate': ca,
      auth: 'none',
      ...flags,
    };
    return run(['replicate', ...Object.entries(all).flatMap(([k, v]) => [`--${k}`, v])]);
  };
}

interface Case {
  name: string;
  run: () => Promise<{ code: number; out: string }>;
  /** Each must match the output: the input's name, and what is allowed or what to do. */
  says: RegExp[];
  env?: Record<string, string | undefined>;
}

const TOO_LONG = 'batch-worker-with-a-very-long-descriptive-name-for-gpu-nodes';

const cases: Case[] = [
  // config schema
  {
    name: 'config: unknown top-level key suggests the right one',
    run: bake((c) => ((c.imgae = c.image), delete c.image)),
    says: [/imgae: unknown field \(did you mean "image"\?\)/, /image\.name: required/],
  },
  {
    name: 'config: camelCase key suggests the kebab-case one',
    run: bake((c) => (c.gcp.machineType = 'n2-standard-8')),
    says: [/gcp\.machineType: unknown field \(did you mean "machine-type"\?\)/],
  },
  {
    name: 'config: snake_case key in azure suggests the kebab-case one',
    run: bake((c) => (c.azure.vm_size = 'Standard_D4s_v5')),
    says: [/azure\.vm_size: unknown field \(did you mean "vm-size"\?\)/],
  },
  {
    name: 'config: misspelt nested key',
    run: bake((c) => (c.gcp['boot-disk'] = { 'size-gib': 50 })),
    says: [/gcp\.boot-disk\.size-gib: unknown field \(did you mean "size-gb"\?\)/],
  },
  {
    name: 'config: number where a whole number in range is needed',
    run: bake((c) => (c.gcp['boot-disk'] = { 'size-gb': 'big' })),
    says: [/gcp\.boot-disk\.size-gb: must be a whole number from 10 to 65536 \(got "big"\)/],
  },
  {
    name: 'config: string where a list is needed',
    run: bake((c) => (c.gcp.scopes = 'https://www.googleapis.com/auth/cloud-platform')),
    says: [/gcp\.scopes: must be a list/],
  },
  {
    name: 'config: boolean spelt yes',
    run: bake((c) => (c.image.overwrite = 'yes')),
    says: [/image\.overwrite: must be true or false \(got "yes"\)/],
  },
  {
    name: 'config: mapping where a string is needed',
    run: bake((c) => (c.gcp.zone = { name: 'us-central1-a' })),
    says: [/gcp\.zone: must be a string \(got a mapping\)/],
  },
  {
    name: 'config: missing required zone',
    run: bake((c) => delete c.gcp.zone),
    says: [/gcp\.zone: required/],
  },
  {
    name: 'config: missing source image',
    run: bake((c) => delete c.gcp['source-image']),
    says: [/gcp\.source-image: required: an image name or family, plus its project/],
  },
  {
    name: 'config: no cloud block at all',
    run: bake((c) => (delete c.gcp, delete c.azure)),
    says: [/gcp: required: at least one cloud block \(gcp, azure or aws/, /says where to bake/],
  },
  {
    name: 'config: oidc without client-id',
    run: bake((c) => (c.azure.auth = 'oidc'), 'azure'),
    says: [/azure\.client-id: required with auth: oidc/, /azure\.tenant-id: required/],
  },
  {
    name: 'config: duration in words',
    run: bake((c) => (c.gcp.timeouts = { builder: '45 minutes' })),
    says: [/gcp\.timeouts\.builder: must be a duration such as "90s", "45m", "2h"/],
  },
  {
    name: 'config: duration out of range',
    run: bake((c) => (c.gcp['poll-interval'] = '10ms')),
    says: [/gcp\.poll-interval: must be from 100ms to 1m \(got "10ms"\)/],
  },
  {
    name: 'config: negative duration',
    run: bake((c) => (c.azure.timeouts = { replication: '-2h' }), 'azure'),
    says: [/azure\.timeouts\.replication: must be a duration such as/],
  },
  {
    name: 'config: project display name instead of id',
    run: bake((c) => (c.gcp.project = 'My Project')),
    says: [/gcp\.project: "My Project" is not a GCP project id: 6 to 30 characters/],
  },
  {
    name: 'config: region where a zone is needed',
    run: bake((c) => (c.gcp.zone = 'us-central1')),
    says: [/gcp\.zone: "us-central1" is not a GCE zone such as us-central1-a/],
  },
  {
    name: 'config: reserved label key',
    run: bake((c) => (c.gcp.labels = { 'worker-image-run': 'mine' })),
    says: [/gcp\.labels\.worker-image-run: label "worker-image-run" is reserved/],
  },
  {
    name: 'config: YAML syntax error names the line',
    run: bakeText((c) => stringify(c).replace('zone: us-central1-a', 'zone: [us-central1-a')),
    says: [/worker-image\.yml:.*\d/, /flow|collection|bracket|\]/i],
  },

  // image names
  {
    name: 'image name: uppercase',
    run: bake((c) => (c.image.name = 'Batch-Worker')),
    says: [/image\.name: image name "Batch-Worker" must start with a lowercase letter/],
  },
  {
    name: 'image name: underscore',
    run: bake((c) => (c.image.name = 'batch_worker')),
    says: [/image\.name: .*only lowercase letters, digits and "-" \(found "_"\)/],
  },
  {
    name: 'image name: ends with a dash',
    run: bake((c) => (c.image.name = 'batch-worker-')),
    says: [/image\.name: image name "batch-worker-" must not end with "-"/],
  },
  {
    name: 'image name: too long once the version is added',
    run: bake((c) => (c.image.name = TOO_LONG)),
    says: [/image\.name: .*at most 63.*allowing for a 4-digit version.*shorten image\.name/],
  },
  {
    name: 'image name: namespace with uppercase',
    run: bake((c) => (c.image.namespace = 'Alice')),
    says: [/image\.namespace: must start with a lowercase letter/],
  },
  {
    name: 'image name: overwrite in the default namespace',
    run: bake((c) => (c.image.overwrite = true)),
    says: [/image\.overwrite: cannot be true in the default namespace.*set image\.namespace/],
  },

  // versions
  {
    name: 'version: gcp version with a v prefix',
    run: bake((c) => (c.image.version = 'v24')),
    says: [/image\.version: must be "auto" or a version such as 24 or 17a/],
  },
  {
    name: 'version: gcp version with a leading zero',
    run: bake((c) => (c.image.version = '024')),
    says: [/image\.version: .*without leading zeros/],
  },
  {
    name: 'version: azure version with two parts',
    run: bake((c) => (c.azure.version = '1.2'), 'azure'),
    says: [/azure\.version: must be Major\.Minor\.Patch .*\(got "1\.2"\)/],
  },
  {
    name: 'version: azure version with a leading zero',
    run: bake((c) => (c.azure.version = '0.0.01'), 'azure'),
    says: [/azure\.version: must be Major\.Minor\.Patch .*without leading zeros/],
  },
  {
    name: 'version: azure version part beyond 32 bits',
    run: bake((c) => (c.azure.version = '1.0.4294967296'), 'azure'),
    says: [/azure\.version: must be Major\.Minor\.Patch with each part 0\.\.2147483647/],
  },
  {
    name: 'version: explicit image version without an azure version',
    run: bake((c) => (c.image.version = '24'), 'azure'),
    says: [/azure\.version: required when image\.version is explicit \(24\).*e\.g\. 24\.0\.0/],
  },

  // regions and replicas
  {
    name: 'region: display name instead of region name',
    run: bake((c) => (c.azure.location = 'East US'), 'azure'),
    says: [/azure\.location: "East US" is not an Azure region name \(did you mean "eastus"\?\)/],
  },
  {
    name: 'region: unknown target region',
    run: bake((c) => (c.azure['target-regions'] = ['eastus', 'west_us_2']), 'azure'),
    says: [/azure\.target-regions\[1\]: "west_us_2" is not an Azure region name/],
  },
  {
    name: 'region: target regions without the build location',
    run: bake((c) => (c.azure['target-regions'] = ['westus2']), 'azure'),
    says: [/azure\.target-regions: must include location eastus/],
  },
  {
    name: 'replicas: zero',
    run: bake((c) => (c.azure['target-regions'] = [{ name: 'eastus', replicas: 0 }]), 'azure'),
    says: [/azure\.target-regions\[0\]\.replicas: must be a whole number from 1 to 100 \(got 0\)/],
  },
  {
    name: 'replicas: 101',
    run: bake((c) => (c.azure['target-regions'] = [{ name: 'eastus', replicas: 101 }]), 'azure'),
    says: [
      /azure\.target-regions\[0\]\.replicas: must be a whole number from 1 to 100 \(got 101\)/,
    ],
  },
  {
    name: 'replicas: not a whole number',
    run: bake((c) => (c.azure['target-regions'] = [{ name: 'eastus', replicas: 2.5 }]), 'azure'),
    says: [
      /azure\.target-regions\[0\]\.replicas: must be a whole number from 1 to 100 \(got 2\.5\)/,
    ],
  },
  {
    name: 'replicas: a region listed twice',
    run: bake(
      (c) => (c.azure['target-regions'] = ['eastus', { name: 'eastus', replicas: 3 }]),
      'azure',
    ),
    says: [/azure\.target-regions\[1\]: eastus is listed twice \(also at \[0\]\)/],
  },

  // templates
  {
    name: 'template: syntax error names the file and line',
    run: template('#!/bin/bash\necho start\n{% if global.docker_root_image %}\necho pulling\n'),
    says: [/startup\.sh\.j2:3: \{% if %\} is never closed: add \{% endif %\}/],
  },
  {
    name: 'template: undefined variable names it and where to pass it',
    run: template('#!/bin/bash\ndocker pull {{ global.docker_image }}\n'),
    says: [/startup\.sh\.j2:2: undefined variable 'global\.docker_image'/, /variables:/],
  },
  {
    name: 'template: bash ${#VAR} hints at raw',
    run: template('#!/bin/bash\nNAME=worker\necho ${#NAME}\n'),
    says: [/startup\.sh\.j2:\d+: /, /\{% raw %\}/],
  },
  {
    name: 'template: missing file',
    run: bake((c) => (c.gcp.template = 'templates/nope.sh.j2')),
    says: [/nope\.sh\.j2: no such template file \(check template: in worker-image\.yml/],
  },

  // reference rules
  {
    name: 'reference: pattern without {version}',
    run: rule({ pattern: 'global/images/batch-worker-23' }),
    says: [/references\[0\]\.pattern: .*\{version\}/],
  },
  {
    name: 'reference: pattern with two {version}',
    run: rule({ pattern: 'batch-worker-{version}-{version}' }),
    says: [/references\[0\]\.pattern: .*(once|one|two|twice|more than)/i, /\{version\}/],
  },
  {
    name: 'reference: invalid regular expression',
    run: rule({ pattern: 'batch-worker-({version}' }),
    says: [/references\[0\]\.pattern: .*(regular expression|regex|parenthes)/i],
  },
  {
    name: 'reference: path outside the repository',
    run: rule({ path: '../other-repo/*.py', pattern: 'batch-worker-{version}' }),
    says: [
      /references\[0\]\.path: must stay inside the repository \(got "\.\.\/other-repo\/\*\.py"\)/,
    ],
  },
  {
    name: 'reference: absolute path',
    run: rule({ path: '/etc/*.py', pattern: 'batch-worker-{version}' }),
    says: [/references\[0\]\.path: must be relative to the repository root/],
  },
  {
    name: 'reference: brace list in the path glob',
    run: rule({ path: 'scripts/*.{py,sh}', pattern: 'batch-worker-{version}' }),
    says: [
      /references\[0\]\.path: brace lists such as \{py,sh\} are not supported.*use \* and \? wildcards/,
    ],
  },
  {
    name: 'reference: expect 0',
    run: rule({ pattern: 'batch-worker-{version}', expect: 0 }),
    says: [/references\[0\]\.expect: must be a whole number from 1 to 10000 \(got 0\)/],
  },
  {
    name: 'reference: unknown value',
    run: rule({ pattern: 'batch-worker-{version}', value: 'latest' }),
    says: [/references\[0\]\.value: must be one of .*gcp.*azure/],
  },

  // credentials
  {
    name: 'credentials: azure oidc without an ID token',
    run: bake((c) => {
      c.azure.auth = 'oidc';
      c.azure['client-id'] = '11111111-1111-4111-8111-111111111111';
      c.azure['tenant-id'] = '22222222-2222-4222-8222-222222222222';
    }, 'azure'),
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
    says: [/azure\.auth is oidc/, /permissions: id-token: write/],
  },
  {
    name: 'credentials: gcp application-default without credentials',
    run: bake((c) => (c.gcp.auth = 'application-default')),
    env: {
      GOOGLE_APPLICATION_CREDENTIALS: undefined,
      CLOUDSDK_CONFIG: '/nonexistent/gcloud',
      METADATA_SERVER_DETECTION: 'none',
    },
    says: [/gcp\.auth is application-default/, /google-github-actions\/auth/, /gcp\.auth: none/],
  },

  // replicate inputs
  {
    name: 'replicate: --target-regions with a colon',
    run: replicate({ 'target-regions': 'eastus:3' }),
    says: [/target-regions\[0\]: "eastus:3" is not an Azure region name/],
  },
  {
    name: 'replicate: --target-regions with zero replicas',
    run: replicate({ 'target-regions': 'eastus=0,westus2=2' }),
    says: [/target-regions\[0\]: replicas must be a whole number from 1 to 100 \(got 0\)/],
  },
  {
    name: 'replicate: --target-regions naming a region twice',
    run: replicate({ 'target-regions': 'eastus=3, eastus=2' }),
    says: [/target-regions\[1\]: eastus is listed twice/],
  },
  {
    name: 'replicate: --target-regions as a YAML mapping',
    run: replicate({ 'target-regions': '{eastus: 3}' }),
    says: [/target-regions: must be region=replicas pairs such as "eastus=3,westus2=2"/],
  },
  {
    name: 'replicate: --version not Major.Minor.Patch',
    run: replicate({ version: '14' }),
    says: [/version: must be Major\.Minor\.Patch/],
  },
  {
    name: 'replicate: --subscription-id not a GUID',
    run: replicate({ 'subscription-id': 'my-subscription' }),
    says: [/subscription-id: .*subscription id/i],
  },

  // share-image members (the share: block is validated on every run that reads the config)
  {
    name: 'share: gcp member allUsers',
    run: bake((c) => (c.share = { gcp: { members: ['allUsers'] } })),
    says: [
      /share\.gcp\.members\[0\]: "allUsers" is refused: roles\/compute\.imageUser cannot be public/,
    ],
  },
  {
    name: 'share: gcp member without a prefix',
    run: bake((c) => (c.share = { gcp: { members: ['batch-users@example.com'] } })),
    says: [/share\.gcp\.members\[0\]: .*use a prefix user:, group:, serviceAccount:, domain:/],
  },
  {
    name: 'share: gcp member prefix in the wrong case',
    run: bake(
      (c) => (c.share = { gcp: { members: ['serviceaccount:w@p.iam.gserviceaccount.com'] } }),
    ),
    says: [
      /share\.gcp\.members\[0\]: .*spelled serviceAccount: \(IAM prefixes are case-sensitive\)/,
    ],
  },
  {
    name: 'share: azure principal not a GUID',
    run: bake((c) => (c.share = { azure: { principals: ['batch-pool-identity'] } })),
    says: [/share\.azure\.principals\[0\]: .*principal object id/],
  },
  {
    name: 'share: aws account id too short',
    run: bake((c) => (c.share = { aws: { accounts: ['12345678901'] } })),
    says: [/share\.aws\.accounts\[0\]: "12345678901" is not an AWS account id: exactly 12 digits/],
  },
  {
    name: 'share: aws organization ARN malformed',
    run: bake((c) => (c.share = { aws: { organizations: ['o-abc123defg'] } })),
    says: [
      /share\.aws\.organizations\[0\]: "o-abc123defg" is not an organization ARN such as arn:aws:organizations::/,
    ],
  },
];

beforeAll(async () => {
  emulator = await startTestEmulator();
  dir = await mkdtemp(join(tmpdir(), 'wi-bad-input-'));
  ca = join(dir, 'emulator-ca.pem');
  await writeFile(ca, emulator.caCertificate);
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.clearCalls());

describe('bad input is refused with a message naming it, before any cloud call', () => {
  it('covers at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name', async ({ run: go, says, env }) => {
    for (const [k, v] of Object.entries(env ?? {})) vi.stubEnv(k, v);
    try {
      const { code, out } = await go();
      expect(code, out).not.toBe(0);
      for (const pattern of says) expect(out).toMatch(pattern);
      expect(emulator.control.calls()).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
