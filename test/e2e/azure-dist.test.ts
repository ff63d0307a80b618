import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialPrint } from '../../src/emulator/calls.js';
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

describe('dist/bake-image on Azure with auth: oidc (the credential path real runners use)', () => {
  const TENANT = '22222222-2222-2222-2222-222222222222';
  const CLIENT = '11111111-1111-1111-1111-111111111111';
  const ISSUER = 'https://token.actions.githubusercontent.com';
  const SUBJECT = 'repo:batch-org/worker-images:ref:refs/heads/main';

  /** What GitHub's ID token endpoint answers (ACTIONS_ID_TOKEN_REQUEST_URL): a JWT for `audience`. */
  function githubIdToken(subject: string) {
    const audiences: string[] = [];
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const server = createServer((req, res) => {
      const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience') ?? '';
      audiences.push(audience);
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: ISSUER, sub: subject, aud: audience, nbf: now - 5, exp: now + 300 };
      const value = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.c2lnbmF0dXJl`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: 1, value }));
    });
    return { server, audiences };
  }

  async function bake(subject: string) {
    emulator.control.seedEntraApp({
      tenantId: TENANT,
      clientId: CLIENT,
      federated: [{ issuer: ISSUER, subject: SUBJECT }],
    });
    const github = githubIdToken(subject);
    github.server.listen(0, '127.0.0.1');
    await once(github.server, 'listening');
    try {
      const config = await writeAzureConfig(emulator);
      await writeFile(
        config,
        (await readFile(config, 'utf8')).replace(
          'auth: none',
          `auth: oidc\n  client-id: ${CLIENT}\n  tenant-id: ${TENANT}\n  authority-host: ${emulator.entraAuthorityHost}`,
        ),
      );
      const port = (github.server.address() as AddressInfo).port;
      const run = await runStep('dist/bake-image/index.js', await runnerFiles(), {
        inputs: { config, cloud: 'azure', 'dry-run': 'false' },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
        },
      });
      return { run, audiences: github.audiences };
    } finally {
      github.server.close();
    }
  }

  it("exchanges the job's GitHub ID token at the authority host, and every ARM call carries a token it got for that endpoint", async () => {
    const { run, audiences } = await bake(SUBJECT);
    expect(run.code, run.stdout).toBe(0);
    // MSAL asks for the assertion at each getToken, cached token or not, and each ARM client
    // asks for a token: the job's ID token is fetched once and reused while it is valid.
    expect(audiences).toHaveLength(1);
    expect(new Set(audiences)).toEqual(new Set(['api://AzureADTokenExchange']));
    const tokens = emulator.control.entraTokens();
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) {
      // For the endpoint the clients call (the ARM SDKs ask for `<endpoint>/.default`).
      expect(token).toMatchObject({
        tenant: TENANT,
        clientId: CLIENT,
        audience: emulator.armEndpoint,
      });
    }
    const arm = emulator.control.calls().filter((c) => c.path.startsWith('/subscriptions/'));
    expect(arm.length).toBeGreaterThan(10);
    const bearers = tokens.map((t) => credentialPrint(`Bearer ${t.token}`));
    expect(arm.filter((c) => !bearers.includes(c.auth ?? ''))).toEqual([]);
    for (const token of tokens) expect(run.stdout).not.toContain(token.token);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });

  it('a federated credential that does not trust this workflow stops the bake before anything is created, naming the subject to add', async () => {
    const { run } = await bake('repo:batch-org/worker-images:pull_request');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      '::error::Azure login failed: the app registration (azure.client-id) has no federated ' +
        'credential that trusts this job: add one with issuer https://token.actions.githubusercontent.com ' +
        'and subject repo:batch-org/worker-images:pull_request',
    );
    expect(run.stdout).toContain('AADSTS700213');
    expect(emulator.control.entraTokens()).toEqual([]);
    const writes = emulator.control
      .calls()
      .filter((c) => c.path.startsWith('/subscriptions/') && c.method !== 'GET');
    expect(writes).toEqual([]);
    expect(liveAzureTemporaries(emulator)).toEqual([]);
  });
});

describe('dist/bake-image on Azure with auth: default (DefaultAzureCredential)', () => {
  it("takes an app's client secret from the environment and gets its tokens from the authority host", async () => {
    const tenantId = '44444444-4444-4444-4444-444444444444';
    const clientId = '55555555-5555-5555-5555-555555555555';
    const secret = 'app-secret-value-from-a-repository-secret';
    emulator.control.seedEntraApp({ tenantId, clientId, secrets: [secret] });
    const config = await writeAzureConfig(emulator);
    await writeFile(
      config,
      (await readFile(config, 'utf8')).replace(
        'auth: none',
        `auth: default\n  authority-host: ${emulator.entraAuthorityHost}`,
      ),
    );
    const run = await runStep('dist/bake-image/index.js', await runnerFiles(), {
      inputs: { config, cloud: 'azure', 'dry-run': 'true' },
      env: {
        AZURE_TENANT_ID: tenantId,
        AZURE_CLIENT_ID: clientId,
        AZURE_CLIENT_SECRET: secret,
        // Only the environment's credential: the chain's later ones would look for a managed
        // identity's endpoint or an az login, neither of which this machine has.
        AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    const tokens = emulator.control.entraTokens();
    expect(tokens.map((t) => [t.tenant, t.clientId, t.audience])).toEqual([
      [tenantId, clientId, emulator.armEndpoint],
    ]);
    const arm = emulator.control.calls().filter((c) => c.path.startsWith('/subscriptions/'));
    expect(arm.length).toBeGreaterThan(0);
    const bearer = credentialPrint(`Bearer ${tokens[0]!.token}`);
    expect(arm.filter((c) => c.auth !== bearer)).toEqual([]);
    expect(run.stdout).not.toContain(secret);
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
