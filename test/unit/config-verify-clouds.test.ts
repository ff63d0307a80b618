import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { DEFAULT_CHECK_TIMEOUT } from '../../src/config/verify.js';

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

describe('verify: in the validated config', () => {
  it('gives each configured cloud the shared checks plus its own, with its VM type', () => {
    const config = parse({
      verify: { checks: { docker: 'docker info' }, 'time-to-ready': '45s' },
      gcp: { ...GCP, verify: { 'machine-type': 'n1-standard-8', checks: { gpu: 'nvidia-smi' } } },
      aws: AWS,
    });
    expect(config.verify).toEqual({
      gcp: {
        checks: [
          { name: 'docker', run: 'docker info', timeout: DEFAULT_CHECK_TIMEOUT },
          { name: 'gpu', run: 'nvidia-smi', timeout: DEFAULT_CHECK_TIMEOUT },
        ],
        timeToReady: 45_000,
        onFailure: 'fail',
        vmType: 'n1-standard-8',
      },
      aws: {
        checks: [{ name: 'docker', run: 'docker info', timeout: DEFAULT_CHECK_TIMEOUT }],
        timeToReady: 45_000,
        onFailure: 'fail',
      },
    });
  });

  it('a cloud block alone verifies that cloud only', () => {
    const config = parse({
      gcp: GCP,
      aws: { ...AWS, verify: { checks: { docker: 'docker info' }, 'on-failure': 'warn' } },
    });
    expect(Object.keys(config.verify ?? {})).toEqual(['aws']);
    expect(config.verify?.aws?.onFailure).toBe('warn');
  });

  it('no verify block: no verification', () => {
    expect(parse({ gcp: GCP }).verify).toBeUndefined();
  });

  it('refuses a verification without any check, naming the block to add them to', () => {
    expect(problems({ verify: { 'time-to-ready': '60s' }, gcp: GCP })).toEqual([
      expect.stringMatching(/^verify\.checks: required: at least one check .*docker: docker info/),
    ]);
    expect(problems({ gcp: { ...GCP, verify: { 'machine-type': 'n1-standard-8' } } })).toEqual([
      expect.stringMatching(/^gcp\.verify\.checks: required: at least one check/),
    ]);
  });

  it('shared checks satisfy a cloud block that only sets the VM type', () => {
    const config = parse({
      verify: { checks: { docker: 'docker info' } },
      aws: { ...AWS, verify: { 'instance-type': 'g5.xlarge' } },
    });
    expect(config.verify?.aws).toMatchObject({ vmType: 'g5.xlarge', checks: [{ name: 'docker' }] });
  });
});
