import { resolve } from 'node:path';
import type { Cloud } from '../steps/resources.js';
import { readAws } from './aws.js';
import { readAzure } from './azure.js';
import type { ConfigProblem } from './errors.js';
import { readGcp } from './gcp.js';
import { outputProblem, type Root } from './confine.js';
import { readImage } from './image.js';
import { readLifecycleClouds } from './lifecycle.js';
import { isMapping } from './merge.js';
import { Problems, type LineOf, type ScalarOf } from './problems.js';
import { readReferences } from './references.js';
import { Section } from './section.js';
import { readShare } from './share.js';
import { readVerifyClouds } from './verify-clouds.js';
import type { BumpConfig, ShareFileConfig, WorkerImageConfig } from './types.js';

const CLOUDS: readonly Cloud[] = ['gcp', 'azure', 'aws'];
const KEYS = [
  'image',
  'variables',
  'template-timeout',
  'manifest',
  ...CLOUDS,
  'references',
  'share',
  'verify',
  'lifecycle',
];
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
  scalarOf?: ScalarOf;
  /** Every path setting must lead inside it (see Root); absent: paths are not confined. */
  root?: Root | undefined;
  /**
   * The clouds this run bakes; absent: every configured one. A block is checked for what it
   * holds either way, but what only a bake needs (azure.version for an explicit
   * image.version) is required of the baked clouds alone.
   */
  clouds?: readonly Cloud[] | undefined;
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
  const problems = new Problems(ctx.lineOf, ctx.scalarOf);
  if (raw !== undefined && raw !== null && !isMapping(raw)) {
    // Often the wrong file (a README, a system file): say so without quoting it.
    const read =
      typeof raw === 'string' ? 'one long text' : Array.isArray(raw) ? 'a list' : 'a single value';
    problems.add(
      [],
      `is not a worker-image config: YAML reads it as ${read}, not a mapping of settings such as image: and gcp:; is it the right file?`,
    );
    return { problems: [problems.list[0]!] };
  }
  const root = Section.open(problems, [], raw, KEYS);
  // Whatever is there is checked for either purpose: one file, one set of rules for it.
  const needImage = purpose === 'bake' || Boolean(root?.has('image'));
  const image = root && needImage ? readImage(problems, root.value('image')) : undefined;
  const variables = root?.mapping('variables') ?? {};
  const templateTimeout = root?.duration('template-timeout', 100, 3_600_000);
  const where = { baseDir: ctx.baseDir, root: ctx.root };
  const manifest = root?.has('manifest')
    ? root.file('manifest', where, { output: true })
    : defaultManifest(root, where);
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
  const bakes = (cloud: Cloud): boolean =>
    purpose === 'bake' && (ctx.clouds ?? [cloud]).includes(cloud);
  const gcp = root?.has('gcp')
    ? readGcp(problems, root.value('gcp'), { ...where, variables })
    : undefined;
  const azure = root?.has('azure')
    ? readAzure(problems, root.value('azure'), {
        ...where,
        variables,
        image,
        baked: bakes('azure'),
      })
    : undefined;
  const aws = root?.has('aws')
    ? readAws(problems, root.value('aws'), { ...where, variables, image })
    : undefined;
  const references = root?.has('references')
    ? readReferences(problems, root.value('references'))
    : undefined;
  const share = root?.has('share') ? readShare(problems, root.value('share')) : undefined;
  const verify = root ? readVerifyClouds(problems, root, CLOUDS) : undefined;
  const lifecycle = root ? readLifecycleClouds(problems, root, CLOUDS) : undefined;

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
      manifestPath: manifest ?? resolve(ctx.baseDir, DEFAULT_MANIFEST),
      ...(templateTimeout !== undefined ? { templateTimeout } : {}),
      ...(references ? { references } : {}),
      ...(share ? { share } : {}),
      ...(verify ? { verify } : {}),
      ...(lifecycle ? { lifecycle } : {}),
    },
  };
}

/** The manifest beside the config, checked as a set one is: a link there is not written through. */
function defaultManifest(
  root: Section | undefined,
  where: { baseDir: string; root?: Root | undefined },
): string | undefined {
  const path = resolve(where.baseDir, DEFAULT_MANIFEST);
  const problem = outputProblem(path, where.root, DEFAULT_MANIFEST);
  if (problem) root?.problem('manifest', `(default) ${problem}`);
  return problem ? undefined : path;
}
