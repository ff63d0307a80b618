import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as pipeline } from '../../src/actions/pipeline/main.js';
import type { Emulator } from '../../src/emulator/index.js';
import { templateIn } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.stop();
});

/** The root action as the runner starts it: INPUT_* env, the runner's files, in the workspace. */
async function runAction(workspace: string, inputs: Record<string, string>) {
  const files = await mkdtemp(join(tmpdir(), 'wi-prune-step-'));
  for (const name of ['output', 'state', 'summary']) await writeFile(join(files, name), '');
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_OUTPUT', join(files, 'output'));
  vi.stubEnv('GITHUB_STATE', join(files, 'state'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(files, 'summary'));
  for (const [k, v] of Object.entries(inputs)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
  let log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((log += String(c)), true));
  process.exitCode = undefined;
  try {
    await pipeline();
    return {
      code: Number(process.exitCode ?? 0),
      log,
      outputs: await readFile(join(files, 'output'), 'utf8'),
      summary: await readFile(join(files, 'summary'), 'utf8'),
    };
  } finally {
    process.exitCode = undefined;
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  }
}

describe('the root action with mode: prune', () => {
  it('deprecates what the lifecycle no longer keeps, sets `pruned` and writes the table to the job summary', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'wi-prune-ws-'));
    await mkdir(join(workspace, 'batch'));
    await writeFile(join(workspace, 'batch', 'pool.py'), 'IMAGE = "batch-worker-1"\n');
    await writeFile(
      join(workspace, 'worker-image.yml'),
      `image: { name: batch-worker }
gcp:
  project: test-project
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: ${await templateIn(workspace, 'gcp-startup.sh.j2')}
  endpoint: ${emulator.gceEndpoint}
  auth: none
references:
  - { path: batch/pool.py, pattern: 'batch-worker-{version}"', value: gcp }
lifecycle: { keep: 1 }
`,
    );
    for (const v of [1, 2, 3]) {
      emulator.control.seedImage({
        project: 'test-project',
        name: `batch-worker-${v}`,
        labels: { 'worker-image-role': 'image', 'worker-image-version': String(v) },
        creationTimestamp: ago(100 - v),
      });
    }
    const { code, log, outputs, summary } = await runAction(workspace, {
      config: 'worker-image.yml',
      mode: 'prune',
      'dry-run': 'false',
      clouds: '',
    });
    expect(code, log).toBe(0);
    const pruned = JSON.parse(/pruned<<(\S+)\n([\s\S]*?)\n\1/.exec(outputs)![2]!) as {
      name: string;
      action: string;
      reason: string;
    }[];
    expect(pruned.map((p) => [p.name, p.action, p.reason])).toEqual([
      ['batch-worker-1', 'keep', 'referenced at batch/pool.py:1'],
      ['batch-worker-2', 'deprecate', 'older than the newest 1'],
      ['batch-worker-3', 'keep', 'newest 1'],
    ]);
    expect(summary).toContain('worker-image: prune');
    expect(summary).toMatch(/batch-worker-2 +2 +\S+ +deprecate +older than the newest 1/);
  });
});
