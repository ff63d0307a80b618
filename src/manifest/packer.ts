import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkNotLink } from '../config/confine.js';
import type { BakeResult } from '../providers/provider.js';
import type { VerifyResult } from '../verify/result.js';

/** One build in Packer's manifest post-processor format, so existing tooling keeps working. */
export interface PackerBuild {
  name: string;
  builder_type: string;
  build_time: number;
  files: null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string>;
}

export interface PackerManifest {
  builds: PackerBuild[];
  last_run_uuid: string;
}

/** Packer's builder names for what each cloud bakes. */
const BUILDER_TYPE = { gcp: 'googlecompute', azure: 'azure-arm', aws: 'amazon-ebs' } as const;

export interface RunFacts {
  uuid: string;
  /** Unix seconds at which the build finished. */
  buildTime: number;
  runId: string;
  commit?: string;
  runUrl?: string;
}

export function manifestBuild(result: BakeResult, run: RunFacts): PackerBuild {
  return {
    name: result.cloud,
    builder_type: BUILDER_TYPE[result.cloud],
    build_time: run.buildTime,
    files: null,
    artifact_id: result.artifactId,
    packer_run_uuid: run.uuid,
    custom_data: {
      cloud: result.cloud,
      image_name: result.imageName,
      image_id: result.imageId,
      version: result.version,
      source_image: result.sourceImage,
      run_id: run.runId,
      ...(run.commit ? { commit: run.commit } : {}),
      ...(run.runUrl ? { run_url: run.runUrl } : {}),
      ...result.details,
    },
  };
}

/**
 * The build with its verification's verdict in custom_data: `verified` (`true`/`false`; bump
 * refuses `false`) and `time_to_ready_s` (seconds, one decimal; absent when never ready).
 */
export function withVerification(build: PackerBuild, result: VerifyResult): PackerBuild {
  // A time to ready from an earlier verification does not outlive a new one that had none.
  const data = Object.fromEntries(
    Object.entries(build.custom_data).filter(([key]) => key !== 'time_to_ready_s'),
  );
  return {
    ...build,
    custom_data: {
      ...data,
      verified: String(result.verified),
      ...(result.timeToReadyS !== undefined
        ? { time_to_ready_s: result.timeToReadyS.toFixed(1) }
        : {}),
    },
  };
}

/** Writes a fresh manifest for this run (never appends: one file per run). */
export async function writeManifest(
  path: string,
  builds: PackerBuild[],
  uuid: string,
): Promise<void> {
  const manifest: PackerManifest = { builds, last_run_uuid: uuid };
  try {
    await mkdir(dirname(path), { recursive: true });
    checkNotLink(path, 'manifest');
    await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
  } catch (err) {
    // Written once the images are made (a full disk, a folder put there since the config was
    // read): the message names them, so nothing is lost with the manifest.
    const made = builds.map((b) => b.artifact_id).join(', ');
    throw new Error(
      `the manifest could not be written to ${path} (${(err as Error).message}); the images are made and kept: ${made}`,
      { cause: err },
    );
  }
}
