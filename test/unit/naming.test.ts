import { describe, expect, it } from 'vitest';
import { GCE_NAME, checkGceName, checkProjectId, checkZone } from '../../src/naming/gce.js';
import { checkLabelKey, checkLabelValue, labelValue, runId } from '../../src/naming/labels.js';
import {
  checkNamespace,
  checkVersion,
  imageName,
  nextVersion,
  overwriteProblem,
  parseVersion,
  resolveVersion,
  versionOfImage,
} from '../../src/naming/version.js';

const base = 'batch-worker';
const images = [
  'batch-worker-21',
  'batch-worker-23',
  'batch-worker-17a',
  'batch-worker-22-04',
  'batch-worker-subnet',
  'batch-worker-alice-3',
  'batch-worker-alice-40',
  'batch-worker-bob-7',
  'other-worker-99',
];

describe('image names', () => {
  it('carry the namespace only outside the default one', () => {
    expect(imageName(base, 'default', '24')).toBe('batch-worker-24');
    expect(imageName(base, 'alice', '24')).toBe('batch-worker-alice-24');
  });

  it('explain which GCE naming rule a name breaks', () => {
    expect(checkGceName('batch-worker-24', 'image name')).toBeUndefined();
    expect(checkGceName('a'.repeat(64), 'image name')).toMatch(
      /is 64 characters; GCE names are at most 63/,
    );
    expect(checkGceName('24-batch', 'image name')).toMatch(/must start with a lowercase letter/);
    expect(checkGceName('Batch', 'image name')).toMatch(/must start with a lowercase letter/);
    expect(checkGceName('batch_worker', 'image name')).toMatch(
      /only lowercase letters, digits and "-" \(found "_"\)/,
    );
    expect(checkGceName('batch-', 'image family')).toBe(
      'image family "batch-" must not end with "-"',
    );
    expect(checkGceName('', 'image name')).toMatch(/must not be empty/);
    expect(GCE_NAME.test('a')).toBe(true);
  });

  it('check project ids and zones', () => {
    expect(checkProjectId('my-project')).toBeUndefined();
    expect(checkProjectId('google.com:my-project')).toBeUndefined();
    expect(checkProjectId('proj')).toMatch(/not a GCP project id/);
    expect(checkProjectId('My Project')).toMatch(/not a GCP project id/);
    expect(checkProjectId('my-project-')).toMatch(/not a GCP project id/);
    expect(checkZone('us-central1-a')).toBeUndefined();
    expect(checkZone('northamerica-northeast1-b')).toBeUndefined();
    expect(checkZone('us-central1')).toMatch(/not a GCE zone/);
    expect(checkZone('us-centrl1-a')).toMatch(
      /"us-centrl1-a" is not in a GCE region \(us-centrl1 is unknown; did you mean "us-central1"\?\); .*WORKER_IMAGE_EXTRA_REGIONS=us-centrl1/,
    );
    process.env.WORKER_IMAGE_EXTRA_REGIONS = 'us-south9';
    try {
      expect(checkZone('us-south9-a')).toBeUndefined();
    } finally {
      delete process.env.WORKER_IMAGE_EXTRA_REGIONS;
    }
  });
});

describe('versions', () => {
  it('parse a number with an optional one-letter suffix', () => {
    expect(parseVersion('24')).toEqual({ number: 24, suffix: '' });
    expect(parseVersion('17a')).toEqual({ number: 17, suffix: 'a' });
    for (const bad of ['07', '17ab', '17A', 'v17', '', '22-04', '1.2']) {
      expect(parseVersion(bad), bad).toBeUndefined();
    }
    expect(checkVersion('auto')).toBeUndefined();
    expect(checkVersion('24')).toBeUndefined();
    expect(checkVersion('latest')).toMatch(/must be "auto" or a version such as 24 or 17a/);
  });

  it('are read only from images of the same base and namespace', () => {
    expect(versionOfImage('batch-worker-23', base, 'default')).toEqual({ number: 23, suffix: '' });
    expect(versionOfImage('batch-worker-17a', base, 'default')).toEqual({
      number: 17,
      suffix: 'a',
    });
    expect(versionOfImage('batch-worker-22-04', base, 'default')).toBeUndefined();
    expect(versionOfImage('batch-worker-subnet', base, 'default')).toBeUndefined();
    expect(versionOfImage('batch-worker-alice-3', base, 'default')).toBeUndefined();
    expect(versionOfImage('batch-worker-alice-3', base, 'alice')).toEqual({
      number: 3,
      suffix: '',
    });
    expect(versionOfImage('batch-worker-23', base, 'alice')).toBeUndefined();
    expect(versionOfImage('batch-worker-bob-7', base, 'alice')).toBeUndefined();
  });

  it('next is one more than the highest in the namespace, ignoring neighbours', () => {
    expect(nextVersion(images, base, 'default')).toBe('24');
    expect(nextVersion(['batch-worker-17a', 'batch-worker-9'], base, 'default')).toBe('18');
    expect(nextVersion(images, base, 'alice')).toBe('41');
    expect(nextVersion(images, base, 'carol')).toBe('1');
    expect(nextVersion([], base, 'default')).toBe('1');
  });

  it('resolve auto to the next free name and an explicit one as given', () => {
    const image = { name: base, namespace: 'default', overwrite: false };
    expect(resolveVersion({ ...image, version: 'auto' }, images)).toEqual({
      version: '24',
      name: 'batch-worker-24',
      exists: false,
    });
    expect(resolveVersion({ ...image, version: '23' }, images)).toEqual({
      version: '23',
      name: 'batch-worker-23',
      exists: true,
    });
  });

  it('refuse to replace an existing image unless overwrite is on, and never in the default namespace', () => {
    const taken = { version: '23', name: 'batch-worker-23', exists: true };
    expect(overwriteProblem(taken, { namespace: 'default', overwrite: false }, 'project P')).toBe(
      'image batch-worker-23 already exists in project P; images in the default namespace are never overwritten: choose another version, or use version: auto',
    );
    expect(overwriteProblem(taken, { namespace: 'default', overwrite: true }, 'project P')).toMatch(
      /never overwritten/,
    );
    const mine = { version: '3', name: 'batch-worker-alice-3', exists: true };
    expect(overwriteProblem(mine, { namespace: 'alice', overwrite: false }, 'project P')).toMatch(
      /^image batch-worker-alice-3 already exists in project P; choose another version, use version: auto, or set overwrite: true/,
    );
    expect(
      overwriteProblem(mine, { namespace: 'alice', overwrite: true }, 'project P'),
    ).toBeUndefined();
    expect(
      overwriteProblem(
        { ...taken, exists: false },
        { namespace: 'default', overwrite: false },
        'project P',
      ),
    ).toBeUndefined();
  });

  it('namespaces are short lowercase names', () => {
    expect(checkNamespace('alice')).toBeUndefined();
    expect(checkNamespace('ci-pr-12')).toBeUndefined();
    expect(checkNamespace('Alice')).toMatch(/must start with a lowercase letter/);
    expect(checkNamespace('alice-')).toMatch(/not end with "-"/);
    expect(checkNamespace('a'.repeat(21))).toBe('must be at most 20 characters (got 21)');
  });
});

describe('labels and run ids', () => {
  it('sanitise any text into a GCE label value', () => {
    expect(labelValue('Feature/GPU_support v2')).toBe('feature-gpu_support-v2');
    expect(labelValue('x'.repeat(80))).toHaveLength(63);
    expect(checkLabelValue(labelValue('Héllo wörld 1.2.3'))).toBeUndefined();
  });

  it('check label keys and values, reserving worker-image- keys', () => {
    expect(checkLabelKey('team')).toBeUndefined();
    expect(checkLabelKey('worker-image-run')).toMatch(/reserved/);
    expect(checkLabelKey('Team')).toMatch(/must start with a lowercase letter/);
    expect(checkLabelValue('')).toBeUndefined();
    expect(checkLabelValue('Batch')).toMatch(/only lowercase letters/);
  });

  it('take international lowercase letters as GCE does, counting characters, not UTF-16 units', () => {
    expect(checkLabelKey('équipe')).toBeUndefined();
    expect(checkLabelValue('génomique')).toBeUndefined();
    expect(checkLabelKey('遺伝子')).toBeUndefined();
    expect(checkLabelKey('Équipe')).toMatch(/must start with a lowercase letter/);
    expect(checkLabelValue('a b')).toMatch(/only lowercase letters/);
    // 63 mathematical small x: 126 UTF-16 units, 63 characters.
    expect(checkLabelValue('𝑥'.repeat(63))).toBeUndefined();
    expect(checkLabelValue('𝑥'.repeat(64))).toMatch(/longer than 63 characters/);
  });

  it('a run id names the Actions run and attempt, or is random locally', () => {
    expect(runId({ GITHUB_RUN_ID: '123456', GITHUB_RUN_ATTEMPT: '2' })).toBe('gh-123456-2');
    const local = runId({});
    expect(local).toMatch(/^local-[0-9a-f]{8}$/);
    expect(runId({})).not.toBe(local);
    expect(checkLabelValue(local)).toBeUndefined();
    expect(checkGceName(`batch-worker-24-${local}`, 'builder name')).toBeUndefined();
  });
});

describe('machine and instance types by their shape', () => {
  it('takes every EC2 naming scheme (flex, High Memory, Mac, GPU families with a part) and refuses a misspelt size', async () => {
    const { instanceTypeProblem } = await import('../../src/naming/aws.js');
    for (const ok of [
      't3.large',
      'm7i-flex.large',
      'u-6tb1.112xlarge',
      'u7i-12tb.224xlarge',
      'mac2-m2pro.metal',
      'mac-m4.metal',
      'p6-b200.48xlarge',
      'x8g.metal-24xl',
      'c7gn.16xlarge',
    ]) {
      expect(instanceTypeProblem(ok), ok).toBeUndefined();
    }
    expect(instanceTypeProblem('t3.xxlarge')).toMatch(/"xxlarge" is not an instance size/);
    expect(instanceTypeProblem('t3.larg')).toMatch(/"larg" is not an instance size/);
    expect(instanceTypeProblem('large.xlarge')).toMatch(/"large" is not an instance family/);
    expect(instanceTypeProblem('large')).toBe('an instance type is FAMILY.SIZE');
  });

  it('takes GCE predefined, suffixed, shared-core and custom types and names the misspelt part', async () => {
    const { checkMachineType } = await import('../../src/naming/gce-machine-types.js');
    for (const ok of [
      'n1-standard-4',
      'e2-small',
      'c3-standard-88-lssd',
      'a2-highgpu-1g',
      'c3-standard-192-metal',
      'custom-2-4096',
      'n2-custom-4-8192-ext',
      'z3-highmem-88-highlssd',
      'e2-custom-micro-2048',
      'x4-960-metal',
    ]) {
      expect(checkMachineType(ok), ok).toBeUndefined();
    }
    expect(checkMachineType('n2-standrad-4')).toMatch(/there is no machine class "standrad"/);
    expect(checkMachineType('q9-standard-4')).toMatch(/there is no machine series "q9"/);
    expect(checkMachineType('N2-standard-4')).toMatch(/must start with a lowercase letter/);
  });
});
