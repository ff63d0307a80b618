import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { runStep, runnerFiles, type RunnerFiles } from '../helpers/actions-runner.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { writeMultiCloudConfig } from '../helpers/pipeline.js';

// What a runner hands a job that must never show: cloud keys, the GitHub tokens, the OIDC
// request token. Each value is distinctive so a grep cannot miss a fragment of it.
const SECRETS = {
  AWS_ACCESS_KEY_ID: 'AKIAWORKERIMAGESECRET1',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/workerImageSecretKey0001',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEWorkerImageSessionToken0002',
  GITHUB_TOKEN: 'ghs_workerImageGithubToken0003',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'workerImageIdTokenRequestToken0004',
  ACTIONS_RUNTIME_TOKEN: 'workerImageRuntimeToken0005',
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/** Every file under a folder, as text. */
async function textUnder(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if ((await stat(path)).isFile()) parts.push(await readFile(path, 'latin1'));
  }
  return parts.join('\n');
}

/** Everything a run wrote that a person or a later job can read. */
async function written(files: RunnerFiles, config: string, stdout: string): Promise<string> {
  return [
    stdout,
    await textUnder(files.dir), // outputs, state, summary, env, path
    await textUnder(dirname(config)), // manifest, catalogues
    JSON.stringify(emulator.control.calls()),
    JSON.stringify(emulator.control.resources()),
  ].join('\n');
}

describe('secrets never appear in anything a run writes', () => {
  it.each([
    ['a three-cloud bake with sharing', {}],
    ['a bake whose GCP script fails (console tail printed)', { fail: true }],
  ])('%s', async (_name, opts: { fail?: boolean }) => {
    if (opts.fail) emulator.control.addOutcome({ match: 'batch-worker', outcome: { exit: 4 } });
    const config = await writeMultiCloudConfig(
      emulator,
      "share:\n  gcp: { members: ['group:batch-users@example.com'] }\n  aws: { accounts: ['210987654321'] }\n",
      { aws: true },
    );
    const files = await runnerFiles();
    const inputs = { config, clouds: '', namespace: '', version: '', 'dry-run': 'false' };
    const main = await runStep('dist/pipeline/index.js', files, { inputs, env: SECRETS });
    expect(main.code, main.stdout).toBe(opts.fail ? 1 : 0);
    const post = await runStep('dist/pipeline/post.js', files, {
      inputs,
      state: main.state,
      env: SECRETS,
    });
    expect(post.code, post.stdout).toBe(0);

    const everything = await written(files, config, main.stdout + post.stdout);
    // The run did write its manifest and log, so the grep had something to search.
    expect(everything).toContain('batch-worker-');
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(everything.includes(value), `${name} leaked`).toBe(false);
    }
  });
});
