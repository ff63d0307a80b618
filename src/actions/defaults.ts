/**
 * Each action.yml's input defaults (expressions such as `${{ github.token }}` left out: only
 * the runner can evaluate them). The runner applies them, but a step it runs without them (a
 * composite action forwarding an empty value, an older runner, a local rehearsal) must behave
 * the same, so every input is read through ActionInputs with these. A unit test keeps this
 * table equal to the action.yml files.
 */
export const ACTION_DEFAULTS = {
  '.': {
    config: 'worker-image.yml',
    clouds: '',
    namespace: '',
    version: '',
    'dry-run': 'false',
    mode: 'bake',
    'older-than': '6h',
    verify: 'auto',
  },
  'bake-image': { config: '', cloud: 'gcp', 'dry-run': 'false' },
  'bump-version-reference': {
    config: 'worker-image.yml',
    check: 'false',
    'dry-run': 'false',
    'repo-dir': '.',
    branch: 'worker-image/bump-images',
  },
  'replicate-gallery-version': { config: '', 'vms-per-replica': '20', timeout: '2h' },
  'share-image': { config: '', 'dry-run': 'false' },
  'verify-image': {},
} as const satisfies Record<string, Record<string, string>>;

export type ActionName = keyof typeof ACTION_DEFAULTS;
