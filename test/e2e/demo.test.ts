import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo.js';

describe('npm start (the demo pipeline against the built-in emulator)', () => {
  it('bakes the example on GCP and Azure, writes manifests whose artifact ids name the images, and bumps the example repo to them', async () => {
    const lines: string[] = [];
    const out = await mkdtemp(join(tmpdir(), 'wi-demo-'));
    const { images, diff } = await runDemo((l) => lines.push(l), out);
    expect(images.map((i) => [i.cloud, i.imageName])).toEqual([
      ['gcp', 'batch-worker-24'],
      ['azure', 'batch-worker-22-04/0.0.14'],
    ]);
    const gcp = JSON.parse(await readFile(images[0]!.manifestPath, 'utf8'));
    expect(gcp.builds[0].artifact_id).toBe('batch-worker-24');
    const azure = JSON.parse(await readFile(images[1]!.manifestPath, 'utf8'));
    expect(azure.builds[0].artifact_id).toBe(images[1]!.imageId);
    expect(lines.join('')).toContain('[gcp]   image: batch-worker-24');
    // The example repo now points at the images just baked.
    expect(diff).toContain(
      "+                    'sourceImage': f'projects/{project}/global/images/batch-worker-24',",
    );
    expect(diff).toMatch(/^\+.*batch-worker-22-04\/versions\/0\.0\.14/m);
  });
});
