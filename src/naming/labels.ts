import { randomHex } from './random.js';

const LABEL_MAX = 63;
// GCE: "lowercase letters, numeric characters, underscores, and dashes ... international
// characters are allowed" (https://cloud.google.com/compute/docs/labeling-resources).
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]*$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]*$/u;

/** Labels worker-image sets itself (run id, role, version) so a GC can find what a run left. */
export const RESERVED_LABEL_PREFIX = 'worker-image-';

/** GCE allows 64 labels per resource; this leaves room for the few worker-image adds. */
export const MAX_USER_LABELS = 56;

/** Coerces any text into a GCE label value: lowercase, `[a-z0-9_-]`, at most 63 characters. */
export function labelValue(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .slice(0, LABEL_MAX);
}

export function checkLabelKey(key: string): string | undefined {
  if (key.startsWith(RESERVED_LABEL_PREFIX)) {
    return `label "${key}" is reserved: keys starting with "${RESERVED_LABEL_PREFIX}" are set by worker-image`;
  }
  if ([...key].length > LABEL_MAX) {
    return `label key "${key}" is longer than ${LABEL_MAX} characters`;
  }
  if (!LABEL_KEY.test(key)) {
    return `label key "${key}" must start with a lowercase letter and contain only lowercase letters, digits, "_" and "-"`;
  }
  return undefined;
}

export function checkLabelValue(value: string): string | undefined {
  if ([...value].length > LABEL_MAX) {
    return `label value "${value}" is longer than ${LABEL_MAX} characters`;
  }
  if (!LABEL_VALUE.test(value)) {
    return `label value "${value}" may contain only lowercase letters, digits, "_" and "-"`;
  }
  return undefined;
}

/**
 * Identifies one run on the resources it creates: the Actions run and attempt (so a re-run
 * never adopts the first attempt's leftovers), or a random id for local runs. Valid both as
 * a label value and inside a GCE name.
 */
export function runId(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_RUN_ID) {
    return labelValue(`gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`);
  }
  return `local-${randomHex(4)}`;
}
