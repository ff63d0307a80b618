import { ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { SUBSCRIPTION } from '../helpers/arm.js';
import { startTestEmulator } from '../helpers/emulator.js';

const TENANT = '22222222-2222-2222-2222-222222222222';
const CLIENT = '11111111-1111-1111-1111-111111111111';
const GITHUB = 'https://token.actions.githubusercontent.com';
const SUBJECT = 'repo:batch-org/worker-images:ref:refs/heads/main';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.control.reset();
  emulator.control.seedEntraApp({
    tenantId: TENANT,
    clientId: CLIENT,
    secrets: ['app-secret-value'],
    federated: [{ issuer: GITHUB, subject: SUBJECT }],
  });
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** An ID token as GitHub's OIDC provider issues it (unsigned: the emulator checks no signature). */
function idToken(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const body = {
    iss: GITHUB,
    sub: SUBJECT,
    aud: 'api://AzureADTokenExchange',
    nbf: now - 5,
    exp: now + 300,
  };
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ ...body, ...claims })}.c2ln`;
}

/** How @azure/identity reaches the emulated Entra ID: its host, trusted as given, over TLS. */
const identityOptions = () => ({
  authorityHost: emulator.entraAuthorityHost,
  disableInstanceDiscovery: true,
  tlsOptions: { ca: emulator.caCertificate },
});

/** A raw HTTPS request to the emulator's TLS port: what no SDK would send. */
function send(
  method: string,
  path: string,
  opts: { form?: Record<string, string>; bearer?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, emulator.entraAuthorityHost),
      {
        method,
        ca: emulator.caCertificate,
        headers: {
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...(opts.bearer ? { authorization: `Bearer ${opts.bearer}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const form = (extra: Record<string, string>) => ({
  grant_type: 'client_credentials',
  client_id: CLIENT,
  scope: `${emulator.armEndpoint}/.default`,
  ...extra,
});
const ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

describe('the emulated Entra ID, through @azure/identity', () => {
  it('gives an app its token for a client secret and for a GitHub ID token a federated credential trusts', async () => {
    const scope = `${emulator.armEndpoint}/.default`;
    const secret = new ClientSecretCredential(
      TENANT,
      CLIENT,
      'app-secret-value',
      identityOptions(),
    );
    const fromSecret = await secret.getToken(scope);
    const federated = new ClientAssertionCredential(
      TENANT,
      CLIENT,
      async () => idToken(),
      identityOptions(),
    );
    const fromAssertion = await federated.getToken(scope);
    expect(fromAssertion.expiresOnTimestamp - Date.now()).toBeGreaterThan(3500_000);
    expect(emulator.control.entraTokens().map((t) => t.token)).toEqual([
      fromSecret.token,
      fromAssertion.token,
    ]);
    expect(emulator.control.entraTokens()[0]).toMatchObject({
      tenant: TENANT,
      clientId: CLIENT,
      audience: emulator.armEndpoint,
    });
    // MSAL read the tenant's OpenID configuration, then asked its token endpoint.
    expect(emulator.control.calls().map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      `GET /${TENANT}/v2.0/.well-known/openid-configuration 200`,
      `POST /${TENANT}/oauth2/v2.0/token 200`,
      `GET /${TENANT}/v2.0/.well-known/openid-configuration 200`,
      `POST /${TENANT}/oauth2/v2.0/token 200`,
    ]);
  });

  it('refuses a wrong secret and an ID token no federated credential trusts, with the AADSTS codes Entra gives', async () => {
    const scope = `${emulator.armEndpoint}/.default`;
    await expect(
      new ClientSecretCredential(TENANT, CLIENT, 'the-secret-id', identityOptions()).getToken(
        scope,
      ),
    ).rejects.toThrow(/AADSTS7000215: Invalid client secret provided/);
    await expect(
      new ClientAssertionCredential(
        TENANT,
        CLIENT,
        async () => idToken({ sub: 'repo:batch-org/worker-images:pull_request' }),
        identityOptions(),
      ).getToken(scope),
    ).rejects.toThrow(
      /AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:batch-org\/worker-images:pull_request'\. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion\./,
    );
    expect(emulator.control.entraTokens()).toEqual([]);
  });
});

describe('the emulated Entra ID token endpoint', () => {
  const token = (tenant: string, fields: Record<string, string>) =>
    send('POST', `/${tenant}/oauth2/v2.0/token`, { form: fields });

  it.each([
    [
      'an unknown app',
      TENANT,
      { client_id: '33333333-3333-3333-3333-333333333333', client_secret: 'x' },
      400,
      'unauthorized_client',
      700016,
    ],
    [
      'a tenant that is not an id',
      'contoso',
      { client_secret: 'app-secret-value' },
      400,
      'invalid_request',
      90002,
    ],
    [
      'a scope without /.default',
      TENANT,
      {
        client_secret: 'app-secret-value',
        scope: 'https://management.azure.com/user_impersonation',
      },
      400,
      'invalid_scope',
      1002012,
    ],
    ['no credential', TENANT, {}, 401, 'invalid_client', 7000218],
    [
      'another grant',
      TENANT,
      { grant_type: 'password', client_secret: 'app-secret-value' },
      400,
      'unsupported_grant_type',
      70003,
    ],
    [
      'an assertion that is not a JWT',
      TENANT,
      { client_assertion_type: ASSERTION, client_assertion: 'not-a-jwt' },
      400,
      'invalid_request',
      50027,
    ],
    [
      'an expired ID token',
      TENANT,
      {
        client_assertion_type: ASSERTION,
        client_assertion: idToken({ exp: Math.floor(Date.now() / 1000) - 60 }),
      },
      400,
      'invalid_client',
      700024,
    ],
    [
      'an ID token for another audience',
      TENANT,
      { client_assertion_type: ASSERTION, client_assertion: idToken({ aud: 'sts.amazonaws.com' }) },
      400,
      'invalid_client',
      700212,
    ],
    [
      'an ID token from an issuer no federated credential names (a trailing slash)',
      TENANT,
      { client_assertion_type: ASSERTION, client_assertion: idToken({ iss: `${GITHUB}/` }) },
      400,
      'invalid_client',
      700211,
    ],
  ] as const)('refuses %s', async (_what, tenant, fields, status, error, code) => {
    const res = await token(tenant, form(fields));
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error, error_codes: [code] });
    expect(String(res.body.error_description)).toMatch(new RegExp(`^AADSTS${code}: .* Trace ID: `));
    expect(emulator.control.entraTokens()).toEqual([]);
  });

  it('serves each tenant its OpenID configuration, endpoints on the same host', async () => {
    const res = await send('GET', `/${TENANT}/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      token_endpoint: `${emulator.entraAuthorityHost}/${TENANT}/oauth2/v2.0/token`,
      issuer: `${emulator.entraAuthorityHost}/${TENANT}/v2.0`,
    });
  });
});

describe('Resource Manager, given a token the emulated Entra ID issued', () => {
  const list = (bearer: string) =>
    send('GET', `/subscriptions/${SUBSCRIPTION}/resourcegroups?api-version=2021-04-01`, { bearer });
  const issue = async (scope: string) =>
    (
      await send('POST', `/${TENANT}/oauth2/v2.0/token`, {
        form: form({ client_secret: 'app-secret-value', scope }),
      })
    ).body.access_token as string;

  it('takes one obtained for its own endpoint', async () => {
    const res = await list(await issue(`${emulator.armEndpoint}/.default`));
    expect(res.status).toBe(200);
  });

  it("refuses one obtained for another cloud's Resource Manager, as a sovereign cloud does", async () => {
    const res = await list(await issue('https://management.azure.com/.default'));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: {
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource 'https://management.azure.com'. It should exactly match with one of the allowed audiences '${emulator.armEndpoint}/','${emulator.armEndpoint}'.`,
      },
    });
  });

  it('refuses one that has expired', async () => {
    const valid = await issue(`${emulator.armEndpoint}/.default`);
    const [head, claims, sig] = valid.split('.');
    const expired = { ...JSON.parse(Buffer.from(claims!, 'base64url').toString()), exp: 1 };
    const res = await list(`${head}.${b64(expired)}.${sig}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'ExpiredAuthenticationToken' } });
    expect((res.body.error as { message: string }).message).toMatch(
      /^The access token expiry UTC time '1\/1\/1970 12:00:01 AM' is earlier than current UTC time '\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M'\.$/,
    );
  });
});
