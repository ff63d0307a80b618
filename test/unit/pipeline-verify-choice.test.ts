import { describe, expect, it } from 'vitest';
import type { WorkerImageConfig } from '../../src/config/types.js';
import { verifyChoice } from '../../src/pipeline/verify-choice.js';

const check = { name: 'docker', run: 'docker info', timeout: 60_000 };
const CONFIG = {
  source: '/repo/worker-image.yml',
  verify: { gcp: { checks: [check], timeToReady: 60_000, onFailure: 'fail' } },
} as unknown as WorkerImageConfig;

describe('the pipeline verify setting (root action verify input, run --verify)', () => {
  it('auto (and empty) verifies where the config has checks', () => {
    expect(verifyChoice('auto', CONFIG, ['gcp', 'aws'], 'input verify')).toBe(true);
    expect(verifyChoice('', CONFIG, ['gcp', 'aws'], 'input verify')).toBe(true);
    expect(verifyChoice(undefined, CONFIG, ['aws'], 'input verify')).toBe(true);
  });

  it('false skips verification', () => {
    expect(verifyChoice('false', CONFIG, ['gcp'], 'input verify')).toBe(false);
  });

  it('true refuses a selected cloud without checks, naming it and the fix', () => {
    expect(verifyChoice('true', CONFIG, ['gcp'], 'input verify')).toBe(true);
    expect(() => verifyChoice('true', CONFIG, ['gcp', 'aws'], 'input verify')).toThrow(
      /input verify is true, but \/repo\/worker-image.yml has no verify checks for aws: add a verify: block/,
    );
  });

  it('anything else is refused, naming the setting and the choices', () => {
    expect(() => verifyChoice('yes', CONFIG, ['gcp'], '--verify')).toThrow(
      '--verify: "yes" is not auto, true, false',
    );
  });
});
