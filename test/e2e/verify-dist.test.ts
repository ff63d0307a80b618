import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { liveBuilders, writeConfig } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

const MAIN = 'dist/verify-image/index.js';
const POST = 'dist/verify-image/post.js';

/** A config with verify checks, and a manifest whose last run baked batch-worker-24 on GCE. */
async function setUp(): Promise<{ config: string; manifest: string }> {
  emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-24' });
  const config = await writeConfig(emulator);
  await appendFile(
    config,
    'verify:\n  checks:\n    docker: docker info\n    disk: test "$(df --output=size -BG / | tail -1 | tr -dc 0-9)" -ge 10\n  time-to-ready: 30s\n',
  );
  const manifest = join(dirname(config), 'manifest.json');
  const build = {
    name: 'gcp',
    builder_type: 'googlecompute',
    build_time: 1_800_000_000,
    files: null,
    artifact_id: 'batch-worker-24',
    packer_run_uuid: 'run-1',
    custom_data: {
      cloud: 'gcp',
      image_name: 'batch-worker-24',
      image_id: 'projects/test-project/global/images/batch-worker-24',
      version: '24',
      project: 'test-project',
      zone: 'us-central1-a',
    },
  };
  await writeFile(manifest, JSON.stringify({ builds: [build], last_run_uuid: 'run-1' }));
  return { config, manifest };
}

const manifestData = async (path: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path, 'utf8')).builds[0].custom_data;

describe('dist/verify-image (node24, as the runner runs it)', () => {
  it('verifies the manifest build on a VM from it: outputs, summary, the verdict on the image and in the manifest, the VM gone', async () => {
    const { config, manifest } = await setUp();
    const files = await runnerFiles();
    const inputs = { config, cloud: 'gcp', manifest };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['verified']).toBe('true');
    expect(Number(main.outputs['time-to-ready'])).toBeGreaterThan(0);
    expect(JSON.parse(main.outputs['checks']!)).toEqual([
      { name: 'docker', status: 'passed', seconds: expect.any(Number) },
      { name: 'disk', status: 'passed', seconds: expect.any(Number) },
    ]);
    expect(main.outputs['image-id']).toBe('projects/test-project/global/images/batch-worker-24');
    expect(main.summary).toContain('worker-image: gcp image batch-worker-24 verified');
    expect(main.summary).toContain('time to ready (budget 30.0 s)');
    const data = await manifestData(manifest);
    expect(data.verified).toBe('true');
    expect(Number(data.time_to_ready_s)).toBeGreaterThan(0);
    const image = emulator.control
      .resources()
      .find((r) => r.cloud === 'gcp' && r.kind === 'image' && r.name === 'batch-worker-24');
    expect(image?.cloud === 'gcp' && image.labels['worker-image-verified']).toBe('true');
    expect(liveBuilders(emulator)).toEqual([]);
    const post = await runStep(POST, files, { inputs, state: main.state });
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('a failing check fails the step naming it, and records false on the image and in the manifest', async () => {
    const { config, manifest } = await setUp();
    emulator.control.addCheckOutcome({ check: 'disk', outcome: { exit: 1 } });
    const main = await runStep(MAIN, await runnerFiles(), {
      inputs: { config, cloud: 'gcp', manifest },
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /::error::.*failed verification: check disk failed with exit status 1/,
    );
    expect(main.outputs['verified']).toBe('false');
    expect((await manifestData(manifest)).verified).toBe('false');
    expect(main.summary).toContain('not verified');
    expect(liveBuilders(emulator)).toEqual([]);
  });

  it('names the input to fix before any cloud call', async () => {
    const { config } = await setUp();
    const main = await runStep(MAIN, await runnerFiles(), { inputs: { config, cloud: 'gcp' } });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain('give the image to verify with input image or input manifest');
    expect(emulator.control.calls()).toEqual([]);
  });
});
