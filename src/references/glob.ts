import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const WILDCARD = /[*?]/;

/**
 * The files under `root` that `pattern` names, repository-relative with `/`, sorted.
 * `**` is any number of folders, `*` any run of characters within a name, `?` one character.
 * As in a shell, wildcards skip names starting with a dot (`.git`, `.github`) unless the
 * pattern's own segment starts with one; symbolic links to folders are not followed, so a
 * link cycle cannot hang the walk. Node 20 has no stable fs.glob, hence this.
 */
export async function glob(root: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  // `dir/**` means every file below dir.
  if (segments.at(-1) === '**') segments.push('*');
  const found = new Set<string>();
  const listings = new Map<string, Promise<Dirent[]>>();
  const list = (rel: string): Promise<Dirent[]> => {
    let listing = listings.get(rel);
    if (!listing) {
      listing = readdir(join(root, rel), { withFileTypes: true }).catch(() => []);
      listings.set(rel, listing);
    }
    return listing;
  };

  const walk = async (rel: string, i: number): Promise<void> => {
    const segment = segments[i];
    if (segment === undefined) return;
    const last = i === segments.length - 1;
    if (segment === '**') {
      const dirs = (await list(rel)).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
      await Promise.all([walk(rel, i + 1), ...dirs.map((d) => walk(child(rel, d.name), i))]);
      return;
    }
    if (!WILDCARD.test(segment)) {
      const path = child(rel, segment);
      const kind = await kindOf(join(root, path));
      if (last && kind === 'file') found.add(path);
      if (!last && kind === 'dir') await walk(path, i + 1);
      return;
    }
    const name = segmentRegex(segment);
    const entries = (await list(rel)).filter(
      (e) => name.test(e.name) && (segment.startsWith('.') || !e.name.startsWith('.')),
    );
    await Promise.all(
      entries.map(async (e) => {
        const path = child(rel, e.name);
        if (
          last &&
          (e.isFile() || (e.isSymbolicLink() && (await kindOf(join(root, path))) === 'file'))
        ) {
          found.add(path);
        }
        if (!last && e.isDirectory()) await walk(path, i + 1);
      }),
    );
  };

  await walk('', 0);
  return [...found].sort();
}

export function hasWildcard(pattern: string): boolean {
  return WILDCARD.test(pattern);
}

function child(rel: string, name: string): string {
  return rel ? `${rel}/${name}` : name;
}

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  const s = await stat(path).catch(() => undefined);
  return s?.isFile() ? 'file' : s?.isDirectory() ? 'dir' : undefined;
}

function segmentRegex(segment: string): RegExp {
  const source = [...segment]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's');
}
