import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestBuild, writeManifest } from '../../src/manifest/packer.js';
import type { BakeResult } from '../../src/providers/provider.js';
import { compareVersions } from '../../src/references/version-token.js';
import { parseSet, versionsFromManifests, VersionsError } from '../../src/references/versions.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-versions-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function result(cloud: BakeResult['cloud'], version: string): BakeResult {
  return {
    cloud,
    imageName: `batch-worker-${version}`,
    imageId: `id-${version}`,
    artifactId: `artifact-${version}`,
    version,
    sourceImage: 'ubuntu',
    details: {},
    timings: [],
  };
}

/** A manifest as a bake writes it. */
async function manifest(name: string, ...results: BakeResult[]): Promise<string> {
  const path = join(dir, name);
  const run = { uuid: `uuid-${name}`, buildTime: 1_700_000_000, runId: 'run-1' };
  await writeManifest(
    path,
    results.map((r) => manifestBuild(r, run)),
    run.uuid,
  );
  return path;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(VersionsError);
  return (err as Error).message;
}

describe('versions from manifests', () => {
  it('merges the manifests of one build, one per cloud', async () => {
    const gcp = await manifest('gcp.json', result('gcp', '24'));
    const azure = await manifest('azure.json', result('azure', '0.0.15'));
    expect(await versionsFromManifests([gcp, azure])).toEqual({ gcp: '24', azure: '0.0.15' });
    const both = await manifest('both.json', result('gcp', '24'), result('azure', '0.0.15'));
    expect(await versionsFromManifests([both, gcp])).toEqual({ gcp: '24', azure: '0.0.15' });
  });

  it('reads only the last run of a manifest Packer appended to', async () => {
    const path = join(dir, 'packer.json');
    const build = (run: string, version: string) => ({
      name: 'gcp',
      builder_type: 'googlecompute',
      packer_run_uuid: run,
      custom_data: { cloud: 'gcp', version },
    });
    await writeFile(
      path,
      JSON.stringify({ builds: [build('r1', '23'), build('r2', '24')], last_run_uuid: 'r2' }),
    );
    expect(await versionsFromManifests([path])).toEqual({ gcp: '24' });
  });

  it('refuses manifests that disagree, or hold no worker-image build', async () => {
    const a = await manifest('a.json', result('gcp', '24'));
    const b = await manifest('b.json', result('gcp', '25'));
    expect(await failure(versionsFromManifests([a, b]))).toBe(
      `gcp version differs between manifests: 24 in ${a}, 25 in ${b}; pass only the manifests of one build`,
    );
    const empty = join(dir, 'empty.json');
    await writeFile(empty, JSON.stringify({ builds: [{ name: 'docker' }] }));
    expect(await failure(versionsFromManifests([empty]))).toBe(
      `${empty}: no build has custom_data.cloud and custom_data.version; is it a manifest worker-image wrote?`,
    );
    expect(await failure(versionsFromManifests([join(dir, 'nope.json')]))).toBe(
      `${join(dir, 'nope.json')}: manifest not found`,
    );
    await writeFile(empty, '{ builds');
    expect(await failure(versionsFromManifests([empty]))).toMatch(/: not a JSON manifest \(/);
  });

  it("refuses a version no image of the build's cloud could have, as --set does", async () => {
    const huge = await manifest('huge.json', result('gcp', '999999999999999999999999'));
    expect(await failure(versionsFromManifests([huge]))).toBe(
      `${huge}: the gcp version is too large: a version number is at most 9007199254740991`,
    );
    const dotted = await manifest('dotted.json', result('aws', '0.0.15'));
    expect(await failure(versionsFromManifests([dotted]))).toMatch(
      /: the aws version must be a number without leading zeros/,
    );
    const plain = await manifest('plain.json', result('azure', '24'));
    expect(await failure(versionsFromManifests([plain]))).toMatch(/: the azure version /);
  });
});

describe('--set', () => {
  it('reads cloud=version entries', () => {
    expect(parseSet(['gcp=24', ' azure = 0.0.15 ', '', 'aws=17a'])).toEqual({
      gcp: '24',
      azure: '0.0.15',
      aws: '17a',
    });
  });

  it.each([
    [
      'gce=24',
      'set: "gce=24" must be cloud=version with cloud one of gcp, azure, aws (e.g. gcp=24)',
    ],
    ['gcp', 'set: "gcp" must be cloud=version with cloud one of gcp, azure, aws (e.g. gcp=24)'],
    [
      'gcp=batch-worker-24',
      'set: "gcp=batch-worker-24": "batch-worker-24" is not a version such as 24, 17a or 0.0.15',
    ],
    [
      'gcp=99999999999999999999999',
      'set: "gcp=99999999999999999999999": the gcp version is too large: a version number is at most 9007199254740991',
    ],
    [
      'increment=3',
      'set: "increment=3" must be cloud=version with cloud one of gcp, azure, aws (e.g. gcp=24)',
    ],
  ])('refuses %j', (entry, message) => {
    expect(() => parseSet([entry])).toThrow(message);
  });

  it('refuses a cloud given twice with different versions', () => {
    expect(() => parseSet(['gcp=24', 'gcp=25'])).toThrow('set: gcp is given twice (24 and 25)');
  });
});

describe('comparing versions', () => {
  it.each([
    ['23', '24', -1],
    ['17', '17a', -1],
    ['17a', '17b', -1],
    ['17b', '18', -1],
    ['0.0.9', '0.0.10', -1],
    ['0.0.15', '0.0.15', 0],
    ['1.0', '1.0.0', 0],
    ['0.1.0', '0.0.99', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });
});

describe('a manifest that cannot be written once the images are made', () => {
  it('names the images, which are kept, and why the write failed', async () => {
    // A file where the manifest's folder should be: found at write time (a folder or file put
    // there after the config was checked, a full disk).
    await writeFile(join(dir, 'taken'), 'x');
    const run = { uuid: 'uuid-late', buildTime: 1_700_000_000, runId: 'run-1' };
    const err = await writeManifest(
      join(dir, 'taken', 'manifest.json'),
      [manifestBuild(result('gcp', '24'), run), manifestBuild(result('aws', '25'), run)],
      run.uuid,
    ).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(
      /^the manifest could not be written to .*taken\/manifest\.json \(.*\); the images are made and kept: artifact-24, artifact-25$/,
    );
  });
});
