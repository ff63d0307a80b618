import { resolve } from 'node:path';
import { readAws } from './aws.js';
import { readAzure } from './azure.js';
import type { ConfigProblem } from './errors.js';
import { readGcp } from './gcp.js';
import { readImage } from './image.js';
import { Problems, type LineOf } from './problems.js';
import { readReferences } from './references.js';
import { Section } from './section.js';
import { readShare } from './share.js';
import type { BumpConfig, ShareFileConfig, WorkerImageConfig } from './types.js';

const CLOUDS = ['gcp', 'azure', 'aws'];
const KEYS = ['image', 'variables', 'manifest', ...CLOUDS, 'references', 'share'];
const DEFAULT_MANIFEST = 'worker-image-manifest.json';

/**
 * What the config is read for: `bake` needs an image and a cloud block; `bump`
 * (bump-version-reference) needs `references:` and takes a file holding nothing else;
 * `share` (share-image) needs nothing, since members may come from inputs.
 */
export type Purpose = 'bake' | 'bump' | 'share';

export interface ValidateContext {
  source: string;
  baseDir: string;
  lineOf?: LineOf;
}

export type Validated<Config = WorkerImageConfig> =
  | { config: Config; problems?: undefined }
  | { config?: undefined; problems: [ConfigProblem, ...ConfigProblem[]] };

/** Checks a raw config (worker-image.yml's shape) and applies defaults, collecting every problem. */
export function validate(raw: unknown, ctx: ValidateContext): Validated {
  const read = readAll(raw, ctx, 'bake');
  if (read.problems) return read;
  const { image, references, ...rest } = read.config;
  if (!image) throw new Error('internal: image settings missing although no problem was found');
  return { config: { ...rest, image, ...(references ? { references } : {}) } };
}

/** As validate, for share-image: see Purpose. */
export function validateForShare(raw: unknown, ctx: ValidateContext): Validated<ShareFileConfig> {
  const read = readAll(raw, ctx, 'share');
  if (read.problems) return read;
  const { references, ...rest } = read.config;
  return { config: { ...rest, ...(references ? { references } : {}) } };
}

/** As validate, for bump-version-reference: see Purpose. */
export function validateForBump(raw: unknown, ctx: ValidateContext): Validated<BumpConfig> {
  const read = readAll(raw, ctx, 'bump');
  if (read.problems) return read;
  const { references, ...rest } = read.config;
  if (!references) throw new Error('internal: references missing although no problem was found');
  return { config: { ...rest, references } };
}

function readAll(
  raw: unknown,
  ctx: ValidateContext,
  purpose: Purpose,
): Validated<Omit<BumpConfig, 'references'> & { references?: BumpConfig['references'] }> {
  const problems = new Problems(ctx.lineOf);
  const root = Section.open(problems, [], raw, KEYS);
  // Whatever is there is checked for either purpose: one file, one set of rules for it.
  const needImage = purpose === 'bake' || Boolean(root?.has('image'));
  const image = root && needImage ? readImage(problems, root.value('image')) : undefined;
  const variables = root?.mapping('variables') ?? {};
  const manifest = root?.string('manifest');
  if (root && purpose === 'bake' && !CLOUDS.some((cloud) => root.has(cloud))) {
    root.problem(
      'gcp',
      `required: at least one cloud block (${CLOUDS.slice(0, -1).join(', ')} or ${CLOUDS.at(-1)}) says where to bake the image`,
    );
  }
  if (root && purpose === 'bump' && !root.has('references')) {
    root.problem(
      'references',
      'required: the rules saying which image references to rewrite (path, pattern with {version}, value)',
    );
  }
  const gcp = root?.has('gcp')
    ? readGcp(problems, root.value('gcp'), { baseDir: ctx.baseDir, variables })
    : undefined;
  const azure = root?.has('azure')
    ? readAzure(problems, root.value('azure'), { baseDir: ctx.baseDir, variables, image })
    : undefined;
  const aws = root?.has('aws')
    ? readAws(problems, root.value('aws'), { baseDir: ctx.baseDir, variables, image })
    : undefined;
  const references = root?.has('references')
    ? readReferences(problems, root.value('references'))
    : undefined;
  const share = root?.has('share') ? readShare(problems, root.value('share')) : undefined;

  // In file order, so a user can fix them top to bottom; those from inputs come last.
  const inOrder = problems.list.sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
  const [first, ...rest] = inOrder;
  if (first) return { problems: [first, ...rest] };
  return {
    config: {
      source: ctx.source,
      ...(image ? { image } : {}),
      ...(gcp ? { gcp } : {}),
      ...(azure ? { azure } : {}),
      ...(aws ? { aws } : {}),
      manifestPath: resolve(ctx.baseDir, manifest ?? DEFAULT_MANIFEST),
      ...(references ? { references } : {}),
      ...(share ? { share } : {}),
    },
  };
}
