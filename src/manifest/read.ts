import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { outsideRoot, type Root } from '../config/confine.js';
import { parseJson, shown, visible } from '../config/excerpt.js';
import { glob, hasWildcard } from '../references/glob.js';
import type { PackerBuild, PackerManifest } from './packer.js';

/**
 * Manifest arguments, which may be globs (the reusable workflow downloads one per cloud), as
 * files: each relative to `cwd` and, given a `root`, inside it (links followed). A glob that
 * matches nothing, or a file named twice, is an error naming `input`.
 */
export async function expandManifests(
  patterns: string[],
  cwd: string,
  opts: { root?: Root | undefined; input: string },
): Promise<string[]> {
  const check = (path: string, shown: string): string | undefined =>
    opts.root && outsideRoot(path, opts.root, shown);
  const paths: string[] = [];
  for (const pattern of patterns) {
    const refuse = (why: string): never => {
      throw new Error(`${opts.input} "${shown(pattern)}": ${visible(why)}`);
    };
    const full = resolve(cwd, pattern);
    if (!hasWildcard(pattern)) {
      const outside = check(full, pattern);
      if (outside) refuse(outside);
      paths.push(full);
      continue;
    }
    // The folders before the first wildcard must be inside the root; so must each match.
    const fixed = full.split('/');
    const wild = fixed.findIndex((segment) => hasWildcard(segment));
    const base = fixed.slice(0, wild).join('/') || '/';
    const outside = check(base, base);
    if (outside) refuse(outside);
    const found = (await glob(base, fixed.slice(wild).join('/'))).map((f) => resolve(base, f));
    if (found.length === 0) refuse('matches no file');
    for (const file of found) {
      const link = check(file, file);
      if (link) refuse(link);
    }
    paths.push(...found);
  }
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) {
    throw new Error(`${opts.input}: ${shown(twice)} is given twice; name each manifest once`);
  }
  return paths;
}

/** A build of a manifest's last run, with the file it came from. */
export interface ManifestBuild extends PackerBuild {
  path: string;
  /** Its place in the manifest's `builds` list, for messages. */
  index?: number;
}

/**
 * The builds of each manifest's last run (Packer appends runs to one file, so only
 * `last_run_uuid` counts). Errors name the file and quote at most its offending line.
 */
export async function readManifestBuilds(paths: string[]): Promise<ManifestBuild[]> {
  const builds: ManifestBuild[] = [];
  for (const path of paths) {
    const manifest = (await readManifestFile(path)) as Partial<PackerManifest> | null;
    if (!Array.isArray(manifest?.builds)) {
      throw new Error(`manifest ${shown(path)} has no "builds" list`);
    }
    (manifest.builds as unknown[]).forEach((entry, index) => {
      // Every entry, of any run: one that is not a build is a broken file, not a build to skip.
      const what = kindOf(entry);
      if (what !== 'an object') {
        throw new Error(
          `manifest ${shown(path)}: builds[${index}] is ${what}, not a build (an object with name, builder_type, artifact_id, custom_data...)`,
        );
      }
      const b = entry as PackerBuild;
      const data = kindOf(b.custom_data);
      // Packer writes `"custom_data": null` for a build without any.
      if (data !== 'an object' && data !== 'null' && data !== 'missing') {
        throw new Error(
          `manifest ${shown(path)}: builds[${index}].custom_data is ${data}, not an object of strings`,
        );
      }
      if (manifest.last_run_uuid && b.packer_run_uuid !== manifest.last_run_uuid) return;
      builds.push({ ...b, custom_data: b.custom_data ?? {}, path, index });
    });
  }
  return builds;
}

/** What a JSON value is, for messages: `null`, `a string`, `a list`, `an object`... */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** A manifest file's JSON; errors say which file and why, quoting at most one line. */
export async function readManifestFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `manifest ${shown(path)} not found`
        : `manifest ${shown(path)}: cannot be read (${code})`,
    );
  }
  return parseJson(text, `manifest ${shown(path)} is not valid JSON`);
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
