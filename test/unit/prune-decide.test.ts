import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE, type LifecycleConfig } from '../../src/config/lifecycle.js';
import { decide, type DecideInput, type Reference } from '../../src/prune/decide.js';
import type { PruneImage } from '../../src/prune/inventory.js';

const DAY = 86_400_000;
const NOW = new Date('2026-12-01T00:00:00Z');
const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * DAY);

/** batch-worker-<version>, baked by worker-image, `age` days old (version 10 is 10 days younger than version 1...). */
function gce(version: number, over: Partial<PruneImage> = {}): PruneImage {
  return {
    cloud: 'gcp',
    name: `batch-worker-${version}`,
    lineage: 'batch-worker',
    namespace: 'default',
    version: String(version),
    createdAt: daysAgo(200 - version * 10),
    deprecated: false,
    baked: true,
    protectedByLabel: false,
    id: `projects/p/global/images/batch-worker-${version}`,
    ...over,
  };
}

function run(
  images: PruneImage[],
  policy: Partial<LifecycleConfig> = {},
  more: Partial<DecideInput> = {},
): Record<string, string> {
  const decisions = decide({
    images,
    lifecycle: () => ({ ...DEFAULT_LIFECYCLE, ...policy }),
    references: [],
    now: NOW,
    ...more,
  });
  return Object.fromEntries(decisions.map((d) => [d.image.name, `${d.action}: ${d.reason}`]));
}

const history = (n: number): PruneImage[] => Array.from({ length: n }, (_, i) => gce(i + 1));

describe('prune decisions', () => {
  it('never counts a failed image among the newest kept, and deletes it at once only with delete-after', () => {
    const failed = gce(4, { failed: 'image FAILED', createdAt: daysAgo(1) });
    const images = [...history(3), failed];
    expect(run(images)).toEqual({
      'batch-worker-1': 'keep: newest 3',
      'batch-worker-2': 'keep: newest 3',
      'batch-worker-3': 'keep: newest 3',
      'batch-worker-4': 'keep: image FAILED; no delete-after, so never deleted',
    });
    // Younger than min-age and never deprecated: deleted all the same, it can never be used.
    expect(run(images, { deleteAfter: 90 * DAY })['batch-worker-4']).toBe(
      'delete: image FAILED: never usable (delete-after is set)',
    );
    // What the repository names or the config protects stays.
    expect(run(images, { deleteAfter: 90 * DAY, protect: ['4'] })['batch-worker-4']).toBe(
      'keep: protected (lifecycle.protect)',
    );
  });

  it('keeps the newest 3 of a lineage and deprecates the rest, the newest kept as replacement', () => {
    const decisions = decide({
      images: history(6),
      lifecycle: () => DEFAULT_LIFECYCLE,
      references: [],
      now: NOW,
    });
    expect(decisions.map((d) => [d.image.version, d.action, d.reason])).toEqual([
      ['1', 'deprecate', 'older than the newest 3'],
      ['2', 'deprecate', 'older than the newest 3'],
      ['3', 'deprecate', 'older than the newest 3'],
      ['4', 'keep', 'newest 3'],
      ['5', 'keep', 'newest 3'],
      ['6', 'keep', 'newest 3'],
    ]);
    expect(decisions[0]!.replacement?.name).toBe('batch-worker-6');
  });

  it('orders versions as numbers, not text: 10 is newer than 9', () => {
    const out = run([gce(9), gce(10), gce(8), gce(11)], { keep: 2 });
    expect(out['batch-worker-8']).toMatch(/^deprecate/);
    expect(out['batch-worker-9']).toMatch(/^deprecate/);
    expect(out['batch-worker-11']).toBe('keep: newest 2');
  });

  it('never touches a version the repository names, and says where', () => {
    const references: Reference[] = [
      { cloud: 'gcp', version: '2', namespace: 'default', at: 'batch/create_instance.py:12' },
      { version: '1', namespace: 'default', at: 'build.sh:3' },
      { cloud: 'aws', version: '3', namespace: 'default', at: 'aws.yml:1' },
      { cloud: 'gcp', version: '3', namespace: 'alice', at: 'test.py:1' },
    ];
    const out = run(history(6), {}, { references });
    expect(out['batch-worker-2']).toBe('keep: referenced at batch/create_instance.py:12');
    expect(out['batch-worker-1']).toBe('keep: referenced at build.sh:3');
    // another cloud's, and another namespace's, reference does not count
    expect(out['batch-worker-3']).toMatch(/^deprecate/);
  });

  it('keeps protected versions (config or label), the just-baked image and what worker-image did not bake', () => {
    const images = [
      gce(1, { protectedByLabel: true }),
      gce(2),
      gce(3, { baked: false }),
      ...[4, 5, 6].map((v) => gce(v)),
    ];
    const out = run(
      images,
      { protect: ['2'] },
      { justBaked: [{ cloud: 'gcp', name: 'batch-worker-4' }] },
    );
    expect(out).toMatchObject({
      'batch-worker-1': 'keep: protected (worker-image-protect label)',
      'batch-worker-2': 'keep: protected (lifecycle.protect)',
      'batch-worker-3': expect.stringMatching(/^keep: not baked by worker-image/),
      'batch-worker-4': 'keep: just baked',
    });
    expect(run(images, { adopt: true })['batch-worker-3']).toMatch(/^deprecate/);
  });

  it('never touches an image younger than min-age, nor one of unknown age', () => {
    const images = [
      gce(1, { createdAt: daysAgo(10) }),
      gce(2, { createdAt: undefined }),
      gce(3),
      gce(4),
      gce(5),
      gce(6),
    ];
    const out = run(images, { minAge: 30 * DAY });
    expect(out['batch-worker-1']).toBe('keep: younger than min-age 30d');
    expect(out['batch-worker-2']).toBe('keep: age unknown');
  });

  it('deletes only what has been deprecated for delete-after, and dates an undated deprecation', () => {
    const images = [
      gce(1, { deprecated: true, deprecatedAt: daysAgo(100) }),
      gce(2, { deprecated: true, deprecatedAt: daysAgo(10) }),
      gce(3, { deprecated: true }),
      gce(4),
      ...[5, 6, 7].map((v) => gce(v)),
    ];
    expect(run(images)).toMatchObject({
      'batch-worker-1': 'keep: deprecated; no delete-after, so never deleted',
      'batch-worker-4': 'deprecate: older than the newest 3',
    });
    expect(run(images, { deleteAfter: 90 * DAY })).toMatchObject({
      'batch-worker-1': 'delete: deprecated 100d ago (delete-after 90d)',
      'batch-worker-2': 'keep: deprecated 10d ago; deleted after delete-after 90d',
      'batch-worker-3': expect.stringMatching(/^deprecate: deprecated without a date/),
    });
  });

  it('counts only images in service toward keep: a deprecated newest one does not take a place', () => {
    const images = [...history(4), gce(5, { deprecated: true, deprecatedAt: daysAgo(1) })];
    const out = run(images, { keep: 2 });
    expect(out['batch-worker-4']).toBe('keep: newest 2');
    expect(out['batch-worker-3']).toBe('keep: newest 2');
    expect(out['batch-worker-2']).toMatch(/^deprecate/);
  });

  it('waits for deprecate-after before deprecating', () => {
    const out = run(history(5), { keep: 1, deprecateAfter: 170 * DAY });
    // version 1 is 190 days old, version 2 180, 3 170, 4 160
    expect(out['batch-worker-3']).toMatch(/^deprecate/);
    expect(out['batch-worker-4']).toBe('keep: younger than deprecate-after 170d');
  });

  it('keeps each namespace (lineage) apart, and on Azure never the definition newest nor one replicating', () => {
    const alice = [1, 2].map((v) =>
      gce(v, {
        name: `batch-worker-alice-${v}`,
        lineage: 'batch-worker-alice',
        namespace: 'alice',
      }),
    );
    const out = run([...history(2), ...alice], { keep: 1 });
    expect(out['batch-worker-alice-2']).toBe('keep: newest 1');
    expect(out['batch-worker-alice-1']).toMatch(/^deprecate/);
    const azure = (v: string, over: Partial<PruneImage> = {}): PruneImage => ({
      ...gce(1),
      cloud: 'azure',
      name: `batch-worker-22-04/${v}`,
      lineage: 'batch-worker-22-04',
      version: v,
      ...over,
    });
    const gallery = run(
      [
        azure('0.0.1'),
        azure('0.0.2', { busy: 'still replicating' }),
        azure('0.0.3'),
        azure('0.0.4', { deprecated: true, deprecatedAt: daysAgo(1) }),
      ],
      { keep: 1 },
    );
    expect(gallery).toEqual({
      'batch-worker-22-04/0.0.1': 'deprecate: older than the newest 1',
      'batch-worker-22-04/0.0.2': 'keep: still replicating',
      'batch-worker-22-04/0.0.3': 'keep: newest 1',
      'batch-worker-22-04/0.0.4': "keep: the definition's newest version",
    });
  });
});
