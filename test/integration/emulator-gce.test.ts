import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { statusMarker, wrapScript } from '../../src/wrapper/wrapper.js';
import { gceClients, startTestEmulator, waitDone, type GceClients } from '../helpers/emulator.js';
import { liveProcessesInGroup } from '../helpers/processes.js';

const project = 'my-project';
const zone = 'us-central1-a';
const nonce = 'run-42';

let emulator: Emulator;
let gce: GceClients;

beforeAll(async () => {
  // These read the guest attributes the wrapper writes: no organization policy forbids them here.
  emulator = await startTestEmulator({
    hazards: { gce: { guestAttributesDisabledByPolicy: false } },
  });
  gce = gceClients(emulator);
});

afterAll(async () => {
  await gce?.close();
  await emulator?.stop();
});

/** A builder as the bake creates it: the wrapped script, guest attributes on, a stock image. */
async function createBuilder(name: string, userScript: string) {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: `zones/${zone}/machineTypes/e2-standard-2`,
      labels: { 'worker-image-role': 'builder' },
      disks: [
        {
          boot: true,
          autoDelete: true,
          initializeParams: {
            diskName: name,
            sourceImage: 'projects/debian-cloud/global/images/family/debian-12',
          },
        },
      ],
      networkInterfaces: [{ accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] }],
      metadata: {
        items: [
          {
            key: 'startup-script',
            value: wrapScript(userScript, { nonce, guestAttributes: true }),
          },
          { key: 'enable-guest-attributes', value: 'TRUE' },
        ],
      },
    },
  });
  return waitDone(gce, project, op);
}

async function guestStatus(instance: string): Promise<string | undefined> {
  try {
    const [attrs] = await gce.instances.getGuestAttributes({
      project,
      zone,
      instance,
      queryPath: 'worker-image/',
    });
    return attrs.queryValue?.items?.find((i) => i.key === 'status')?.value ?? undefined;
  } catch (err) {
    if ((err as { httpStatusCode?: number }).httpStatusCode === 404) return undefined;
    throw err;
  }
}

async function waitForGuestStatus(instance: string, done: (s: string) => boolean): Promise<string> {
  return vi.waitFor(
    async () => {
      const status = await guestStatus(instance);
      if (status === undefined || !done(status)) throw new Error(`guest status ${status}`);
      return status;
    },
    { timeout: 20_000, interval: 50 },
  );
}

async function instanceStatus(instance: string): Promise<string> {
  const [inst] = await gce.instances.get({ project, zone, instance });
  return String(inst.status);
}

async function waitForStatus(instance: string, status: string): Promise<void> {
  await vi.waitFor(async () => expect(await instanceStatus(instance)).toBe(status), {
    timeout: 20_000,
    interval: 50,
  });
}

/** Reads serial port 1 from offset 0 the way the bake follows it: each read asks for what is new. */
async function readSerial(instance: string): Promise<{ text: string; reads: number }> {
  let next = '0';
  let text = '';
  let reads = 0;
  for (;;) {
    const [out] = await gce.instances.getSerialPortOutput({
      project,
      zone,
      instance,
      port: 1,
      start: next,
    });
    reads++;
    expect(out.start).toBe(next);
    text += out.contents ?? '';
    if (out.next === next) return { text, reads };
    next = String(out.next);
  }
}

/** Processes still alive (not zombies) in a process group, from /proc. */
describe('a builder VM running the real wrapper', () => {
  it('runs the script, reports exit=0, powers off, and its disk becomes a READY image', async () => {
    const op = await createBuilder('builder-ok', '#!/bin/bash\necho provisioning\n');
    expect(op).toMatchObject({ status: 'DONE', operationType: 'insert', progress: 100 });
    expect(op.zone).toBe(`${emulator.gceEndpoint}/compute/v1/projects/${project}/zones/${zone}`);
    expect(op.error).toBeUndefined();

    const [running] = await gce.instances.get({ project, zone, instance: 'builder-ok' });
    expect(running).toMatchObject({ name: 'builder-ok', status: 'RUNNING' });
    expect(running.disks?.[0]).toMatchObject({
      boot: true,
      autoDelete: true,
      deviceName: 'builder-ok',
    });
    expect(running.labels).toEqual({ 'worker-image-role': 'builder' });

    // The disk of a running VM cannot be imaged (without forceCreate), as on GCE.
    await expect(
      gce.images.insert({
        project,
        imageResource: { name: 'too-early', sourceDisk: `zones/${zone}/disks/builder-ok` },
      }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      message: expect.stringContaining('already being used'),
    });

    expect(await waitForGuestStatus('builder-ok', (s) => s.startsWith('exit='))).toBe('exit=0');
    await waitForStatus('builder-ok', 'TERMINATED');

    const { text, reads } = await readSerial('builder-ok');
    expect(reads).toBeGreaterThan(1);
    expect(statusMarker(nonce).exec(text)?.[1]).toBe('0');
    expect(text).toContain('startup-script: worker-image: provisioning script started');
    expect(text).toContain('emulator: running provisioning script script.sh (2 lines)');
    expect(text).toContain('startup-script: emulator: shutdown -h now: powering off');

    // Past the end: nothing, and `next` stays where it was asked to start.
    const end = String(Buffer.byteLength(text));
    const [after] = await gce.instances.getSerialPortOutput({
      project,
      zone,
      instance: 'builder-ok',
      port: 1,
      start: '999999',
    });
    expect(after).toMatchObject({ contents: '', start: '999999', next: '999999' });
    const [tail] = await gce.instances.getSerialPortOutput({
      project,
      zone,
      instance: 'builder-ok',
      port: 1,
      start: '-20',
    });
    expect(tail.next).toBe(end);
    expect(text.endsWith(tail.contents!)).toBe(true);

    const [imageOp] = await gce.images.insert({
      project,
      imageResource: {
        name: 'batch-worker-24',
        sourceDisk: `projects/${project}/zones/${zone}/disks/builder-ok`,
        family: 'batch-worker',
        labels: { 'worker-image-role': 'image' },
        storageLocations: ['us'],
      },
    });
    expect((imageOp.latestResponse as { status?: string }).status).toBe('RUNNING');
    const done = await waitDone(gce, project, imageOp);
    expect(done).toMatchObject({ status: 'DONE', operationType: 'insert' });
    expect(done.zone).toBeUndefined();
    const [image] = await gce.images.get({ project, image: 'batch-worker-24' });
    expect(image).toMatchObject({
      status: 'READY',
      family: 'batch-worker',
      storageLocations: ['us'],
      labels: { 'worker-image-role': 'image' },
      selfLink: `${emulator.gceEndpoint}/compute/v1/projects/${project}/global/images/batch-worker-24`,
      sourceDisk: `${emulator.gceEndpoint}/compute/v1/projects/${project}/zones/${zone}/disks/builder-ok`,
    });
    expect(typeof image.id).toBe('string');

    const [deleteOp] = await gce.instances.delete({ project, zone, instance: 'builder-ok' });
    await waitDone(gce, project, deleteOp);
    await expect(
      gce.instances.get({ project, zone, instance: 'builder-ok' }),
    ).rejects.toMatchObject({
      code: 5,
      httpStatusCode: 404,
      message: `The resource 'projects/${project}/zones/${zone}/instances/builder-ok' was not found`,
    });
    // The boot disk was auto-deleted with its instance; the image stays.
    const kinds = emulator.control.resources().map((r) => `${r.kind}:${r.name}`);
    expect(kinds).not.toContain('disk:builder-ok');
    expect(kinds).toContain('image:batch-worker-24');
  });

  it('a script that exits 3 reports exit=3, prints the marker and still powers off', async () => {
    emulator.control.addOutcome({ match: 'fails', outcome: { exit: 3 } });
    await createBuilder('builder-fails', '#!/bin/bash\nexit 0\n');
    expect(await waitForGuestStatus('builder-fails', (s) => s.startsWith('exit='))).toBe('exit=3');
    await waitForStatus('builder-fails', 'TERMINATED');
    const serial = emulator.control.serialOutput(project, zone, 'builder-fails');
    expect(statusMarker(nonce).exec(serial)?.[1]).toBe('3');
    expect(serial).toContain('emulator: provisioning script fails with exit status 3');
  });

  it('a script with a bash syntax error fails like bash does: exit=2 and the error in the log', async () => {
    await createBuilder('builder-syntax', '#!/bin/bash\nif true; then\n  echo unclosed\n');
    expect(await waitForGuestStatus('builder-syntax', (s) => s.startsWith('exit='))).toBe('exit=2');
    await waitForStatus('builder-syntax', 'TERMINATED');
    expect(emulator.control.serialOutput(project, zone, 'builder-syntax')).toMatch(
      /script\.sh: line \d+: syntax error/,
    );
  });

  it('a hanging script keeps the VM RUNNING with status running; deleting it kills every process', async () => {
    emulator.control.addOutcome({ match: 'hangs', outcome: 'hang' });
    await createBuilder('builder-hangs', '#!/bin/bash\nsleep 1\n');
    expect(await waitForGuestStatus('builder-hangs', () => true)).toBe('running');
    await vi.waitFor(
      () =>
        expect(emulator.control.serialOutput(project, zone, 'builder-hangs')).toContain(
          'emulator: provisioning script hangs',
        ),
      { timeout: 20_000, interval: 50 },
    );
    expect(await instanceStatus('builder-hangs')).toBe('RUNNING');
    expect(await guestStatus('builder-hangs')).toBe('running');

    const pid = emulator.control
      .resources()
      .find((r) => r.name === 'builder-hangs' && r.kind === 'instance')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(liveProcessesInGroup(pid!).length).toBeGreaterThan(1);

    const [op] = await gce.instances.delete({ project, zone, instance: 'builder-hangs' });
    await waitDone(gce, project, op);
    expect(liveProcessesInGroup(pid!)).toEqual([]);
    expect(emulator.control.resources().some((r) => r.name === 'builder-hangs')).toBe(false);
  });

  it('lists builders by label with a GCE filter expression', async () => {
    const [op] = await gce.instances.insert({
      project,
      zone,
      instanceResource: {
        name: 'not-a-builder',
        machineType: 'e2-small',
        labels: { 'worker-image-role': 'other' },
        disks: [
          {
            boot: true,
            initializeParams: {
              sourceImage: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts',
            },
          },
        ],
      },
    });
    await waitDone(gce, project, op);
    const [builders] = await gce.instances.list({
      project,
      zone,
      filter: 'labels.worker-image-role = builder',
    });
    const names = builders.map((i) => i.name);
    expect(names).toContain('builder-fails');
    expect(names).not.toContain('not-a-builder');
    const [others] = await gce.instances.list({
      project,
      zone,
      filter: '(labels.worker-image-role = other) AND (status = RUNNING)',
    });
    expect(others.map((i) => i.name)).toEqual(['not-a-builder']);
    const [none] = await gce.instances.list({ project, zone: 'europe-west1-b' });
    expect(none).toEqual([]);

    const everywhere: string[] = [];
    for await (const [where, scoped] of gce.instances.aggregatedListAsync(
      { project, filter: 'labels.worker-image-role = other' },
      { autoPaginate: false },
    )) {
      for (const instance of scoped.instances ?? []) everywhere.push(`${where}/${instance.name}`);
    }
    expect(everywhere).toEqual([`zones/${zone}/not-a-builder`]);
  });

  it('guest attributes need enable-guest-attributes, as on GCE', async () => {
    await expect(
      gce.instances.getGuestAttributes({
        project,
        zone,
        instance: 'not-a-builder',
        queryPath: 'worker-image/',
      }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      message: expect.stringContaining('enable-guest-attributes'),
    });
  });
});
