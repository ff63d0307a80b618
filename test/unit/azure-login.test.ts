import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { options } from '../../src/providers/azure/clients.js';
import type { AzureConnection } from '../../src/providers/azure/connection.js';
import { withTokenHints } from '../../src/providers/azure/token-hints.js';

const CONNECTION: AzureConnection = {
  subscriptionId: '00000000-0000-4000-8000-000000000001',
  auth: 'oidc',
  pollInterval: 5000,
  timeouts: { replication: 60_000 },
};

describe('the options every Resource Manager client gets', () => {
  it("ask for a token for the endpoint they call, in both SDKs' spellings", () => {
    expect(options({ ...CONNECTION, endpoint: 'https://management.usgovcloudapi.net/' })).toEqual({
      endpoint: 'https://management.usgovcloudapi.net/',
      credentialScopes: ['https://management.usgovcloudapi.net/.default'],
      credentials: { scopes: ['https://management.usgovcloudapi.net/.default'] },
    });
  });

  it("leave the audience to the SDKs without an endpoint, and trust the CA file's certificate", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wi-azure-login-'));
    await writeFile(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nx\n');
    expect(options(CONNECTION)).toEqual({});
    expect(options({ ...CONNECTION, caCertificate: join(dir, 'ca.pem') })).toEqual({
      tlsOptions: { ca: '-----BEGIN CERTIFICATE-----\nx\n' },
    });
  });
});

describe('a token request that fails', () => {
  const failing = (message: string) =>
    withTokenHints({
      getToken: async () => {
        throw new Error(message);
      },
    });

  it("says what to fix before the identity platform's own message, keeping it as the cause", async () => {
    const message =
      "invalid_client: AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://token.actions.githubusercontent.com'. Assertion Subject: 'repo:org/repo:environment:prod'. Assertion Audience: 'api://AzureADTokenExchange'.";
    const err = (await failing(message)
      .getToken('https://management.azure.com/.default')
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      'Azure login failed: the app registration (azure.client-id) has no federated credential ' +
        'that trusts this job: add one with issuer https://token.actions.githubusercontent.com and ' +
        'subject repo:org/repo:environment:prod (a job with an environment presents ' +
        'repo:ORG/REPO:environment:NAME, a pull request repo:ORG/REPO:pull_request). ' +
        message,
    );
    expect((err.cause as Error).message).toBe(message);
  });

  it('names the subject to add for AADSTS700213 (no federated credential has it), and the issuer for 700211', async () => {
    const subject =
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:org/repo:pull_request'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.";
    await expect(failing(subject).getToken('x')).rejects.toThrow(
      'Azure login failed: the app registration (azure.client-id) has no federated credential ' +
        'that trusts this job: add one with issuer https://token.actions.githubusercontent.com and ' +
        'subject repo:org/repo:pull_request (a job with an environment presents',
    );
    const issuer =
      "AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com/'.";
    await expect(failing(issuer).getToken('x')).rejects.toThrow(
      "Azure login failed: no federated credential of the app registration (azure.client-id) has the issuer this job's ID token names (https://token.actions.githubusercontent.com/): GitHub's is https://token.actions.githubusercontent.com, with no trailing slash",
    );
  });

  it.each([
    ['700016', 'azure.client-id is not an app registration in azure.tenant-id'],
    ['90002', 'azure.tenant-id names no tenant of this cloud'],
    ['7000215', 'the client secret is wrong or expired'],
    ['700024', "the job's ID token was not valid when it was exchanged"],
    ['700212', "the job's ID token is not for api://AzureADTokenExchange"],
  ])('AADSTS%s: %s', async (code, hint) => {
    await expect(failing(`AADSTS${code}: whatever Entra said`).getToken('x')).rejects.toThrow(
      `Azure login failed: ${hint}`,
    );
  });

  it('passes any other error on as it came', async () => {
    const original = new Error('AADSTS50058: A silent sign-in request was sent');
    const err = await withTokenHints({
      getToken: async () => {
        throw original;
      },
    })
      .getToken('x')
      .catch((e: unknown) => e);
    expect(err).toBe(original);
  });
});
