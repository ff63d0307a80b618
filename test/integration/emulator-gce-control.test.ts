import { DisksClient } from '@google-cloud/compute/build/src/v1/disks_client.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator, ResourceInfo } from '../../src/emulator/index.js';
import {
  gceClients,
  sdkOptions,
  startTestEmulator,
  waitDone,
  type GceClients,
} from '../helpers/emulator.js';

const project = 'my-project';
const zone = 'us-east1-b';

let emulator: Emulator;
let gce: GceClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
});

beforeEach(async () => {
  await emulator.control.reset();
});

afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});

async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${emulator.controlUrl}/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: res.status, json: await res.json() };
}

async function createVm(name: string, autoDelete = true) {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: 'e2-small',
      labels: { 'worker-image-run': 'r1' },
      disks: [
        {
          boot: true,
          autoDelete,
          initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
        },
      ],
    },
  });
  return waitDone(gce, project, op);
}

describe('injected faults reach the SDK as GCE would send them', () => {
  it('a 503 is a GoogleError UNAVAILABLE with the HTTP status; the SDK’s own retries get past two', async () => {
    await createVm('vm');
    emulator.control.clearCalls();
    emulator.control.addFault({ method: 'GET', path: '/instances/vm$', status: 503, times: 1 });
    await expect(
      gce.instances.get({ project, zone, instance: 'vm' }, { retry: null }),
    ).rejects.toMatchObject({
      code: 14,
      httpStatusCode: 503,
      message: 'The service is currently unavailable.',
    });

    emulator.control.addFault({ method: 'GET', path: '/instances/vm$', status: 503, times: 2 });
    const [vm] = await gce.instances.get({ project, zone, instance: 'vm' });
    expect(vm.status).toBe('RUNNING');
    expect(emulator.control.calls().map((c) => c.status)).toEqual([503, 503, 503, 200]);
  });

  it('a 429 carries Retry-After and a GCE error body', async () => {
    emulator.control.addFault({ path: '/global/images', status: 429, retryAfter: 2 });
    const res = await fetch(`${emulator.gceEndpoint}/compute/v1/projects/${project}/global/images`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toEqual({
      error: {
        code: 429,
        message: 'Rate Limit Exceeded',
        errors: [{ message: 'Rate Limit Exceeded', domain: 'global', reason: 'rateLimitExceeded' }],
      },
    });
    // Used up: the next call goes through.
    expect(
      (await fetch(`${emulator.gceEndpoint}/compute/v1/projects/${project}/global/images`)).status,
    ).toBe(200);
  });

  it('an operation fault ends the operation DONE with the error and creates nothing', async () => {
    emulator.control.addFault({
      method: 'POST',
      path: '/zones/[^/]+/instances$',
      operationError: {
        code: 'QUOTA_EXCEEDED',
        message: "Quota 'CPUS' exceeded. Limit: 8.0 in region us-east1.",
      },
    });
    const op = await createVm('over-quota');
    expect(op).toMatchObject({
      status: 'DONE',
      httpErrorStatusCode: 403,
      httpErrorMessage: 'FORBIDDEN',
      error: {
        errors: [{ code: 'QUOTA_EXCEEDED', message: expect.stringContaining("Quota 'CPUS'") }],
      },
    });
    await expect(
      gce.instances.get({ project, zone, instance: 'over-quota' }),
    ).rejects.toMatchObject({
      httpStatusCode: 404,
    });
    expect(emulator.control.resources()).toEqual([]);
  });
});

describe('operations', () => {
  it('operations.wait answers after operationWaitMax with the operation still RUNNING, like GCE', async () => {
    emulator.control.setDurations({ boot: 60_000, operationWaitMax: 50 });
    const [op] = await gce.instances.insert({
      project,
      zone,
      instanceResource: {
        name: 'slow',
        machineType: 'e2-small',
        disks: [
          {
            boot: true,
            initializeParams: {
              sourceImage: 'projects/debian-cloud/global/images/family/debian-12',
            },
          },
        ],
      },
    });
    const name = (op.latestResponse as { name: string }).name;
    const [waited] = await gce.zoneOperations.wait({ project, zone, operation: name });
    expect(waited).toMatchObject({ name, status: 'RUNNING', progress: 0 });
    const [got] = await gce.zoneOperations.get({ project, zone, operation: name });
    expect(got.status).toBe('RUNNING');
    await expect(
      gce.zoneOperations.get({ project, zone: 'us-west1-a', operation: name }),
    ).rejects.toMatchObject({
      httpStatusCode: 404,
    });
  });
});

describe('the control API over HTTP', () => {
  it('lists live resources with their labels, not the stock public images', async () => {
    await createVm('leftover');
    const { status, json } = await control('GET', 'resources');
    expect(status).toBe(200);
    expect(json).toEqual([
      expect.objectContaining({
        cloud: 'gcp',
        kind: 'instance',
        project,
        zone,
        name: 'leftover',
        status: 'RUNNING',
        labels: { 'worker-image-run': 'r1' },
      }),
      expect.objectContaining({
        cloud: 'gcp',
        kind: 'disk',
        project,
        zone,
        name: 'leftover',
        status: 'READY',
      }),
    ] satisfies Partial<ResourceInfo>[]);

    const [op] = await gce.instances.delete({ project, zone, instance: 'leftover' });
    await waitDone(gce, project, op);
    expect((await control('GET', 'resources')).json).toEqual([]);
  });

  it('finds a disk left behind by its deleted instance, and deletes it', async () => {
    const disks = new DisksClient(sdkOptions(emulator));
    await createVm('keeps-disk', false);
    await expect(disks.delete({ project, zone, disk: 'keeps-disk' })).rejects.toMatchObject({
      httpStatusCode: 400,
      message: expect.stringContaining('already being used'),
    });
    const [op] = await gce.instances.delete({ project, zone, instance: 'keeps-disk' });
    await waitDone(gce, project, op);
    expect((await control('GET', 'resources')).json).toEqual([
      expect.objectContaining({ kind: 'disk', name: 'keeps-disk' }),
    ]);
    const [[leftover]] = await disks.list({ project, zone });
    expect(leftover).toMatchObject({ name: 'keeps-disk', status: 'READY', users: [] });
    await waitDone(gce, project, (await disks.delete({ project, zone, disk: 'keeps-disk' }))[0]);
    expect((await control('GET', 'resources')).json).toEqual([]);
    await disks.close();
  });

  it('logs cloud calls only, in order, and clears the log', async () => {
    await createVm('logged');
    await fetch(`${emulator.controlUrl}/resources`);
    const { json } = await control('GET', 'calls');
    const calls = json as { method: string; path: string; status: number; time: string }[];
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: `/compute/v1/projects/${project}/zones/${zone}/instances`,
      status: 200,
    });
    expect(calls.slice(1).every((c) => c.method === 'POST' && c.path.endsWith('/wait'))).toBe(true);
    expect(calls.every((c) => !c.path.startsWith('/__emulator'))).toBe(true);
    expect(Date.parse(calls[0]!.time)).not.toBeNaN();
    expect((await control('DELETE', 'calls')).status).toBe(200);
    expect((await control('GET', 'calls')).json).toEqual([]);
  });

  it('seeds images, sets outcomes, durations and faults, and resets everything', async () => {
    const seeded = await control('POST', 'gce/images', {
      project,
      name: 'batch-worker-21',
      family: 'batch-worker',
      deprecated: true,
    });
    expect(seeded).toMatchObject({
      status: 200,
      json: { kind: 'image', name: 'batch-worker-21', status: 'READY' },
    });
    const [img] = await gce.images.get({ project, image: 'batch-worker-21' });
    expect(img.deprecated?.state).toBe('DEPRECATED');

    expect(
      await control('POST', 'gce/outcomes', { match: 'x', outcome: { exit: 3 } }),
    ).toMatchObject({ status: 200 });
    expect((await control('POST', 'gce/outcomes', { outcome: 'explode' })).status).toBe(400);
    expect((await control('DELETE', 'gce/outcomes')).status).toBe(200);

    expect(await control('POST', 'durations', { boot: 10 })).toMatchObject({
      status: 200,
      json: { boot: 10, stop: 100 },
    });
    expect((await control('POST', 'durations', { boot: -1 })).status).toBe(400);
    expect((await control('POST', 'faults', { path: '(', status: 500 })).status).toBe(400);
    expect(
      (await control('POST', 'faults', { path: 'images', status: 500, times: 5 })).status,
    ).toBe(200);
    expect((await control('POST', 'gce/images', { project, name: 'Bad Name' })).status).toBe(400);

    expect((await control('POST', 'reset', '')).status).toBe(200);
    expect((await control('GET', 'resources')).json).toEqual([]);
    expect((await control('GET', 'durations')).json).toMatchObject({ boot: 100 });
    const [stock] = await gce.images.getFromFamily({
      project: 'ubuntu-os-cloud',
      family: 'ubuntu-2404-lts-amd64',
    });
    expect(stock.name).toBe('ubuntu-2404-noble-amd64-v20241004');
  });

  it('lists the operations each emulated API serves, and every one it lists is answered, not refused as unknown', async () => {
    const { status, json } = await control('GET', 'operations');
    expect(status).toBe(200);
    const ops = json as { gce: string[]; arm: string[]; ec2: string[] };
    expect(ops.ec2).toContain('DescribeTags');
    expect(ops.arm).toContain(
      'GET subscriptions/:subscription/providers/Microsoft.Compute/virtualMachines',
    );
    for (const route of ops.gce) {
      const [method, path] = route.split(' ');
      const url = `${emulator.gceEndpoint}/${path!.replace(/:([a-z]+)/gi, 'x$1')}`;
      const res = await fetch(url, {
        method,
        body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      });
      const body = (await res.json()) as { error?: { message?: string } };
      expect(body.error?.message ?? '').not.toMatch(/has no GCE method/);
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    expect(await control('GET', 'nope')).toEqual({
      status: 404,
      json: { error: { code: 404, message: 'no control route GET /__emulator/nope' } },
    });
    const res = await fetch(`${emulator.gceEndpoint}/compute/v1/projects/${project}/frobnicate`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      error: { code: 404, errors: [{ reason: 'notFound' }] },
    });
  });
});

describe('the metadata server a VM reports to', () => {
  it('takes guest attributes only with Metadata-Flavor: Google and only when enabled', async () => {
    await createVm('meta');
    const url = `${emulator.gceMetadataUrl(project, zone, 'meta')}/instance/guest-attributes/worker-image/status`;
    const put = (headers: Record<string, string>) =>
      fetch(url, { method: 'PUT', body: 'exit=0', headers });
    expect((await put({})).status).toBe(403);
    expect(await (await put({ 'Metadata-Flavor': 'Google' })).text()).toBe(
      'Guest attributes endpoint access is disabled.',
    );
    const name = await fetch(`${emulator.gceMetadataUrl(project, zone, 'meta')}/instance/name`, {
      headers: { 'Metadata-Flavor': 'Google' },
    });
    expect(await name.text()).toBe('meta');
    expect(emulator.control.calls().some((c) => c.path.includes('metadata'))).toBe(false);
  });
});
