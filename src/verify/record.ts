import { writeFile } from 'node:fs/promises';
import { checkNotLink } from '../config/confine.js';
import { withVerification, type PackerManifest } from '../manifest/packer.js';
import { readManifestFile, type ManifestBuild } from '../manifest/read.js';
import type { VerifyResult } from './result.js';

/**
 * Records a verdict in the manifest the build was read from: that build's custom_data gets
 * `verified` and `time_to_ready_s` (so bump refuses a build that failed), the rest of the file
 * as it was.
 */
export async function recordInManifest(build: ManifestBuild, result: VerifyResult): Promise<void> {
  const manifest = (await readManifestFile(build.path)) as PackerManifest;
  const at = manifest.builds.findIndex(
    (b) =>
      b.packer_run_uuid === build.packer_run_uuid &&
      b.name === build.name &&
      b.artifact_id === build.artifact_id,
  );
  if (at === -1) throw new Error(`manifest ${build.path} no longer holds the build verified`);
  manifest.builds[at] = withVerification(manifest.builds[at]!, result);
  checkNotLink(build.path, 'manifest');
  await writeFile(build.path, JSON.stringify(manifest, null, 2) + '\n');
}
