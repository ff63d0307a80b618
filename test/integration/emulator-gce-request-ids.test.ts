/**
 * `requestId` through the official SDK against the emulator: a retried insert or delete with
 * the same id gets the first request's operation back instead of a duplicate or a 409/404,
 * and an id that is not a UUID (or is the zero UUID) is refused, as GCE documents.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

const project = 'my-project';
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

const instanceResource = {
  name: 'retried',
  machineType: 'e2-small',
  disks: [
    {
      boot: true,
      initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
    },
  ],
};

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => ({ message: 'accepted' }) as { httpStatusCode?: number; message: string },
    (e: unknown) => e as { httpStatusCode?: number; message: string },
  );

describe('GCE emulator: requestId', () => {
  it('a retried insert or delete with the same id answers the first operation, and makes or deletes nothing more', async () => {
    const insertId = randomUUID();
    const [first] = await gce.instances.insert({
      project,
      zone,
      instanceResource,
      requestId: insertId,
    });
    const [again] = await gce.instances.insert({
      project,
      zone,
      instanceResource,
      requestId: insertId,
    });
    const opOf = (lro: { latestResponse?: unknown }) =>
      lro.latestResponse as { name?: string; status?: string };
    expect(opOf(again).name).toBe(opOf(first).name);
    await waitDone(gce, project, again);
    const [list] = await gce.instances.list({ project, zone });
    expect(list.map((i) => i.name)).toEqual(['retried']);
    // Without the id (or with another), the same insert is a second request: 409.
    const other = await refusal(
      gce.instances.insert({ project, zone, instanceResource, requestId: randomUUID() }),
    );
    expect(other.httpStatusCode).toBe(409);

    const deleteId = randomUUID();
    const [gone] = await gce.instances.delete({
      project,
      zone,
      instance: 'retried',
      requestId: deleteId,
    });
    await waitDone(gce, project, gone);
    const [goneAgain] = await gce.instances.delete({
      project,
      zone,
      instance: 'retried',
      requestId: deleteId,
    });
    expect(opOf(goneAgain)).toMatchObject({ name: opOf(gone).name, status: 'DONE' });
  });

  it('refuses an id that is not a UUID, or the zero UUID, before doing anything', async () => {
    for (const requestId of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const e = await refusal(
        gce.instances.insert({
          project,
          zone,
          instanceResource: { ...instanceResource, name: 'refused' },
          requestId,
        }),
      );
      expect(e.httpStatusCode, requestId).toBe(400);
      expect(e.message).toContain('The request ID must be a valid UUID');
    }
    const [list] = await gce.instances.list({ project, zone });
    expect(list.map((i) => i.name)).not.toContain('refused');
  });
});
