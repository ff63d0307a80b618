import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { ACTION_DEFAULTS, type ActionName } from '../../src/actions/defaults.js';
import { ActionInputs } from '../../src/actions/inputs.js';
import { flushSummary } from '../../src/actions/summary.js';
import * as core from '@actions/core';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("each action.yml's defaults", () => {
  it.each(Object.keys(ACTION_DEFAULTS) as ActionName[])(
    '%s: the code applies the same defaults the runner would',
    (action) => {
      const yml = YAML.parse(readFileSync(join(action, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      };
      const declared = Object.fromEntries(
        Object.entries(yml.inputs)
          .filter(([, i]) => i.default !== undefined && !String(i.default).includes('${{'))
          .map(([name, i]) => [name, String(i.default)]),
      );
      expect(ACTION_DEFAULTS[action]).toEqual(declared);
    },
  );
});

describe('inputs as the runner passes them', () => {
  it('an absent input reads as its default; one given empty stays empty', () => {
    const inputs = new ActionInputs('bump-version-reference');
    expect(inputs.text('branch')).toBe('worker-image/bump-images');
    expect(inputs.boolean('check')).toBe(false);
    vi.stubEnv('INPUT_BRANCH', '');
    expect(inputs.text('branch')).toBe('');
    vi.stubEnv('INPUT_CHECK', 'True');
    expect(inputs.boolean('check')).toBe(true);
  });

  it('a boolean that is not one names the input', () => {
    vi.stubEnv('INPUT_DRY-RUN', 'yes');
    expect(() => new ActionInputs('share-image').boolean('dry-run')).toThrow(
      'input dry-run: must be true or false (got "yes")',
    );
  });
});

describe('the job summary', () => {
  it('without GITHUB_STEP_SUMMARY, a warning and nothing else', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', undefined);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    core.summary.addHeading('worker-image: image baked', 3);
    await expect(flushSummary()).resolves.toBeUndefined();
    expect(out).toBe('::warning::GITHUB_STEP_SUMMARY is not set: no job summary written\n');
    expect(core.summary.isEmptyBuffer()).toBe(true);
  });
});
