import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Root } from '../config/confine.js';

/**
 * The folder a CLI run's paths must stay inside (links followed): `--repo DIR` when given;
 * else the repository holding the config (the nearest folder up with a .git), or the
 * config's own folder outside any; else, with no config, the working directory. Paths given
 * in flags are resolved against the working directory, then checked against the same root.
 */
export function cliRoot(opts: { repo?: string | undefined; config?: string | undefined }): Root {
  const cwd = process.cwd();
  if (opts.repo !== undefined)
    return { dir: resolve(cwd, opts.repo), name: 'the repository (--repo)' };
  if (opts.config === undefined) {
    return { dir: cwd, name: 'the working directory (pass --repo DIR for another)' };
  }
  const folder = dirname(resolve(cwd, opts.config));
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      return { dir, name: 'the repository holding the config (pass --repo DIR for another)' };
    }
    if (dirname(dir) === dir) break;
  }
  return { dir: folder, name: "the config's folder (pass --repo DIR for another)" };
}
