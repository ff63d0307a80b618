import { readFile } from 'node:fs/promises';
import { isAbsolute, parse, resolve } from 'node:path';
import { glob, hasWildcard } from '../references/glob.js';
import type { PackerBuild, PackerManifest } from './packer.js';

/** Manifest arguments may be globs (the reusable workflow downloads one per cloud). */
export async function expandManifests(patterns: string[], cwd: string): Promise<string[]> {
  const paths: string[] = [];
  for (const p of patterns) {
    if (!hasWildcard(p)) paths.push(resolve(cwd, p));
    else {
      const root = isAbsolute(p) ? parse(p).root : cwd;
      paths.push(...(await glob(root, p)).map((f) => resolve(root, f)));
    }
  }
  return paths;
}

/** A build of a manifest's last run, with the file it came from. */
export interface ManifestBuild extends PackerBuild {
  path: string;
}

/**
 * The builds of each manifest's last run (Packer appends runs to one file, so only
 * `last_run_uuid` counts). Errors name the file.
 */
export async function readManifestBuilds(paths: string[]): Promise<ManifestBuild[]> {
  const builds: ManifestBuild[] = [];
  for (const path of paths) {
    let manifest: PackerManifest;
    try {
      manifest = JSON.parse(await readFile(path, 'utf8')) as PackerManifest;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'ENOENT'
          ? `manifest ${path} not found`
          : `manifest ${path}: ${(err as Error).message}`,
      );
    }
    if (!Array.isArray(manifest?.builds)) throw new Error(`manifest ${path} has no "builds" list`);
    for (const b of manifest.builds) {
      if (manifest.last_run_uuid && b.packer_run_uuid !== manifest.last_run_uuid) continue;
      builds.push({ ...b, custom_data: b.custom_data ?? {}, path });
    }
  }
  return builds;
}

/** Which cloud a build is for: worker-image's `custom_data.cloud`, else Packer's builder type. */
export function buildCloud(b: PackerBuild): string | undefined {
  const byBuilder: Record<string, string> = {
    googlecompute: 'gcp',
    'azure-arm': 'azure',
    'amazon-ebs': 'aws',
  };
  return b.custom_data?.cloud ?? byBuilder[b.builder_type];
}
