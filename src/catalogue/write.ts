import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkNotLink } from '../config/confine.js';
import { parseJson, shown, visible } from '../config/excerpt.js';
import type { Cloud } from '../steps/resources.js';
import {
  CATALOGUE_FILES,
  CATALOGUE_SCHEMA,
  catalogueFor,
  type Catalogue,
  type CatalogueImage,
} from './catalogue.js';

/**
 * Writes one catalogue per cloud the images are on. `out` is a folder (existing, or written
 * with a trailing `/`): the files are named by CATALOGUE_FILES. Otherwise `out` is the file,
 * which then can hold one cloud only. An existing catalogue is extended, not replaced.
 * Returns the paths written.
 */
export async function writeCatalogues(out: string, images: CatalogueImage[]): Promise<string[]> {
  const clouds = [...new Set(images.map((i) => i.cloud))].sort();
  const isDir = /[/\\]$/.test(out) || (await stat(out).catch(() => undefined))?.isDirectory();
  if (!isDir && clouds.length > 1) {
    throw new Error(
      `catalogue ${shown(out)}: the images are on ${clouds.join(' and ')}, one catalogue file each; give a folder (end it with /)`,
    );
  }
  const written: string[] = [];
  for (const cloud of clouds) {
    const path = isDir ? join(out, CATALOGUE_FILES[cloud]) : out;
    try {
      checkNotLink(path, 'catalogue');
      const catalogue = catalogueFor(cloud, images, await readCatalogue(path, cloud));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(catalogue, null, 2) + '\n');
    } catch (err) {
      // The path is the user's: its message stays one line, whatever the path holds.
      throw new Error(visible((err as Error).message), { cause: err });
    }
    written.push(path);
  }
  return written;
}

async function readCatalogue(path: string, cloud: Cloud): Promise<Catalogue | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed = parseJson(
    text,
    `catalogue ${shown(path)} exists but is not valid JSON; move it or choose another path`,
  ) as Partial<Catalogue> | null;
  if (
    !parsed ||
    parsed.schema !== CATALOGUE_SCHEMA ||
    parsed.cloud !== cloud ||
    !Array.isArray(parsed.images)
  ) {
    throw new Error(
      `catalogue ${shown(path)} exists but is not a worker-image ${cloud} catalogue (${CATALOGUE_SCHEMA}); move it or choose another path`,
    );
  }
  return parsed as Catalogue;
}
