import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AzureResourceInfo } from '../control.js';
import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { Faults, HttpFault } from '../faults.js';
import { HttpError, jsonObject, readBody } from '../http.js';
import { Router } from '../router.js';
import type { Mount } from '../server.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { diskRoutes } from './disks.js';
import { checkApiVersion } from './api-version.js';
import { checkBearer } from './auth.js';
import { ArmError, faultError } from './errors.js';
import { galleryRoutes } from './galleries.js';
import { gallerySharingRoutes } from './gallery-sharing.js';
import { galleryVersionRoutes } from './gallery-versions.js';
import { newGuid } from './ids.js';
import { networkRoutes } from './network.js';
import { subnetRoutes } from './subnets.js';
import { forgetSubscriptions, subscriptionRoutes } from './subscriptions.js';
import { providerRoutes } from './providers.js';
import { groupResourceRoutes } from './group-resources.js';
import { identityRoutes } from './identities.js';
import { AsyncOperations, operationRoutes } from './operations.js';
import { PrincipalDirectory, type SeedPrincipal } from './principals.js';
import { shortRegion } from './regions.js';
import { resourceGroupRoutes } from './resource-groups.js';
import {
  roleAssignmentRoutes,
  roleAssignmentStore,
  type RoleAssignmentRecord,
} from './role-assignments.js';
import { runCommandRoutes } from './run-command.js';
import { Throttle } from './throttle.js';
import { seedGalleryVersion, type SeedGalleryVersion } from './seed.js';
import { ArmState, type ArmResource, type ResourceGroupRecord } from './state.js';
import { vmActionRoutes } from './vm-actions.js';
import { vmRoutes } from './vms.js';

export const ARM_PREFIX = '/subscriptions/';

export interface ArmServiceOptions {
  timers: Timers;
  durations: () => Durations;
  /** The documented hazards in force (see hazards.ts). */
  hazards: () => Hazards;
  faults: Faults;
  outcomes: Outcomes;
  log: (line: string) => void;
  bash: string | undefined;
}

function send(res: ServerResponse, r: ArmResponse): void {
  const headers: Record<string, string | number> = { 'x-ms-request-id': newGuid(), ...r.headers };
  if (r.body === undefined) {
    res.writeHead(r.status, { ...headers, 'content-length': 0 });
    res.end();
    return;
  }
  const text = JSON.stringify(r.body);
  res.writeHead(r.status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The emulated Azure Resource Manager: resource groups, network, compute and galleries. */
export class ArmService {
  private readonly state = new ArmState();
  private readonly ctx: ArmContext;
  private readonly throttle: Throttle;
  private readonly router: Router<ArmRequest, ArmResponse | Promise<ArmResponse>>;

  constructor(private readonly o: ArmServiceOptions) {
    this.ctx = {
      state: this.state,
      ops: new AsyncOperations(),
      timers: o.timers,
      outcomes: o.outcomes,
      durations: o.durations,
      hazards: o.hazards,
      log: o.log,
      bash: o.bash,
      principals: new PrincipalDirectory(),
    };
    this.throttle = new Throttle(o.hazards);
    const routes: Route[] = [
      ...operationRoutes(this.ctx),
      ...resourceGroupRoutes(this.ctx),
      ...subscriptionRoutes(this.ctx),
      ...providerRoutes(this.ctx),
      ...groupResourceRoutes(this.ctx),
      ...networkRoutes(this.ctx),
      ...subnetRoutes(this.ctx),
      ...vmRoutes(this.ctx),
      ...vmActionRoutes(this.ctx),
      ...runCommandRoutes(this.ctx),
      ...diskRoutes(this.ctx),
      ...galleryRoutes(this.ctx),
      ...galleryVersionRoutes(this.ctx),
      ...gallerySharingRoutes(this.ctx),
      ...roleAssignmentRoutes(this.ctx),
      ...identityRoutes(this.ctx),
    ];
    this.router = new Router(routes, { ignoreCase: true });
  }

  /** The Resource Manager operations served, `METHOD path`. */
  operations(): string[] {
    return this.router.list();
  }

  mounts(): Mount[] {
    return [
      {
        // `/subscriptions` itself too: Subscriptions - List.
        prefix: ARM_PREFIX.slice(0, -1),
        serves: (path) => path === ARM_PREFIX.slice(0, -1) || path.startsWith(ARM_PREFIX),
        api: { sendFault: (res, fault) => this.sendFault(res, fault) },
        handle: (req, res, url) => this.handle(req, res, url),
      },
    ];
  }

  private async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    let limits: Record<string, string> = {};
    try {
      const text = await readBody(req);
      // ARM checks the caller before anything else; the token's value does not matter here.
      if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? '')) {
        throw new ArmError(
          401,
          'AuthenticationFailed',
          "Authentication failed. The 'Authorization' header is missing.",
          {
            'www-authenticate':
              'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The authentication failed because of missing \'Authorization\' header."',
          },
        );
      }
      const secure = (req.socket as Partial<TLSSocket>).encrypted === true;
      const baseUrl = `${secure ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`;
      checkBearer(req.headers.authorization!, baseUrl);
      const apiVersion = url.searchParams.get('api-version');
      if (!apiVersion) {
        throw new ArmError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        );
      }
      checkApiVersion(apiVersion);
      const match = this.router.match(method, url.pathname.slice(1));
      if (!match) {
        throw new ArmError(
          404,
          'InvalidResourceType',
          `The emulator has no Resource Manager operation ${method} ${url.pathname}.`,
        );
      }
      limits = this.throttle.take(match.params.subscription ?? '', method);
      const result = await match.handle({
        params: match.params,
        query: url.searchParams,
        body: jsonObject(text),
        headers: req.headers,
        apiVersion,
        baseUrl,
        operationFault: () => this.o.faults.takeOperation(method, url.pathname),
      });
      send(res, { ...result, headers: { ...limits, ...result.headers } });
    } catch (err) {
      this.sendError(res, err, limits);
    }
  }

  private sendError(res: ServerResponse, err: unknown, limits: Record<string, string> = {}): void {
    let e: ArmError;
    if (err instanceof ArmError) e = err;
    else if (err instanceof HttpError) {
      e = new ArmError(
        err.status,
        err.status === 400 ? 'InvalidRequestContent' : 'BadRequest',
        err.message,
      );
    } else {
      this.o.log(`arm: internal error: ${err instanceof Error ? err.stack : String(err)}`);
      e = new ArmError(500, 'InternalServerError', `emulator internal error: ${String(err)}`);
    }
    send(res, { status: e.status, body: e.body(), headers: { ...limits, ...e.headers } });
  }

  private sendFault(res: ServerResponse, fault: HttpFault): void {
    this.sendError(res, faultError(fault.status, fault.message, fault.retryAfter));
  }

  resources(): AzureResourceInfo[] {
    const groups = [...this.state.groups.values()].map((g) => groupInfo(g));
    return [...groups, ...[...this.state.resources.values()].map((r) => resourceInfo(r))];
  }

  seedGalleryVersion(seed: SeedGalleryVersion): AzureResourceInfo {
    return resourceInfo(seedGalleryVersion(this.ctx, seed));
  }

  /** Role assignments at `scope` or below it. */
  roleAssignments(scope: string): RoleAssignmentRecord[] {
    const prefix = scope.toLowerCase().replace(/\/$/, '');
    return [...roleAssignmentStore(this.ctx).values()]
      .filter((r) => {
        const s = r.scope.toLowerCase();
        return s === prefix || s.startsWith(`${prefix}/`);
      })
      .map((r) => ({ ...r }));
  }

  /** The region's next (or ongoing) replication fails with `details`. */
  failReplication(region: string, details?: string): void {
    if (typeof region !== 'string' || region === '') throw new TypeError('region is required');
    this.state.replicationFailures.set(
      shortRegion(region),
      details ?? 'Replication failed (injected by the emulator).',
    );
  }

  clearReplicationFailures(): void {
    this.state.replicationFailures.clear();
  }

  /** A principal of the directory role assignments name (a user, a group, a pool's identity). */
  seedPrincipal(seed: SeedPrincipal): { id: string; type: string; created: string } {
    return this.ctx.principals.seed(seed);
  }

  /** Stops every VM's guest at once: every process any of them started is gone after. */
  async shutdown(): Promise<void> {
    for (const r of this.state.resources.values()) {
      if (r.vm) r.vm.guest = undefined;
    }
    await Promise.all([...this.state.guests].map((g) => g.stop()));
    this.state.guests.clear();
  }

  async reset(): Promise<void> {
    await this.shutdown();
    this.state.resources.clear();
    this.state.groups.clear();
    this.state.replicationFailures.clear();
    roleAssignmentStore(this.ctx).clear();
    forgetSubscriptions(this.ctx);
    this.ctx.ops.clear();
    this.ctx.principals.clear();
    this.throttle.reset();
  }
}

function groupInfo(g: ResourceGroupRecord): AzureResourceInfo {
  return {
    cloud: 'azure',
    kind: 'resourceGroup',
    id: g.id,
    name: g.name,
    subscriptionId: g.subscriptionId,
    resourceGroup: g.name,
    location: g.location,
    status: g.provisioningState,
    tags: { ...g.tags },
  };
}

function resourceInfo(r: ArmResource): AzureResourceInfo {
  const pid = r.vm?.runCommand?.script?.pid;
  return {
    cloud: 'azure',
    kind: r.kind,
    id: r.id,
    name: r.name,
    subscriptionId: r.subscriptionId,
    resourceGroup: r.resourceGroup,
    location: r.location,
    status: r.provisioningState,
    tags: { ...r.tags },
    ...(r.vm
      ? {
          powerState: r.vm.power,
          generalized: r.vm.generalized,
          guestActions: [...r.vm.guestActions],
        }
      : {}),
    ...(pid !== undefined ? { pid } : {}),
  };
}
