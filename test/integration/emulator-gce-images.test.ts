import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

const project = 'my-project';
const zone = 'europe-west1-b';

let emulator: Emulator;
let gce: GceClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
  // Versions 21 and 23 exist; 23 was deprecated (a bad release), so the family resolves to 22.
  for (const [version, created, deprecated] of [
    [21, '2024-01-01T00:00:00Z', false],
    [22, '2024-02-01T00:00:00Z', false],
    [23, '2024-03-01T00:00:00Z', true],
  ] as const) {
    emulator.control.seedImage({
      project,
      name: `batch-worker-${version}`,
      family: 'batch-worker',
      labels: { 'worker-image-role': 'image' },
      creationTimestamp: created,
      deprecated,
    });
  }
  emulator.control.seedImage({ project, name: 'unrelated', labels: { team: 'x' } });

  // A stopped VM whose disk images can be made from.
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name: 'stopped',
      machineType: 'e2-small',
      disks: [
        {
          boot: true,
          initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
        },
      ],
    },
  });
  await waitDone(gce, project, op);
  const [stop] = await gce.instances.stop({ project, zone, instance: 'stopped' });
  await waitDone(gce, project, stop);
});

afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});

async function createImage(name: string, extra: Record<string, unknown> = {}) {
  const [op] = await gce.images.insert({
    project,
    imageResource: { name, sourceDisk: `zones/${zone}/disks/stopped`, ...extra },
  });
  return waitDone(gce, project, op);
}

describe('GCE images through the official SDK', () => {
  it('getFromFamily picks the newest non-deprecated image', async () => {
    const [image] = await gce.images.getFromFamily({ project, family: 'batch-worker' });
    expect(image.name).toBe('batch-worker-22');
    const [debian] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    expect(debian).toMatchObject({
      name: 'debian-12-bookworm-v20241009',
      status: 'READY',
      family: 'debian-12',
    });
    const [old] = await gce.images.get({
      project: 'debian-cloud',
      image: 'debian-12-bookworm-v20240910',
    });
    expect(old.deprecated).toMatchObject({
      state: 'DEPRECATED',
      replacement: expect.stringContaining('v20241009'),
    });
    await expect(gce.images.getFromFamily({ project, family: 'nope' })).rejects.toMatchObject({
      code: 5,
      httpStatusCode: 404,
    });
  });

  it('a missing image is a 404 with GCE’s message', async () => {
    await expect(gce.images.get({ project, image: 'missing' })).rejects.toMatchObject({
      code: 5,
      httpStatusCode: 404,
      message: `The resource 'projects/${project}/global/images/missing' was not found`,
    });
  });

  it('creates an image from a stopped VM’s disk; a second one of the same name is a 409', async () => {
    const op = await createImage('batch-worker-24', {
      family: 'batch-worker',
      labels: { 'worker-image-role': 'image' },
    });
    expect(op.error).toBeUndefined();
    const [image] = await gce.images.get({ project, image: 'batch-worker-24' });
    expect(image).toMatchObject({ status: 'READY', storageLocations: ['eu'], diskSizeGb: '10' });
    const [newest] = await gce.images.getFromFamily({ project, family: 'batch-worker' });
    expect(newest.name).toBe('batch-worker-24');

    // gax maps HTTP 409 to gRPC ABORTED (10), not ALREADY_EXISTS (6).
    await expect(createImage('batch-worker-24')).rejects.toMatchObject({
      code: 10,
      httpStatusCode: 409,
      message: `The resource 'projects/${project}/global/images/batch-worker-24' already exists`,
    });
  });

  it('rejects invalid names and unknown disks like GCE', async () => {
    await expect(createImage('Batch_Worker')).rejects.toMatchObject({
      code: 3,
      httpStatusCode: 400,
      message: expect.stringContaining("Invalid value for field 'resource.name': 'Batch_Worker'"),
    });
    await expect(createImage(`a${'b'.repeat(63)}`)).rejects.toMatchObject({ httpStatusCode: 400 });
    await expect(
      gce.images.insert({
        project,
        imageResource: { name: 'x', sourceDisk: `zones/${zone}/disks/nope` },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 404 });
  });

  it('lists with filters and pages', async () => {
    const [byName] = await gce.images.list({ project, filter: "name eq 'batch-worker-.*'" });
    expect(byName.map((i) => i.name)).toEqual([
      'batch-worker-21',
      'batch-worker-22',
      'batch-worker-23',
      'batch-worker-24',
    ]);
    const [either] = await gce.images.list({
      project,
      filter: '(name = batch-worker-21 OR name = "unrelated") NOT labels.team = y',
    });
    expect(either.map((i) => i.name)).toEqual(['batch-worker-21', 'unrelated']);
    const [labelled] = await gce.images.list({ project, filter: 'labels.team:*' });
    expect(labelled.map((i) => i.name)).toEqual(['unrelated']);
    // Regular expressions in parenthesised terms go together; with the other operators, not.
    const [both] = await gce.images.list({
      project,
      filter: "(name eq 'batch-worker-2[123]') (labels.worker-image-role eq image)",
    });
    expect(both.map((i) => i.name)).toEqual([
      'batch-worker-21',
      'batch-worker-22',
      'batch-worker-23',
    ]);
    await expect(
      gce.images.list({ project, filter: "name eq 'batch-worker-.*' AND family = batch-worker" }),
    ).rejects.toMatchObject({ httpStatusCode: 400 });

    const [page, next, raw] = await gce.images.list(
      { project, maxResults: 2 },
      { autoPaginate: false },
    );
    expect(page).toHaveLength(2);
    expect(raw?.nextPageToken).toBeTruthy();
    expect(next?.pageToken).toBe(raw?.nextPageToken);
    const all: string[] = [];
    for await (const image of gce.images.listAsync(
      { project, maxResults: 2 },
      { autoPaginate: false },
    ))
      all.push(image.name!);
    expect(all).toEqual([...byName.map((i) => i.name), 'unrelated']);

    await expect(
      gce.images.list({ project, filter: '(name = a' }, { retry: null }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
    });
  });

  it('sets IAM policies read-modify-write, refusing a stale etag', async () => {
    const [empty] = await gce.images.getIamPolicy({ project, resource: 'batch-worker-22' });
    expect(empty).toMatchObject({ etag: 'ACAB', bindings: [] });
    const binding = { role: 'roles/compute.imageUser', members: ['group:workers@example.com'] };
    const [updated] = await gce.images.setIamPolicy({
      project,
      resource: 'batch-worker-22',
      globalSetPolicyRequestResource: { policy: { bindings: [binding], etag: empty.etag } },
    });
    expect(updated.bindings).toMatchObject([binding]);
    expect(updated.etag).not.toBe('ACAB');

    await expect(
      gce.images.setIamPolicy({
        project,
        resource: 'batch-worker-22',
        globalSetPolicyRequestResource: { policy: { bindings: [], etag: empty.etag } },
      }),
    ).rejects.toMatchObject({ code: 9, httpStatusCode: 412 });
    await expect(
      gce.images.setIamPolicy({
        project,
        resource: 'batch-worker-22',
        globalSetPolicyRequestResource: {
          policy: { bindings: [{ role: 'roles/compute.imageUser', members: ['allUsers'] }] },
        },
      }),
    ).rejects.toMatchObject({ httpStatusCode: 400 });
    const [read] = await gce.images.getIamPolicy({ project, resource: 'batch-worker-22' });
    expect(read).toMatchObject({ etag: updated.etag, bindings: [binding] });
  });

  it('deprecates and deletes images with operations', async () => {
    const [dep] = await gce.images.deprecate({
      project,
      image: 'batch-worker-24',
      deprecationStatusResource: { state: 'DEPRECATED' },
    });
    expect(await waitDone(gce, project, dep)).toMatchObject({ operationType: 'deprecate' });
    const [family] = await gce.images.getFromFamily({ project, family: 'batch-worker' });
    expect(family.name).toBe('batch-worker-22');

    const [del] = await gce.images.delete({ project, image: 'batch-worker-24' });
    await waitDone(gce, project, del);
    await expect(gce.images.get({ project, image: 'batch-worker-24' })).rejects.toMatchObject({
      httpStatusCode: 404,
    });
  });
});
