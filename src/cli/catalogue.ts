import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { imagesFromBuilds, withShares } from '../catalogue/catalogue.js';
import { writeCatalogues } from '../catalogue/write.js';
import { outsideRoot } from '../config/confine.js';
import { parseJson, shown, visible } from '../config/excerpt.js';
import { expandManifests, readManifestBuilds } from '../manifest/read.js';
import type { ShareResult } from '../share/result.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';

/** `worker-image catalogue --manifest FILE... [--shares FILE...] --out FILE|DIR/ [--repo DIR]` */
export async function catalogueCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    manifest: { type: 'string', multiple: true, default: [] },
    shares: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    repo: { type: 'string' },
  });
  if (values.manifest.length === 0) throw new Error('--manifest is required (a path or glob)');
  if (!values.out) throw new Error('--out is required: a file, or a folder ending in /');
  const cwd = process.cwd();
  const root = cliRoot({ repo: values.repo });
  const inside = (flag: string, path: string): string => {
    const outside = outsideRoot(resolve(cwd, path), root, path);
    if (outside) throw new Error(`${flag}: ${visible(outside)}`);
    return resolve(cwd, path);
  };
  const out = inside('--out', values.out);
  const shareFiles = values.shares.map((file) => inside('--shares', file));
  const twice = shareFiles.find((f, i) => shareFiles.indexOf(f) !== i);
  if (twice) throw new Error(`--shares: ${shown(twice)} is given twice; name each file once`);
  const paths = await expandManifests(values.manifest, cwd, { root, input: '--manifest' });
  const images = imagesFromBuilds(await readManifestBuilds(paths));
  if (images.length === 0) {
    throw new Error(`no image builds in ${paths.map((p) => shown(p)).join(', ')}`);
  }
  const shares: ShareResult[] = [];
  for (const file of shareFiles) shares.push(...(await readShares(file)));
  const folder = /[/\\]$/.test(values.out) ? '/' : '';
  const written = await writeCatalogues(out + folder, withShares(images, shares));
  // One line per file, whatever the path holds (a line break would start a line of its own).
  for (const path of written) process.stdout.write(`${shown(path, Infinity)}\n`);
  return 0;
}

/** What `worker-image share` prints: one result, or a list of them. */
async function readShares(path: string): Promise<ShareResult[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      `--shares ${shown(path)}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  const parsed = parseJson(
    text,
    `--shares ${shown(path)} is not valid JSON (the JSON worker-image share prints)`,
  );
  const list = Array.isArray(parsed) ? parsed : [parsed];
  for (const r of list as Partial<ShareResult>[]) {
    if (typeof r?.cloud !== 'string' || typeof r.image !== 'string' || !Array.isArray(r.grants)) {
      throw new Error(
        `--shares ${shown(path)}: not a share result (the JSON worker-image share prints: {cloud, image, grants})`,
      );
    }
    // Members are copied into the catalogue: each a plain string.
    const bad = (r.grants as unknown[]).find((g) => {
      const member = (g as { member?: unknown } | null)?.member;
      return typeof member !== 'string' || !/^[^\s\p{C}]+$/u.test(member);
    });
    if (bad !== undefined) {
      throw new Error(
        `--shares ${shown(path)}: a grant's member ${shown(JSON.stringify((bad as { member?: unknown } | null)?.member) ?? 'missing')} is not a plain member name`,
      );
    }
  }
  return list as ShareResult[];
}
