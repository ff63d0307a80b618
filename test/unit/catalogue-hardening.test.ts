import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueCommand } from '../../src/cli/catalogue.js';

const SELF_LINK =
  'https://www.googleapis.com/compute/v1/projects/my-project/global/images/batch-worker-24';
const GCP = {
  name: 'gcp',
  builder_type: 'googlecompute',
  build_time: 1_790_000_000,
  files: null,
  artifact_id: 'batch-worker-24',
  packer_run_uuid: 'run',
  custom_data: { cloud: 'gcp', image_name: 'batch-worker-24', image_id: SELF_LINK, version: '24' },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wi-catalogue-hardening-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function catalogue(manifest: unknown, out = `${dir}/out/`): Promise<number> {
  await writeFile(join(dir, 'n.json'), JSON.stringify(manifest));
  return catalogueCommand(['--manifest', join(dir, 'n.json'), '--out', out, '--repo', dir]);
}

async function written(): Promise<string[]> {
  return readdir(join(dir, 'out')).catch(() => []);
}

describe('catalogue refuses a manifest entry it cannot describe, naming file, entry and field', () => {
  it.each([
    [{ builds: [null] }, /n\.json: builds\[0\] is null, not a build/],
    [{ builds: [null], last_run_uuid: 'run' }, /builds\[0\] is null, not a build/],
    [{ builds: ['x'] }, /builds\[0\] is a string, not a build/],
    [{ builds: [GCP, 7] }, /builds\[1\] is a number, not a build/],
    [{ builds: [[GCP]] }, /builds\[0\] is a list, not a build/],
    [
      { builds: [{ name: 'aws', custom_data: { cloud: 'aws' } }] },
      /builds\[0\]\.artifact_id is missing, not the image's id/,
    ],
    [
      { builds: [{ name: 'x', artifact_id: 'a', custom_data: null }] },
      /builds\[0\]\.builder_type is missing: names no cloud/,
    ],
    [{ builds: [{ ...GCP, custom_data: 'gcp' }] }, /builds\[0\]\.custom_data is a string/],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, cloud: 'ibm' } }] },
      /builds\[0\]\.custom_data\.cloud "ibm" is not gcp, azure or aws/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, version: 24 } }] },
      /builds\[0\]\.custom_data\.version is a number, not a string/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, image_id: 'x\n::error::pwned' } }] },
      /builds\[0\]\.custom_data\.image_id "x\\n::error::pwned" holds control characters/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, image_id: '../../x' } }] },
      /builds\[0\]\.custom_data\.image_id "\.\.\/\.\.\/x" is not an image id/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, image_id: 'a\0b' } }] },
      /builds\[0\]\.custom_data\.image_id "a\\u0000b" holds control characters/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, image_id: 'Not A Link' } }] },
      /builds\[0\]\.custom_data\.image_id .*not an image id/,
    ],
    [
      { builds: [{ ...GCP, custom_data: { ...GCP.custom_data, image_id: 'projects/p/x' } }] },
      /builds\[0\]\.custom_data\.image_id is not a GCE image name or link/,
    ],
    [
      {
        builds: [
          {
            ...GCP,
            builder_type: 'amazon-ebs',
            artifact_id: 'nowhere',
            custom_data: { cloud: 'aws' },
          },
        ],
      },
      /builds\[0\]\.artifact_id is not region:ami-id pairs/,
    ],
    [
      {
        builds: [
          {
            ...GCP,
            artifact_id: '/subscriptions/s/resourceGroups/g/oops',
            custom_data: { cloud: 'azure' },
          },
        ],
      },
      /builds\[0\]\.artifact_id is not a gallery image version id/,
    ],
    [{ builds: [{ ...GCP, build_time: 'soon' }] }, /builds\[0\]\.build_time "soon" is not Unix/],
  ])('%j', async (manifest, says) => {
    await expect(catalogue(manifest)).rejects.toThrow(says);
    expect(await written()).toEqual([]);
  });

  it('takes a Packer build without custom_data (the cloud from builder_type), whole', async () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof write;
    try {
      expect(await catalogue({ builds: [{ ...GCP, custom_data: null }] })).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(await written()).toEqual(['gce_share_requests.json']);
  });
});

describe('catalogue --out with control characters', () => {
  it('prints the path written on one line, escaped', async () => {
    await mkdir(join(dir, 'o'));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof write;
    try {
      expect(await catalogue({ builds: [GCP] }, join(dir, 'o/\u001b[31mz\n::error::x'))).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const printed = out.join('');
    expect(printed).not.toContain('\u001b');
    expect(printed.split('\n')).toHaveLength(2);
    expect(printed).toContain('o/\\u001b[31mz\\n::error::x');
  });

  it('an error naming --out keeps it on one line', async () => {
    await writeFile(join(dir, 'two.json'), JSON.stringify({ builds: [GCP] }));
    await expect(
      catalogueCommand([
        '--manifest',
        join(dir, 'two.json'),
        '--out',
        join(dir, '\u001b[31mz\n::error::x', 'a.json'),
        '--repo',
        dir,
        '--shares',
        join(dir, 'missing\n::error::y.json'),
      ]),
    ).rejects.toThrow(/^[^\n]*$/);
  });
});
