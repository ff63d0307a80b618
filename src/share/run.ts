import { resolve } from 'node:path';
import { runContext } from '../bake/context.js';
import { imageFromTarget, imagesFromBuilds, withShares } from '../catalogue/catalogue.js';
import { writeCatalogues } from '../catalogue/write.js';
import { loadConfig } from '../config/load.js';
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
    cwd: string;
    reporter: Reporter;
    signal: AbortSignal;
  },
): Promise<ShareOutcome> {
  const config =
    opts.loaded ??
    (opts.config
      ? await loadConfig({ path: opts.config, cwd: opts.cwd, purpose: 'share' })
      : undefined);
  const settings = shareSettings(inputs, config);
  let builds: ManifestBuild[] = [];
  if (settings.manifests.length > 0) {
    const paths = await expandManifests(settings.manifests, opts.cwd);
    if (paths.length === 0) {
      throw new Error(`manifest ${settings.manifests.join(', ')}: no file matches`);
    }
    builds = await readManifestBuilds(paths);
  }
  const target: ShareTarget = settings.image
    ? parseTarget(
        settings.cloud,
        settings.image,
        settings.cloud === 'gcp' ? settings.connection.project : undefined,
      )
    : targetFromBuilds(settings.cloud, builds);
  const ctx = runContext(process.env, opts.reporter, opts.signal);
  const title = `${settings.dryRun ? 'Plan sharing' : 'Share'} ${targetName(target)}`;

  // Providers are loaded only now: a run that shares on one cloud never loads another's SDK.
  const result = await opts.reporter.group(title, async () => {
    let r: ShareResult;
    if (settings.cloud === 'gcp' && target.cloud === 'gcp') {
      const project = target.project ?? settings.connection.project;
      if (!project) {
        throw new Error(
          `image ${target.image}: no project; give the project input, an image link (projects/P/global/images/N) or a config with a gcp: block`,
        );
      }
      const { shareGceImage } = await import('../providers/gcp/share.js');
      r = await shareGceImage(
        settings.connection,
        { project, image: target.image, share: settings.share, dryRun: settings.dryRun },
        ctx,
      );
    } else if (settings.cloud === 'azure' && target.cloud === 'azure') {
      const { shareGalleryImage } = await import('../providers/azure/share.js');
      r = await shareGalleryImage(
        settings.connection,
        { target, share: settings.share, dryRun: settings.dryRun },
        ctx,
      );
    } else if (settings.cloud === 'aws' && target.cloud === 'aws') {
      const { shareAmis } = await import('../providers/aws/share.js');
      r = await shareAmis(
        settings.connection,
        { amis: target.amis, share: settings.share, dryRun: settings.dryRun },
        ctx,
      );
    } else {
      throw new Error(`internal: a ${target.cloud} image for a ${settings.cloud} share`);
    }
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
  if (settings.catalogue && !settings.dryRun) {
    const fromBuilds = imagesFromBuilds(builds).filter((i) => i.cloud === settings.cloud);
    const images = withShares(fromBuilds.length ? fromBuilds : [imageFromTarget(target)], [result]);
    // A trailing slash means "a folder": keep it through resolve().
    const folder = /[/\\]$/.test(settings.catalogue) ? '/' : '';
    catalogue = await writeCatalogues(resolve(opts.cwd, settings.catalogue) + folder, images);
    for (const path of catalogue) opts.reporter.info(`catalogue written: ${path}`);
  }
  return { result, catalogue };
}
