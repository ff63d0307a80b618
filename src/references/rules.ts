import { PLACEHOLDER } from './pattern.js';

/** Where a rule's version comes from: a cloud's new image, or one more than the current value. */
export const REFERENCE_VALUES = ['gcp', 'azure', 'aws', 'increment'] as const;
export type ReferenceValue = (typeof REFERENCE_VALUES)[number];

/** With `yaml-path` and no pattern: the version token that ends the value (`.../versions/0.0.13`). */
export const DEFAULT_YAML_PATTERN = `${PLACEHOLDER}$`;

/** One `references:` entry of worker-image.yml, validated, defaults applied. */
export interface ReferenceRule {
  /** For messages and the summary; default: the path (and yaml-path). */
  name: string;
  /** A file or glob (`**`, `*`, `?`) relative to the repository root, `/`-separated. */
  path: string;
  /** A regex with exactly one `{version}`; with `yamlPath`, matched inside the value. */
  pattern: string;
  /** Regex flags beyond the engine's own: some of `i`, `s`, `u` (`m` is always on). */
  flags: string;
  /** Dotted path of a YAML value (`a.b[0].c`): only that value is edited. */
  yamlPath?: string;
  value: ReferenceValue;
  /** Exactly this many matches; absent: at least one. */
  expect?: number;
}

/** Repository-relative and inside the repository: a rule never edits anything else. */
export function checkRulePath(path: string): string | undefined {
  const segments = path.split('/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) {
    return `must be relative to the repository root, with / between folders (got "${path}")`;
  }
  if (segments.includes('..')) return `must stay inside the repository (got "${path}")`;
  if (segments.every((s) => s === '' || s === '.')) return `must name a file (got "${path}")`;
  return undefined;
}

const YAML_PATH = /^[^.[\]]+(\[\d+\])*(\.[^.[\]]+(\[\d+\])*)*$/;

export function checkYamlPath(path: string): string | undefined {
  if (YAML_PATH.test(path)) return undefined;
  return `must be keys separated by dots, with [n] for a list item, e.g. pool_specification.vm_configuration.custom_image.arm_image_id (got "${path}")`;
}

/** `a.b[0].c` → `['a', 'b', 0, 'c']`; assumes checkYamlPath passed. */
export function yamlPathKeys(path: string): (string | number)[] {
  return path
    .split('.')
    .flatMap((part) =>
      [...part.matchAll(/([^[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] ? Number(m[2]) : (m[1] ?? ''))),
    );
}

/** How a rule is named when it has no `name`. */
export function defaultRuleName(path: string, yamlPath: string | undefined): string {
  return yamlPath ? `${path}:${yamlPath}` : path;
}
