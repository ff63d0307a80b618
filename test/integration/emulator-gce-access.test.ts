import type { protos } from '@google-cloud/compute';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

type Instance = protos.google.cloud.compute.v1.IInstance;

const project = 'access-project';
const zone = 'us-central1-a';
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

let emulator: Emulator;
let gce: GceClients;
beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
});
afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});
beforeEach(() => emulator.control.reset());

/** A VM booting Ubuntu 24.04 minimal, as the batch service's builder does, with `extra` on top. */
async function createVm(name: string, extra: Instance = {}) {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: `zones/${zone}/machineTypes/n1-standard-4`,
      disks: [
        {
          boot: true,
          autoDelete: true,
          initializeParams: {
            sourceImage:
              'projects/ubuntu-os-cloud/global/images/family/ubuntu-minimal-2404-lts-amd64',
          },
        },
      ],
      ...extra,
    },
  });
  return waitDone(gce, project, op);
}

const refused = (extra: Instance, expected: { reason?: string; message: string | RegExp }) =>
  expect(createVm('refused', extra)).rejects.toMatchObject({
    httpStatusCode: 400,
    message:
      typeof expected.message === 'string'
        ? expected.message
        : expect.stringMatching(expected.message),
  });

describe('the stock images builders boot from today', () => {
  it.each([
    [
      'ubuntu-os-cloud',
      'ubuntu-minimal-2404-lts-amd64',
      'ubuntu-minimal-2404-noble-amd64-v20260810',
    ],
    ['ubuntu-os-cloud', 'ubuntu-2404-lts-amd64', 'ubuntu-2404-noble-amd64-v20241004'],
    ['ubuntu-os-cloud', 'ubuntu-2204-lts', 'ubuntu-2204-jammy-v20241004'],
    ['debian-cloud', 'debian-12', 'debian-12-bookworm-v20241009'],
  ])('%s family %s resolves to %s', async (imageProject, family, newest) => {
    const [image] = await gce.images.getFromFamily({ project: imageProject, family });
    expect(image).toMatchObject({ name: newest, family, status: 'READY' });
  });

  it('the batch service script’s dated 24.04 minimal image exists by name; the one before is deprecated', async () => {
    const [current] = await gce.images.get({
      project: 'ubuntu-os-cloud',
      image: 'ubuntu-minimal-2404-noble-amd64-v20260810',
    });
    expect(current.deprecated).toBeFalsy();
    const [older] = await gce.images.get({
      project: 'ubuntu-os-cloud',
      image: 'ubuntu-minimal-2404-noble-amd64-v20260708',
    });
    expect(older.deprecated).toMatchObject({
      state: 'DEPRECATED',
      replacement: expect.stringContaining('ubuntu-minimal-2404-noble-amd64-v20260810'),
    });
  });
});

describe('service accounts on instances.insert, as GCE takes them', () => {
  it('`default` is the project’s Compute Engine default account, shown resolved', async () => {
    await createVm('builder', {
      serviceAccounts: [{ email: 'default', scopes: [CLOUD_PLATFORM] }],
    });
    const [vm] = await gce.instances.get({ project, zone, instance: 'builder' });
    // Decoded protos carry oneof markers (`_email`): compare the fields GCE sends.
    expect(vm.serviceAccounts).toMatchObject([
      {
        email: expect.stringMatching(/^\d{12}-compute@developer\.gserviceaccount\.com$/),
        scopes: [CLOUD_PLATFORM],
      },
    ]);
  });

  it('a dedicated account is kept as given; none leaves the VM without one', async () => {
    const email = 'image-builder@access-project.iam.gserviceaccount.com';
    await createVm('dedicated', { serviceAccounts: [{ email, scopes: [CLOUD_PLATFORM] }] });
    await createVm('bare', { serviceAccounts: [] });
    const [dedicated] = await gce.instances.get({ project, zone, instance: 'dedicated' });
    const [bare] = await gce.instances.get({ project, zone, instance: 'bare' });
    expect(dedicated.serviceAccounts).toMatchObject([{ email, scopes: [CLOUD_PLATFORM] }]);
    expect(bare.serviceAccounts ?? []).toEqual([]);
  });

  it('refuses a scope alias (gcloud expands them; GCE does not), a second account and a non-account email', async () => {
    await refused(
      { serviceAccounts: [{ email: 'default', scopes: ['cloud-platform'] }] },
      { message: "One or more of the service account scopes are invalid: 'cloud-platform'" },
    );
    await refused(
      {
        serviceAccounts: [
          { email: 'default', scopes: [CLOUD_PLATFORM] },
          { email: 'other@access-project.iam.gserviceaccount.com', scopes: [CLOUD_PLATFORM] },
        ],
      },
      { message: /Only one service account per VM instance is supported/ },
    );
    await refused(
      { serviceAccounts: [{ email: 'alice@example.com', scopes: [CLOUD_PLATFORM] }] },
      {
        message:
          /^Invalid value for field 'resource\.serviceAccounts\[0\]\.email': 'alice@example\.com'/,
      },
    );
    expect(emulator.control.resources().filter((r) => r.kind === 'instance')).toEqual([]);
  });
});

describe('external addresses on instances.insert', () => {
  it('one ONE_TO_ONE_NAT access config in the asked tier; none gives no external address', async () => {
    await createVm('premium', {
      networkInterfaces: [
        {
          accessConfigs: [
            { name: 'external-nat', type: 'ONE_TO_ONE_NAT', networkTier: 'STANDARD' },
          ],
        },
      ],
    });
    await createVm('private', { networkInterfaces: [{ network: 'global/networks/default' }] });
    const [withAddress] = await gce.instances.get({ project, zone, instance: 'premium' });
    const [without] = await gce.instances.get({ project, zone, instance: 'private' });
    expect(withAddress.networkInterfaces?.[0]?.accessConfigs).toEqual([
      expect.objectContaining({ type: 'ONE_TO_ONE_NAT', networkTier: 'STANDARD' }),
    ]);
    expect(without.networkInterfaces?.[0]?.accessConfigs ?? []).toEqual([]);
  });

  it('refuses an unknown tier, another type and a second access config', async () => {
    await refused(
      { networkInterfaces: [{ accessConfigs: [{ type: 'ONE_TO_ONE_NAT', networkTier: 'GOLD' }] }] },
      {
        message:
          /^Invalid value for field 'resource\.networkInterfaces\[0\]\.accessConfigs\[0\]\.networkTier': 'GOLD'/,
      },
    );
    await refused(
      { networkInterfaces: [{ accessConfigs: [{ type: 'DIRECT_IPV6' }] }] },
      { message: /accessConfigs\[0\]\.type': 'DIRECT_IPV6'/ },
    );
    await refused(
      {
        networkInterfaces: [
          { accessConfigs: [{ type: 'ONE_TO_ONE_NAT' }, { type: 'ONE_TO_ONE_NAT' }] },
        ],
      },
      { message: /Only one access config per instance is supported/ },
    );
  });
});

describe('VMs with GPUs and host maintenance', () => {
  const gpuType = (type: string): Instance => ({
    machineType: `zones/${zone}/machineTypes/${type}`,
  });
  const GPU_REFUSAL = 'Instances with guest accelerators do not support live migration.';

  it('refuses live migration, asked for or by default, on a family with GPUs attached or with guest accelerators', async () => {
    await refused(gpuType('g2-standard-4'), { message: GPU_REFUSAL });
    await refused(
      { ...gpuType('a2-highgpu-1g'), scheduling: { onHostMaintenance: 'MIGRATE' } },
      { message: GPU_REFUSAL },
    );
    await refused(
      {
        guestAccelerators: [
          {
            acceleratorType: `zones/${zone}/acceleratorTypes/nvidia-tesla-t4`,
            acceleratorCount: 1,
          },
        ],
      },
      { message: GPU_REFUSAL },
    );
    expect(
      emulator.control.resources().filter((r) => r.cloud === 'gcp' && r.kind === 'disk'),
    ).toEqual([]);
  });

  it('refuses live migration on a bare metal machine type, asked for or by default, and creates it with TERMINATE', async () => {
    const metal = gpuType('c3-standard-192-metal');
    const refusal =
      /^Invalid value for field 'resource\.scheduling\.onHostMaintenance': 'MIGRATE'\. Bare metal instances do not support live migration\.$/;
    await refused(metal, { message: refusal });
    await refused({ ...metal, scheduling: { onHostMaintenance: 'MIGRATE' } }, { message: refusal });
    await createVm('metal', { ...metal, scheduling: { onHostMaintenance: 'TERMINATE' } });
    const [vm] = await gce.instances.get({ project, zone, instance: 'metal' });
    expect(vm.scheduling?.onHostMaintenance).toBe('TERMINATE');
  });

  it('creates them with onHostMaintenance TERMINATE, and shows it', async () => {
    await createVm('gpu', {
      ...gpuType('g2-standard-4'),
      scheduling: { onHostMaintenance: 'TERMINATE', automaticRestart: false },
    });
    const [vm] = await gce.instances.get({ project, zone, instance: 'gpu' });
    expect(vm.scheduling).toMatchObject({
      onHostMaintenance: 'TERMINATE',
      automaticRestart: false,
    });
    // Other families keep GCE's default, live migration.
    await createVm('cpu');
    const [cpu] = await gce.instances.get({ project, zone, instance: 'cpu' });
    expect(cpu.scheduling?.onHostMaintenance).toBe('MIGRATE');
  });
});
