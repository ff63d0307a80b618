import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type { AzureResourceInfo, Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { MAX_USER_TAGS } from '../../src/naming/azure.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { AZURE_SUBSCRIPTION, liveAzureTemporaries, writeAzureConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const GALLERY = {
  subscriptionId: AZURE_SUBSCRIPTION,
  resourceGroup: 'batch-images',
  gallery: 'batch_images',
  definition: 'batch-worker-22-04',
};

async function runBake(overrides: RawOverrides = {}) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeAzureConfig(emulator),
    overrides,
    cwd: process.cwd(),
  });
  const ctx = runContext(
    {},
    new ConsoleReporter((l) => lines.push(l)),
    new AbortController().signal,
  );
  return {
    run: bake(config, ctx, { cloud: 'azure', ledger: new ResourceLedger() }),
    lines,
    config,
  };
}

function versions(): { name: string; status: string }[] {
  return emulator.control
    .resources()
    .flatMap((r) =>
      r.cloud === 'azure' && r.kind === 'galleryImageVersion'
        ? [{ name: r.name, status: r.status }]
        : [],
    );
}

describe('bake on Azure against the emulator', () => {
  it('stages the gallery, creates the next patch version replicated to every region, and deletes the build group', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.13',
      regions: [{ name: 'eastus' }],
    });
    const { run, lines, config } = await runBake();
    const outcome = await run;
    expect(outcome.result?.version).toBe('0.0.14');
    expect(outcome.result?.imageId).toBe(
      `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker-22-04/versions/0.0.14`,
    );
    expect(versions()).toContainEqual(
      expect.objectContaining({ name: '0.0.14', status: 'Succeeded' }),
    );
    expect(lines.join('')).toMatch(
      /replication of batch-worker-22-04 0\.0\.14: eastus Completed 100%, westus2 Completed 100%/,
    );
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    const manifest = JSON.parse(await readFile(config.manifestPath, 'utf8'));
    expect(manifest.builds[0]).toMatchObject({
      builder_type: 'azure-arm',
      artifact_id: outcome.result?.imageId,
      custom_data: {
        gallery: 'batch_images',
        definition: 'batch-worker-22-04',
        version: '0.0.14',
        regions: 'eastus=2,westus2=1',
      },
    });
  });

  it('calls whose answers are lost (carried out, answered 503) (the NIC, the VM, its run command, the deallocation, the version) are retried to the same end: one version, nothing temporary left', async () => {
    const lost: [string, string][] = [
      ['PUT', '/networkInterfaces/[^/]+$'],
      ['PUT', '/virtualMachines/[^/]+$'],
      ['POST', '/runCommand$'],
      ['POST', '/deallocate$'],
      ['PUT', '/versions/[^/]+$'],
    ];
    for (const [method, path] of lost) {
      emulator.control.addFault({ method, path, status: 503, lost: true });
    }
    const { run } = await runBake();
    const outcome = await run;
    expect(outcome.result?.version).toBe('0.0.1');
    expect(emulator.control.calls().filter((c) => c.status === 503)).toHaveLength(lost.length);
    expect(versions()).toEqual([{ name: '0.0.1', status: 'Succeeded' }]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a run-command whose answer is lost while its script runs is waited for, not run twice: the repeat reports the first run', async () => {
    // The script runs 3 s: the SDK's own retry of the lost request (about 1 s later) finds it
    // running.
    emulator.control.setDurations({ runCommand: 3000 });
    emulator.control.addFault({ method: 'POST', path: '/runCommand$', status: 503, lost: true });
    const { run, lines } = await runBake();
    const outcome = await run;
    expect(outcome.result?.version).toBe('0.0.1');
    const log = lines.join('');
    expect(log).toContain(
      'an earlier run-command of this run is still running on the VM (its answer was lost); waiting for it to end',
    );
    expect(log).toContain(
      'worker-image: the provisioning script already ran in this boot (this is a repeated request)',
    );
    const runCommands = emulator.control
      .calls()
      .filter((c) => c.method === 'POST' && c.path.endsWith('/runCommand'));
    // The lost one, the SDK's retry refused while it runs, then the repeat once it has ended.
    expect(runCommands[0]?.status).toBe(503);
    expect(runCommands.some((c) => c.status === 409)).toBe(true);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it("the most user tags worker-image takes (45, names of 512 and values of 256 characters) fit beside its own under ARM's 50 on every resource", async () => {
    const tags = Object.fromEntries(
      Array.from({ length: MAX_USER_TAGS }, (_, i) => [
        `team-${i}-`.padEnd(512, 'n'),
        `value-${i}-`.padEnd(256, 'v'),
      ]),
    );
    const { run } = await runBake({ azure: { tags } });
    await run;
    const made = emulator.control
      .resources()
      .filter(
        (r): r is AzureResourceInfo => r.cloud === 'azure' && r.kind === 'galleryImageVersion',
      );
    expect(made.map((r) => r.name)).toEqual(['0.0.1']);
    expect(made[0]!.tags).toMatchObject(tags);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a provisioning script exiting 4 fails with its status and output tail; no version, nothing temporary left', async () => {
    emulator.control.addOutcome({ outcome: { exit: 4 } });
    const { run } = await runBake();
    const err = (await run.catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/failed with exit status 4 on builder wi-builder-/);
    expect(err.message).toContain('lines of the provisioning output');
    expect(versions()).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('an existing version in the default namespace is refused before anything is created', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.13',
      regions: [{ name: 'eastus' }],
    });
    emulator.control.clearCalls();
    const { run } = await runBake({ azure: { version: '0.0.13' } });
    await expect(run).rejects.toThrow(
      /batch-worker-22-04 0\.0\.13 already exists in gallery batch_images/,
    );
    expect(emulator.control.calls().filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('a region whose replication fails fails the bake naming it, and the half-made version is deleted', async () => {
    emulator.control.addReplicationFailure({
      region: 'westus2',
      details: 'storage quota exceeded',
    });
    const { run } = await runBake();
    await expect(run).rejects.toThrow(/failed in westus2 \(storage quota exceeded\)/);
    expect(versions()).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });
});
