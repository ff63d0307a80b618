import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DisksClient, ImageFamilyViewsClient } from '@google-cloud/compute';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import {
  gceClients,
  sdkOptions,
  startTestEmulator,
  waitDone,
  type GceClients,
} from '../helpers/emulator.js';

const run = promisify(execFile);
const project = 'views-project';
const zone = 'us-central1-a';
const GCLOUD = '/usr/bin/gcloud';

let emulator: Emulator;
let gce: GceClients;
let views: ImageFamilyViewsClient;
let disks: DisksClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
  views = new ImageFamilyViewsClient(sdkOptions(emulator));
  disks = new DisksClient(sdkOptions(emulator));
});

afterAll(async () => {
  await views?.close();
  await disks?.close();
  await gce?.close();
  await emulator?.stop();
});

/** The boot disk's source image of an instance inserted from `sourceImage`. */
async function bootImageOf(name: string, sourceImage: string): Promise<string | undefined> {
  const [op] = await gce.instances.insert({
    project,
    zone,
    instanceResource: {
      name,
      machineType: `zones/${zone}/machineTypes/e2-small`,
      disks: [{ boot: true, autoDelete: true, initializeParams: { sourceImage } }],
      networkInterfaces: [{}],
    },
  });
  await waitDone(gce, project, op);
  const [instance] = await gce.instances.get({ project, zone, instance: name });
  const [disk] = await disks.get({ project, zone, disk: name });
  expect(instance.disks?.[0]?.source).toContain(`/disks/${name}`);
  return disk.sourceImage ?? undefined;
}

describe('zonal image family views (gcloud --image-family of a public image project)', () => {
  it('are a source image for a new disk: the family’s latest image', async () => {
    const [latest] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    const used = await bootImageOf(
      'from-view',
      'projects/debian-cloud/zones/-/imageFamilyViews/debian-12',
    );
    expect(used).toMatch(new RegExp(`/projects/debian-cloud/global/images/${latest.name}$`));
  });

  it('answer imageFamilyViews.get with the family’s latest image', async () => {
    const [latest] = await gce.images.getFromFamily({
      project: 'debian-cloud',
      family: 'debian-12',
    });
    const [view] = await views.get({ project: 'debian-cloud', zone, family: 'debian-12' });
    expect(view.image?.name).toBe(latest.name);
    await expect(
      views.get({ project: 'debian-cloud', zone, family: 'no-such-family' }),
    ).rejects.toMatchObject({ httpStatusCode: 404 });
  });

  it.skipIf(!existsSync(GCLOUD))(
    'let `gcloud compute instances create --image-family` make a builder (skipped without gcloud)',
    async () => {
      const config = await mkdtemp(join(tmpdir(), 'wi-gcloud-'));
      try {
        await run(
          GCLOUD,
          [
            'compute',
            'instances',
            'create',
            'gcloud-builder',
            `--zone=${zone}`,
            '--machine-type=n1-standard-4',
            '--image-family=debian-12',
            '--image-project=debian-cloud',
            '--format=json',
          ],
          {
            env: {
              ...process.env,
              CLOUDSDK_CONFIG: config,
              CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE: `${emulator.gceEndpoint}/compute/v1/`,
              CLOUDSDK_AUTH_DISABLE_CREDENTIALS: 'true',
              CLOUDSDK_CORE_PROJECT: project,
              CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
              CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true',
              CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
            },
            timeout: 60_000,
          },
        );
      } finally {
        await rm(config, { recursive: true, force: true });
      }
      const [latest] = await gce.images.getFromFamily({
        project: 'debian-cloud',
        family: 'debian-12',
      });
      const [disk] = await disks.get({ project, zone, disk: 'gcloud-builder' });
      expect(disk.sourceImage).toMatch(new RegExp(`/global/images/${latest.name}$`));
    },
    90_000,
  );
});
