import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { imagesFromBuilds, withShares } from '../catalogue/catalogue.js';
import { writeCatalogues } from '../catalogue/write.js';
import { expandManifests, readManifestBuilds } from '../manifest/read.js';
import type { ShareResult } from '../share/result.js';

/** `worker-image catalogue --manifest FILE... [--shares FILE...] --out FILE|DIR/` */
export async function catalogueCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      manifest: { type: 'string', multiple: true, default: [] },
      shares: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
    },
  });
  if (values.manifest.length === 0) throw new Error('--manifest is required (a path or glob)');
  if (!values.out) throw new Error('--out is required: a file, or a folder ending in /');
  const cwd = process.cwd();
  const paths = await expandManifests(values.manifest, cwd);
  if (paths.length === 0)
    throw new Error(`--manifest ${values.manifest.join(' ')}: no file matches`);
  const images = imagesFromBuilds(await readManifestBuilds(paths));
  if (images.length === 0) throw new Error(`no image builds in ${paths.join(', ')}`);
  const shares: ShareResult[] = [];
  for (const file of values.shares) shares.push(...(await readShares(resolve(cwd, file))));
  const folder = /[/\\]$/.test(values.out) ? '/' : '';
  const written = await writeCatalogues(
    resolve(cwd, values.out) + folder,
    withShares(images, shares),
  );
  for (const path of written) process.stdout.write(`${path}\n`);
  return 0;
}

/** What `worker-image share` prints: one result, or a list of them. */
async function readShares(path: string): Promise<ShareResult[]> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
  const list = Array.isArray(parsed) ? parsed : [parsed];
  for (const r of list as Partial<ShareResult>[]) {
    if (typeof r?.cloud !== 'string' || typeof r.image !== 'string' || !Array.isArray(r.grants)) {
      throw new Error(
        `${path}: not a share result (the JSON worker-image share prints: {cloud, image, grants})`,
      );
    }
  }
  return list as ShareResult[];
}
