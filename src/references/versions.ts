import { readFile } from 'node:fs/promises';
import { parseJson, shown, visible } from '../config/excerpt.js';
import { checkGalleryVersion } from '../naming/azure.js';
import { parseVersion, versionTooLarge } from '../naming/version.js';
import type { Cloud } from '../steps/resources.js';
import { isVersionToken } from './version-token.js';

/** The new version per cloud: what `gcp`, `azure` and `aws` rules write. */
export type Versions = Partial<Record<Cloud, string>>;

export const CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];

/** A manifest or `--set` value the versions cannot come from; the message says which and why. */
export class VersionsError extends Error {
  override readonly name = 'VersionsError';
}

/**
 * The versions in Packer manifests (the ones worker-image writes: `custom_data.cloud` and
 * `custom_data.version` per build), merged. Packer appends each run to the same file, so
 * only the builds of its `last_run_uuid` count. Two manifests naming different versions for
 * one cloud are an error: bumping to either would be a guess.
 */
export async function versionsFromManifests(paths: string[]): Promise<Versions> {
  const versions: Versions = {};
  const from: Partial<Record<Cloud, string>> = {};
  for (const path of paths) {
    const found = manifestVersions(await readManifest(path), path);
    if (Object.keys(found).length === 0) {
      throw new VersionsError(
        `${shown(path)}: no build has custom_data.cloud and custom_data.version; is it a manifest worker-image wrote?`,
      );
    }
    for (const [cloud, version] of Object.entries(found) as [Cloud, string][]) {
      const earlier = versions[cloud];
      if (earlier !== undefined && earlier !== version) {
        throw new VersionsError(
          `${cloud} version differs between manifests: ${earlier} in ${shown(from[cloud] ?? '')}, ${version} in ${shown(path)}; pass only the manifests of one build`,
        );
      }
      versions[cloud] = version;
      from[cloud] = path;
    }
  }
  return versions;
}

/**
 * `gcp=24`, `azure=0.0.15`: versions given directly, e.g. to re-point references by hand.
 * Each is checked as its cloud spells versions (GCE and AWS `24` or `17a` without leading
 * zeros, Azure Major.Minor.Patch), and each cloud may be given once.
 */
export function parseSet(values: string[]): Versions {
  const versions: Versions = {};
  for (const entry of values.map((v) => v.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(.*)$/.exec(entry);
    const cloud = CLOUDS.find((c) => c === m?.[1]);
    const version = m?.[2] ?? '';
    if (!cloud) {
      throw new VersionsError(
        `set: "${shown(entry)}" must be cloud=version with cloud one of ${CLOUDS.join(', ')} (e.g. gcp=24)`,
      );
    }
    if (!isVersionToken(version)) {
      throw new VersionsError(
        `set: "${shown(entry)}": "${shown(version)}" is not a version such as 24, 17a or 0.0.15`,
      );
    }
    const problem = cloudVersionProblem(cloud, version);
    if (problem) {
      throw new VersionsError(`set: "${shown(entry)}": the ${cloud} version ${visible(problem)}`);
    }
    if (versions[cloud] !== undefined) {
      throw new VersionsError(
        `set: ${cloud} is given twice (${versions[cloud]} and ${shown(version)})`,
      );
    }
    versions[cloud] = version;
  }
  return versions;
}

/** Why `version` cannot be a version of `cloud`'s images (a GCE/AMI number, a gallery version). */
function cloudVersionProblem(cloud: Cloud, version: string): string | undefined {
  if (cloud === 'azure') return checkGalleryVersion(version);
  if (parseVersion(version)) return undefined;
  return (
    versionTooLarge(version) ??
    'must be a number without leading zeros, optionally one lowercase letter (24, 17a)'
  );
}

async function readManifest(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new VersionsError(
      code === 'ENOENT'
        ? `${shown(path)}: manifest not found`
        : `${shown(path)}: ${visible((err as Error).message)}`,
    );
  }
  try {
    return parseJson(text, `${shown(path)}: not a JSON manifest`);
  } catch (err) {
    throw new VersionsError((err as Error).message);
  }
}

function manifestVersions(manifest: unknown, path: string): Versions {
  const { builds, last_run_uuid: lastRun } = (manifest ?? {}) as Record<string, unknown>;
  if (!Array.isArray(builds)) throw new VersionsError(`${shown(path)}: has no "builds" list`);
  const versions: Versions = {};
  for (const build of builds as unknown[]) {
    const { packer_run_uuid: run, custom_data: data } = (build ?? {}) as Record<string, unknown>;
    if (typeof lastRun === 'string' && run !== lastRun) continue;
    const {
      cloud: name,
      version,
      verified,
      image_name: image,
    } = (data ?? {}) as Record<string, unknown>;
    const cloud = CLOUDS.find((c) => c === name);
    if (!cloud || typeof version !== 'string') continue;
    if (verified === 'false') {
      throw new VersionsError(
        `${shown(path)}: the ${cloud} build ${shown(typeof image === 'string' ? image : version)} failed its verification ` +
          '(custom_data.verified is "false"), so no reference may move to it; fix the image and bake again, ' +
          'or pass only the manifests of verified builds',
      );
    }
    if (!isVersionToken(version)) {
      throw new VersionsError(
        `${shown(path)}: ${cloud} version "${shown(version)}" is not a version token`,
      );
    }
    // As --set: a manifest is read from outside (an artifact), and a reference must not move to
    // a version no image of that cloud could have.
    const problem = cloudVersionProblem(cloud, version);
    if (problem) {
      throw new VersionsError(`${shown(path)}: the ${cloud} version ${visible(problem)}`);
    }
    if (versions[cloud] !== undefined && versions[cloud] !== version) {
      throw new VersionsError(
        `${shown(path)}: two ${cloud} builds in one run, versions ${versions[cloud]} and ${version}`,
      );
    }
    versions[cloud] = version;
  }
  return versions;
}
