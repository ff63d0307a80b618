import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import type { GcpConfig } from '../../src/config/types.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const GCP = {
  project: 'my-project',
  zone: 'us-central1-a',
  'source-image': { family: 'ubuntu-minimal-2404-lts-amd64', project: 'ubuntu-os-cloud' },
  template: 'gcp.sh.j2',
};

function gcp(settings: Record<string, unknown>): GcpConfig {
  return parseConfig(
    { image: { name: 'batch-worker' }, gcp: { ...GCP, ...settings } },
    { source: '/repo/worker-image.yml', baseDir: '/repo' },
  ).gcp!;
}

function problems(settings: Record<string, unknown>): string[] {
  try {
    gcp(settings);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.field}: ${p.message}`);
    throw err;
  }
  throw new Error('the config was accepted');
}

describe('the GCP builder’s identity and address, as gcloud and Packer default them', () => {
  it('runs as the project’s default service account with cloud-platform, with an external IP', () => {
    expect(gcp({})).toMatchObject({
      serviceAccount: 'default',
      scopes: [CLOUD_PLATFORM],
      externalIp: true,
    });
    expect(gcp({}).networkTier).toBeUndefined();
  });

  it('takes `default` and a dedicated account’s email by name', () => {
    expect(gcp({ 'service-account': 'default' }).serviceAccount).toBe('default');
    expect(
      gcp({ 'service-account': 'image-builder@my-project.iam.gserviceaccount.com' }).serviceAccount,
    ).toBe('image-builder@my-project.iam.gserviceaccount.com');
  });

  it('`none` attaches no account and so no scopes', () => {
    expect(gcp({ 'service-account': 'none' })).toMatchObject({
      serviceAccount: 'none',
      scopes: [],
    });
  });

  it('expands gcloud’s scope aliases and sorts them as gcloud sends them', () => {
    expect(gcp({ scopes: ['storage-ro', 'cloud-platform'] }).scopes).toEqual([
      CLOUD_PLATFORM,
      'https://www.googleapis.com/auth/devstorage.read_only',
    ]);
    expect(gcp({ scopes: ['default'] }).scopes).toContain(
      'https://www.googleapis.com/auth/logging.write',
    );
  });

  it('turns the external address off, or picks its tier', () => {
    expect(gcp({ 'external-ip': false }).externalIp).toBe(false);
    expect(gcp({ 'network-tier': 'STANDARD' }).networkTier).toBe('STANDARD');
    expect(gcp({ 'external-ip': 'false' }).externalIp).toBe(false);
  });

  it('says what is wrong with each setting and how to put it right', () => {
    expect(problems({ 'service-account': 'builder' })).toEqual([
      'gcp.service-account: must be default (the project’s Compute Engine default service account), none (no account: the builder calls no Google API), or a service account email such as builder@my-project.iam.gserviceaccount.com (got "builder")',
    ]);
    // A person's email is no identity a VM can run as: refused here, not by GCE at insert.
    expect(problems({ 'service-account': 'alice@example.com' })).toEqual([
      'gcp.service-account: must be default (the project’s Compute Engine default service account), none (no account: the builder calls no Google API), or a service account email such as builder@my-project.iam.gserviceaccount.com (got "alice@example.com")',
    ]);
    expect(
      gcp({ 'service-account': '123456789012-compute@developer.gserviceaccount.com' })
        .serviceAccount,
    ).toBe('123456789012-compute@developer.gserviceaccount.com');
    expect(problems({ scopes: ['cloud-platfrom', 'www.googleapis.com/auth/compute'] })).toEqual([
      `gcp.scopes[0]: must be a scope URL such as ${CLOUD_PLATFORM} or a gcloud alias such as cloud-platform (got "cloud-platfrom")`,
      `gcp.scopes[1]: must be a scope URL such as ${CLOUD_PLATFORM} (got "www.googleapis.com/auth/compute")`,
    ]);
    expect(problems({ scopes: [CLOUD_PLATFORM, 'cloud-platform'] })).toEqual([
      `gcp.scopes[1]: "cloud-platform" is ${CLOUD_PLATFORM} again (already [0]); list it once`,
    ]);
    expect(problems({ 'service-account': 'none', scopes: ['cloud-platform'] })).toEqual([
      'gcp.scopes: scopes need a service account: remove them, or set service-account to default or an email',
    ]);
    expect(problems({ 'external-ip': false, 'network-tier': 'PREMIUM' })).toEqual([
      'gcp.network-tier: is the tier of the external address, and external-ip is false: remove network-tier, or set external-ip: true',
    ]);
    expect(problems({ 'network-tier': 'premium', 'external-ip': 'no' })).toEqual([
      'gcp.external-ip: must be true or false (got "no")',
      'gcp.network-tier: must be one of PREMIUM, STANDARD (got "premium")',
    ]);
  });
});
