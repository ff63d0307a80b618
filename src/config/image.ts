import { checkGceName } from '../naming/gce.js';
import {
  AUTO_VERSION,
  DEFAULT_NAMESPACE,
  checkNamespace,
  checkVersion,
  imageName,
  overwriteAllowed,
  versionTooLarge,
} from '../naming/version.js';
import type { ImageConfig } from './types.js';
import type { Problems } from './problems.js';
import { Section } from './section.js';
import { quoted } from './text.js';

const KEYS = ['name', 'namespace', 'version', 'overwrite', 'description'];

// As wide as versions will realistically get, to check name length while the version is `auto`.
const PLACEHOLDER_VERSION = '9999';

/**
 * checkVersion, saying so when the version is a number too large to be one (past
 * Number.MAX_SAFE_INTEGER two versions could not be told apart), not that it is misshapen.
 */
export function checkImageVersion(version: string): string | undefined {
  const large = versionTooLarge(version);
  return large ? `${quoted(version, 40)} ${large}` : checkVersion(version);
}

/** `image:`; undefined when a required setting is missing or invalid (a problem says which). */
export function readImage(problems: Problems, raw: unknown): ImageConfig | undefined {
  const image = Section.open(problems, ['image'], raw, KEYS);
  if (!image) return undefined;
  const name = image.required('name', (n) => checkGceName(n, 'image name'));
  const namespace = image.has('namespace')
    ? image.string('namespace', checkNamespace)
    : DEFAULT_NAMESPACE;
  const version = image.has('version')
    ? image.string('version', checkImageVersion, { id: true })
    : AUTO_VERSION;
  const overwrite = image.boolean('overwrite') ?? false;
  const description = image.string('description');

  if (overwrite && namespace !== undefined && !overwriteAllowed(namespace)) {
    image.problem(
      'overwrite',
      `cannot be true in the ${DEFAULT_NAMESPACE} namespace: released images are never replaced; ` +
        'set image.namespace to bake images you may overwrite',
    );
  }
  if (name === undefined || namespace === undefined || version === undefined) return undefined;

  const auto = version === AUTO_VERSION;
  const fullNameProblem = checkGceName(
    imageName(name, namespace, auto ? PLACEHOLDER_VERSION : version),
    'image name',
  );
  if (fullNameProblem) {
    image.problem(
      'name',
      `${fullNameProblem}${auto ? ` (with version: auto, allowing for a ${PLACEHOLDER_VERSION.length}-digit version)` : ''}; ` +
        'shorten image.name or image.namespace',
    );
  }
  return { name, namespace, version, overwrite, ...(description ? { description } : {}) };
}
