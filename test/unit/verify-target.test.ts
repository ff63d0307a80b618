import { describe, expect, it } from 'vitest';
import type { WorkerImageConfig } from '../../src/config/types.js';
import type { ManifestBuild } from '../../src/manifest/read.js';
import { newestBuild, targetFromBuild, targetFromImage } from '../../src/verify/target.js';

const CONFIG = {
  gcp: { project: 'batch-images' },
  azure: {
    subscriptionId: '11111111-1111-4111-8111-111111111111',
    resourceGroup: 'images',
    gallery: 'batch_images',
    location: 'eastus',
  },
  aws: { region: 'us-east-1' },
} as unknown as WorkerImageConfig;

const VERSION_ID =
  '/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker-22-04/versions/0.0.14';

describe('the image worker-image verify boots', () => {
  it('a GCE image by name lives in the config project; a link names its own', () => {
    expect(targetFromImage('gcp', 'batch-worker-24', CONFIG)).toEqual({
      cloud: 'gcp',
      imageName: 'batch-worker-24',
      imageId: 'projects/batch-images/global/images/batch-worker-24',
      version: '24',
      details: { project: 'batch-images' },
    });
    expect(
      targetFromImage('gcp', 'projects/other-proj/global/images/batch-worker-rc1', CONFIG),
    ).toMatchObject({
      imageId: 'projects/other-proj/global/images/batch-worker-rc1',
      details: { project: 'other-proj' },
    });
  });

  it('a gallery version by id, or definition/version in the config gallery', () => {
    const short = targetFromImage('azure', 'batch-worker-22-04/0.0.14', CONFIG);
    expect(short).toEqual({
      cloud: 'azure',
      imageName: 'batch-worker-22-04/0.0.14',
      imageId: VERSION_ID,
      version: '0.0.14',
      details: {
        subscription_id: '11111111-1111-4111-8111-111111111111',
        resource_group: 'images',
        gallery: 'batch_images',
        definition: 'batch-worker-22-04',
        location: 'eastus',
      },
    });
    expect(targetFromImage('azure', VERSION_ID, CONFIG).imageId).toBe(VERSION_ID);
  });

  it('an AMI in the config region, or in the region named before it', () => {
    expect(targetFromImage('aws', 'ami-0123456789abcdef0', CONFIG).details).toEqual({
      region: 'us-east-1',
      amis: 'us-east-1:ami-0123456789abcdef0',
      // Its copies are found by name when the verdict is recorded.
      copies: 'by-name',
    });
    expect(targetFromImage('aws', 'eu-west-1:ami-0123456789abcdef0', CONFIG)).toMatchObject({
      imageId: 'ami-0123456789abcdef0',
      details: { region: 'eu-west-1' },
    });
  });

  it("a manifest's newest build of the cloud, as the manifest describes it", () => {
    const build = (time: number, version: string): ManifestBuild => ({
      name: 'gcp',
      builder_type: 'googlecompute',
      build_time: time,
      files: null,
      artifact_id: `batch-worker-${version}`,
      packer_run_uuid: 'r',
      custom_data: {
        cloud: 'gcp',
        version,
        image_name: `batch-worker-${version}`,
        image_id: `https://compute.googleapis.com/compute/v1/projects/p/global/images/batch-worker-${version}`,
        project: 'p',
      },
      path: 'm.json',
    });
    const newest = newestBuild('gcp', [build(10, '24'), build(30, '25'), build(20, '23')], 'm');
    expect(targetFromBuild(newest)).toMatchObject({
      cloud: 'gcp',
      imageName: 'batch-worker-25',
      version: '25',
      details: { project: 'p' },
    });
  });
});
