/**
 * What an image is made from and carries, through the official SDK against the emulator: guest
 * OS features inherited from the source and added by the insert, copies of another image
 * (`gcloud compute images create --source-image`), exactly one source, and the stock images,
 * which every project boots and none may change.
 */
import { DisksClient } from '@google-cloud/compute';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  gceClients,
  sdkOptions,
  startTestEmulator,
  waitDone,
  type GceClients,
} from '../helpers/emulator.js';

const project = 'my-project';
const zone = 'us-central1-a';
const debianFamily = 'projects/debian-cloud/global/images/family/debian-12';

let emulator: Emulator;
let gce: GceClients;
let disks: DisksClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
  disks = new DisksClient(sdkOptions(emulator));
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name: 'builder',
      machineType: 'e2-small',
      disks: [{ boot: true, initializeParams: { sourceImage: debianFamily } }],
    },
  });
  await waitDone(gce, project, op);
  const [stop] = await gce.instances.stop({ project, zone, instance: 'builder' });
  await waitDone(gce, project, stop);
});

afterAll(async () => {
  await disks?.close();
  await gce?.close();
  await emulator?.stop();
});

const features = (list: { type?: string | null }[] | null | undefined) =>
  (list ?? []).map((f) => f.type);

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => ({ message: 'accepted' }) as { httpStatusCode?: number; message: string },
    (e: unknown) => e as { httpStatusCode?: number; message: string },
  );

describe('GCE emulator: image sources and guest OS features', () => {
  it('a disk has its image features, and an image made from it has those and the ones it names; an unknown one is refused', async () => {
    const [debian] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    const stock = features(debian.guestOsFeatures);
    expect(stock).toContain('UEFI_COMPATIBLE');
    const [disk] = await disks.get({ project, zone, disk: 'builder' });
    expect(features(disk.guestOsFeatures)).toEqual(stock);

    const [op] = await gce.images.insert({
      project,
      imageResource: {
        name: 'with-features',
        sourceDisk: `zones/${zone}/disks/builder`,
        guestOsFeatures: [{ type: 'SEV_SNP_CAPABLE' }, { type: 'UEFI_COMPATIBLE' }],
      },
    });
    await waitDone(gce, project, op);
    const [made] = await gce.images.get({ project, image: 'with-features' });
    expect(features(made.guestOsFeatures)).toEqual([...stock, 'SEV_SNP_CAPABLE']);

    const unknown = await refusal(
      gce.images.insert({
        project,
        imageResource: {
          name: 'unknown-feature',
          sourceDisk: `zones/${zone}/disks/builder`,
          guestOsFeatures: [{ type: 'NOT_A_FEATURE' }],
        },
      }),
    );
    expect(unknown.httpStatusCode).toBe(400);
    expect(unknown.message).toContain('resource.guestOsFeatures[0].type');
    const [images] = await gce.images.list({ project });
    expect(images.map((i) => i.name)).toEqual(['with-features']);
  });

  it('copies another image by family: its size and features, and sourceImage naming it; two sources are refused', async () => {
    const [op] = await gce.images.insert({
      project,
      imageResource: { name: 'copy', sourceImage: debianFamily, family: 'copies' },
    });
    await waitDone(gce, project, op);
    const [debian] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    const [copy] = await gce.images.get({ project, image: 'copy' });
    expect(copy).toMatchObject({
      status: 'READY',
      family: 'copies',
      diskSizeGb: debian.diskSizeGb,
      sourceImageId: debian.id,
    });
    expect(copy.sourceImage).toMatch(
      /\/projects\/debian-cloud\/global\/images\/debian-12-bookworm-v20241009$/,
    );
    expect(features(copy.guestOsFeatures)).toEqual(features(debian.guestOsFeatures));

    // A copy of a DEPRECATED image is made, with the operation's warning naming the replacement.
    const old = 'projects/debian-cloud/global/images/debian-12-bookworm-v20240910';
    const [warned] = await gce.images.insert({
      project,
      imageResource: { name: 'copy-of-old', sourceImage: old },
    });
    const done = await waitDone(gce, project, warned);
    expect(done.warnings).toMatchObject([
      {
        code: 'DEPRECATED_RESOURCE_USED',
        message: `The resource '${old}' is deprecated. A suggested replacement is 'projects/debian-cloud/global/images/debian-12-bookworm-v20241009'.`,
        data: [
          { key: 'resource_name', value: old },
          {
            key: 'replacement_suggestion',
            value:
              "A suggested replacement is 'projects/debian-cloud/global/images/debian-12-bookworm-v20241009'.",
          },
        ],
      },
    ]);

    const both = await refusal(
      gce.images.insert({
        project,
        imageResource: {
          name: 'two-sources',
          sourceDisk: `zones/${zone}/disks/builder`,
          sourceImage: debianFamily,
        },
      }),
    );
    expect(both.httpStatusCode).toBe(400);
    expect(both.message).toContain('Only one of sourceDisk, sourceImage may be given.');
    const nowhere = await refusal(
      gce.images.insert({
        project,
        imageResource: {
          name: 'nowhere',
          sourceImage: debianFamily,
          storageLocations: ['mars-north1'],
        },
      }),
    );
    expect(nowhere.httpStatusCode).toBe(400);
    expect(nowhere.message).toContain("'resource.storageLocations'");
  });

  it('no project may delete, deprecate, relabel or share a stock image, or add an image to its project (403); the family still resolves', async () => {
    const [debian] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    const image = debian.name!;
    const path = `projects/debian-cloud/global/images/${image}`;
    const attempts: [string, Promise<unknown>][] = [
      ['delete', gce.images.delete({ project: 'debian-cloud', image })],
      [
        'deprecate',
        gce.images.deprecate({
          project: 'debian-cloud',
          image,
          deprecationStatusResource: { state: 'DEPRECATED' },
        }),
      ],
      [
        'setLabels',
        gce.images.setLabels({
          project: 'debian-cloud',
          resource: image,
          globalSetLabelsRequestResource: {
            labels: { mine: 'yes' },
            labelFingerprint: debian.labelFingerprint,
          },
        }),
      ],
      [
        'setIamPolicy',
        gce.images.setIamPolicy({
          project: 'debian-cloud',
          resource: image,
          globalSetPolicyRequestResource: {
            policy: { bindings: [{ role: 'roles/compute.imageUser', members: ['allUsers'] }] },
          },
        }),
      ],
    ];
    for (const [verb, attempt] of attempts) {
      const e = await refusal(attempt);
      expect(e.httpStatusCode, verb).toBe(403);
      expect(e.message, verb).toContain(
        `Required 'compute.images.${verb}' permission for '${path}'`,
      );
    }
    const create = await refusal(
      gce.images.insert({
        project: 'debian-cloud',
        imageResource: { name: 'mine', sourceImage: debianFamily },
      }),
    );
    expect(create.httpStatusCode).toBe(403);
    expect(create.message).toContain(
      "Required 'compute.images.create' permission for 'projects/debian-cloud'",
    );
    const [still] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    expect(still).toMatchObject({ name: image, status: 'READY', labels: debian.labels ?? {} });
    expect(still.deprecated ?? null).toBeNull();
  });
});

describe('GCE emulator: deprecating an image', () => {
  it('takes an image URL as replacement and RFC 3339 times; refuses another kind of URL, a name-less text or a date in words', async () => {
    const [op] = await gce.images.insert({
      project,
      imageResource: { name: 'to-deprecate', sourceImage: debianFamily },
    });
    await waitDone(gce, project, op);
    const deprecate = (deprecationStatusResource: Record<string, string>) =>
      gce.images.deprecate({ project, image: 'to-deprecate', deprecationStatusResource });
    const bad: [Record<string, string>, string][] = [
      [{ state: 'DEPRECATED', replacement: 'not a url' }, 'replacement'],
      [
        { state: 'DEPRECATED', replacement: `projects/${project}/zones/${zone}/instances/builder` },
        'replacement',
      ],
      [{ state: 'DEPRECATED', deprecated: 'yesterday' }, 'deprecated'],
      [{ state: 'OBSOLETE', obsolete: '2026-13-45T00:00:00Z' }, 'obsolete'],
    ];
    for (const [body, field] of bad) {
      const e = await refusal(deprecate(body));
      expect(e.httpStatusCode, field).toBe(400);
      expect(e.message).toContain(`'deprecationStatusResource.${field}'`);
    }
    const [kept] = await gce.images.get({ project, image: 'to-deprecate' });
    expect(kept.deprecated ?? null).toBeNull();

    await waitDone(
      gce,
      project,
      (
        await deprecate({
          state: 'DEPRECATED',
          deprecated: '2026-12-05T00:00:00Z',
          replacement: `https://compute.googleapis.com/compute/v1/projects/${project}/global/images/copy`,
        })
      )[0],
    );
    const [deprecated] = await gce.images.get({ project, image: 'to-deprecate' });
    expect(deprecated.deprecated).toMatchObject({
      state: 'DEPRECATED',
      deprecated: '2026-12-05T00:00:00Z',
    });
  });
});
