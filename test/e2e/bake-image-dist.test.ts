import { readFile } from 'node:fs/promises';
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

const MAIN = 'dist/bake-image/index.js';
const POST = 'dist/bake-image/post.js';

describe('dist/bake-image run as the Actions runner runs it (node24)', () => {
  it('bakes, sets the outputs, writes the summary and the manifest; the post step has nothing left to do', async () => {
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-21' });
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-23' });
    const files = await runnerFiles();
    const inputs = { config: await writeConfig(emulator), cloud: 'gcp', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs).toMatchObject({
      'image-name': 'batch-worker-24',
      version: '24',
      'image-id': `${emulator.gceEndpoint}/compute/v1/projects/test-project/global/images/batch-worker-24`,
    });
    expect(main.outputs['source-image']).toMatch(/ubuntu-minimal-2204/);
    expect(main.stdout).toContain('::group::Create image batch-worker-24');
    expect(main.summary).toContain('<td>batch-worker-24</td>');
    const manifest = JSON.parse(await readFile(main.outputs['manifest-path']!, 'utf8'));
    expect(manifest.builds[0].artifact_id).toBe('batch-worker-24');
    expect(liveBuilders(emulator)).toEqual([]);

    const post = await runStep(POST, files, { inputs, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('a run killed with SIGINT mid-wait, then the post step with the saved state, leaves no builder', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const files = await runnerFiles();
    const inputs = { config: await writeConfig(emulator), 'dry-run': 'false' };
    const main = await runStep(MAIN, files, {
      inputs,
      onStart: (child, stdout) => {
        const timer = setInterval(() => {
          if (stdout().includes('provisioning script started')) {
            clearInterval(timer);
            child.kill('SIGINT');
          }
        }, 50);
      },
    });
    expect(main.code).not.toBe(0);
    expect(main.stdout).toContain('received SIGINT');
    expect(JSON.parse(main.state.resources!)).toEqual([
      expect.objectContaining({ kind: 'instance', role: 'builder' }),
    ]);
    const post = await runStep(POST, files, { inputs, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toMatch(
      /deleted gcp instance projects\/test-project\/zones\/us-central1-a\/instances\/batch-worker-1-builder-/,
    );
    expect(liveBuilders(emulator)).toEqual([]);
  });

  it('a bad config fails before any cloud call, with an annotation at the file and line', async () => {
    const files = await runnerFiles();
    const config = await writeConfig(emulator);
    const text = await readFile(config, 'utf8');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(config, text.replace('zone: us-central1-a', 'zonee: us-central1-a'));
    const main = await runStep(MAIN, files, { inputs: { config, 'dry-run': 'false' } });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /::error file=.*worker-image\.yml,line=\d+::gcp\.zonee: unknown field \(did you mean "zone"\?\)/,
    );
    expect(emulator.control.calls()).toEqual([]);
  });

  it('without GITHUB_STEP_SUMMARY the step warns and plans as usual, no stack trace', async () => {
    const files = await runnerFiles();
    const config = await writeConfig(emulator);
    const main = await runStep(MAIN, files, {
      inputs: { config, 'dry-run': 'true' },
      env: { GITHUB_STEP_SUMMARY: '' },
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toContain(
      '::warning::GITHUB_STEP_SUMMARY is not set: no job summary written',
    );
    expect(main.stdout).not.toMatch(/\n\s+at /);
    expect(main.outputs['image-name']).toMatch(/^batch-worker-\d+$/);
  });

  it('a template outside the workspace is refused at config load, before any cloud call', async () => {
    const files = await runnerFiles();
    const config = await writeConfig(emulator);
    const main = await runStep(MAIN, files, {
      inputs: { config, template: '/etc/passwd', 'dry-run': 'true' },
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /gcp\.template: "\/etc\/passwd" leads to \/etc\/passwd, outside the workspace/,
    );
    expect(main.stdout).not.toMatch(/root:x:0:0/);
    expect(emulator.control.calls()).toEqual([]);
  });
});
