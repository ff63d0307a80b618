import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';

export const VERIFY_CHOICES = ['auto', 'true', 'false'] as const;

/**
 * Whether the pipeline verifies, from the root action's `verify` input or `run --verify`:
 * `auto` (the default) verifies the clouds that have verify checks; `true` also requires
 * every selected cloud to have some (refused before any cloud call otherwise); `false` skips
 * verification. `input` is how messages name the setting.
 */
export function verifyChoice(
  value: string | undefined,
  config: WorkerImageConfig,
  clouds: Cloud[],
  input: string,
): boolean {
  const word = value?.trim() || 'auto';
  if (!(VERIFY_CHOICES as readonly string[]).includes(word)) {
    throw new Error(`${input}: "${value}" is not ${VERIFY_CHOICES.join(', ')}`);
  }
  if (word === 'false') return false;
  const without = clouds.filter((c) => !config.verify?.[c]);
  if (word === 'true' && without.length > 0) {
    throw new Error(
      `${input} is true, but ${config.source} has no verify checks for ${without.join(', ')}: ` +
        'add a verify: block (or <cloud>.verify:) with checks, or verify only where there are some (auto)',
    );
  }
  return true;
}
