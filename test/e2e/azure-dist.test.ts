import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
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
const REPLICATE = 'dist/replicate-gallery-version/index.js';

describe('dist/bake-image on Azure (node24, as the runner runs it)', () => {
  it('bakes a gallery version with the requested regions and replicas; outputs and summary are set', async () => {
    const files = await runnerFiles();
    const inputs = { config: await writeAzureConfig(emulator), cloud: 'azure', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, { inputs });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['version']).toBe('0.0.1');
    expect(main.outputs['image-id']).toMatch(
      /\/galleries\/batch_images\/images\/batch-worker-22-04\/versions\/0\.0\.1$/,
    );
    expect(main.summary).toContain('batch-worker-22-04/0.0.1');
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    const post = await runStep('dist/bake-image/post.js', files, { inputs, state: main.state });
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('SIGINT mid-bake, then post.js with the saved state, leaves no temporary resource group', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const files = await runnerFiles();
    const inputs = { config: await writeAzureConfig(emulator), cloud: 'azure', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, {
      inputs,
      onStart: (child, stdout) => {
        const timer = setInterval(() => {
          if (stdout().includes('::group::Run the provisioning script')) {
            clearInterval(timer);
            child.kill('SIGINT');
          }
        }, 50);
      },
    });
    expect(main.code).not.toBe(0);
    expect(JSON.parse(main.state.resources!)).toEqual([
      expect.objectContaining({ cloud: 'azure', kind: 'resourceGroup' }),
    ]);
    const post = await runStep('dist/bake-image/post.js', files, { inputs, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });
});

describe('dist/replicate-gallery-version (node24)', () => {
  async function replicate(extra: Record<string, string>) {
    const files = await runnerFiles();
    const config = await writeAzureConfig(emulator);
    return runStep(REPLICATE, files, {
      inputs: { config, version: '0.0.7', 'vms-per-replica': '20', ...extra },
    });
  }

  it('raises a version to 3 regions × planned replicas, printing per-region progress until Completed', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.7',
      regions: [{ name: 'eastus', replicas: 1 }],
    });
    const run = await replicate({
      'target-regions': 'eastus,westus2,centralus',
      'expected-concurrent-vms': '100',
      production: 'true',
    });
    expect(run.code, run.stdout).toBe(0);
    const summary = JSON.parse(run.outputs['replication']!);
    expect(summary.aggregatedState).toBe('Completed');
    expect(summary.regions.map((r: { region: string }) => r.region).sort()).toEqual([
      'centralus',
      'eastus',
      'westus2',
    ]);
    expect(run.stdout).toMatch(
      /target regions: eastus×5, westus2×5, centralus×5 \(added westus2, centralus\) \(raised eastus\)/,
    );
    expect(run.stdout).toMatch(/westus2 Replicating \d+%/);
    expect(run.summary).toContain('<td>centralus</td>');
  });

  it('a region forced to Failed fails the step naming it', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.7',
      regions: [{ name: 'eastus' }],
    });
    emulator.control.addReplicationFailure({ region: 'westus2', details: 'disk copy failed' });
    const run = await replicate({ 'target-regions': 'eastus,westus2' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*failed in westus2 \(disk copy failed\)/);
  });

  it('a re-run while replication is in progress waits for it and succeeds', async () => {
    emulator.control.seedGalleryVersion({
      ...GALLERY,
      version: '0.0.7',
      regions: [{ name: 'eastus' }],
    });
    emulator.control.setDurations({ replicationPerRegion: 4000 });
    const first = replicate({ 'target-regions': 'eastus,westus2,centralus' });
    const replicating = (): boolean =>
      emulator.control
        .calls()
        .some((c) => c.method === 'PATCH' && c.path.endsWith('/versions/0.0.7'));
    while (!replicating()) await new Promise((r) => setTimeout(r, 50));
    const second = await replicate({ 'target-regions': 'eastus,westus2,centralus' });
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toMatch(
      /already in progress: waiting for it first|already has every requested region/,
    );
    expect((await first).code).toBe(0);
  });

  it('bad inputs fail before any call, naming the input', async () => {
    emulator.control.clearCalls();
    const run = await replicate({ version: '1.2', 'target-regions': 'eastus=101' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/version: must be Major\.Minor\.Patch/);
    expect(run.stdout).toMatch(/target-regions.*replicas/);
    expect(emulator.control.calls()).toEqual([]);
  });
});
