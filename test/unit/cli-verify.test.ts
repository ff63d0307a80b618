import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { cli } from '../../src/cli.js';

/**
 * `worker-image verify`'s mistakes are refused before any cloud call: the endpoints below lead
 * nowhere, so a call would fail with a connection error instead of the message asserted.
 */

let dir: string;
const NOWHERE = 'http://127.0.0.1:9';

function config(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    image: { name: 'batch-worker' },
    verify: { checks: { docker: 'docker info' } },
    gcp: {
      project: 'test-project',
      zone: 'us-central1-a',
      'source-image': { family: 'ubuntu-minimal-2204-lts', project: 'ubuntu-os-cloud' },
      template: 'startup.sh.j2',
      endpoint: NOWHERE,
      auth: 'none',
    },
    aws: {
      region: 'us-east-1',
      'source-image': { id: 'ami-0123456789abcdef0' },
      template: 'startup.sh.j2',
      endpoint: NOWHERE,
    },
    ...over,
  };
}

let files = 0;
async function file(name: string, text: string, folder = dir): Promise<string> {
  const path = join(folder, `${files++}-${name}`);
  await writeFile(path, text);
  return path;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  try {
    return { code: await cli(['verify', ...args]), out };
  } finally {
    vi.restoreAllMocks();
  }
}

async function verify(args: string[], over?: Record<string, unknown>) {
  const path = await file('worker-image.yml', stringify(config(over)));
  return run(['--config', path, '--repo', dir, ...args]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wi-cli-verify-'));
  await writeFile(join(dir, 'startup.sh.j2'), '#!/bin/bash\necho hi\n');
});
afterEach(() => vi.restoreAllMocks());

describe('worker-image verify refuses a mistake before any cloud call', () => {
  const cases: [string, () => Promise<{ code: number; out: string }>, RegExp][] = [
    ['no --config', () => run(['--cloud', 'gcp', '--image', 'x']), /--config FILE is required/],
    ['no --cloud', () => verify(['--image', 'x']), /--cloud is required: one of gcp, azure, aws/],
    [
      'an unknown cloud',
      () => verify(['--cloud', 'gce', '--image', 'x']),
      /--cloud gce: use gcp, azure, aws/,
    ],
    [
      'neither --image nor --manifest',
      () => verify(['--cloud', 'gcp']),
      /--image ID or --manifest FILE \(one of them, not both\)/,
    ],
    [
      'both --image and --manifest',
      () => verify(['--cloud', 'gcp', '--image', 'a', '--manifest', 'm.json']),
      /one of them, not both/,
    ],
    [
      'a bad --format',
      () => verify(['--cloud', 'gcp', '--image', 'a', '--format', 'yaml']),
      /--format yaml: use text or json/,
    ],
    [
      'a config without checks for the cloud',
      () => verify(['--cloud', 'gcp', '--image', 'batch-worker-24'], { verify: undefined }),
      /the config has no checks for gcp: add a verify: block \(or gcp\.verify:\)/,
    ],
    [
      'a cloud the config has no block for',
      () => verify(['--cloud', 'azure', '--image', 'd/0.0.1']),
      /the config has no azure: block to verify on/,
    ],
    [
      'a GCE image name GCE refuses',
      () => verify(['--cloud', 'gcp', '--image', 'Batch_Worker']),
      /--image "Batch_Worker": .*give a GCE image name \(batch-worker-24\) or projects\/my-project\/global\/images\/batch-worker-24/,
    ],
    [
      'a GCE link with a bad project',
      () => verify(['--cloud', 'gcp', '--image', 'projects/X/global/images/batch-worker-24']),
      /--image "projects\/X\/global\/images\/batch-worker-24": .*project/,
    ],
    [
      'an AMI id that is not one',
      () => verify(['--cloud', 'aws', '--image', 'ami-xyz']),
      /--image "ami-xyz": must be an AMI id such as ami-0123456789abcdef0/,
    ],
    [
      'an AMI in a region that does not exist',
      () => verify(['--cloud', 'aws', '--image', 'us-nowhere-9:ami-0123456789abcdef0']),
      /--image "us-nowhere-9:ami-0123456789abcdef0": .*region/,
    ],
    [
      'a manifest outside the repository',
      () => verify(['--cloud', 'gcp', '--manifest', join(tmpdir(), 'elsewhere.json')]),
      /--manifest ".*elsewhere\.json": .*outside the repository \(--repo\)/,
    ],
    [
      'a manifest without a build of the cloud',
      async () => {
        const manifest = await file(
          'manifest.json',
          JSON.stringify({
            builds: [
              {
                name: 'aws',
                builder_type: 'amazon-ebs',
                build_time: 1,
                files: null,
                artifact_id: 'us-east-1:ami-0123456789abcdef0',
                packer_run_uuid: 'r',
                custom_data: { cloud: 'aws' },
              },
            ],
            last_run_uuid: 'r',
          }),
        );
        return verify(['--cloud', 'gcp', '--manifest', manifest]);
      },
      /its last run has no gcp build \(it has: aws\); pass the gcp manifest, or the image with --image/,
    ],
  ];

  it.each(cases)('%s', async (_name, go, says) => {
    const { code, out } = await go();
    expect(out).toMatch(says);
    expect(code).not.toBe(0);
    expect(out).not.toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('an azure definition/version needs a valid version', async () => {
    const azure = {
      'subscription-id': '11111111-1111-4111-8111-111111111111',
      location: 'eastus',
      'resource-group': 'batch-images',
      gallery: 'batch_images',
      definition: { name: 'batch-worker-22-04', publisher: 'b', offer: 'w', sku: 's' },
      'source-image': { publisher: 'Canonical', offer: 'o', sku: 's' },
      template: 'startup.sh.j2',
      endpoint: 'https://127.0.0.1:9',
      auth: 'none',
    };
    const { code, out } = await verify(['--cloud', 'azure', '--image', 'batch-worker-22-04/1.2'], {
      azure,
    });
    expect(code).toBe(1);
    expect(out).toMatch(/--image "batch-worker-22-04\/1\.2": .*give a gallery version id/);
  });
});
