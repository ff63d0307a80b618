import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { clip } from './excerpt.js';

/**
 * The folder a run's paths must stay inside, and how messages name it: the workspace
 * (GITHUB_WORKSPACE) in Actions; for the CLI, --repo, or the repository holding the config.
 */
export interface Root {
  dir: string;
  /** E.g. `the workspace (GITHUB_WORKSPACE)`. */
  name: string;
}

/** Symbolic links followed at most, as Linux does before answering ELOOP. */
const MAX_LINKS = 40;

/**
 * Where `path` leads once every link is followed. A tail that does not exist yet (a manifest
 * about to be written) is kept as written after the real path of the part that exists; a
 * dangling link is followed too, since writing through it would create its target.
 */
export function realPath(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (let links = 0; ;) {
    try {
      return join(realpathSync(current), ...missing);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
    }
    if (lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink()) {
      if (++links > MAX_LINKS) throw Object.assign(new Error('too many links'), { code: 'ELOOP' });
      current = resolve(dirname(current), readlinkSync(current));
      continue;
    }
    const parent = dirname(current);
    if (parent === current) return join(current, ...missing);
    missing.unshift(basename(current));
    current = parent;
  }
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Why `path` may not be used, or undefined when it leads, links followed, inside `root`.
 * `shown` is the path as the user wrote it. Nothing of the file is read.
 */
export function outsideRoot(path: string, root: Root, shown = path): string | undefined {
  let real: string;
  let realRoot: string;
  try {
    realRoot = realPath(root.dir);
    real = realPath(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return `"${shown}" cannot be resolved (${code === 'ELOOP' ? 'a loop of links' : code})`;
  }
  if (isInside(real, realRoot)) return undefined;
  const where = `${root.name} (${root.dir})`;
  return isInside(resolve(path), resolve(root.dir))
    ? `"${shown}" is a link (or lies under one) to ${clip(real)}, outside ${where}; refusing to follow it`
    : `"${shown}" leads to ${clip(real)}, outside ${where}; keep it inside`;
}

/** What is at `path` itself (links not followed); undefined when nothing is, or a file is on the way. */
function entryOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/**
 * Why `path` may not be written, or undefined: an output is written as a regular file at its
 * own path, inside `root` when there is one. Nothing is read.
 */
export function outputProblem(
  path: string,
  root: Root | undefined,
  shown = path,
): string | undefined {
  const own = entryOf(path);
  if (own?.isSymbolicLink()) {
    return `"${shown}" is a symbolic link; an output is written as a regular file: remove the link or choose another path`;
  }
  if (own?.isDirectory()) {
    return `"${shown}" is a folder; an output is written as a file: name one in it`;
  }
  if (own && !own.isFile()) {
    return `"${shown}" exists and is not a regular file (a device, a pipe or a socket); name a regular file`;
  }
  // A folder on the way that is a file: the write would fail only once the work was done.
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const up = entryOf(dir);
    if (up === undefined) continue;
    if (!up.isDirectory() && !up.isSymbolicLink()) {
      return `"${shown}" cannot be written: ${clip(dir)} is a file, not a folder`;
    }
    break;
  }
  return root && outsideRoot(path, root, shown);
}

/**
 * Refuses to write through a symbolic link: an output is written as a regular file at its
 * own path, so a link committed where an output goes (a hostile pull request's) cannot point
 * the write elsewhere.
 */
export function checkNotLink(path: string, what: string): void {
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new Error(
      `${what} ${path} is a symbolic link; worker-image writes outputs as regular files only: remove the link`,
    );
  }
}
