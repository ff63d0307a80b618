import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';

const MINIMAL = `image:
  name: batch-worker
azure:
  subscription-id: 0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c
  location: eastus
  resource-group: batch-images
  gallery: batch_images
  definition:
    name: batch-worker-22-04
    publisher: batch
    offer: worker
    sku: 22-04
  source-image:
    publisher: Canonical
    offer: 0001-com-ubuntu-server-jammy
    sku: 22_04-lts-gen2
  template: azure-startup.sh.j2
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-azure-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads MINIMAL with `extra` lines appended to the azure block (2-space indented). */
async function load(extra = '', overrides: RawOverrides = {}, text = MINIMAL) {
  await writeFile(join(dir, 'worker-image.yml'), text + extra);
  return loadConfig({ path: 'worker-image.yml', cwd: dir, overrides });
}

async function problems(extra = '', overrides: RawOverrides = {}, text = MINIMAL) {
  const err = await load(extra, overrides, text).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).problems;
}

describe('the azure: block', () => {
  it('applies every default to a minimal block', async () => {
    const config = await load();
    expect(config.gcp).toBeUndefined();
    expect(config.azure).toEqual({
      subscriptionId: '0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c',
      location: 'eastus',
      resourceGroup: 'batch-images',
      gallery: 'batch_images',
      definition: {
        name: 'batch-worker-22-04',
        publisher: 'batch',
        offer: 'worker',
        sku: '22-04',
        osType: 'Linux',
        hyperVGeneration: 'V2',
      },
      version: 'auto',
      vmSize: 'Standard_D4s_v5',
      sourceImage: {
        publisher: 'Canonical',
        offer: '0001-com-ubuntu-server-jammy',
        sku: '22_04-lts-gen2',
        version: 'latest',
      },
      targetRegions: [{ name: 'eastus', replicas: 1, storageAccountType: 'Standard_LRS' }],
      replicaPolicy: { vmsPerReplica: 20, production: true },
      excludeFromLatest: false,
      tags: {},
      template: { path: join(dir, 'azure-startup.sh.j2'), variables: {} },
      timeouts: { builder: 90 * 60_000, replication: 2 * 3_600_000, operation: 30 * 60_000 },
      pollInterval: 5000,
      auth: 'default',
      securityType: 'TrustedLaunch',
    });
  });

  it('reads every setting, with target regions in both forms', async () => {
    await writeFile(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\n');
    const config = await load(
      `  version: 1.4.0
  vm-size: Standard_D8s_v5
  target-regions:
    - { name: eastus, replicas: 3, storage-account-type: Standard_ZRS }
    - westus2
  replica-policy: { expected-concurrent-vms: 400, vms-per-replica: 50, production: false }
  exclude-from-latest: true
  end-of-life-date: 2027-06-30
  tags: { team: batch, cost-center: 1234 }
  variables: { enable_gpu: true }
  timeouts: { builder: 80m, replication: 3h, operation: 10m }
  poll-interval: 250ms
  endpoint: https://127.0.0.1:8443
  ca-certificate: ca.pem
  auth: oidc
  client-id: 11111111-2222-3333-4444-555555555555
  tenant-id: AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE
  security-type: Standard
  identity: /subscriptions/0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c/resourceGroups/batch-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-builder
`,
      {},
      MINIMAL.replace(
        'azure:\n',
        'variables:\n  global: { docker_root_image: worker:1 }\nazure:\n',
      ),
    );
    expect(config.azure).toMatchObject({
      version: '1.4.0',
      vmSize: 'Standard_D8s_v5',
      targetRegions: [
        { name: 'eastus', replicas: 3, storageAccountType: 'Standard_ZRS' },
        { name: 'westus2', replicas: 1, storageAccountType: 'Standard_LRS' },
      ],
      replicaPolicy: { expectedConcurrentVms: 400, vmsPerReplica: 50, production: false },
      excludeFromLatest: true,
      endOfLifeDate: '2027-06-30T00:00:00.000Z',
      tags: { team: 'batch', 'cost-center': '1234' },
      template: { variables: { global: { docker_root_image: 'worker:1' }, enable_gpu: true } },
      timeouts: { builder: 4_800_000, replication: 10_800_000, operation: 600_000 },
      pollInterval: 250,
      endpoint: 'https://127.0.0.1:8443',
      caCertificate: join(dir, 'ca.pem'),
      auth: 'oidc',
      clientId: '11111111-2222-3333-4444-555555555555',
      tenantId: 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE',
      securityType: 'Standard',
      identity:
        '/subscriptions/0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c/resourceGroups/batch-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-builder',
    });
  });

  it("keeps the builder's deadline within run-command's 90 minutes, which Azure would cut it at", async () => {
    expect((await load('  timeouts: { builder: 90m }\n')).azure?.timeouts.builder).toBe(5_400_000);
    expect(await problems('  timeouts: { builder: 2h }\n')).toEqual([
      {
        field: 'azure.timeouts.builder',
        line: 18,
        message:
          'at most 90m: the provisioning script runs through run-command, which Azure stops after ' +
          '90 minutes (got 2h); make the script finish sooner',
      },
    ]);
  });

  describe('security type', () => {
    it('is Trusted launch on Generation 2 and Standard on Generation 1 unless set', async () => {
      expect((await load()).azure?.securityType).toBe('TrustedLaunch');
      const v1 = await load('', { azure: { definition: { 'hyper-v-generation': 'V1' } } });
      expect(v1.azure?.securityType).toBe('Standard');
      expect((await load('  security-type: Standard\n')).azure?.securityType).toBe('Standard');
    });

    it('refuses Trusted launch on Generation 1, ConfidentialVM, and anything else, saying why', async () => {
      const v1 = await problems('  security-type: TrustedLaunch\n', {
        azure: { definition: { 'hyper-v-generation': 'V1' } },
      });
      expect(v1).toEqual([
        {
          field: 'azure.security-type',
          line: 18,
          message:
            'TrustedLaunch needs a Generation 2 image: set definition.hyper-v-generation: V2 (with a ' +
            'Gen2 source image such as 22_04-lts-gen2), or security-type: Standard',
        },
      ]);
      const [confidential] = await problems('  security-type: ConfidentialVM\n');
      expect(confidential?.message).toMatch(
        /^ConfidentialVM is not supported: it needs a confidential VM size/,
      );
      const [typo] = await problems('  security-type: trusted\n');
      expect(typo).toMatchObject({
        field: 'azure.security-type',
        message: 'must be one of Standard, TrustedLaunch (got "trusted")',
      });
    });
  });

  it('takes a user-assigned identity by its resource id only', async () => {
    expect(await problems('  identity: batch-builder\n')).toEqual([
      {
        field: 'azure.identity',
        line: 18,
        message:
          'must be the resource id of a user-assigned managed identity, such as ' +
          '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> ' +
          '(got "batch-builder")',
      },
    ]);
  });

  it('takes an existing subnet by its resource id, in the deployment subscription only', async () => {
    const id =
      '/subscriptions/0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c/resourceGroups/batch-network/providers/Microsoft.Network/virtualNetworks/batch-vnet/subnets/batch-worker-subnet';
    expect((await load(`  subnet-id: ${id}\n`)).azure?.subnetId).toBe(id);
    expect((await load('')).azure?.subnetId).toBeUndefined();
    // A resource group may be named in any script, as azure.resource-group may.
    const unicode = id.replace('batch-network', 'réseau-批处理');
    expect((await load(`  subnet-id: ${unicode}\n`)).azure?.subnetId).toBe(unicode);
    const identity =
      '/subscriptions/0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c/resourceGroups/identités/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-builder';
    expect((await load(`  identity: ${identity}\n`)).azure?.identity).toBe(identity);
    expect(await problems('  subnet-id: batch-worker-subnet\n')).toEqual([
      {
        field: 'azure.subnet-id',
        line: 18,
        message:
          'must be the resource id of a subnet, such as ' +
          '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<subnet> ' +
          '(got "batch-worker-subnet")',
      },
    ]);
    // A virtual network's id alone is not a subnet's.
    expect(await problems(`  subnet-id: ${id.replace(/\/subnets\/.*/, '')}\n`)).toHaveLength(1);
    const other = id.replace(
      '0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c',
      '11111111-2222-3333-4444-555555555555',
    );
    expect(await problems(`  subnet-id: ${other}\n`)).toEqual([
      expect.objectContaining({
        field: 'azure.subnet-id',
        message: expect.stringMatching(
          /^is in subscription 11111111-2222-3333-4444-555555555555, but the builder's network interface is created in azure\.subscription-id 0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c, .*use a subnet of that subscription$/,
        ),
      }),
    ]);
  });

  it("takes the identity platform's host as an https origin, and only when a token is asked for", async () => {
    expect(
      (await load('  authority-host: https://login.microsoftonline.us/\n')).azure?.authorityHost,
    ).toBe('https://login.microsoftonline.us');
    expect((await load('')).azure?.authorityHost).toBeUndefined();
    const refused = (host: string) => ({
      field: 'azure.authority-host',
      line: 18,
      message:
        'must be the https origin of the identity platform, with no path, such as ' +
        `https://login.microsoftonline.us (got "${host}")`,
    });
    for (const host of [
      'http://login.microsoftonline.us',
      'https://login.microsoftonline.us/22222222-2222-2222-2222-222222222222',
      'https://login.microsoftonline.us?x=1',
      'login.microsoftonline.us',
    ]) {
      expect(await problems(`  authority-host: ${host}\n`)).toEqual([refused(host)]);
    }
    // Credentials in it are never quoted back.
    expect(
      await problems('  authority-host: https://app:s3cret@login.microsoftonline.us\n'),
    ).toEqual([refused('https://***@login.microsoftonline.us')]);
    expect(
      await problems('  authority-host: https://login.microsoftonline.us\n  auth: none\n'),
    ).toEqual([
      {
        field: 'azure.authority-host',
        line: 18,
        message: 'is not used with auth: none (no token is requested)',
      },
    ]);
  });

  it('reports every problem at once, each naming its field and line', async () => {
    const list = await problems(
      '',
      {},
      `image:
  name: batch-worker
azure:
  subscription-id: my-subscription
  location: East US
  resource-group: batch-images.
  gallery: batch-images
  definition:
    name: batch worker
    publisher: batch
    offer: worker
    sku: 22-04
    os-type: linux
  version: v1.0.0
  vm-size: D4s v5
  source-image:
    id: ubuntu-22.04
  target-regions: [eastus, { name: westus2, replicas: 101 }, eastus]
  replica-policy: { expected-concurrent-vms: 0 }
  end-of-life-date: 2027-02-30
  tags: { worker-image-run: x }
  template: azure-startup.sh.j2
  poll-interval: 5 seconds
  endpoint: http://127.0.0.1:8443
  ca-certificate: missing.pem
  auth: oidc
  tennant-id: x
`,
    );
    // Missing settings point at the block they belong in, so they come first.
    expect(list.map((p) => [p.field, p.line])).toEqual([
      ['azure.client-id', 3],
      ['azure.tenant-id', 3],
      ['azure.subscription-id', 4],
      ['azure.location', 5],
      ['azure.resource-group', 6],
      ['azure.gallery', 7],
      ['azure.definition.name', 9],
      ['azure.definition.os-type', 13],
      ['azure.version', 14],
      ['azure.vm-size', 15],
      ['azure.source-image.id', 17],
      ['azure.target-regions[1].replicas', 18],
      ['azure.target-regions[2]', 18],
      ['azure.replica-policy.expected-concurrent-vms', 19],
      ['azure.end-of-life-date', 20],
      ['azure.tags.worker-image-run', 21],
      ['azure.poll-interval', 23],
      ['azure.endpoint', 24],
      ['azure.ca-certificate', 25],
      ['azure.tennant-id', 27],
    ]);
    const message = (field: string): string | undefined =>
      list.find((p) => p.field === field)?.message;
    expect(message('azure.location')).toBe(
      '"East US" is not an Azure region name (did you mean "eastus"?)',
    );
    expect(message('azure.subscription-id')).toBe(
      'must be a subscription id: a GUID such as 00000000-0000-0000-0000-000000000000 (got "my-subscription")',
    );
    expect(message('azure.target-regions[2]')).toBe('eastus is listed twice (also at [0])');
    expect(message('azure.tennant-id')).toBe('unknown field (did you mean "tenant-id"?)');
    expect(message('azure.client-id')).toMatch(/^required with auth: oidc/);
    expect(message('azure.ca-certificate')).toBe(`file not found: ${join(dir, 'missing.pem')}`);
    expect(message('azure.endpoint')).toMatch(/^must be an https URL/);
  });

  describe('version', () => {
    it('defaults to auto when image.version is auto, and is required when it is not', async () => {
      expect((await load()).azure?.version).toBe('auto');
      const list = await problems('', { image: { version: '24' } });
      expect(list).toEqual([
        {
          field: 'azure.version',
          line: 3,
          message:
            'required when image.version is explicit (24): gallery versions are Major.Minor.Patch, ' +
            'so set azure.version (e.g. 24.0.0) or use image.version: auto',
        },
      ]);
      const both = await load('', { image: { version: '24' }, azure: { version: '24.0.0' } });
      expect(both.azure?.version).toBe('24.0.0');
    });

    it('must be Major.Minor.Patch with 32-bit parts and one spelling', async () => {
      const bad = {
        '1.2': '(got "1.2")',
        '1.2.3.4': '(got "1.2.3.4")',
        '0.0.2147483648': '(got "0.0.2147483648")',
        'v1.0.0': '(got "v1.0.0")',
        '01.0.0': '(got "01.0.0") without leading zeros, so a version has one spelling',
      };
      for (const [version, got] of Object.entries(bad)) {
        const list = await problems(`  version: ${version}\n`);
        expect(list, version).toEqual([
          {
            field: 'azure.version',
            line: 18,
            message: `must be Major.Minor.Patch with each part 0..2147483647 ${got}`,
          },
        ]);
      }
      expect((await load('  version: 2147483647.0.0\n')).azure?.version).toBe('2147483647.0.0');
    });
  });

  describe('target regions', () => {
    it('must include the build location, which Azure replicates from', async () => {
      const list = await problems('  target-regions: [westus2, { name: westeurope }]\n');
      expect(list).toEqual([
        {
          field: 'azure.target-regions',
          line: 18,
          message:
            'must include location eastus: Azure replicates a gallery version from the region it is ' +
            'built in (add "- eastus", or build in one of the listed regions)',
        },
      ]);
    });

    it('name regions as Azure does, and take a known storage account type', async () => {
      const list = await problems(
        '  target-regions:\n    - eastus\n    - West Europe\n    - { name: westus2, storage-account-type: Premium_ZRS }\n',
      );
      expect(list.map((p) => [p.field, p.message])).toEqual([
        [
          'azure.target-regions[1]',
          '"West Europe" is not an Azure region name (did you mean "westeurope"?)',
        ],
        [
          'azure.target-regions[2].storage-account-type',
          'must be one of Standard_LRS, Standard_ZRS, Premium_LRS (got "Premium_ZRS")',
        ],
      ]);
      expect(await problems('  target-regions: []\n')).toEqual([
        { field: 'azure.target-regions', line: 18, message: 'must name at least one region' },
      ]);
    });
  });

  it('takes a source image in exactly one form', async () => {
    const id =
      '/subscriptions/0b5e3a1c-8f2d-4c6e-9a7b-1d2e3f4a5b6c/resourceGroups/base/providers/' +
      'Microsoft.Compute/galleries/base_images/images/ubuntu-22-04/versions/1.0.0';
    const both = MINIMAL.replace('  source-image:\n', `  source-image:\n    id: ${id}\n`);
    expect(await problems('', {}, both)).toEqual([
      {
        field: 'azure.source-image',
        line: 13,
        message: 'either id or a marketplace image, not both (also set: publisher, offer, sku)',
      },
    ]);
    const byId = MINIMAL.replace(
      / {2}source-image:\n( {4}.*\n)+/,
      `  source-image:\n    id: ${id}\n`,
    );
    expect((await load('', {}, byId)).azure?.sourceImage).toEqual({ id });
    expect(
      await problems('', {}, byId.replace(id, '/subscriptions/s/resourceGroups/g/providers/x')),
    ).toEqual([
      {
        field: 'azure.source-image.id',
        line: 14,
        message: expect.stringMatching(
          /^must be the resource id of a gallery image, gallery image version or managed image/,
        ),
      },
    ]);
    const none = MINIMAL.replace(/ {2}source-image:\n( {4}.*\n)+/, '');
    expect(await problems('', {}, none)).toEqual([
      {
        field: 'azure.source-image',
        line: 3,
        message:
          'required: a marketplace image (publisher, offer, sku) or the id of a gallery or managed image',
      },
    ]);
  });

  it('keeps the definition name within 80 characters once the namespace is added', async () => {
    const long = `b${'-x'.repeat(37)}`;
    const text = MINIMAL.replace('batch-worker-22-04', long);
    const config = await load('', {}, text);
    expect(config.azure?.definition.name).toBe(long);
    const list = await problems('', { image: { namespace: 'alice-test' } }, text);
    expect(list).toEqual([
      {
        field: 'azure.definition.name',
        line: 9,
        message: expect.stringMatching(
          /^image definition "b-x.*-alice-test" is 86 characters; Azure allows at most 80 in namespace alice-test; shorten/,
        ),
      },
    ]);
  });

  it('outside the default namespace images are not production by default', async () => {
    const config = await load('', { image: { namespace: 'alice' } });
    expect(config.azure?.replicaPolicy).toEqual({ vmsPerReplica: 20, production: false });
  });

  it('checks tags as Azure does, keeping worker-image- names for itself', async () => {
    const list = await problems(
      `  tags:\n    Worker-Image-Run: x\n    Team: a\n    team: b\n    "a/b": c\n    long: ${'v'.repeat(257)}\n`,
    );
    expect(list.map((p) => [p.field, p.message])).toEqual([
      [
        'azure.tags.Worker-Image-Run',
        'tag "Worker-Image-Run" is reserved: names starting with "worker-image-" are set by worker-image',
      ],
      ['azure.tags.team', 'tag "team" is also set as "Team": Azure tag names ignore case'],
      [
        'azure.tags.a/b',
        'tag name "a/b" must not contain < > % & \\ ? / or control characters (found "/")',
      ],
      [
        'azure.tags.long',
        'tag value "vvvvvvvvvvvvvvvvvvvv…" is 257 characters; Azure allows at most 256',
      ],
    ]);
    // A control character in a name, which ARM refuses too (InvalidTagNameCharacters).
    const bell = await problems('', { azure: { tags: { 'ring\u0007': 'x' } } });
    expect(bell.map((p) => p.message)).toEqual([
      expect.stringContaining('must not contain < > % & \\ ? / or control characters'),
    ]);
    const many = Object.fromEntries(Array.from({ length: 46 }, (_, i) => [`t${i}`, 'x']));
    expect(await problems('', { azure: { tags: many } })).toEqual([
      { field: 'azure.tags', message: 'at most 45 tags (got 46)' },
    ]);
  });

  it('takes settings from inputs, which have no line in the file', async () => {
    const config = await load('', {
      azure: { location: 'westus2', 'target-regions': ['westus2'] },
    });
    expect(config.azure?.location).toBe('westus2');
    expect(await problems('', { azure: { 'end-of-life-date': '2027-06-30T12:00' } })).toEqual([
      {
        field: 'azure.end-of-life-date',
        message:
          'must be an ISO 8601 date such as 2027-06-30, or a date-time with its offset such as ' +
          '2027-06-30T12:00:00Z (got "2027-06-30T12:00")',
      },
    ]);
  });

  it('bakes on both clouds from one file', async () => {
    const text = MINIMAL.replace(
      'azure:',
      'gcp:\n  project: my-project\n  zone: us-central1-a\n  source-image: { family: debian-12, project: debian-cloud }\n  template: gcp.sh.j2\nazure:',
    );
    const config = await load('', {}, text);
    expect(config.gcp?.project).toBe('my-project');
    expect(config.azure?.gallery).toBe('batch_images');
  });

  it('the example config in templates/ has a working azure block', async () => {
    const config = await loadConfig({
      path: 'templates/worker-image.example.yml',
      cwd: resolve('.'),
    });
    expect(config.azure).toMatchObject({
      location: 'eastus',
      version: 'auto',
      template: {
        path: resolve('templates/azure-startup.sh.j2'),
        variables: {
          global: { docker_root_image: 'batchimages.azurecr.io/worker:1' },
          enable_gpu: false,
        },
      },
      targetRegions: [
        { name: 'eastus', replicas: 3, storageAccountType: 'Standard_ZRS' },
        { name: 'eastus2', replicas: 1, storageAccountType: 'Standard_LRS' },
      ],
      replicaPolicy: { expectedConcurrentVms: 400, vmsPerReplica: 20, production: true },
    });
  });
});
