import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo.js';

describe('npm start (the demo pipeline against the built-in emulator)', () => {
  it('bakes on GCP, Azure and AWS at once, shares each image, writes one manifest, and bumps the example repo to them', async () => {
    const lines: string[] = [];
    const out = await mkdtemp(join(tmpdir(), 'wi-demo-'));
    const { images, manifestPath, catalogue, diff } = await runDemo((l) => lines.push(l), out);
    expect(images.map((i) => [i.cloud, i.imageName])).toEqual([
      ['gcp', 'batch-worker-24'],
      ['azure', 'batch-worker-22-04/0.0.14'],
      ['aws', 'batch-worker-24'],
    ]);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    expect(manifest.builds.map((b: { builder_type: string }) => b.builder_type)).toEqual([
      'googlecompute',
      'azure-arm',
      'amazon-ebs',
    ]);
    expect(manifest.builds[0].artifact_id).toBe('batch-worker-24');
    // Each image was verified on a VM booted from it before it was shared.
    for (const image of images) {
      expect(image.verified, image.cloud).toBe(true);
      expect(image.timeToReadyS, image.cloud).toBeGreaterThan(0);
    }
    for (const build of manifest.builds) {
      expect(build.custom_data.verified).toBe('true');
      expect(Number(build.custom_data.time_to_ready_s)).toBeGreaterThan(0);
    }
    expect(manifest.builds[1].artifact_id).toBe(images[1]!.imageId);
    // Packer's amazon-ebs form: region:ami pairs, sorted, for the source and copy regions.
    expect(manifest.builds[2].artifact_id).toMatch(
      /^us-east-1:ami-[0-9a-f]+,us-west-2:ami-[0-9a-f]+$/,
    );
    expect(catalogue.map((p) => basename(p)).sort()).toEqual([
      'ami_share_requests.json',
      'gce_share_requests.json',
      'vmi_share_requests.json',
    ]);
    const text = lines.join('');
    expect(text).toContain('[gcp] ');
    expect(text).toContain('[aws] ');
    expect(text).toMatch(/verified: 3\/3 checks passed, time to ready [\d.]+ s \(budget 60 s\)/);
    // The example repo now points at the images just baked.
    expect(diff).toContain(
      "+                    'sourceImage': f'projects/{project}/global/images/batch-worker-24',",
    );
    expect(diff).toMatch(/^\+.*batch-worker-22-04\/versions\/0\.0\.14/m);
  });
});
