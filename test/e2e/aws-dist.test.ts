import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { CREDENTIALS, awsResources, liveAws, writeAwsConfig } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/** What aws-actions/configure-aws-credentials leaves in the job's environment. */
const ENV = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
};

describe('dist/bake-image on AWS (node24, as the runner runs it)', () => {
  it('bakes an AMI copied to two regions; outputs, summary and the amazon-ebs manifest are set', async () => {
    emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-6' });
    const files = await runnerFiles();
    const inputs = { config: await writeAwsConfig(emulator), cloud: 'aws', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, { inputs, env: ENV });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['image-name']).toBe('batch-worker-7');
    expect(main.outputs['version']).toBe('7');
    expect(main.outputs['image-id']).toMatch(/^ami-[0-9a-f]{17}$/);
    expect(main.summary).toContain('batch-worker-7');
    expect(main.summary).toContain(main.outputs['image-id']);

    const manifest = JSON.parse(await readFile(main.outputs['manifest-path']!, 'utf8'));
    const build = manifest.builds[0];
    expect(build.builder_type).toBe('amazon-ebs');
    expect(build.artifact_id).toMatch(
      /^eu-west-1:ami-[0-9a-f]{17},us-east-1:ami-[0-9a-f]{17},us-west-2:ami-[0-9a-f]{17}$/,
    );
    expect(build.artifact_id).toContain(`us-east-1:${main.outputs['image-id']}`);
    const amis = awsResources(emulator).filter(
      (r) => r.kind === 'image' && r.name === 'batch-worker-7',
    );
    expect(
      amis
        .map((a) => `${a.region}:${a.id}`)
        .sort()
        .join(','),
    ).toBe(build.artifact_id);
    expect(liveAws(emulator, 'instance')).toEqual([]);

    const post = await runStep('dist/bake-image/post.js', files, {
      inputs,
      state: main.state,
      env: ENV,
    });
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('a failing script fails the step with its exit status; the post step finds nothing left', async () => {
    emulator.control.addOutcome({ outcome: { exit: 4 } });
    const files = await runnerFiles();
    const inputs = { config: await writeAwsConfig(emulator), cloud: 'aws', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, { inputs, env: ENV });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /::error.*failed with exit status 4 on builder batch-worker-1-builder-/,
    );
    expect(main.summary).toContain('bake failed');
    expect(liveAws(emulator)).toEqual([]);
    const post = await runStep('dist/bake-image/post.js', files, {
      inputs,
      state: main.state,
      env: ENV,
    });
    expect(post.code, post.stdout).toBe(0);
    expect(liveAws(emulator)).toEqual([]);
  });

  it('SIGINT mid-bake, then post.js with the saved state, terminates the builder', async () => {
    emulator.control.addOutcome({ outcome: 'hang' });
    const files = await runnerFiles();
    const inputs = { config: await writeAwsConfig(emulator), cloud: 'aws', 'dry-run': 'false' };
    const main = await runStep('dist/bake-image/index.js', files, {
      inputs,
      env: ENV,
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
    expect(JSON.parse(main.state.resources!)).toEqual([
      expect.objectContaining({ cloud: 'aws', kind: 'instance' }),
    ]);
    const post = await runStep('dist/bake-image/post.js', files, {
      inputs,
      state: main.state,
      env: ENV,
    });
    expect(post.code, post.stdout).toBe(0);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });
});
