import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { gceClients, startTestEmulator, type GceClients } from '../helpers/emulator.js';

const project = 'conditions-project';
const resource = 'batch-worker-7';

const IMAGE_USER = 'roles/compute.imageUser';
const expiring = {
  title: 'expires_end_of_2030',
  description: 'Expires at midnight on 2030-12-31',
  expression: 'request.time < timestamp("2031-01-01T00:00:00Z")',
};
const temporary = {
  role: IMAGE_USER,
  members: ['user:contractor@example.com'],
  condition: expiring,
};
const permanent = { role: IMAGE_USER, members: ['group:workers@example.com'] };

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
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.seedImage({ project, name: resource });
});

type Policy = { version?: number; etag?: string; bindings?: object[] };

const read = async (optionsRequestedPolicyVersion?: number) =>
  (
    await gce.images.getIamPolicy({
      project,
      resource,
      ...(optionsRequestedPolicyVersion === undefined ? {} : { optionsRequestedPolicyVersion }),
    })
  )[0];

const write = async (policy: Policy) =>
  (
    await gce.images.setIamPolicy({
      project,
      resource,
      globalSetPolicyRequestResource: { policy },
    })
  )[0];

const refused = (policy: Policy, field: string) =>
  expect(write(policy)).rejects.toMatchObject({
    httpStatusCode: 400,
    message: expect.stringContaining(`Invalid value for field '${field}'`),
  });

/** Sets both bindings at version 3 over the empty policy. */
async function setBoth() {
  const { etag } = await read(3);
  return write({ version: 3, etag: etag!, bindings: [permanent, temporary] });
}

describe('conditional role bindings on images.setIamPolicy / getIamPolicy', () => {
  it('keeps a conditional binding at version 3, apart from the same role unconditional', async () => {
    const set = await setBoth();
    expect(set).toMatchObject({ version: 3, bindings: [permanent, temporary] });

    const got = await read(3);
    expect(got).toMatchObject({ version: 3, etag: set.etag, bindings: [permanent, temporary] });
    expect(got.bindings![1]!.condition).toMatchObject(expiring);
    expect(got.bindings![0]!.condition).toBeFalsy();
  });

  it('refuses a conditional binding at version 1 or without a version, and a condition without title or expression', async () => {
    const { etag } = await read(3);
    await refused({ version: 1, etag: etag!, bindings: [temporary] }, 'policy.version');
    await refused({ etag: etag!, bindings: [temporary] }, 'policy.version');
    await refused({ version: 2, etag: etag!, bindings: [permanent] }, 'policy.version');
    const untitled = { ...temporary, condition: { expression: expiring.expression } };
    await refused(
      { version: 3, etag: etag!, bindings: [untitled] },
      'policy.bindings[0].condition.title',
    );
    const empty = { ...temporary, condition: { title: expiring.title } };
    await refused(
      { version: 3, etag: etag!, bindings: [empty] },
      'policy.bindings[0].condition.expression',
    );
    expect(await read(3)).toMatchObject({ etag, bindings: [] });
  });

  it('answers a version 1 read (or one asking no version) with the condition hidden behind a _withcond_ role', async () => {
    const { etag } = await setBoth();
    for (const asked of [undefined, 0, 1]) {
      const got = await read(asked);
      expect(got).toMatchObject({ version: 1, etag, bindings: [permanent, expect.anything()] });
      const hidden = got.bindings![1]!;
      expect(hidden.role).toMatch(/^roles\/compute\.imageUser_withcond_[0-9a-f]{20}$/);
      expect(hidden.members).toEqual(temporary.members);
      expect(hidden.condition).toBeFalsy();
    }
    await expect(read(2)).rejects.toMatchObject({ httpStatusCode: 400 });
  });

  it('refuses writing a version 1 read back with its etag; without an etag the conditions are lost, as IAM warns', async () => {
    await setBoth();
    const v1 = await read(1);
    await refused({ version: 1, etag: v1.etag!, bindings: v1.bindings! }, 'policy.version');
    expect((await read(3)).bindings).toMatchObject([permanent, temporary]);

    await write({ version: 1, bindings: [permanent] });
    const after = await read(3);
    expect(after).toMatchObject({ version: 1, bindings: [permanent] });
  });

  it('leaves unconditional policies as before: version 1 either way, etag moves, stale etag refused', async () => {
    const empty = await read(3);
    const set = await write({ version: 3, etag: empty.etag!, bindings: [permanent] });
    expect(set).toMatchObject({ version: 1, bindings: [permanent] });
    expect(set.etag).not.toBe(empty.etag);
    expect(await read()).toMatchObject({ version: 1, etag: set.etag, bindings: [permanent] });
    expect(await read(3)).toMatchObject({ version: 1, etag: set.etag, bindings: [permanent] });
    await expect(write({ version: 3, etag: empty.etag!, bindings: [] })).rejects.toMatchObject({
      httpStatusCode: 412,
    });
  });
});
