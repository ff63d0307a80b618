import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

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
    ? `"${shown}" is a link (or lies under one) to ${real}, outside ${where}; refusing to follow it`
    : `"${shown}" leads to ${real}, outside ${where}; keep it inside`;
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
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return `"${shown}" is a symbolic link; an output is written as a regular file: remove the link or choose another path`;
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
