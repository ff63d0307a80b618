import { resolve } from 'node:path';
import { readAzure } from './azure.js';
import type { ConfigProblem } from './errors.js';
import { readGcp } from './gcp.js';
import { readImage } from './image.js';
import { Problems, type LineOf } from './problems.js';
import { Section } from './section.js';
import type { WorkerImageConfig } from './types.js';

const CLOUDS = ['gcp', 'azure'];
// `references:` belongs to bump-version-reference, which reads the same file.
const KEYS = ['image', 'variables', 'manifest', ...CLOUDS, 'references'];
const DEFAULT_MANIFEST = 'worker-image-manifest.json';

export interface ValidateContext {
  source: string;
  baseDir: string;
  lineOf?: LineOf;
}

export type Validated =
  | { config: WorkerImageConfig; problems?: undefined }
  | { config?: undefined; problems: [ConfigProblem, ...ConfigProblem[]] };

/** Checks a raw config (worker-image.yml's shape) and applies defaults, collecting every problem. */
export function validate(raw: unknown, ctx: ValidateContext): Validated {
  const problems = new Problems(ctx.lineOf);
  const root = Section.open(problems, [], raw, KEYS);
  const image = root ? readImage(problems, root.value('image')) : undefined;
  const variables = root?.mapping('variables') ?? {};
  const manifest = root?.string('manifest');
  if (root && !CLOUDS.some((cloud) => root.has(cloud))) {
    root.problem(
      'gcp',
      `required: at least one cloud block (${CLOUDS.join(' or ')}) says where to bake the image`,
    );
  }
  const gcp = root?.has('gcp')
    ? readGcp(problems, root.value('gcp'), { baseDir: ctx.baseDir, variables })
    : undefined;
  const azure = root?.has('azure')
    ? readAzure(problems, root.value('azure'), { baseDir: ctx.baseDir, variables, image })
    : undefined;

  // In file order, so a user can fix them top to bottom; those from inputs come last.
  const inOrder = problems.list.sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
  const [first, ...rest] = inOrder;
  if (first) return { problems: [first, ...rest] };
  if (!image) throw new Error('internal: image settings missing although no problem was found');
  return {
    config: {
      source: ctx.source,
      image,
      ...(gcp ? { gcp } : {}),
      ...(azure ? { azure } : {}),
      manifestPath: resolve(ctx.baseDir, manifest ?? DEFAULT_MANIFEST),
    },
  };
}
