import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialPrint } from '../../src/emulator/calls.js';
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

  it('with workload identity credentials (what google-github-actions/auth writes), exchanges the token at STS and every GCE call carries the token it got', async () => {
    // The bundle's google-auth-library, gaxios and google-gax build each request's headers with
    // node-fetch's Headers (scripts/web-globals.mjs): this runs their credentialed path, from
    // the credentials file to the Authorization of each GCE call, as a real runner does.
    const exchanges: URLSearchParams[] = [];
    const sts = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        exchanges.push(new URLSearchParams(body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: 'federated-access-token',
            issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
            token_type: 'Bearer',
            expires_in: 3600,
          }),
        );
      });
    });
    sts.listen(0, '127.0.0.1');
    await once(sts, 'listening');
    try {
      const dir = await mkdtemp(join(tmpdir(), 'wi-wif-'));
      const subjectToken = join(dir, 'github-oidc-token');
      await writeFile(subjectToken, 'github-oidc-jwt');
      const audience =
        '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/repo';
      const credentials = join(dir, 'gha-creds.json');
      await writeFile(
        credentials,
        JSON.stringify({
          type: 'external_account',
          audience,
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          token_url: `http://127.0.0.1:${(sts.address() as AddressInfo).port}/v1/token`,
          credential_source: { file: subjectToken },
        }),
      );
      const config = await writeConfig(emulator);
      await writeFile(
        config,
        (await readFile(config, 'utf8')).replace('auth: none', 'auth: application-default'),
      );
      const files = await runnerFiles();
      const main = await runStep(MAIN, files, {
        inputs: { config, cloud: 'gcp', 'dry-run': 'true' },
        env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
      });
      expect(main.code, main.stdout).toBe(0);
      expect(exchanges).toHaveLength(1);
      expect(exchanges[0]!.get('grant_type')).toBe(
        'urn:ietf:params:oauth:grant-type:token-exchange',
      );
      expect(exchanges[0]!.get('subject_token')).toBe('github-oidc-jwt');
      expect(exchanges[0]!.get('audience')).toBe(audience);
      const calls = emulator.control.calls();
      expect(calls.length).toBeGreaterThan(0);
      const token = credentialPrint('Bearer federated-access-token');
      expect(calls.filter((c) => c.auth !== token)).toEqual([]);
      expect(main.stdout).not.toContain('federated-access-token');
    } finally {
      sts.close();
    }
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
      /input template \(gcp\.template\): "\/etc\/passwd" leads to \/etc\/passwd, outside the workspace/,
    );
    expect(main.stdout).not.toMatch(/root:x:0:0/);
    expect(emulator.control.calls()).toEqual([]);
  });
});
