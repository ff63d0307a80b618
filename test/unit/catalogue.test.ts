import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagesFromBuilds, withShares } from '../../src/catalogue/catalogue.js';
import { writeCatalogues } from '../../src/catalogue/write.js';
import { cli } from '../../src/cli.js';
import type { ManifestBuild } from '../../src/manifest/read.js';
import type { ShareResult } from '../../src/share/result.js';

const VERSION_ID =
  '/subscriptions/s/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker-22-04/versions/0.0.14';
const SELF_LINK =
  'https://www.googleapis.com/compute/v1/projects/my-project/global/images/batch-worker-24';

function build(cloud: string, artifact: string, data: Record<string, string>): ManifestBuild {
  return {
    name: cloud,
    builder_type: { gcp: 'googlecompute', azure: 'azure-arm', aws: 'amazon-ebs' }[cloud]!,
    build_time: 1_790_000_000,
    files: null,
    artifact_id: artifact,
    packer_run_uuid: 'run',
    custom_data: { cloud, run_id: '7', commit: 'abc123', run_url: 'https://gh/run/7', ...data },
    path: `${cloud}.json`,
  };
}

const BUILDS = [
  build('gcp', 'batch-worker-24', {
    image_name: 'batch-worker-24',
    image_id: SELF_LINK,
    version: '24',
    source_image: 'ubuntu-2204',
    project: 'my-project',
    zone: 'us-central1-a',
    storage_location: 'us',
  }),
  build('azure', VERSION_ID, {
    image_name: 'batch-worker-22-04/0.0.14',
    image_id: VERSION_ID,
    version: '0.0.14',
    source_image: 'Canonical:jammy:22_04-lts-gen2:latest',
    gallery: 'batch_images',
    regions: 'eastus=3,westus2=1',
  }),
  build('aws', 'us-east-1:ami-0aaaaaaaaaaaaaaaa,eu-west-1:ami-0bbbbbbbbbbbbbbbb', {
    image_name: 'batch-worker-24',
    version: '24',
  }),
];

const GCP_SHARE: ShareResult = {
  cloud: 'gcp',
  image: 'projects/my-project/global/images/batch-worker-24',
  grants: [{ member: 'group:batch@example.com', status: 'added', via: 'roles/compute.imageUser' }],
  changed: true,
  dryRun: false,
};

describe('catalogue', () => {
  it('turns manifest builds into per-region image ids for each cloud', () => {
    const [gcp, azure, aws] = imagesFromBuilds(BUILDS);
    expect(gcp).toEqual({
      cloud: 'gcp',
      image: 'batch-worker-24',
      version: '24',
      image_id: SELF_LINK,
      regions: [{ region: 'us', image_id: SELF_LINK }],
      source_image: 'ubuntu-2204',
      commit: 'abc123',
      run_url: 'https://gh/run/7',
      built_at: '2026-09-21T14:13:20.000Z',
      shared_with: [],
      details: { project: 'my-project', zone: 'us-central1-a', storage_location: 'us' },
    });
    expect(azure).toMatchObject({
      image_id: VERSION_ID,
      regions: [
        { region: 'eastus', image_id: VERSION_ID },
        { region: 'westus2', image_id: VERSION_ID },
      ],
    });
    expect(aws).toMatchObject({
      image_id: 'ami-0aaaaaaaaaaaaaaaa',
      regions: [
        { region: 'us-east-1', image_id: 'ami-0aaaaaaaaaaaaaaaa' },
        { region: 'eu-west-1', image_id: 'ami-0bbbbbbbbbbbbbbbb' },
      ],
    });
  });

  it('records who each image is shared with; dry runs count for nothing', () => {
    const dry = {
      ...GCP_SHARE,
      dryRun: true,
      grants: [{ ...GCP_SHARE.grants[0]!, member: 'user:x@example.com' }],
    };
    const aws: ShareResult = {
      cloud: 'aws',
      image: 'eu-west-1:ami-0bbbbbbbbbbbbbbbb',
      grants: [{ member: '123456789012', status: 'unchanged', via: 'launch permission' }],
      changed: false,
      dryRun: false,
    };
    const images = withShares(imagesFromBuilds(BUILDS), [GCP_SHARE, dry, aws]);
    expect(images.map((i) => i.shared_with)).toEqual([
      ['group:batch@example.com'],
      [],
      ['123456789012'],
    ]);
  });

  it('writes one file per cloud into a folder, extending an existing catalogue', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-catalogue-'));
    const images = withShares(imagesFromBuilds(BUILDS), [GCP_SHARE]);
    const written = await writeCatalogues(`${dir}/`, images);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual([
      'ami_share_requests.json',
      'vmi_share_requests.json',
      'gce_share_requests.json',
    ]);
    const older = imagesFromBuilds([
      build('gcp', 'batch-worker-23', { image_id: SELF_LINK.replace('24', '23'), version: '23' }),
    ]);
    await writeCatalogues(join(dir, 'gce_share_requests.json'), older);
    // Re-writing 24 without shares keeps the members it had.
    await writeCatalogues(`${dir}/`, imagesFromBuilds(BUILDS.slice(0, 1)));
    const gce = JSON.parse(await readFile(join(dir, 'gce_share_requests.json'), 'utf8'));
    expect(gce.schema).toBe('worker-image/catalogue/v1');
    expect(
      gce.images.map((i: { version: string; shared_with: string[] }) => [i.version, i.shared_with]),
    ).toEqual([
      ['23', []],
      ['24', ['group:batch@example.com']],
    ]);
    await expect(writeCatalogues(join(dir, 'one.json'), images)).rejects.toThrow(
      /one catalogue file each; give a folder/,
    );
    await writeFile(join(dir, 'other.json'), '{"something":"else"}');
    await expect(writeCatalogues(join(dir, 'other.json'), images.slice(0, 1))).rejects.toThrow(
      /is not a worker-image gcp catalogue/,
    );
  });

  it('worker-image catalogue --manifest --shares --out writes the files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-catalogue-cli-'));
    await mkdir(join(dir, 'manifests'));
    for (const b of BUILDS) {
      const { path: _path, ...rest } = b;
      void _path;
      await writeFile(
        join(dir, 'manifests', `${b.name}.json`),
        JSON.stringify({ builds: [rest], last_run_uuid: 'run' }),
      );
    }
    await writeFile(join(dir, 'shares.json'), JSON.stringify([GCP_SHARE]));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (
      out.push(chunk),
      true
    )) as typeof process.stdout.write;
    let code: number;
    try {
      code = await cli([
        'catalogue',
        '--manifest',
        join(dir, 'manifests', '*.json'),
        '--shares',
        join(dir, 'shares.json'),
        '--out',
        `${dir}/out/`,
        '--repo',
        dir,
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(out.join('')).toContain('gce_share_requests.json');
    const gce = JSON.parse(await readFile(join(dir, 'out', 'gce_share_requests.json'), 'utf8'));
    expect(gce.images[0].shared_with).toEqual(['group:batch@example.com']);
  });
});
