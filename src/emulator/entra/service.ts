import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpFault } from '../faults.js';
import { readBody, sendJson } from '../http.js';
import type { Mount } from '../server.js';
import { FEDERATED_AUDIENCE, issueToken, jwtClaims, type IssuedToken } from './tokens.js';

/**
 * An application registration the emulated directory knows: what `client-id` names. A client
 * authenticates with one of its secrets or with an ID token that one of its federated
 * credentials trusts (issuer and subject, e.g. GitHub's issuer and `repo:org/repo:ref:...`).
 */
export interface SeedEntraApp {
  tenantId: string;
  clientId: string;
  secrets?: string[];
  federated?: { issuer: string; subject: string }[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTRA_PATH = /^\/[^/]+\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/;
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** An error as the identity platform's token endpoint answers it. */
class EntraError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    return {
      error: this.error,
      error_description: `AADSTS${this.code}: ${this.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [this.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${this.code}`,
    };
  }
}

/** Entra's refusal of an assertion no federated credential of the app matches on `claim`. */
function noFederatedRecord(code: number, claim: string, value: unknown): EntraError {
  return new EntraError(
    400,
    'invalid_client',
    code,
    `No matching federated identity record found for presented assertion ${claim} '${String(value)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation`,
  );
}

/**
 * The emulated Microsoft identity platform (Entra ID), on the HTTPS port beside Resource
 * Manager: what @azure/identity's credentials reach with `authorityHost` at the emulator and
 * instance discovery off (MSAL then trusts the authority as given): the tenant's OpenID
 * configuration and its v2.0 token endpoint, client-credentials grant only, with a client
 * secret or a client assertion (the federated-credential exchange a GitHub ID token goes
 * through). Applications are seeded (`seedEntraApp`); anything else is refused as Entra
 * refuses it, AADSTS code and all.
 */
export class EntraService {
  private readonly apps = new Map<string, SeedEntraApp>();
  private issuedTokens: IssuedToken[] = [];

  constructor(private readonly log: (line: string) => void) {}

  /** Its paths start with a tenant: no prefix of its own. */
  mounts(): Mount[] {
    return [
      {
        prefix: '/',
        serves: (pathname) => ENTRA_PATH.test(pathname),
        api: { sendFault: (res, fault) => this.sendFault(res, fault) },
        handle: (req, res, url) => this.handle(req, res, url),
      },
    ];
  }

  seedApp(app: SeedEntraApp): void {
    const guid = (v: unknown): boolean => typeof v === 'string' && GUID.test(v);
    const strings = (v: unknown): boolean =>
      v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    const federated = (v: unknown): boolean =>
      v === undefined ||
      (Array.isArray(v) &&
        v.every(
          (f: { issuer?: unknown; subject?: unknown }) =>
            typeof f?.issuer === 'string' && typeof f.subject === 'string',
        ));
    if (!guid(app.tenantId) || !guid(app.clientId)) {
      throw new TypeError('an Entra app needs a GUID tenantId and clientId');
    }
    if (!strings(app.secrets) || !federated(app.federated)) {
      throw new TypeError(
        'an Entra app takes secrets: [string] and federated: [{ issuer, subject }] (strings)',
      );
    }
    this.apps.set(`${app.tenantId}/${app.clientId}`.toLowerCase(), structuredClone(app));
  }

  /** The access tokens issued, oldest first. */
  issued(): IssuedToken[] {
    return this.issuedTokens.map((t) => ({ ...t }));
  }

  reset(): void {
    this.apps.clear();
    this.issuedTokens = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const text = await readBody(req);
    const [tenant, ...rest] = url.pathname.slice(1).split('/');
    const path = rest.join('/');
    const host = `https://${req.headers.host ?? '127.0.0.1'}`;
    try {
      if (req.method === 'GET' && path === 'v2.0/.well-known/openid-configuration') {
        return sendJson(res, 200, openIdConfiguration(host, this.tenant(tenant!)));
      }
      if (req.method === 'POST' && path === 'oauth2/v2.0/token') {
        const issued = this.token(this.tenant(tenant!), new URLSearchParams(text));
        this.issuedTokens.push(issued);
        return sendJson(res, 200, {
          token_type: 'Bearer',
          expires_in: issued.expiresIn,
          ext_expires_in: issued.expiresIn,
          access_token: issued.token,
        });
      }
      return sendJson(res, 404, {
        error: {
          code: 404,
          message: `the emulator serves nothing at ${req.method} ${url.pathname}`,
        },
      });
    } catch (err) {
      if (!(err instanceof EntraError)) throw err;
      this.log(`entra: ${err.error} AADSTS${err.code}`);
      sendJson(res, err.status, err.body());
    }
  }

  private tenant(tenant: string): string {
    // Entra resolves a verified domain to its tenant; the emulator's directory has only ids.
    if (!GUID.test(tenant)) {
      throw new EntraError(
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    }
    return tenant.toLowerCase();
  }

  private token(tenant: string, form: URLSearchParams): IssuedToken {
    const grant = form.get('grant_type') ?? '';
    if (grant !== 'client_credentials') {
      throw new EntraError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grant}'.`,
      );
    }
    const clientId = form.get('client_id') ?? '';
    const app = this.apps.get(`${tenant}/${clientId}`.toLowerCase());
    if (!app) {
      throw new EntraError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    const scope = form.get('scope') ?? '';
    const resource = scope.split(' ').find((s) => s.endsWith('/.default'));
    if (!resource) {
      throw new EntraError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    this.authenticate(app, form);
    return issueToken(tenant, app.clientId, resource.slice(0, -'/.default'.length));
  }

  private authenticate(app: SeedEntraApp, form: URLSearchParams): void {
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret === null && assertion === null) {
      throw new EntraError(
        401,
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    }
    if (assertion === null) {
      if ((app.secrets ?? []).includes(secret!)) return;
      throw new EntraError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
      );
    }
    if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
      throw new EntraError(
        400,
        'invalid_request',
        90014,
        "The required field 'client_assertion_type' is missing from the credential. Ensure that you have all the necessary parameters for the login request.",
      );
    }
    const claims = jwtClaims(assertion);
    if (!claims) {
      throw new EntraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = typeof claims.exp === 'number' ? claims.exp : 0;
    const nbf = typeof claims.nbf === 'number' ? claims.nbf : 0;
    if (exp <= now || nbf > now + 300) {
      throw new EntraError(
        400,
        'invalid_client',
        700024,
        `Client assertion is not within its valid time range. Current time: ${new Date(now * 1000).toISOString()}, assertion valid from ${new Date(nbf * 1000).toISOString()}, expiry time of assertion ${new Date(exp * 1000).toISOString()}.`,
      );
    }
    // A federated credential is matched on issuer, audience and subject, in that order, each
    // refusal naming the claim that matched none (case-sensitive): AADSTS700211 (issuer,
    // Azure/login#360), 700212 (audience), 700213 (subject, Azure/login#379, #453, #482). The
    // older combined AADSTS70021 (MicrosoftDocs/azure-docs#97700, 2022) is no longer what
    // Entra answers.
    const credentials = app.federated ?? [];
    const byIssuer = credentials.filter((f) => f.issuer === claims.iss);
    if (byIssuer.length === 0) throw noFederatedRecord(700211, 'issuer', claims.iss);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(FEDERATED_AUDIENCE)) {
      throw noFederatedRecord(700212, 'audience', audiences.join(','));
    }
    if (!byIssuer.some((f) => f.subject === claims.sub)) {
      throw noFederatedRecord(700213, 'subject', claims.sub);
    }
  }

  private sendFault(res: ServerResponse, fault: HttpFault): void {
    const message = fault.message ?? 'The service is temporarily unavailable.';
    const e = new EntraError(fault.status, 'temporarily_unavailable', 50001, message);
    const headers: Record<string, string> =
      fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
    sendJson(res, fault.status, e.body(), headers);
  }
}

/** A tenant's OpenID Connect discovery document (v2.0), its endpoints at `host`. */
function openIdConfiguration(host: string, tenant: string): Record<string, unknown> {
  const base = `${host}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}
