import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WILDCARD = /[*?]/;
const ANY = /^/;

/** The files a pattern names. */
export interface GlobHits {
  /** Repository-relative, `/`-separated, sorted. */
  paths: string[];
  /**
   * The paths with a symbolic link on the way (the file, or a folder above it below the
   * root); every other path is the file's own, and needs no resolving to know it stays
   * inside.
   */
  linked: ReadonlySet<string>;
}

/** A folder's entries by kind, names only (a Dirent per entry would outlive its use). */
interface Listing {
  files: string[];
  dirs: string[];
  links: string[];
}

const EMPTY: Listing = { files: [], dirs: [], links: [] };

/**
 * The folders of one tree, each listed at most once however many patterns walk it: a bump's
 * rules share one walk of the repository. Listings are synchronous: a bump does nothing
 * else meanwhile, and one thread listing 10,000 files is several times faster than
 * promises doing it.
 */
export class FileTree {
  private readonly listings = new Map<string, Listing>();
  /** Patterns already walked: rules with the same path (`**`) share its hits. */
  private readonly globs = new Map<string, GlobHits>();

  constructor(readonly root: string) {}

  list(rel: string): Listing {
    let listing = this.listings.get(rel);
    if (!listing) {
      listing = { files: [], dirs: [], links: [] };
      try {
        for (const e of readdirSync(join(this.root, rel), { withFileTypes: true })) {
          if (e.isFile()) listing.files.push(e.name);
          else if (e.isDirectory()) listing.dirs.push(e.name);
          else if (e.isSymbolicLink()) listing.links.push(e.name);
        }
      } catch {
        listing = EMPTY;
      }
      this.listings.set(rel, listing);
    }
    return listing;
  }

  glob(pattern: string): GlobHits {
    let hits = this.globs.get(pattern);
    if (!hits) {
      hits = walkPattern(this, pattern);
      this.globs.set(pattern, hits);
    }
    return hits;
  }
}

/**
 * The files under `root` that `pattern` names, repository-relative with `/`, sorted.
 * `**` is any number of folders, `*` any run of characters within a name, `?` one character.
 * As in a shell, wildcards skip names starting with a dot (`.git`, `.github`) unless the
 * pattern's own segment starts with one; symbolic links to folders are not followed, so a
 * link cycle cannot hang the walk. Node 20 has no stable fs.glob, hence this.
 */
export async function glob(root: string, pattern: string): Promise<string[]> {
  return new FileTree(root).glob(pattern).paths;
}

function walkPattern(tree: FileTree, pattern: string): GlobHits {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  // `dir/**` means every file below dir.
  if (segments.at(-1) === '**') segments.push('*');
  // `*` takes any name: no regex to run per name.
  const names = segments.map((s) =>
    s === '*' ? ANY : s !== '**' && WILDCARD.test(s) ? segmentRegex(s) : undefined,
  );
  const found = new Set<string>();
  const linked = new Set<string>();
  const add = (path: string, plain: boolean): void => {
    found.add(path);
    if (!plain) linked.add(path);
  };

  const walk = (rel: string, i: number, plain: boolean): void => {
    const segment = segments[i];
    if (segment === undefined) return;
    const last = i === segments.length - 1;
    if (segment === '**') {
      walk(rel, i + 1, plain);
      for (const name of tree.list(rel).dirs) {
        if (!name.startsWith('.')) walk(child(rel, name), i, plain);
      }
      return;
    }
    const name = names[i];
    if (!name) {
      const path = child(rel, segment);
      const { kind, link } = kindOf(join(tree.root, path));
      if (last && kind === 'file') add(path, plain && !link);
      if (!last && kind === 'dir') walk(path, i + 1, plain && !link);
      return;
    }
    const listing = tree.list(rel);
    const dots = segment.startsWith('.');
    const matches = (n: string): boolean =>
      (name === ANY || name.test(n)) && (dots || !n.startsWith('.'));
    if (last) {
      for (const n of listing.files) if (matches(n)) add(child(rel, n), plain);
      for (const n of listing.links) {
        const path = child(rel, n);
        if (matches(n) && kindOf(join(tree.root, path)).kind === 'file') add(path, false);
      }
    } else {
      for (const n of listing.dirs) if (matches(n)) walk(child(rel, n), i + 1, plain);
    }
  };

  walk('', 0, true);
  return { paths: [...found].sort(), linked };
}

export function hasWildcard(pattern: string): boolean {
  return WILDCARD.test(pattern);
}

function child(rel: string, name: string): string {
  return rel ? `${rel}/${name}` : name;
}

/** What `path` is once links are followed, and whether it is a link itself. */
function kindOf(path: string): { kind: 'file' | 'dir' | undefined; link: boolean } {
  try {
    const own = lstatSync(path, { throwIfNoEntry: false });
    const link = own?.isSymbolicLink() ?? false;
    const s = link ? statSync(path, { throwIfNoEntry: false }) : own;
    return { kind: s?.isFile() ? 'file' : s?.isDirectory() ? 'dir' : undefined, link };
  } catch {
    return { kind: undefined, link: false };
  }
}

function segmentRegex(segment: string): RegExp {
  const source = [...segment]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's');
}
