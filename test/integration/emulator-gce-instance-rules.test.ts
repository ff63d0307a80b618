/**
 * GCE's rules for a preemptible VM's scheduling and for the fingerprints of an instance's labels
 * and metadata, through @google-cloud/compute against the emulator: an insert GCE refuses is
 * refused with its wording and creates nothing, a preemptible VM answers GCE's defaults, and a
 * fingerprint read before another writer's change stays stale even when the content came back.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { protos } from '@google-cloud/compute';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

type Scheduling = protos.google.cloud.compute.v1.IScheduling;

const project = 'rules-project';
const zone = 'us-central1-a';

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

function insert(name: string, scheduling?: Scheduling) {
  return gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: `zones/${zone}/machineTypes/n1-standard-4`,
      labels: { team: 'genomics' },
      metadata: { items: [{ key: 'role', value: 'worker' }] },
      ...(scheduling ? { scheduling } : {}),
      disks: [
        {
          boot: true,
          autoDelete: true,
          initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
        },
      ],
    },
  });
}

async function createVm(name: string, scheduling?: Scheduling) {
  const [op] = await insert(name, scheduling);
  return waitDone(gce, project, op);
}

const get = async (instance: string) => (await gce.instances.get({ project, zone, instance }))[0];
const names = async () => (await gce.instances.list({ project, zone }))[0].map((i) => i.name);

async function setLabels(labels: Record<string, string>, labelFingerprint?: string | null) {
  const [op] = await gce.instances.setLabels({
    project,
    zone,
    instance: 'vm',
    instancesSetLabelsRequestResource: { labels, labelFingerprint },
  });
  return waitDone(gce, project, op);
}

async function setMetadata(value: string, fingerprint?: string | null) {
  const [op] = await gce.instances.setMetadata({
    project,
    zone,
    instance: 'vm',
    metadataResource: { fingerprint, items: [{ key: 'role', value }] },
  });
  return waitDone(gce, project, op);
}

describe('GCE emulator: a preemptible VM’s scheduling', () => {
  it('refuses preemptible with automaticRestart true in GCE’s words, creating nothing', async () => {
    await expect(
      insert('pvm', { preemptible: true, automaticRestart: true, onHostMaintenance: 'TERMINATE' }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      message:
        "Invalid value for field 'resource.scheduling.preemptible': 'true'. Scheduling must have preemptible be false when AutomaticRestart is true.",
    });
    expect(await names()).toEqual([]);
    await expect(get('pvm')).rejects.toMatchObject({ httpStatusCode: 404 });
  });

  it('refuses preemptible with onHostMaintenance MIGRATE, and a Spot VM breaking the same rules', async () => {
    await expect(
      insert('pvm', { preemptible: true, onHostMaintenance: 'MIGRATE' }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      message:
        "Invalid value for field 'resource.scheduling.preemptible': 'true'. Scheduling must have preemptible be false when OnHostMaintenance isn't TERMINATE.",
    });
    for (const scheduling of [
      { provisioningModel: 'SPOT', automaticRestart: true },
      { provisioningModel: 'SPOT', onHostMaintenance: 'MIGRATE' },
    ]) {
      await expect(insert('spot', scheduling)).rejects.toMatchObject({
        httpStatusCode: 400,
        message: expect.stringContaining(
          "Invalid value for field 'resource.scheduling.provisioningModel': 'SPOT'.",
        ),
      });
    }
    expect(await names()).toEqual([]);
  });

  it('answers a preemptible or Spot VM with automaticRestart false and onHostMaintenance TERMINATE', async () => {
    await createVm('pvm', { preemptible: true });
    expect((await get('pvm')).scheduling).toMatchObject({
      preemptible: true,
      automaticRestart: false,
      onHostMaintenance: 'TERMINATE',
    });
    await createVm('spot', { provisioningModel: 'SPOT' });
    expect((await get('spot')).scheduling).toMatchObject({
      provisioningModel: 'SPOT',
      automaticRestart: false,
      onHostMaintenance: 'TERMINATE',
    });
    await createVm('std');
    expect((await get('std')).scheduling).toMatchObject({
      preemptible: false,
      automaticRestart: true,
      onHostMaintenance: 'MIGRATE',
    });
  });
});

describe('GCE emulator: instance fingerprints change on every set', () => {
  it('refuses a labels fingerprint read before A→B→A, though the labels are A again', async () => {
    await createVm('vm');
    const a = (await get('vm')).labelFingerprint;
    await setLabels({ team: 'physics' }, a);
    await setLabels({ team: 'genomics' }, (await get('vm')).labelFingerprint);
    const now = await get('vm');
    expect(now.labels).toEqual({ team: 'genomics' });
    expect(now.labelFingerprint).not.toBe(a);
    await expect(setLabels({ team: 'lost-update' }, a)).rejects.toMatchObject({
      httpStatusCode: 412,
      message: 'Labels fingerprint either invalid or resource labels have changed',
    });
    expect((await get('vm')).labels).toEqual({ team: 'genomics' });
  });

  it('gives a new labels fingerprint even when the labels set are the same', async () => {
    await createVm('vm');
    const first = (await get('vm')).labelFingerprint;
    await setLabels({ team: 'genomics' }, first);
    expect((await get('vm')).labelFingerprint).not.toBe(first);
    await expect(setLabels({ team: 'x' }, first)).rejects.toMatchObject({ httpStatusCode: 412 });
  });

  it('refuses a metadata fingerprint read before A→B→A, though the items are A again', async () => {
    await createVm('vm');
    const a = (await get('vm')).metadata!.fingerprint;
    await setMetadata('drain', a);
    await setMetadata('worker', (await get('vm')).metadata!.fingerprint);
    const now = (await get('vm')).metadata!;
    expect(now.items?.map((i) => [i.key, i.value])).toEqual([['role', 'worker']]);
    expect(now.fingerprint).not.toBe(a);
    await expect(setMetadata('lost-update', a)).rejects.toMatchObject({
      httpStatusCode: 412,
      message: 'Supplied fingerprint does not match current metadata fingerprint.',
    });
    expect((await get('vm')).metadata!.items?.map((i) => i.value)).toEqual(['worker']);
  });
});

describe('GCE emulator: machine types and zones that do not exist', () => {
  const debian = 'projects/debian-cloud/global/images/family/debian-12';
  const vm = (name: string, machineType: string) => ({
    name,
    machineType,
    // GPUs and bare metal cannot live-migrate: every type here takes TERMINATE.
    scheduling: { onHostMaintenance: 'TERMINATE' },
    disks: [{ boot: true, initializeParams: { sourceImage: debian } }],
  });
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => ({ message: 'accepted' }) as { httpStatusCode?: number; message: string },
      (e: unknown) => e as { httpStatusCode?: number; message: string },
    );

  it('refuses a misspelt series or class with GCE wording, takes predefined, shared-core, custom and suffixed types', async () => {
    for (const [i, type] of [
      'e2-small',
      'n2-standard-4',
      'c3-standard-88-lssd',
      'a2-highgpu-1g',
      'c3-standard-192-metal',
      'custom-2-4096',
      'n2-custom-4-8192-ext',
    ].entries()) {
      await waitDone(
        gce,
        project,
        (
          await gce.instances.insert({
            project,
            zone,
            instanceResource: vm(`ok-${i}`, `zones/${zone}/machineTypes/${type}`),
          })
        )[0],
      );
    }
    // No labels and no metadata: the fingerprint GCE gives a set never written.
    const fresh = await get('ok-0');
    expect(fresh.labelFingerprint).toBe('42WmSpB8rSM=');
    expect(fresh.metadata?.fingerprint).toBe('42WmSpB8rSM=');
    for (const type of ['n2-standrad-4', 'e2-smal', 'q9-standard-4', 'n2-standard-0']) {
      const e = await refusal(
        gce.instances.insert({
          project,
          zone,
          instanceResource: vm('bad', `zones/${zone}/machineTypes/${type}`),
        }),
      );
      expect(e.httpStatusCode, type).toBe(400);
      expect(e.message).toContain(
        `Invalid value for field 'resource.machineType': 'zones/${zone}/machineTypes/${type}'. Machine type with name '${type}' does not exist in zone '${zone}'.`,
      );
    }
    expect(await names()).not.toContain('bad');
  });

  it('refuses a zone GCE does not have (400 Unknown zone), for reads and inserts', async () => {
    const list = await refusal(gce.instances.list({ project, zone: 'us-central1-q9' }));
    expect(list.httpStatusCode).toBe(400);
    const insertIn = await refusal(
      gce.instances.insert({
        project,
        zone: 'moon-base1-a',
        instanceResource: vm('lost', 'e2-small'),
      }),
    );
    expect(insertIn.httpStatusCode).toBe(400);
    expect(insertIn.message).toContain(
      "Invalid value for field 'zone': 'moon-base1-a'. Unknown zone.",
    );
  });
});
