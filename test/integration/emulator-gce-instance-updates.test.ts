/**
 * What other GCE clients change on a running instance, through @google-cloud/compute against the
 * emulator: labels and metadata, each replaced whole and only with the fingerprint the instance
 * shows now (412 conditionNotMet otherwise), each checked as an insert's are.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

const project = 'updates-project';
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

type InstanceFields = NonNullable<
  Parameters<GceClients['instances']['insert']>[0]
>['instanceResource'];

/** An instance of debian-12 with `fields` (a name first), inserted and DONE. */
async function insertVm(fields: InstanceFields & { name: string }) {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      machineType: `zones/${zone}/machineTypes/n1-standard-4`,
      disks: [
        {
          boot: true,
          autoDelete: true,
          initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
        },
      ],
      ...fields,
    },
  });
  return waitDone(gce, project, op);
}

async function createVm(name: string, labels: Record<string, string> = { team: 'genomics' }) {
  return insertVm({ name, labels, metadata: { items: [{ key: 'role', value: 'worker' }] } });
}

const get = async (instance: string) => (await gce.instances.get({ project, zone, instance }))[0];
const items = (
  m: { items?: { key?: string | null; value?: string | null }[] | null } | null | undefined,
) => (m?.items ?? []).map((i) => ({ key: i.key, value: i.value }));

describe('GCE emulator: changing a running instance', () => {
  it('setLabels replaces the labels with the current fingerprint; a stale or missing one is 412, nothing changed', async () => {
    await createVm('vm');
    const before = await get('vm');
    const [op] = await gce.instances.setLabels({
      project,
      zone,
      instance: 'vm',
      instancesSetLabelsRequestResource: {
        labels: { stage: 'canary' },
        labelFingerprint: before.labelFingerprint,
      },
    });
    await waitDone(gce, project, op);
    const after = await get('vm');
    expect(after.labels).toEqual({ stage: 'canary' });
    expect(after.labelFingerprint).not.toBe(before.labelFingerprint);
    for (const labelFingerprint of [before.labelFingerprint, undefined]) {
      await expect(
        gce.instances.setLabels({
          project,
          zone,
          instance: 'vm',
          instancesSetLabelsRequestResource: { labels: { stage: 'prod' }, labelFingerprint },
        }),
      ).rejects.toMatchObject({ httpStatusCode: 412 });
    }
    expect((await get('vm')).labels).toEqual({ stage: 'canary' });
    await expect(
      gce.instances.setLabels({
        project,
        zone,
        instance: 'vm',
        instancesSetLabelsRequestResource: {
          labels: { Stage: 'x' },
          labelFingerprint: after.labelFingerprint,
        },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 400 });
  });

  it('setMetadata replaces the items with the current fingerprint, checked as an insert is', async () => {
    await createVm('vm');
    const before = (await get('vm')).metadata!;
    const [op] = await gce.instances.setMetadata({
      project,
      zone,
      instance: 'vm',
      metadataResource: {
        fingerprint: before.fingerprint,
        items: [{ key: 'role', value: 'drain' }],
      },
    });
    await waitDone(gce, project, op);
    const after = (await get('vm')).metadata!;
    expect(items(after)).toEqual([{ key: 'role', value: 'drain' }]);
    await expect(
      gce.instances.setMetadata({
        project,
        zone,
        instance: 'vm',
        metadataResource: { fingerprint: before.fingerprint, items: [] },
      }),
    ).rejects.toMatchObject({
      httpStatusCode: 412,
      message: 'Supplied fingerprint does not match current metadata fingerprint.',
    });
    await expect(
      gce.instances.setMetadata({
        project,
        zone,
        instance: 'vm',
        metadataResource: {
          fingerprint: after.fingerprint,
          items: [{ key: 'bad key', value: 'x' }],
        },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 400 });
    expect(items((await get('vm')).metadata)).toEqual([{ key: 'role', value: 'drain' }]);
  });

  it('an insert with 65 labels is refused, as any resource past 64', async () => {
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`l${i}`, 'x']));
    await expect(createVm('many', labels)).rejects.toMatchObject({
      httpStatusCode: 400,
      message: expect.stringContaining('A resource may have at most 64 labels.'),
    });
    expect(
      emulator.control.resources().filter((r) => r.cloud === 'gcp' && r.kind !== 'image'),
    ).toEqual([]);
  });
});

describe('GCE emulator: starting a stopped instance', () => {
  it('instances.start boots a TERMINATED instance again and runs its startup script again, as GCE does at every boot', async () => {
    await insertVm({
      name: 'again',
      metadata: {
        items: [{ key: 'startup-script', value: '#!/bin/bash\necho booted\nshutdown -h now\n' }],
      },
    });
    const terminated = async () => (await get('again')).status === 'TERMINATED';
    const until = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
    };
    await until(terminated);
    expect(await terminated()).toBe(true);
    const runs = () =>
      emulator.control
        .serialOutput(project, zone, 'again')
        .split('\n')
        .filter((l) => l.includes('Found startup-script')).length;
    expect(runs()).toBe(1);
    const [started] = await gce.instances.start({ project, zone, instance: 'again' });
    await waitDone(gce, project, started);
    await until(async () => runs() === 2 && (await terminated()));
    expect(runs()).toBe(2);
    expect(await terminated()).toBe(true);
  });
});

describe('fingerprints are bytes, in either base64 alphabet', () => {
  /** `+/` written as `-_`, as gcloud (apitools) sends back a fingerprint it read. */
  const urlSafe = (f: string) => f.replace(/\+/g, '-').replace(/\//g, '_');

  it('setMetadata and setLabels take back a fingerprint in URL-safe base64; a garbled one is 412', async () => {
    await createVm('vm');
    let converted = 0;
    // Each set makes a new fingerprint: go on until some held `+` or `/` (most sets make one).
    for (let round = 0; round < 40 && converted < 3; round++) {
      const { metadata, labelFingerprint } = await get('vm');
      const given = urlSafe(metadata!.fingerprint!);
      if (given !== metadata!.fingerprint) converted++;
      const [op] = await gce.instances.setMetadata({
        project,
        zone,
        instance: 'vm',
        metadataResource: { fingerprint: given, items: [{ key: 'round', value: `${round}` }] },
      });
      await waitDone(gce, project, op);
      const [labelled] = await gce.instances.setLabels({
        project,
        zone,
        instance: 'vm',
        instancesSetLabelsRequestResource: {
          labelFingerprint: urlSafe(labelFingerprint!),
          labels: { round: `${round}` },
        },
      });
      await waitDone(gce, project, labelled);
    }
    expect(converted).toBeGreaterThan(0);
    const now = (await get('vm')).metadata!;
    await expect(
      gce.instances.setMetadata({
        project,
        zone,
        instance: 'vm',
        metadataResource: { fingerprint: `${now.fingerprint}!`, items: [] },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 412 });
  });
});

describe('network tags and deletion protection', () => {
  it('setTags replaces the tags with the current fingerprint; a stale one is 412, a bad tag 400', async () => {
    await createVm('vm');
    const before = (await get('vm')).tags!;
    expect(before.items ?? []).toEqual([]);
    const [op] = await gce.instances.setTags({
      project,
      zone,
      instance: 'vm',
      tagsResource: { fingerprint: before.fingerprint, items: ['batch-worker', 'ssh'] },
    });
    await waitDone(gce, project, op);
    const after = (await get('vm')).tags!;
    expect(after.items).toEqual(['batch-worker', 'ssh']);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    await expect(
      gce.instances.setTags({
        project,
        zone,
        instance: 'vm',
        tagsResource: { fingerprint: before.fingerprint, items: [] },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 412 });
    await expect(
      gce.instances.setTags({
        project,
        zone,
        instance: 'vm',
        tagsResource: { fingerprint: after.fingerprint, items: ['Not_A_Tag'] },
      }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      message: expect.stringContaining(
        "Invalid value for field 'tagsResource.items[0]': 'Not_A_Tag'",
      ),
    });
    expect((await get('vm')).tags?.items).toEqual(['batch-worker', 'ssh']);
  });

  it('a protected instance is not deleted until setDeletionProtection turns it off', async () => {
    await insertVm({
      name: 'kept',
      deletionProtection: true,
    });
    expect((await get('kept')).deletionProtection).toBe(true);
    await expect(gce.instances.delete({ project, zone, instance: 'kept' })).rejects.toMatchObject({
      httpStatusCode: 400,
      message:
        "Invalid resource usage: 'Resource cannot be deleted if it's protected against deletion.'.",
    });
    const [off] = await gce.instances.setDeletionProtection({
      project,
      zone,
      resource: 'kept',
      deletionProtection: false,
    });
    await waitDone(gce, project, off);
    const [deleted] = await gce.instances.delete({ project, zone, instance: 'kept' });
    await waitDone(gce, project, deleted);
    await expect(get('kept')).rejects.toMatchObject({ httpStatusCode: 404 });
  });
});

describe('boolean query parameters', () => {
  /** images.insert as gcloud sends it, with `forceCreate` spelt as given. */
  const insertImage = (name: string, forceCreate?: string) =>
    fetch(
      `${emulator.gceEndpoint}/compute/v1/projects/${project}/global/images${
        forceCreate === undefined ? '' : `?forceCreate=${forceCreate}`
      }`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, sourceDisk: `zones/${zone}/disks/vm` }),
      },
    );

  it('take True as gcloud spells it: an image of a running VM’s disk with forceCreate=True', async () => {
    await createVm('vm');
    expect((await get('vm')).status).toBe('RUNNING');
    expect((await insertImage('refused')).status).toBe(400);
    expect((await insertImage('refused-too', 'False')).status).toBe(400);
    const forced = await insertImage('forced', 'True');
    expect(forced.status).toBe(200);
    const odd = await insertImage('odd', 'yes');
    expect(odd.status).toBe(400);
    expect(await odd.text()).toContain(`Invalid value at 'force_create' (TYPE_BOOL), \\"yes\\"`);
  });
});

describe('instances.reset', () => {
  it('kills the running guest, boots again and runs the startup script again; a stopped instance is not ready', async () => {
    await insertVm({
      name: 'stuck',
      metadata: {
        items: [{ key: 'startup-script', value: '#!/bin/bash\necho started\nsleep 600\n' }],
      },
    });
    const serial = () => emulator.control.serialOutput(project, zone, 'stuck');
    const count = (text: string) =>
      serial()
        .split('\n')
        .filter((l) => l.includes(text)).length;
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
    };
    await until(() => count('startup-script: started') === 1);
    const [reset] = await gce.instances.reset({ project, zone, instance: 'stuck' });
    await waitDone(gce, project, reset);
    await until(() => count('startup-script: started') === 2);
    expect(count('Booting from Hard Disk 0')).toBe(2);
    expect(count('startup-script: started')).toBe(2);
    // A hard reset: no orderly power-off on the way.
    expect(count('System Power Off')).toBe(0);
    expect((await get('stuck')).status).toBe('RUNNING');
    const [stopped] = await gce.instances.stop({ project, zone, instance: 'stuck' });
    await waitDone(gce, project, stopped);
    await expect(gce.instances.reset({ project, zone, instance: 'stuck' })).rejects.toMatchObject({
      httpStatusCode: 400,
    });
  });
});
