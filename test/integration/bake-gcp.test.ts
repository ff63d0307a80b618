import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator, GceResourceInfo } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { MAX_USER_LABELS } from '../../src/naming/labels.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { liveBuilders, writeConfig, writes } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

async function runBake(overrides: RawOverrides = {}, controller = new AbortController()) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeConfig(emulator),
    overrides,
    cwd: process.cwd(),
  });
  const ctx = runContext({}, new ConsoleReporter((l) => lines.push(l)), controller.signal);
  const run = bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
  return { run, lines, config };
}

describe('bake on GCP against the emulator', () => {
  it('bakes the next version after the highest existing one (21 and 23 give 24) and deletes the builder', async () => {
    for (const v of ['21', '23', '22-04'])
      emulator.control.seedImage({ project: 'test-project', name: `batch-worker-${v}` });
    const { run, config } = await runBake();
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-24');
    const image = emulator.control
      .resources()
      .find((r): r is GceResourceInfo => r.cloud === 'gcp' && r.name === 'batch-worker-24');
    expect(image).toMatchObject({ kind: 'image', status: 'READY' });
    expect(image?.labels).toMatchObject({
      'worker-image-role': 'image',
      'worker-image-version': '24',
    });
    expect(liveBuilders(emulator)).toEqual([]);
    const manifest = JSON.parse(await readFile(config.manifestPath, 'utf8'));
    expect(manifest.builds[0]).toMatchObject({
      builder_type: 'googlecompute',
      artifact_id: 'batch-worker-24',
    });
    expect(manifest.last_run_uuid).toBe(manifest.builds[0].packer_run_uuid);
  });

  it('an insert whose answer is lost (carried out, answered 503) is retried with the same request id: one builder, one image, no 409', async () => {
    for (const path of ['/instances$', '/global/images$']) {
      emulator.control.addFault({ method: 'POST', path, status: 503, lost: true });
    }
    const { run, lines } = await runBake();
    const outcome = await run;
    expect(outcome.result?.imageName).toBe('batch-worker-1');
    const inserts = emulator.control
      .calls()
      .filter((c) => c.method === 'POST' && /\/(instances|global\/images)$/.test(c.path));
    expect(inserts.map((c) => c.status)).toEqual([503, 200, 503, 200]);
    const ids = inserts.map((c) => new URLSearchParams(c.query).get('requestId'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect([ids[1], ids[3]]).toEqual([ids[0], ids[2]]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(lines.join('')).toMatch(/retrying|retry/i);
    expect(liveBuilders(emulator)).toEqual([]);
  });

  it('a source image its publisher deprecated still boots, with a warning naming the replacement GCE suggests', async () => {
    const { run, lines } = await runBake({
      gcp: {
        'source-image': { name: 'ubuntu-minimal-2204-jammy-v20240910', project: 'ubuntu-os-cloud' },
      },
    });
    await run;
    expect(lines.join('')).toContain('warning: creating builder batch-worker-1-builder-');
    expect(lines.join('')).toContain(
      ": The resource 'projects/ubuntu-os-cloud/global/images/ubuntu-minimal-2204-jammy-v20240910' is deprecated. A suggested replacement is 'projects/ubuntu-os-cloud/global/images/ubuntu-minimal-2204-jammy-v20241008'.",
    );
  });

  it('a builder of a family with GPUs attached (g2) or of bare metal stops for host maintenance, as GCE requires of it, and bakes', async () => {
    // GCE refuses such a VM with live migration (the emulator too): the builder's insert must
    // ask for TERMINATE.
    // Bare metal cannot be live-migrated either.
    for (const [machineType, version] of [
      ['g2-standard-8', '1'],
      ['c3-standard-192-metal', '2'],
    ]) {
      emulator.control.clearCalls();
      const { run } = await runBake({ gcp: { 'machine-type': machineType } });
      const outcome = await run;
      expect(outcome.result?.imageName).toBe(`batch-worker-${version}`);
      const inserts = emulator.control
        .calls()
        .filter((c) => c.method === 'POST' && /\/instances$/.test(c.path));
      expect(inserts.map((c) => c.status)).toEqual([200]);
      expect(liveBuilders(emulator)).toEqual([]);
    }
  });

  it("the most user labels worker-image takes (56, of 63 characters, international letters among them) fit beside its own under GCE's 64", async () => {
    const labels = Object.fromEntries(
      Array.from({ length: MAX_USER_LABELS }, (_, i) => [
        `équipe-${i}-`.padEnd(63, 'k'),
        `génomique-${i}-`.padEnd(63, 'v'),
      ]),
    );
    const { run } = await runBake({ gcp: { labels } });
    const outcome = await run;
    const image = emulator.control
      .resources()
      .find((r): r is GceResourceInfo => r.cloud === 'gcp' && r.name === outcome.result?.imageName);
    expect(image?.labels).toMatchObject(labels);
    expect(Object.keys(image!.labels).length).toBeLessThanOrEqual(64);
    expect(liveBuilders(emulator)).toEqual([]);
  });

  it('a startup script exiting 3 fails the bake with the status and the serial tail; no image, no builder', async () => {
    emulator.control.addOutcome({ outcome: { exit: 3 } });
    const { run } = await runBake();
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/failed with exit status 3 on builder batch-worker-1-builder-/);
    expect(err.message).toMatch(
      /last \d+ serial console lines of batch-worker-1-builder-[a-f0-9]+:/,
    );
    expect(err.message).toContain('worker-image: provisioning script exited with status 3');
    expect(emulator.control.resources()).toEqual([]);
    expect(writes(emulator).some((w) => w.endsWith('/global/images'))).toBe(false);
  });

  it('a script that never finishes fails at the configured deadline; no builder left', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const { run } = await runBake({ gcp: { timeouts: { builder: '2s' } } });
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /^builder batch-worker-1-builder-[a-f0-9]+ did not finish within 2s/,
    );
    expect(err.message).toContain('serial console lines');
    expect(emulator.control.resources()).toEqual([]);
  });

  it('a script with a bash syntax error fails like on a real VM (bash exits 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-broken-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const template = join(dir, 'broken.sh.j2');
    await writeFile(template, 'if true; then\n  echo "{{ global.docker_root_image }}"\n');
    const { run } = await runBake({ gcp: { template } });
    await expect(run).rejects.toThrow(/failed with exit status 2/);
    expect(emulator.control.resources()).toEqual([]);
  });

  it('an existing version in the default namespace is refused before any VM is created', async () => {
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-23' });
    const { run } = await runBake({ image: { version: '23' } });
    await expect(run).rejects.toThrow(
      /image batch-worker-23 already exists in project test-project/,
    );
    expect(writes(emulator)).toEqual([]);
  });

  it('cancellation mid-wait deletes the builder', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const controller = new AbortController();
    const { run, lines } = await runBake({}, controller);
    const waitForScript = async (): Promise<void> => {
      while (!lines.some((l) => l.includes('provisioning script started')))
        await new Promise((r) => setTimeout(r, 50));
    };
    await waitForScript();
    controller.abort();
    await expect(run).rejects.toThrow(/cancelled/);
    // Deletion was requested without waiting (the runner would kill us); it completes anyway.
    await new Promise((r) => setTimeout(r, 500));
    expect(liveBuilders(emulator)).toEqual([]);
  });
});
