import { resolve } from 'node:path';
import { outsideRoot, type Root } from '../config/confine.js';
import { runContext } from '../bake/context.js';
import { imageFromTarget, imagesFromBuilds, withShares } from '../catalogue/catalogue.js';
import { writeCatalogues } from '../catalogue/write.js';
import { loadConfig } from '../config/load.js';
import { loadShareProvider } from '../providers/load.js';
import type { ShareFileConfig } from '../config/types.js';
import type { Reporter } from '../log/reporter.js';
import { expandManifests, readManifestBuilds, type ManifestBuild } from '../manifest/read.js';
import { shareSettings, type ShareInputs } from './request.js';
import { describeGrant, type ShareResult } from './result.js';
import { parseTarget, targetFromBuilds, targetName, type ShareTarget } from './target.js';

export interface ShareOutcome {
  result: ShareResult;
  /** The catalogue files written, when asked for one. */
  catalogue: string[];
}

/**
 * Shared by the action and the CLI: settings (config + inputs) → the image (given, or from
 * the manifest) → grants of what is missing → catalogue. Every setting is checked before any
 * cloud call.
 */
export async function runShare(
  inputs: ShareInputs,
  opts: {
    config?: string;
    /** An already-loaded config (the pipeline's, overrides applied) instead of `config`. */
    loaded?: ShareFileConfig;
    /** The builds to share, handed on in memory (the pipeline's), instead of manifests. */
    builds?: ManifestBuild[];
    cwd: string;
    /**
     * The folder the config, the manifests, the CA file and the catalogue must stay inside;
     * the action and the CLI always give it (absent: nothing is confined).
     */
    root?: Root | undefined;
    /** How messages name the manifest and catalogue inputs (`--manifest` for the CLI). */
    names?: { manifest: string; catalogue: string };
    reporter: Reporter;
    signal: AbortSignal;
  },
): Promise<ShareOutcome> {
  const config =
    opts.loaded ??
    (opts.config
      ? await loadConfig({ path: opts.config, cwd: opts.cwd, purpose: 'share', root: opts.root })
      : undefined);
  const confine = (input: string, path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    const outside = opts.root && outsideRoot(resolve(opts.cwd, path), opts.root, path);
    if (outside) throw new Error(`${input}: ${outside}`);
    return resolve(opts.cwd, path);
  };
  // Before the settings look at the CA file: one outside the root is refused as such.
  confine('ca-certificate', inputs['ca-certificate']);
  const settings = shareSettings(inputs, config, { builds: opts.builds !== undefined });
  const names = opts.names ?? { manifest: 'manifest', catalogue: 'catalogue' };
  const catalogueOut = confine(names.catalogue, settings.catalogue);
  let builds: ManifestBuild[] = opts.builds ?? [];
  if (!opts.builds && settings.manifests.length > 0) {
    const paths = await expandManifests(settings.manifests, opts.cwd, {
      root: opts.root,
      input: names.manifest,
    });
    builds = await readManifestBuilds(paths);
  }
  // A GCE link must name GCE, or the configured endpoint (an emulator).
  const gce = { endpoint: settings.cloud === 'gcp' ? settings.connection.endpoint : undefined };
  const target: ShareTarget = settings.image
    ? parseTarget(
        settings.cloud,
        settings.image,
        settings.cloud === 'gcp' ? settings.connection.project : undefined,
        gce,
      )
    : targetFromBuilds(settings.cloud, builds, gce);
  const ctx = runContext(process.env, opts.reporter, opts.signal);
  const title = `${settings.dryRun ? 'Plan sharing' : 'Share'} ${targetName(target)}`;

  // Providers are loaded only now: a run that shares on one cloud never loads another's SDK.
  const result = await opts.reporter.group(title, async () => {
    if (target.cloud !== settings.cloud) {
      throw new Error(`internal: a ${target.cloud} image for a ${settings.cloud} share`);
    }
    const provider = await loadShareProvider(settings.cloud);
    const r = await provider.share(settings, target, { dryRun: settings.dryRun }, ctx);
    for (const g of r.grants) opts.reporter.info(describeGrant(g, r.dryRun));
    opts.reporter.info(
      r.dryRun
        ? 'dry run: nothing was changed'
        : r.changed
          ? `shared ${r.image}`
          : 'no change: every member already had access',
    );
    return r;
  });

  let catalogue: string[] = [];
  if (settings.catalogue && catalogueOut && !settings.dryRun) {
    const fromBuilds = imagesFromBuilds(builds).filter((i) => i.cloud === settings.cloud);
    const images = withShares(fromBuilds.length ? fromBuilds : [imageFromTarget(target)], [result]);
    // A trailing slash means "a folder": keep it through resolve().
    const folder = /[/\\]$/.test(settings.catalogue) ? '/' : '';
    catalogue = await writeCatalogues(catalogueOut + folder, images);
    for (const path of catalogue) opts.reporter.info(`catalogue written: ${path}`);
  }
  return { result, catalogue };
}
