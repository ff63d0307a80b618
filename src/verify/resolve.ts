import type { Root } from '../config/confine.js';
import type { WorkerImageConfig } from '../config/types.js';
import type { VerifyConfig } from '../config/verify.js';
import { expandManifests, readManifestBuilds, type ManifestBuild } from '../manifest/read.js';
import type { VerifyTarget } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';
import { newestBuild, targetFromBuild, targetFromImage } from './target.js';

/** What to verify: the image named, or the newest build of the cloud in a manifest. */
export interface ResolvedTarget {
  target: VerifyTarget;
  /** The manifest build it came from, whose custom_data records the verdict. */
  build?: ManifestBuild;
}

/**
 * The cloud's verification and the image to verify, from the image or the manifest given (one
 * of them), read and checked before any cloud call. `names` are how messages name the inputs
 * (`--image` for the CLI, `image` for the action).
 */
export async function resolveVerification(opts: {
  cloud: Cloud;
  config: WorkerImageConfig;
  image?: string | undefined;
  manifest?: string | undefined;
  cwd: string;
  root?: Root | undefined;
  names: { image: string; manifest: string };
}): Promise<ResolvedTarget & { verify: VerifyConfig }> {
  const { cloud, config, names } = opts;
  if (!config[cloud]) throw new Error(`the config has no ${cloud}: block to verify on`);
  const verify = config.verify?.[cloud];
  if (!verify) {
    throw new Error(
      `the config has no checks for ${cloud}: add a verify: block (or ${cloud}.verify:) with checks, e.g. docker: docker info`,
    );
  }
  if ((opts.image === undefined) === (opts.manifest === undefined)) {
    throw new Error(
      `give the image to verify with ${names.image} or ${names.manifest} (one of them, not both)`,
    );
  }
  if (opts.image !== undefined) {
    return { verify, target: targetFromImage(cloud, opts.image, config) };
  }
  const paths = await expandManifests([opts.manifest!], opts.cwd, {
    root: opts.root,
    input: names.manifest,
  });
  const build = newestBuild(cloud, await readManifestBuilds(paths), opts.manifest!);
  return { verify, target: targetFromBuild(build), build };
}
