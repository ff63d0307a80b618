import { describe, expect, it } from 'vitest';
import type { GcpConfig } from '../../src/config/types.js';
import type { VerifyTarget } from '../../src/providers/provider.js';
import { builderName, verifierName } from '../../src/providers/gcp/names.js';
import { verifierInstance, verifierPlace } from '../../src/providers/gcp/verify-instance.js';
import { mergeProgress as merged } from '../../src/verify/report.js';

const gcp = {
  project: 'config-project',
  zone: 'us-central1-a',
  machineType: 'n2-standard-4',
  bootDisk: { sizeGb: 50, type: 'pd-ssd' },
  subnet: 'batch',
  network: 'vpc',
  serviceAccount: 'builder@p.iam.gserviceaccount.com',
  scopes: ['https://www.googleapis.com/auth/cloud-platform'],
} as unknown as GcpConfig;

function target(imageId: string, details: Record<string, string> = {}): VerifyTarget {
  return { cloud: 'gcp', imageName: 'batch-worker-24', imageId, version: '24', details };
}

describe('where a GCE image is verified', () => {
  it('takes the project from the image link and the zone from the manifest', () => {
    const link =
      'https://compute.googleapis.com/compute/v1/projects/img-project/global/images/batch-worker-24';
    expect(verifierPlace(target(link, { zone: 'europe-west4-b' }), gcp)).toEqual({
      project: 'img-project',
      image: 'batch-worker-24',
      zone: 'europe-west4-b',
    });
    expect(verifierPlace(target('projects/p2/global/images/batch-worker-24'), gcp)).toEqual({
      project: 'p2',
      image: 'batch-worker-24',
      zone: 'us-central1-a',
    });
  });

  it('a bare name is in the manifest’s project, else the config’s', () => {
    expect(verifierPlace(target('batch-worker-24', { project: 'm' }), gcp).project).toBe('m');
    expect(verifierPlace(target('batch-worker-24'), gcp).project).toBe('config-project');
  });

  it('refuses what is not an image', () => {
    expect(() => verifierPlace(target('projects/p/global/snapshots/batch-worker-24'), gcp)).toThrow(
      /not an image link: expected projects\/PROJECT\/global\/images\/NAME/,
    );
  });
});

describe('the verifier instance', () => {
  it('is named after the image and the run, distinct from the builder, within GCE rules', () => {
    const name = verifierName('batch-worker-24', 'gh-123-1');
    expect(name).toMatch(/^batch-worker-24-verify-[0-9a-f]{6}$/);
    expect(name).not.toBe(builderName('batch-worker-24', 'gh-123-1'));
    expect(verifierName('batch-worker-24', 'gh-123-1')).toBe(name);
    const long = verifierName(`a${'-b'.repeat(40)}`, 'gh-1');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z]([-a-z0-9]*[a-z0-9])?$/);
    expect(long).not.toMatch(/--verify/);
  });

  it('boots the image on the builder’s network, account and scopes, with guest attributes on', () => {
    const instance = verifierInstance(gcp, {
      name: 'batch-worker-24-verify-abcdef',
      zone: 'europe-west4-b',
      machineType: 'e2-standard-2',
      sourceImage: 'projects/p/global/images/batch-worker-24',
      diskSizeGb: 60,
      startupScript: '#!/bin/bash\necho hi\n',
      labels: { 'worker-image-role': 'verifier' },
    });
    expect(instance.machineType).toBe('zones/europe-west4-b/machineTypes/e2-standard-2');
    expect(instance.disks?.[0]?.initializeParams).toMatchObject({
      diskSizeGb: '60',
      diskType: 'zones/europe-west4-b/diskTypes/pd-ssd',
      sourceImage: 'projects/p/global/images/batch-worker-24',
      labels: { 'worker-image-role': 'verifier' },
    });
    expect(instance.disks?.[0]?.autoDelete).toBe(true);
    expect(instance.networkInterfaces?.[0]).toMatchObject({
      network: 'global/networks/vpc',
      subnetwork: 'regions/europe-west4/subnetworks/batch',
    });
    expect(instance.serviceAccounts).toEqual([{ email: gcp.serviceAccount, scopes: gcp.scopes }]);
    expect(instance.metadata?.items).toEqual([
      { key: 'startup-script', value: '#!/bin/bash\necho hi\n' },
      { key: 'enable-guest-attributes', value: 'TRUE' },
    ]);
  });
});

describe('progress from two channels', () => {
  it('adds up: a report once seen stays, whichever channel lags', () => {
    const a = merged(
      { checks: [] },
      { readyUptime: 4.2, checks: [{ index: 1, exit: 0, ms: 5, timedOut: false }] },
    );
    const b = merged(a, {
      checks: [
        { index: 0, exit: 3, ms: 7, timedOut: false },
        { index: 1, exit: 9, ms: 9, timedOut: false },
      ],
      failed: 1,
    });
    expect(b).toEqual({
      readyUptime: 4.2,
      checks: [
        { index: 0, exit: 3, ms: 7, timedOut: false },
        { index: 1, exit: 0, ms: 5, timedOut: false },
      ],
      failed: 1,
    });
    expect(merged(b, { checks: [] })).toEqual(b);
  });
});
