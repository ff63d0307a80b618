import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ec2, ec2Writes, liveAws, useDummyAwsCredentials, writeAwsConfig } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

const DAY = 86_400_000;
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

let emulator: Emulator;
let config: string;
let restoreCredentials: () => void;

/** batch-worker-v in the source region and both copy regions, tagged as a bake tags them. */
function seedAmi(v: number, extra: { deprecationTime?: string } = {}): void {
  const tags = {
    Name: `batch-worker-${v}`,
    'worker-image-role': 'image',
    'worker-image-run': `gh-${v}-1`,
    'worker-image-version': String(v),
  };
  for (const region of REGIONS) {
    emulator.control.seedAmi({
      region,
      name: `batch-worker-${v}`,
      tags,
      snapshotTags: tags,
      creationDate: ago(200 - 10 * v),
      ...extra,
    });
  }
}

/** `version region` of each AMI left, and of each snapshot left. */
function left(): { amis: string[]; snapshots: number } {
  const amis = liveAws(emulator, 'image')
    .filter((l) => !l.includes('deregistered'))
    .map((l) => l.split(' ').slice(1, 3).reverse().join(' '))
    .sort();
  return { amis, snapshots: liveAws(emulator, 'snapshot').length };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  try {
    return { code: await cli(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

async function deprecationTimes(region: string): Promise<Record<string, string | undefined>> {
  const out = await ec2(emulator, region).send(new DescribeImagesCommand({ Owners: ['self'] }));
  return Object.fromEntries((out.Images ?? []).map((i) => [i.Name!, i.DeprecationTime]));
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  restoreCredentials = useDummyAwsCredentials();
});
afterAll(async () => {
  restoreCredentials();
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
  config = await writeAwsConfig(
    emulator,
    'lifecycle: { keep: 2, min-age: 7d, delete-after: 90d }\n',
  );
  await mkdir(join(dirname(config), '.git'));
});

describe('worker-image prune on AWS', () => {
  it('deregisters an AMI deprecated past delete-after in every region with its snapshots, and deprecates the next ones everywhere', async () => {
    seedAmi(1, { deprecationTime: ago(100) });
    for (const v of [2, 3, 4, 5]) seedAmi(v);
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    const amis = left().amis;
    expect(amis.filter((a) => a.includes('batch-worker-1'))).toEqual([]);
    expect(amis).toHaveLength(12);
    // Each AMI has one snapshot: those of batch-worker-1 went with it.
    expect(left().snapshots).toBe(12);
    for (const region of REGIONS) {
      const times = await deprecationTimes(region);
      expect(times['batch-worker-2']).toBeDefined();
      expect(times['batch-worker-3']).toBeDefined();
      expect(times['batch-worker-4']).toBeUndefined();
      expect(times['batch-worker-5']).toBeUndefined();
    }
    expect(out).toContain('5 image(s): kept 2, deprecated 2, deleted 1');
  });

  it('deregisters a failed AMI at once, which never counted among the newest kept', async () => {
    for (const v of [2, 3]) seedAmi(v);
    // The newest bake's CreateImage failed yesterday: one AMI, in the source region only.
    const tags = {
      Name: 'batch-worker-4',
      'worker-image-role': 'image',
      'worker-image-run': 'gh-4-1',
      'worker-image-version': '4',
    };
    emulator.control.seedAmi({
      region: REGIONS[0]!,
      name: 'batch-worker-4',
      state: 'failed',
      tags,
      snapshotTags: tags,
      creationDate: ago(1),
    });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    expect(out).toMatch(
      new RegExp(`batch-worker-4 .*delete +AMI failed in ${REGIONS[0]}: never usable`),
    );
    // 2 and 3 are the newest 2 in service: kept in every region, nothing deprecated.
    expect(left().amis).toHaveLength(2 * REGIONS.length);
    expect(left().amis.filter((a) => a.includes('batch-worker-4'))).toEqual([]);
    expect(out).toContain('3 image(s): kept 2, deprecated 0, deleted 1');
  });

  it('rides out 429 and 503 mid-prune and leaves no snapshot of a deregistered AMI behind', async () => {
    seedAmi(1, { deprecationTime: ago(100) });
    for (const v of [2, 3]) seedAmi(v);
    emulator.control.addFault({
      path: '/ec2/us-west-2/DeregisterImage$',
      status: 429,
      retryAfter: 1,
      times: 2,
    });
    emulator.control.addFault({ path: '/ec2/eu-west-1/DeleteSnapshot$', status: 503, times: 2 });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    expect(left()).toEqual({
      amis: REGIONS.flatMap((r) => [`batch-worker-2 ${r}`, `batch-worker-3 ${r}`]).sort(),
      snapshots: 6,
    });
  });

  it('a snapshot that cannot be deleted leaves the AMI half-pruned: reported, and finished by the next run', async () => {
    seedAmi(1, { deprecationTime: ago(100) });
    for (const v of [2, 3]) seedAmi(v);
    emulator.control.addFault({
      path: '/ec2/eu-west-1/DeleteSnapshot$',
      status: 403,
      message: 'You are not authorized to perform this operation.',
    });
    const first = await run(['prune', '--config', config]);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(
      /batch-worker-1 .*delete \(failed: AMI batch-worker-1 is half-pruned/,
    );
    // Every AMI of it is deregistered; one snapshot is left in eu-west-1.
    expect(left().amis.filter((a) => a.includes('batch-worker-1'))).toEqual([]);
    expect(left().snapshots).toBe(7);

    const json = await run(['prune', '--config', config, '--dry-run', '--format', 'json']);
    const images = (
      JSON.parse(json.out) as { images: { name: string; action: string; reason: string }[] }
    ).images;
    expect(images.find((i) => i.name === 'batch-worker-1')).toMatchObject({
      action: 'delete',
      reason: 'half-pruned: 1 snapshot(s) of deregistered AMIs left in eu-west-1',
    });

    const second = await run(['prune', '--config', config]);
    expect(second.code, second.out).toBe(0);
    expect(left().snapshots).toBe(6);
    emulator.control.clearCalls();
    const third = await run(['prune', '--config', config]);
    expect(third.code).toBe(0);
    expect(ec2Writes(emulator)).toEqual([]);
  });

  it('a deprecation refused in one region is reported, and the next run deprecates that region alone', async () => {
    for (const v of [1, 2, 3]) seedAmi(v);
    emulator.control.addFault({
      path: '/ec2/eu-west-1/EnableImageDeprecation$',
      status: 403,
      message: 'You are not authorized to perform this operation.',
    });
    const first = await run(['prune', '--config', config]);
    expect(first.code).toBe(1);
    expect((await deprecationTimes('us-east-1'))['batch-worker-1']).toBeDefined();
    expect((await deprecationTimes('eu-west-1'))['batch-worker-1']).toBeUndefined();
    emulator.control.clearCalls();
    const second = await run(['prune', '--config', config]);
    expect(second.code, second.out).toBe(0);
    expect(ec2Writes(emulator)).toEqual(['/ec2/eu-west-1/EnableImageDeprecation']);
    for (const region of REGIONS) {
      expect((await deprecationTimes(region))['batch-worker-1']).toBeDefined();
    }
  });

  it('--dry-run writes nothing', async () => {
    seedAmi(1, { deprecationTime: ago(100) });
    for (const v of [2, 3, 4]) seedAmi(v);
    emulator.control.clearCalls();
    const { code, out } = await run(['prune', '--config', config, '--dry-run']);
    expect(code).toBe(0);
    expect(ec2Writes(emulator)).toEqual([]);
    expect(out).toContain('would deprecate 1, would delete 1 (dry run: nothing was changed)');
  });
});
