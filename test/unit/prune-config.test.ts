import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { DEFAULT_MIN_AGE } from '../../src/config/lifecycle.js';

const DAY = 86_400_000;
const GCP = {
  project: 'my-project',
  zone: 'us-central1-a',
  'source-image': { family: 'ubuntu-minimal-2204-lts', project: 'ubuntu-os-cloud' },
  template: 'gcp.sh.j2',
};
const AWS = {
  region: 'us-east-1',
  'source-image': { id: 'ami-0123456789abcdef0' },
  template: 'aws.sh.j2',
};

function parse(raw: Record<string, unknown>) {
  return parseConfig(
    { image: { name: 'batch-worker' }, ...raw },
    { source: '/repo/worker-image.yml', baseDir: '/repo' },
  );
}

function problems(raw: Record<string, unknown>): string[] {
  try {
    parse(raw);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  throw new Error('the config was accepted');
}

describe('lifecycle: in the validated config', () => {
  it('gives each configured cloud the shared settings under its own, protect lists added up', () => {
    const config = parse({
      lifecycle: { keep: 5, 'min-age': '14d', 'delete-after': '90d', protect: [23] },
      gcp: GCP,
      aws: { ...AWS, lifecycle: { keep: 2, protect: ['30'] } },
    });
    expect(config.lifecycle).toEqual({
      gcp: { keep: 5, minAge: 14 * DAY, deleteAfter: 90 * DAY, protect: ['23'], adopt: false },
      aws: {
        keep: 2,
        minAge: 14 * DAY,
        deleteAfter: 90 * DAY,
        protect: ['23', '30'],
        adopt: false,
      },
    });
  });

  it('a file without any lifecycle block has none: prune applies keep 3, min-age 30d, never delete', () => {
    expect(parse({ gcp: GCP }).lifecycle).toBeUndefined();
    expect(parse({ gcp: { ...GCP, lifecycle: { adopt: true } } }).lifecycle).toEqual({
      gcp: { keep: 3, minAge: DEFAULT_MIN_AGE, protect: [], adopt: true },
    });
  });

  it('refuses unknown keys with a suggestion, and bad values at their field', () => {
    expect(
      problems({
        gcp: GCP,
        lifecycle: { kep: 3, 'min-age': 'a month', 'delete-after': '-1d' },
        aws: { ...AWS, lifecycle: { keep: 0, adopt: 'maybe' } },
      }),
    ).toEqual([
      'lifecycle.kep: unknown field (did you mean "keep"?)',
      expect.stringMatching(/^lifecycle\.min-age: must be a duration such as .*"a month"/),
      expect.stringMatching(/^lifecycle\.delete-after: must be a duration/),
      'aws.lifecycle.keep: must be a whole number from 1 to 1000 (got 0)',
      'aws.lifecycle.adopt: must be true or false (got "maybe")',
    ]);
  });
});
