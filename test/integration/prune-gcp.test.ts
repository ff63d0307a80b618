import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { templateIn, writes } from '../helpers/bake.js';
import { gceClients, startTestEmulator, type GceClients } from '../helpers/emulator.js';

const DAY = 86_400_000;
const PROJECT = 'test-project';
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
const baked = (version: number) => ({
  'worker-image-role': 'image',
  'worker-image-run': `gh-${version}-1`,
  'worker-image-version': String(version),
});

let emulator: Emulator;
let gce: GceClients;
let repo: string;
let config: string;

/** A repository whose create_instance.py names batch-worker-2, with a worker-image.yml for the emulator. */
async function writeRepo(e: Emulator, lifecycle: string): Promise<void> {
  repo = await mkdtemp(join(tmpdir(), 'wi-prune-'));
  await mkdir(join(repo, '.git'));
  await mkdir(join(repo, 'batch'));
  await writeFile(
    join(repo, 'batch', 'create_instance.py'),
    `# the pool's image\nIMAGE = "projects/${PROJECT}/global/images/batch-worker-2"\n`,
  );
  config = join(repo, 'worker-image.yml');
  await writeFile(
    config,
    `image: { name: batch-worker }
gcp:
  project: ${PROJECT}
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: ${await templateIn(repo, 'gcp-startup.sh.j2')}
  endpoint: ${e.gceEndpoint}
  auth: none
  timeouts: { operation: 30s }
references:
  - path: batch/create_instance.py
    pattern: 'images/batch-worker-{version}"'
    value: gcp
${lifecycle}`,
  );
}

/** Versions 1..n, baked `200 - 10 * v` days ago; extra per-version settings merged in. */
function seedHistory(n: number, extra: Record<number, object> = {}): void {
  for (let v = 1; v <= n; v++) {
    emulator.control.seedImage({
      project: PROJECT,
      name: `batch-worker-${v}`,
      labels: baked(v),
      creationTimestamp: ago(200 - 10 * v),
      ...extra[v],
    });
  }
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

async function states(): Promise<Record<string, string>> {
  const [images] = await gce.images.list({ project: PROJECT });
  return Object.fromEntries(
    images
      .filter((i) => i.name?.startsWith('batch-worker-'))
      .map((i) => [i.name!, i.deprecated?.state ?? 'ACTIVE']),
  );
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  gce = gceClients(emulator);
});
afterAll(async () => {
  await gce.close();
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
});

describe('worker-image prune on GCP', () => {
  it('keeps the newest 3 and the version create_instance.py names, deprecates the rest in favour of the newest', async () => {
    await writeRepo(emulator, '');
    seedHistory(6);
    const { code, out } = await run(['prune', '--config', config]);
    expect(code).toBe(0);
    expect(await states()).toEqual({
      'batch-worker-1': 'DEPRECATED',
      'batch-worker-2': 'ACTIVE',
      'batch-worker-3': 'DEPRECATED',
      'batch-worker-4': 'ACTIVE',
      'batch-worker-5': 'ACTIVE',
      'batch-worker-6': 'ACTIVE',
    });
    const [one] = await gce.images.get({ project: PROJECT, image: 'batch-worker-1' });
    expect(one.deprecated?.replacement).toMatch(/\/global\/images\/batch-worker-6$/);
    expect(out).toMatch(/batch-worker-2 +2 +\S+ +keep +referenced at batch\/create_instance\.py:2/);
    expect(out).toContain('6 image(s): kept 4, deprecated 2, deleted 0');
  });

  it('--dry-run --format json lists every image with its decision and changes nothing', async () => {
    await writeRepo(emulator, 'lifecycle: { keep: 2, delete-after: 90d }\n');
    seedHistory(5, { 1: { deprecated: { state: 'DEPRECATED', deprecated: ago(100) } } });
    const before = await states();
    emulator.control.clearCalls();
    const { code, out } = await run(['prune', '--config', config, '--dry-run', '--format', 'json']);
    expect(code).toBe(0);
    expect(writes(emulator)).toEqual([]);
    expect(await states()).toEqual(before);
    const json = JSON.parse(out) as { dryRun: boolean; images: Record<string, string>[] };
    expect(json.dryRun).toBe(true);
    expect(json.images.map(({ name, action, outcome }) => [name, action, outcome])).toEqual([
      ['batch-worker-1', 'delete', 'dry run'],
      ['batch-worker-2', 'keep', 'kept'],
      ['batch-worker-3', 'deprecate', 'dry run'],
      ['batch-worker-4', 'keep', 'kept'],
      ['batch-worker-5', 'keep', 'kept'],
    ]);
    expect(json.images[0]).toMatchObject({
      cloud: 'gcp',
      version: '1',
      reason: expect.stringMatching(/^deprecated 100d ago/),
    });
  });

  it('deletes what has been deprecated past delete-after, and a second run changes nothing', async () => {
    await writeRepo(emulator, 'lifecycle: { keep: 2, delete-after: 90d, min-age: 7d }\n');
    seedHistory(5, {
      1: { deprecated: { state: 'DEPRECATED', deprecated: ago(100) } },
      3: { labels: { ...baked(3), 'worker-image-protect': 'true' } },
    });
    // Not baked by worker-image: someone's hand-made image of the same name.
    emulator.control.seedImage({
      project: PROJECT,
      name: 'batch-worker-0',
      creationTimestamp: ago(300),
    });
    expect((await run(['prune', '--config', config])).code).toBe(0);
    expect(await states()).toEqual({
      'batch-worker-0': 'ACTIVE',
      'batch-worker-2': 'ACTIVE',
      'batch-worker-3': 'ACTIVE',
      'batch-worker-4': 'ACTIVE',
      'batch-worker-5': 'ACTIVE',
    });
    emulator.control.clearCalls();
    const again = await run(['prune', '--config', config]);
    expect(again.code).toBe(0);
    expect(writes(emulator)).toEqual([]);
    expect(again.out).toContain('5 image(s): kept 5, deprecated 0, deleted 0');
  });

  it('deletes a FAILED image at once with delete-after set, and keeps the newest in service around it', async () => {
    await writeRepo(emulator, 'lifecycle: { keep: 2 }\n');
    // The newest bake failed a day ago: it is not one of the newest 2 in service.
    seedHistory(5, { 5: { status: 'FAILED', creationTimestamp: ago(1) } });
    expect((await run(['prune', '--config', config])).code).toBe(0);
    // The newest 2 in service are 4 and 3 (2 is referenced); without delete-after nothing is
    // deleted, the failed image included (it says why).
    expect(await states()).toEqual({
      'batch-worker-1': 'DEPRECATED',
      'batch-worker-2': 'ACTIVE',
      'batch-worker-3': 'ACTIVE',
      'batch-worker-4': 'ACTIVE',
      'batch-worker-5': 'ACTIVE',
    });
    const kept = await run(['prune', '--config', config, '--dry-run']);
    expect(kept.out).toMatch(/batch-worker-5 +5 +\S+ +keep +image FAILED; no delete-after/);

    await writeRepo(emulator, 'lifecycle: { keep: 2, delete-after: 90d }\n');
    const { code, out } = await run(['prune', '--config', config]);
    expect(code).toBe(0);
    expect(out).toMatch(/batch-worker-5 +5 +\S+ +delete +image FAILED: never usable/);
    expect(await states()).toEqual({
      'batch-worker-1': 'DEPRECATED',
      'batch-worker-2': 'ACTIVE',
      'batch-worker-3': 'ACTIVE',
      'batch-worker-4': 'ACTIVE',
    });
  });

  it('a refused deprecation is reported and the rest carried out; the prune fails', async () => {
    await writeRepo(emulator, 'lifecycle: { keep: 1 }\n');
    seedHistory(5);
    emulator.control.addFault({
      method: 'POST',
      path: 'images/batch-worker-3/deprecate$',
      status: 403,
      message: 'Required compute.images.deprecate permission',
    });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code).toBe(1);
    expect(await states()).toMatchObject({
      'batch-worker-1': 'DEPRECATED',
      'batch-worker-3': 'ACTIVE',
      'batch-worker-4': 'DEPRECATED',
    });
    expect(out).toMatch(/batch-worker-3 .*deprecate \(failed: .*compute\.images\.deprecate/);
    expect(out).toContain('(1 failed)');
  });

  it('rides out 429 and 503 mid-prune: every image ends as decided', async () => {
    await writeRepo(emulator, 'lifecycle: { keep: 1, delete-after: 90d }\n');
    seedHistory(4, { 1: { deprecated: { state: 'DEPRECATED', deprecated: ago(100) } } });
    emulator.control.addFault({
      method: 'POST',
      path: 'images/batch-worker-3/deprecate$',
      status: 429,
      retryAfter: 1,
      times: 2,
    });
    emulator.control.addFault({
      method: 'DELETE',
      path: 'images/batch-worker-1$',
      status: 503,
      times: 2,
    });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    // batch-worker-2 is the one create_instance.py names.
    expect(await states()).toEqual({
      'batch-worker-2': 'ACTIVE',
      'batch-worker-3': 'DEPRECATED',
      'batch-worker-4': 'ACTIVE',
    });
    expect(
      emulator.control
        .calls()
        .filter((c) => /batch-worker-[13](\/deprecate)?$/.test(c.path) && c.method !== 'GET')
        .map((c) => c.status),
    ).toEqual([503, 503, 200, 429, 429, 200]);
  });

  it('refuses to prune when a references: rule finds nothing, before any change', async () => {
    await writeRepo(emulator, '');
    await writeFile(join(repo, 'batch', 'create_instance.py'), 'IMAGE = None\n');
    seedHistory(6);
    emulator.control.clearCalls();
    const { code, err } = await run(['prune', '--config', config]);
    expect(code).toBe(1);
    expect(err).toMatch(/some could not be read, so nothing was pruned/);
    expect(writes(emulator)).toEqual([]);
  });
});
