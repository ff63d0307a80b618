import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withVerification, type PackerBuild } from '../../src/manifest/packer.js';
import { versionsFromManifests } from '../../src/references/versions.js';
import type { VerifyResult } from '../../src/verify/result.js';

const BUILD: PackerBuild = {
  name: 'gcp',
  builder_type: 'googlecompute',
  build_time: 1,
  files: null,
  artifact_id: 'batch-worker-24',
  packer_run_uuid: 'run-1',
  custom_data: { cloud: 'gcp', version: '24', image_name: 'batch-worker-24' },
};

function verdict(verified: boolean, timeToReadyS?: number): VerifyResult {
  return {
    cloud: 'gcp',
    imageName: 'batch-worker-24',
    imageId: 'projects/p/global/images/batch-worker-24',
    vm: 'wi-verifier-1',
    checks: [{ name: 'docker', status: verified ? 'passed' : 'failed', seconds: 1, exit: 0 }],
    ...(timeToReadyS !== undefined ? { timeToReadyS } : {}),
    budgetS: 60,
    verified,
    reasons: verified ? [] : ['check docker failed with exit status 1 after 1 s'],
    logTail: [],
  };
}

async function manifest(builds: PackerBuild[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wi-manifest-')), 'manifest.json');
  await writeFile(path, JSON.stringify({ builds, last_run_uuid: 'run-1' }));
  return path;
}

describe('the verdict in the manifest', () => {
  it("adds verified and time_to_ready_s to the build's custom_data, keeping the rest", () => {
    expect(withVerification(BUILD, verdict(true, 42)).custom_data).toEqual({
      ...BUILD.custom_data,
      verified: 'true',
      time_to_ready_s: '42.0',
    });
    const never = withVerification(
      { ...BUILD, custom_data: { ...BUILD.custom_data, time_to_ready_s: '40.0' } },
      verdict(false),
    );
    expect(never.custom_data).toEqual({ ...BUILD.custom_data, verified: 'false' });
  });

  it('bump moves references to a verified build', async () => {
    const path = await manifest([withVerification(BUILD, verdict(true, 30))]);
    expect(await versionsFromManifests([path])).toEqual({ gcp: '24' });
  });

  it('bump refuses a build that failed its verification, naming the manifest and the build', async () => {
    const path = await manifest([withVerification(BUILD, verdict(false, 30))]);
    await expect(versionsFromManifests([path])).rejects.toThrow(
      `${path}: the gcp build batch-worker-24 failed its verification (custom_data.verified is "false")`,
    );
  });

  it('a manifest from before verification existed (no verified field) still bumps', async () => {
    expect(await versionsFromManifests([await manifest([BUILD])])).toEqual({ gcp: '24' });
  });
});
