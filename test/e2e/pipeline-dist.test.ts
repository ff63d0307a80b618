import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { AZURE_SUBSCRIPTION, liveAzureTemporaries, liveBuilders } from '../helpers/bake.js';
import { gceClients, startTestEmulator } from '../helpers/emulator.js';
import { liveAws } from '../helpers/ec2.js';
import { AWS_ENV, writeMultiCloudConfig } from '../helpers/pipeline.js';

const MAIN = 'dist/pipeline/index.js';
const POST = 'dist/pipeline/post.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/** Every [cloud]-prefixed log line's index, to see that the clouds ran at the same time. */
function lineIndexes(stdout: string, cloud: string): number[] {
  return stdout.split('\n').flatMap((l, i) => (l.startsWith(`[${cloud}] `) ? [i] : []));
}

describe('the root action (dist/pipeline, node24) against the emulator', () => {
  it('bakes GCP, Azure and AWS at once, shares each image, and writes one manifest with three builds', async () => {
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-23' });
    emulator.control.seedAmi({ region: 'us-east-1', name: 'batch-worker-23' });
    const principal = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    emulator.control.seedAzurePrincipal({ id: principal, type: 'Group' });
    const config = await writeMultiCloudConfig(
      emulator,
      `share:\n  gcp: { members: ['group:batch-users@example.com'] }\n  azure: { principals: [${principal}] }\n  aws: { accounts: ['210987654321'] }\n`,
      { aws: true },
    );
    const files = await runnerFiles();
    const inputs = { config, clouds: '', namespace: '', version: '', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs, env: AWS_ENV });
    expect(main.code, main.stdout).toBe(0);

    const images = JSON.parse(main.outputs['images']!);
    expect(images.aws).toMatchObject({ name: 'batch-worker-24', version: '24' });
    expect(images.gcp).toMatchObject({ name: 'batch-worker-24', version: '24' });
    expect(images.azure).toMatchObject({ name: 'batch-worker-22-04/0.0.1', version: '0.0.1' });
    const manifestPath = main.outputs['manifest-path']!;
    expect(manifestPath).toBe(join(dirname(config), 'manifest.json'));
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    expect(manifest.builds.map((b: { builder_type: string }) => b.builder_type)).toEqual([
      'googlecompute',
      'azure-arm',
      'amazon-ebs',
    ]);
    expect(manifest.builds[2].artifact_id).toBe(images.aws.artifact);
    expect(images.aws.artifact).toMatch(
      /^eu-west-1:ami-[0-9a-f]+,us-east-1:ami-[0-9a-f]+,us-west-2:ami-[0-9a-f]+$/,
    );
    expect(manifest.builds[0].artifact_id).toBe('batch-worker-24');
    expect(manifest.builds[1].artifact_id).toBe(images.azure.id);
    expect(
      new Set(manifest.builds.map((b: { packer_run_uuid: string }) => b.packer_run_uuid)).size,
    ).toBe(1);

    // Every cloud logged before the others finished: they ran side by side.
    const spans = ['gcp', 'azure', 'aws'].map((c) => lineIndexes(main.stdout, c));
    for (const a of spans)
      for (const b of spans) expect(Math.min(...a)).toBeLessThan(Math.max(...b));

    // Shared on each cloud, and listed in the share-request catalogues beside the manifest.
    expect(emulator.control.gceIamPolicy('test-project', 'batch-worker-24').bindings).toEqual([
      { role: 'roles/compute.imageUser', members: ['group:batch-users@example.com'] },
    ]);
    const gallery = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
    expect(emulator.control.azureRoleAssignments(gallery).map((a) => a.principalId)).toEqual([
      principal,
    ]);
    const gce = JSON.parse(
      await readFile(join(dirname(config), 'gce_share_requests.json'), 'utf8'),
    );
    expect(JSON.stringify(gce)).toContain('group:batch-users@example.com');
    for (const [region, ami] of images.aws.artifact.split(',').map((p: string) => p.split(':'))) {
      expect(emulator.control.launchPermissions(region, ami).permissions).toEqual([
        { userId: '210987654321' },
      ]);
    }
    const vmi = JSON.parse(
      await readFile(join(dirname(config), 'vmi_share_requests.json'), 'utf8'),
    );
    expect(JSON.stringify(vmi)).toContain(principal);

    expect(main.summary).toContain('<td>batch-worker-24</td>');
    expect(main.summary).toContain('<td>batch-worker-22-04/0.0.1</td>');
    // Where the time went: every cloud's bake and share on one axis.
    const chart = /```mermaid\ngantt\n[^]*?```/.exec(main.summary)?.[0] ?? '';
    for (const cloud of ['gcp', 'azure', 'aws']) {
      expect(chart).toContain(`section ${cloud}`);
      expect(chart).toMatch(new RegExp(`bake \\S+ :done, ${cloud}-0, \\d+, \\d+`));
      expect(chart).toMatch(new RegExp(`share \\S+ :done, ${cloud}-1, \\d+, \\d+`));
    }
    expect(liveBuilders(emulator)).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    expect(liveAws(emulator, 'instance')).toEqual([]);
    const post = await runStep(POST, files, { inputs, state: main.state, env: AWS_ENV });
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('verifies each image before sharing it: a failing check keeps the Azure image unshared, out of latest and marked not verified', async () => {
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-23' });
    const principal = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    emulator.control.seedAzurePrincipal({ id: principal, type: 'Group' });
    // The Azure verifier's docker check fails; GCE's passes.
    emulator.control.addCheckOutcome({
      check: 'docker',
      match: 'wi-verifier',
      outcome: { exit: 3 },
    });
    const config = await writeMultiCloudConfig(
      emulator,
      'verify:\n  checks:\n    docker: docker info\n    root-image: docker image inspect {{ global.docker_root_image | default("worker") }}\n' +
        `share:\n  gcp: { members: ['group:batch-users@example.com'] }\n  azure: { principals: [${principal}] }\n`,
    );
    const files = await runnerFiles();
    const inputs = { config, clouds: '', namespace: '', version: '', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code, main.stdout).toBe(1);
    expect(main.stdout).toMatch(
      /::error::azure: .*failed verification: check docker failed with exit status 3/,
    );

    const verified = JSON.parse(main.outputs['verified']!);
    expect(verified.gcp).toMatchObject({ verified: true });
    expect(verified.gcp['time-to-ready']).toBeGreaterThan(0);
    expect(verified.azure.verified).toBe(false);
    expect(verified.azure.checks).toEqual([
      { name: 'docker', status: 'failed', seconds: expect.any(Number) },
      { name: 'root-image', status: 'passed', seconds: expect.any(Number) },
    ]);
    // Both images are kept and in the manifest, each with its verdict.
    const manifest = JSON.parse(await readFile(main.outputs['manifest-path']!, 'utf8'));
    const data = Object.fromEntries(
      manifest.builds.map((b: { name: string; custom_data: Record<string, string> }) => [
        b.name,
        b.custom_data,
      ]),
    );
    expect(data.gcp.verified).toBe('true');
    expect(data.azure.verified).toBe('false');
    expect(Number(data.azure.time_to_ready_s)).toBeGreaterThan(0);
    // GCE's image was shared; the Azure version was not, and is out of latest.
    expect(emulator.control.gceIamPolicy('test-project', 'batch-worker-24').bindings).toHaveLength(
      1,
    );
    const gallery = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images`;
    expect(emulator.control.azureRoleAssignments(gallery)).toEqual([]);
    const resources = emulator.control.resources();
    const version = resources.find((r) => r.cloud === 'azure' && r.kind === 'galleryImageVersion');
    expect(version?.cloud === 'azure' && version.tags['worker-image-verified']).toBe('false');
    const gce = resources.find(
      (r) => r.cloud === 'gcp' && r.kind === 'image' && r.name === 'batch-worker-24',
    );
    expect(gce?.cloud === 'gcp' && gce.labels['worker-image-verified']).toBe('true');
    // The verify step is on the time axis, between bake and share.
    const chart = /```mermaid\ngantt\n[^]*?```/.exec(main.summary)?.[0] ?? '';
    expect(chart).toMatch(/verify \S+ :done, gcp-1, \d+, \d+/);
    expect(chart).toMatch(/share \S+ :done, gcp-2, \d+, \d+/);
    expect(chart).toMatch(/verify \S+ \(failed\) :crit, azure-1, \d+, \d+/);
    expect(main.summary).toContain('time to ready (budget 60.0 s)');
    // Each cloud's verdict leads its checks' table, the cloud in bold.
    expect(main.summary).toContain('<b>gcp</b>: batch-worker-24 verified');
    expect(main.summary).toMatch(/<b>azure<\/b>: \S+ not verified/);
    // No verifier is left anywhere.
    expect(liveBuilders(emulator)).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
    const post = await runStep(POST, files, { inputs, state: main.state });
    expect(post.stdout).toContain('nothing left to clean up');
  });

  it('a failing GCP script fails the step naming gcp; the Azure image is kept and in the manifest', async () => {
    emulator.control.addOutcome({ match: 'batch-worker', outcome: { exit: 3 } });
    const config = await writeMultiCloudConfig(emulator);
    const files = await runnerFiles();
    const inputs = { config, clouds: 'gcp,azure', namespace: '', version: '', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::gcp: .*exit status 3/);
    const images = JSON.parse(main.outputs['images']!);
    expect(Object.keys(images)).toEqual(['azure']);
    const manifest = JSON.parse(await readFile(main.outputs['manifest-path']!, 'utf8'));
    expect(manifest.builds.map((b: { name: string }) => b.name)).toEqual(['azure']);
    expect(main.summary).toMatch(/failed: .*exit status 3/);
    expect(main.summary).toMatch(/bake \S+ \(failed\) :crit, gcp-0, \d+, \d+/);
    expect(liveBuilders(emulator)).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('dry-run plans every cloud into the plan output and the summary, creating nothing', async () => {
    const config = await writeMultiCloudConfig(emulator);
    const files = await runnerFiles();
    const inputs = {
      config,
      clouds: 'all',
      namespace: 'alice',
      version: 'gcp=7,azure=0.0.9',
      'dry-run': 'true',
    };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code, main.stdout).toBe(0);
    const plan = JSON.parse(main.outputs['plan']!);
    expect(plan.clouds).toEqual(['gcp', 'azure']);
    expect(plan.images.gcp).toMatchObject({ name: 'batch-worker-alice-7', version: '7' });
    expect(plan.images.azure).toMatchObject({ version: '0.0.9' });
    expect(main.summary).toContain('plan (dry run, nothing created)');
    const writes = emulator.control.calls().filter((c) => c.method !== 'GET');
    expect(writes.map((c) => `${c.method} ${c.path}`)).toEqual([]);
  });

  it('a cloud the config has no block for is refused before any call, naming the input', async () => {
    const config = await writeMultiCloudConfig(emulator);
    const files = await runnerFiles();
    const inputs = { config, clouds: 'gcp,aws', namespace: '', version: '', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      '::error::clouds: aws was selected but the config has no aws: block',
    );
    expect(emulator.control.calls()).toEqual([]);
  });
});

describe('the root action in gc mode', () => {
  const HOUR = 3_600_000;
  const ago = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();

  it('lists leaked builders in a dry run, then deletes only old ones; images stay', async () => {
    const gce = { project: 'test-project', zone: 'us-central1-a' };
    const builder = { 'worker-image-run': 'gh-41-1', 'worker-image-role': 'builder' };
    emulator.control.plantGceResource({
      ...gce,
      kind: 'instance',
      name: 'batch-worker-7-builder-aaaaaa',
      labels: builder,
      creationTimestamp: ago(9),
    });
    emulator.control.plantGceResource({
      ...gce,
      kind: 'instance',
      name: 'batch-worker-8-builder-bbbbbb',
      labels: { ...builder, 'worker-image-run': 'gh-42-1' },
      creationTimestamp: ago(1),
    });
    emulator.control.seedImage({
      project: 'test-project',
      name: 'batch-worker-7',
      labels: { 'worker-image-run': 'gh-41-1', 'worker-image-role': 'image' },
    });
    const config = await writeMultiCloudConfig(emulator);
    const inputs = {
      config,
      clouds: 'gcp',
      namespace: '',
      version: '',
      mode: 'gc',
      'older-than': '6h',
      'dry-run': 'true',
    };
    const gceNames = (): string[] =>
      emulator.control
        .resources()
        .filter((r) => r.cloud === 'gcp' && r.kind !== 'disk')
        .map((r) => r.name)
        .sort();
    const before = gceNames();

    const dry = await runStep(MAIN, await runnerFiles(), { inputs });
    expect(dry.code, dry.stdout).toBe(0);
    const listed = JSON.parse(dry.outputs['leaks']!);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'batch-worker-7-builder-aaaaaa', action: 'would delete' }),
        expect.objectContaining({
          name: 'batch-worker-8-builder-bbbbbb',
          action: expect.stringMatching(/^kept/),
        }),
      ]),
    );
    expect(gceNames()).toEqual(before);

    const real = await runStep(MAIN, await runnerFiles(), {
      inputs: { ...inputs, 'dry-run': 'false' },
    });
    expect(real.code, real.stdout).toBe(0);
    expect(gceNames()).toEqual(before.filter((n) => n !== 'batch-worker-7-builder-aaaaaa'));
    expect(gceNames()).toContain('batch-worker-7');
    expect(real.summary).toContain('worker-image: gc');
  });
});

describe('the root action (dist/pipeline) with mode: prune', () => {
  const DAY = 86_400_000;
  const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

  it('deprecates what the lifecycle no longer keeps and deletes what was deprecated long enough, on GCE and in every EC2 region', async () => {
    for (const v of [1, 2, 3]) {
      emulator.control.seedImage({
        project: 'test-project',
        name: `batch-worker-${v}`,
        labels: { 'worker-image-role': 'image', 'worker-image-version': String(v) },
        creationTimestamp: ago(100 - v),
      });
      const tags = {
        'worker-image-role': 'image',
        'worker-image-run': `gh-${v}-1`,
        'worker-image-version': String(v),
      };
      for (const region of ['us-east-1', 'us-west-2', 'eu-west-1']) {
        emulator.control.seedAmi({
          region,
          name: `batch-worker-${v}`,
          tags,
          snapshotTags: tags,
          creationDate: ago(100 - v),
          // The oldest was deprecated long ago: its time to go.
          ...(v === 1 ? { deprecationTime: ago(60) } : {}),
        });
      }
    }
    const config = await writeMultiCloudConfig(
      emulator,
      'lifecycle: { keep: 1, delete-after: 30d }\n',
      { aws: true },
    );
    const files = await runnerFiles();
    const inputs = { config, clouds: 'gcp,aws', mode: 'prune', 'dry-run': 'false' };
    const main = await runStep(MAIN, files, { inputs, env: AWS_ENV });
    expect(main.code, main.stdout).toBe(0);

    const pruned = JSON.parse(main.outputs['pruned']!) as {
      cloud: string;
      name: string;
      action: string;
    }[];
    const actions = pruned.map((p) => `${p.cloud} ${p.name} ${p.action}`).sort();
    expect(actions).toEqual([
      'aws batch-worker-1 delete',
      'aws batch-worker-2 deprecate',
      'aws batch-worker-3 keep',
      'gcp batch-worker-1 deprecate',
      'gcp batch-worker-2 deprecate',
      'gcp batch-worker-3 keep',
    ]);
    // The AMI went in every region, with its snapshots; the others stay.
    const amis = liveAws(emulator, 'image').filter((l) => !l.includes('deregistered'));
    expect(amis.filter((l) => l.includes('batch-worker-1'))).toEqual([]);
    expect(amis.filter((l) => l.includes('batch-worker-2'))).toHaveLength(3);
    expect(liveAws(emulator, 'snapshot')).toHaveLength(6);
    const [images] = await gceClients(emulator).images.list({ project: 'test-project' });
    const states = Object.fromEntries(
      images
        .filter((i) => i.name?.startsWith('batch-worker-'))
        .map((i) => [i.name!, i.deprecated?.state ?? 'ACTIVE']),
    );
    expect(states).toEqual({
      'batch-worker-1': 'DEPRECATED',
      'batch-worker-2': 'DEPRECATED',
      'batch-worker-3': 'ACTIVE',
    });
    expect(await readFile(files.summary, 'utf8')).toContain('worker-image: prune');
  });
});
