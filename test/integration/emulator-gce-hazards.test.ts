import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';

/**
 * Compute Engine's documented hazards on the wire, through the official SDK clients: each is
 * on by default; a test sharpens a limit to make it bite, or turns another hazard off.
 */

const project = 'hazard-project';
const zone = 'us-central1-a';
const NO_RETRY = { retry: null } as never;

let emulator: Emulator;
let gce: GceClients;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
});
beforeEach(() => emulator.control.reset());
afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});

async function createVm(name: string, items: { key?: string; value?: string }[] = []) {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: 'e2-small',
      disks: [
        {
          boot: true,
          autoDelete: true,
          initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' },
        },
      ],
      metadata: { items },
    },
  });
  return waitDone(gce, project, op);
}

async function api(method: string, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${emulator.gceEndpoint}/compute/v1/projects/${project}/${path}`, {
    method,
  });
  return { status: res.status, body: await res.json() };
}

describe('rate quotas answer 403 rateLimitExceeded, as GCE documents', () => {
  it('a read over the quota gets the quota error GCE sends, with its reason and details', async () => {
    emulator.control.setHazards({ gce: { readRequestsPerMinute: 2, rateQuotaMinute: 60_000 } });
    emulator.control.seedImage({ project, name: 'batch-worker-1' });
    for (let i = 0; i < 2; i++) await gce.images.get({ project, image: 'batch-worker-1' });
    const err = await gce.images
      .get({ project, image: 'batch-worker-1' }, NO_RETRY)
      .catch((e: unknown) => e);
    const message = expect.stringMatching(
      /^Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'compute\.googleapis\.com' for consumer 'project_number:\d{12}'\.$/,
    );
    expect(err).toMatchObject({
      code: 7,
      httpStatusCode: 403,
      reason: 'RATE_LIMIT_EXCEEDED',
      domain: 'googleapis.com',
      errorInfoMetadata: {
        quota_metric: 'compute.googleapis.com/read_requests',
        quota_limit: 'ReadRequestsPerMinutePerProject',
        quota_limit_value: '2',
        quota_location: 'global',
        service: 'compute.googleapis.com',
      },
      message,
    });
    const { status, body } = await api('GET', 'global/images/batch-worker-1');
    expect(status).toBe(403);
    expect(body).toMatchObject({
      error: {
        code: 403,
        message,
        errors: [{ message, domain: 'usageLimits', reason: 'rateLimitExceeded' }],
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED' },
          { '@type': 'type.googleapis.com/google.rpc.Help' },
        ],
      },
    });
    // Groups are counted apart: a list still goes through.
    const [images] = await gce.images.list({ project });
    expect(images.map((i) => i.name)).toEqual(['batch-worker-1']);
  });

  it('zonal methods count per region; refused requests use no quota; the next minute refills it', async () => {
    await createVm('counted');
    // A minute no loaded machine outlasts while the refusals are asked for; shortened below.
    emulator.control.setHazards({ gce: { readRequestsPerMinute: 1, rateQuotaMinute: 60_000 } });
    await gce.instances.get({ project, zone, instance: 'counted' });
    for (let i = 0; i < 2; i++) {
      await expect(
        gce.instances.getSerialPortOutput(
          { project, zone, instance: 'counted', port: 1 },
          NO_RETRY,
        ),
      ).rejects.toMatchObject({
        httpStatusCode: 403,
        message: expect.stringContaining("limit 'Read requests per minute per region'"),
        errorInfoMetadata: {
          quota_location: 'us-central1',
          quota_metric: 'compute.googleapis.com/read_requests_per_region',
        },
      });
    }
    // Another region's quota is its own.
    await expect(
      gce.instances.get({ project, zone: 'europe-west1-b', instance: 'counted' }, NO_RETRY),
    ).rejects.toMatchObject({ httpStatusCode: 404 });
    // Once the region's minute is over (made short, so the test need not wait one out).
    emulator.control.setHazards({ gce: { rateQuotaMinute: 200 } });
    await new Promise((r) => setTimeout(r, 300));
    const [vm] = await gce.instances.get({ project, zone, instance: 'counted' }, NO_RETRY);
    expect(vm.status).toBe('RUNNING');
  });

  it('an injected 403 fault can be a rate limit (rateLimitExceeded, userRateLimitExceeded) or a refusal', async () => {
    emulator.control.addFault({
      path: '/global/images$',
      status: 403,
      reason: 'rateLimitExceeded',
    });
    emulator.control.addFault({
      path: '/global/images$',
      status: 403,
      reason: 'userRateLimitExceeded',
    });
    emulator.control.addFault({ path: '/global/images$', status: 403 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await api('GET', 'global/images')).body);
    expect(answers).toEqual([
      {
        error: {
          code: 403,
          message: 'Rate Limit Exceeded',
          errors: [
            { message: 'Rate Limit Exceeded', domain: 'usageLimits', reason: 'rateLimitExceeded' },
          ],
        },
      },
      {
        error: {
          code: 403,
          message: 'User Rate Limit Exceeded',
          errors: [
            {
              message: 'User Rate Limit Exceeded',
              domain: 'usageLimits',
              reason: 'userRateLimitExceeded',
            },
          ],
        },
      },
      expect.objectContaining({
        error: expect.objectContaining({
          errors: [expect.objectContaining({ reason: 'forbidden' })],
        }),
      }),
    ]);
  });
});

describe('images made from one disk too often', () => {
  it('fail their operation with RESOURCE_OPERATION_RATE_EXCEEDED (403) and create nothing, until the disk earns another', async () => {
    emulator.control.setHazards({ gce: { diskImageBurst: 1, diskImageRefill: 2000 } });
    await createVm('source');
    const [stop] = await gce.instances.stop({ project, zone, instance: 'source' });
    await waitDone(gce, project, stop);
    const image = async (name: string) => {
      const [op] = await gce.images.insert({
        project,
        imageResource: { name, sourceDisk: `zones/${zone}/disks/source` },
      });
      return waitDone(gce, project, op);
    };
    expect((await image('first')).error).toBeUndefined();
    expect(await image('second')).toMatchObject({
      status: 'DONE',
      httpErrorStatusCode: 403,
      httpErrorMessage: 'FORBIDDEN',
      error: {
        errors: [
          {
            code: 'RESOURCE_OPERATION_RATE_EXCEEDED',
            message: `Operation rate exceeded for resource 'projects/${project}/zones/${zone}/disks/source'. Too frequent operations from the source resource.`,
          },
        ],
      },
    });
    await expect(gce.images.get({ project, image: 'second' })).rejects.toMatchObject({
      httpStatusCode: 404,
    });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await image('second')).error).toBeUndefined();
  });
});

describe('guest attributes under the organization policy compute.disableGuestAttributesAccess', () => {
  it('the API answers 412 and the metadata server refuses the guest’s writes', async () => {
    await createVm('policed', [{ key: 'enable-guest-attributes', value: 'TRUE' }]);
    await expect(
      gce.instances.getGuestAttributes(
        { project, zone, instance: 'policed', queryPath: 'worker-image/' },
        NO_RETRY,
      ),
    ).rejects.toMatchObject({
      httpStatusCode: 412,
      message: expect.stringMatching(
        /^Constraint constraints\/compute\.disableGuestAttributesAccess violated for project \d{12}\.$/,
      ),
    });
    const put = await fetch(
      `${emulator.gceMetadataUrl(project, zone, 'policed')}/instance/guest-attributes/worker-image/status`,
      { method: 'PUT', body: 'exit=0', headers: { 'Metadata-Flavor': 'Google' } },
    );
    expect(put.status).toBe(403);
    expect(await put.text()).toBe('Guest attributes endpoint access is disabled.');
  });

  it('the real wrapper says once that it could not write, still prints the marker and powers off', async () => {
    await createVm('wrapped', [
      {
        key: 'startup-script',
        value: wrapScript('echo hi\n', { nonce: 'n-1', guestAttributes: true }),
      },
      { key: 'enable-guest-attributes', value: 'TRUE' },
    ]);
    await vi.waitFor(
      async () => {
        const [vm] = await gce.instances.get({ project, zone, instance: 'wrapped' });
        expect(vm.status).toBe('TERMINATED');
      },
      { timeout: 20_000, interval: 50 },
    );
    const serial = emulator.control.serialOutput(project, zone, 'wrapped');
    expect(serial.match(/could not write guest attribute/g)).toHaveLength(1);
    expect(statusMarker('n-1').exec(serial)?.[1]).toBe('0');
    expect(emulator.control.guestAttributes(project, zone, 'wrapped')).toEqual({});
  });

  it('with the policy off, nothing written yet is 404 of type Guest Attribute', async () => {
    emulator.control.setHazards({ gce: { guestAttributesDisabledByPolicy: false } });
    await createVm('free', [{ key: 'enable-guest-attributes', value: 'TRUE' }]);
    await expect(
      gce.instances.getGuestAttributes(
        { project, zone, instance: 'free', queryPath: 'worker-image/' },
        NO_RETRY,
      ),
    ).rejects.toMatchObject({
      httpStatusCode: 404,
      message: "The resource 'worker-image/' of type 'Guest Attribute' was not found.",
    });
  });
});

describe('serial port output past what the port keeps', () => {
  it('a read from a discarded offset answers with start moved forward to what is kept', async () => {
    emulator.control.setHazards({ gce: { serialRetainedBytes: 200 } });
    await createVm('chatty');
    const [out] = await gce.instances.getSerialPortOutput({
      project,
      zone,
      instance: 'chatty',
      port: 1,
      start: '0',
    });
    const kept = Buffer.byteLength(out.contents ?? '');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(200);
    expect(Number(out.start)).toBeGreaterThan(0);
    expect(Number(out.next)).toBe(Number(out.start) + kept);
    // Whole lines are dropped, so what is kept starts at a line.
    expect(emulator.control.serialOutput(project, zone, 'chatty')).toBe(out.contents);
  });
});

describe('instance metadata items, checked as GCE checks them', () => {
  const refused = (items: { key?: string; value?: string }[], message: string | RegExp) =>
    expect(createVm('meta', items)).rejects.toMatchObject({
      httpStatusCode: 400,
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });

  it('an empty or missing key, a bad key and duplicate keys are refused with GCE’s words', async () => {
    await refused(
      [{ key: '', value: 'x' }],
      "Invalid value for field 'resource.metadata.items[0].key': ''. Must be a match of regex '[a-zA-Z0-9-_]{1,128}'",
    );
    await refused(
      [{ value: 'x' }],
      "Required field 'resource.metadata.items[0].key' not specified",
    );
    await refused(
      [{ key: 'ok' }, { key: 'a#b', value: '1' }],
      "Invalid value for field 'resource.metadata.items[1].key': 'a#b'. Must be a match of regex '[a-zA-Z0-9-_]{1,128}'",
    );
    await refused(
      [
        { key: 'startup-script', value: 'a' },
        { key: 'startup-script', value: 'b' },
      ],
      /^Invalid value for field 'resource\.metadata': '.*'\. Metadata has duplicate keys: startup-script$/,
    );
    expect(emulator.control.resources()).toEqual([]);
  });

  it('values over the size limits are refused; an item without a value is kept and reads as empty', async () => {
    emulator.control.setHazards({ gce: { metadataValueBytes: 10, metadataTotalBytes: 20 } });
    await refused(
      [{ key: 'k', value: 'x'.repeat(11) }],
      "Value for field 'resource.metadata.items[0].value' is too large: maximum size 10 character(s); actual size 11.",
    );
    await refused(
      [
        { key: 'a', value: 'x'.repeat(10) },
        { key: 'b', value: 'x'.repeat(10) },
      ],
      "Value for field 'resource.metadata' is too large: maximum size 20 character(s); actual size 22.",
    );
    await createVm('meta', [{ key: 'flag' }]);
    const [vm] = await gce.instances.get({ project, zone, instance: 'meta' });
    expect(vm.metadata?.items?.map((i) => [i.key, i.value ?? null])).toEqual([['flag', null]]);
    const read = await fetch(
      `${emulator.gceMetadataUrl(project, zone, 'meta')}/instance/attributes/flag`,
      { headers: { 'Metadata-Flavor': 'Google' } },
    );
    expect(read.status).toBe(200);
    expect(await read.text()).toBe('');
  });
});
