import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseTargetRegions } from '../../src/replicate/regions.js';

function problems(text: string): string[] {
  try {
    parseTargetRegions(text, 'target-regions');
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  return [];
}

describe('replicate target-regions: suggestions are real regions, or none', () => {
  it.each(['__proto__=3', 'fake_region', '- fake_region', '- {name: __proto__}'])(
    '%s suggests no made-up region',
    (text) => {
      const [problem] = problems(text);
      expect(problem).toMatch(/is not an Azure region name such as eastus or westeurope/);
      expect(problem).not.toMatch(/did you mean "(proto|fakeregion)"/);
    },
  );

  it('a spelling of a real region still suggests it', () => {
    expect(problems('East_US=2')).toEqual([
      'target-regions[0]: "East_US" is not an Azure region name (did you mean "eastus"?)',
    ]);
    expect(problems('west_europ')).toEqual([
      'target-regions[0]: "west_europ" is not an Azure region name (did you mean "westeurope"?)',
    ]);
  });

  it('real regions are taken', () => {
    expect(problems('eastus=3,westus2')).toEqual([]);
  });
});
