import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResourceInfo } from '../control.js';
import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { Faults, HttpFault } from '../faults.js';
import { HttpError, jsonObject, readBody, sendJson } from '../http.js';
import { Router } from '../router.js';
import type { Mount } from '../server.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import { batchMount } from './batch.js';
import type { GceContext, GceRequest } from './context.js';
import { diskRoutes } from './disks.js';
import { checkZone } from '../../naming/gce.js';
import { faultError, GceError, invalidField } from './errors.js';
import { guestRoutes } from './guest.js';
import { iamRoutes, imagePolicy, raceIamPolicy } from './iam.js';
import { findImage, imageRoutes } from './images.js';
import { instanceRoutes } from './instances.js';
import { instanceUpdateRoutes } from './instance-updates.js';
import { Links } from './links.js';
import { machineTypeRoutes } from './machine-type-routes.js';
import { handleMetadata, METADATA_PREFIX, metadataUrl } from './metadata.js';
import { networkRoutes } from './networks.js';
import { operationRoutes, Operations } from './operations.js';
import { projectRoutes } from './projects.js';
import { RateQuotas } from './quotas.js';
import { regionRoutes } from './regions.js';
import { requestIdOf, RequestIds } from './request-ids.js';
import { serialRoutes } from './serial.js';
import { plantGceResource, type PlantGceResource } from './plant.js';
import { seedImage, seedPublicImages, type SeedImage } from './seed.js';
import { GceState, instanceKey, type Binding, type IamPolicy } from './state.js';
import { subnetworkRoutes } from './subnetworks.js';
import { zoneRoutes } from './zones.js';

const GCE_PREFIX = '/compute/v1/';

export interface GceServiceOptions {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  timers: Timers;
  durations: () => Durations;
  /** The documented hazards in force (see hazards.ts). */
  hazards: () => Hazards;
  faults: Faults;
  log: (line: string) => void;
  bash: string | undefined;
  outcomes: Outcomes;
}

/** The emulated Compute Engine: its API, its VMs' metadata servers, and its state. */
export class GceService {
  private readonly state = new GceState();
  private readonly ctx: GceContext;
  private readonly router: Router<GceRequest>;
  private readonly quotas = new RateQuotas();
  private readonly requestIds: RequestIds;

  constructor(private readonly o: GceServiceOptions) {
    const links = new Links(`${o.baseUrl}${GCE_PREFIX}`);
    const ctx: GceContext = {
      state: this.state,
      links,
      ops: new Operations(links, o.timers, o.durations),
      timers: o.timers,
      outcomes: o.outcomes,
      durations: o.durations,
      hazards: o.hazards,
      log: o.log,
      bash: o.bash,
      metadataUrl: (inst) => metadataUrl(o.baseUrl, inst),
    };
    this.ctx = ctx;
    this.requestIds = new RequestIds(ctx.ops);
    this.router = new Router([
      ...instanceRoutes(ctx),
      ...instanceUpdateRoutes(ctx),
      ...guestRoutes(ctx),
      ...serialRoutes(ctx),
      ...diskRoutes(ctx),
      ...imageRoutes(ctx),
      ...iamRoutes(ctx),
      ...operationRoutes(ctx),
      ...projectRoutes(ctx),
      ...zoneRoutes(ctx),
      ...regionRoutes(ctx),
      ...machineTypeRoutes(ctx),
      ...networkRoutes(ctx),
      ...subnetworkRoutes(ctx),
    ]);
    seedPublicImages(ctx);
  }

  /** The GCE methods served, `METHOD compute/v1/path`. */
  operations(): string[] {
    return this.router.list().map((r) => r.replace(' ', ` ${GCE_PREFIX.slice(1)}`));
  }

  mounts(): Mount[] {
    return [
      {
        prefix: GCE_PREFIX,
        api: { sendFault: (res, fault) => this.sendFault(res, fault) },
        handle: (req, res, url) => this.handleApi(req, res, url),
      },
      batchMount({
        baseUrl: this.o.baseUrl,
        sendFault: (res, fault) => this.sendFault(res, fault),
      }),
      {
        prefix: METADATA_PREFIX,
        handle: (req, res, url) => handleMetadata(this.ctx, req, res, url),
      },
    ];
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    try {
      const text = await readBody(req);
      const path = url.pathname.slice(GCE_PREFIX.length);
      const match = this.router.match(method, path);
      if (!match) {
        throw new GceError(
          404,
          'notFound',
          `The emulator has no GCE method ${method} ${url.pathname}`,
        );
      }
      const { project: inProject, zone: inZone } = match.params;
      // A zone GCE does not have, refused as GCE refuses a region it does not have: "Invalid
      // value for field 'region': 'us-east1'. Unknown region." (googleapis/python-compute#224);
      // the zone's wording is that one's, by analogy.
      const zonesGet = /^projects\/[^/]+\/zones\/[^/]+$/.test(path);
      if (inProject && inZone && !zonesGet && checkZone(inZone) !== undefined) {
        throw invalidField('zone', inZone, 'Unknown zone.');
      }
      const overQuota = this.quotas.admit(method, path, this.o.hazards().gce);
      if (overQuota) throw overQuota;
      const requestId = requestIdOf(method, url.searchParams);
      const project = match.params.project;
      const earlier = requestId && project && this.requestIds.earlier(project, requestId);
      if (earlier) {
        sendJson(res, 200, this.ctx.ops.toJson(earlier));
        return;
      }
      const result = await match.handle({
        params: match.params,
        query: url.searchParams,
        body: jsonObject(text),
        operationFault: () => this.o.faults.takeOperation(method, url.pathname),
      });
      if (requestId && project) this.requestIds.remember(project, requestId, result);
      sendJson(res, 200, result);
    } catch (err) {
      this.sendError(res, err);
    }
  }

  private sendError(res: ServerResponse, err: unknown): void {
    let e: GceError;
    if (err instanceof GceError) e = err;
    else if (err instanceof HttpError) {
      e = new GceError(err.status, err.status === 400 ? 'parseError' : 'badRequest', err.message);
    } else {
      this.o.log(`gce: internal error: ${err instanceof Error ? err.stack : String(err)}`);
      e = new GceError(500, 'backendError', `emulator internal error: ${String(err)}`);
    }
    sendJson(res, e.status, e.body(), e.headers);
  }

  private sendFault(res: ServerResponse, fault: HttpFault): void {
    this.sendError(res, faultError(fault.status, fault.message, fault.retryAfter, fault.reason));
  }

  resources(): ResourceInfo[] {
    const s = this.state;
    return [
      ...[...s.instances.values()].map((i) => ({
        cloud: 'gcp' as const,
        kind: 'instance' as const,
        project: i.project,
        zone: i.zone,
        name: i.name,
        status: i.status,
        labels: { ...i.labels },
        ...(i.script?.pid !== undefined ? { pid: i.script.pid } : {}),
      })),
      ...[...s.disks.values()].map((d) => ({
        cloud: 'gcp' as const,
        kind: 'disk' as const,
        project: d.project,
        zone: d.zone,
        name: d.name,
        status: d.status,
        labels: { ...d.labels },
      })),
      ...[...s.images.values()]
        .filter((i) => !i.public)
        .map((i) => ({
          cloud: 'gcp' as const,
          kind: 'image' as const,
          project: i.project,
          name: i.name,
          status: i.status,
          labels: { ...i.labels },
        })),
    ];
  }

  /** An image's IAM policy as GCE holds it (bindings and etag). */
  iamPolicy(project: string, image: string): IamPolicy {
    return imagePolicy(findImage(this.ctx, project, image));
  }

  /** Another writer adds `bindings` to the image's policy just before its next setIamPolicy. */
  raceIamPolicy(project: string, image: string, bindings: Binding[]): void {
    raceIamPolicy(findImage(this.ctx, project, image), bindings);
  }

  seedImage(seed: SeedImage): ResourceInfo {
    const img = seedImage(this.ctx, seed);
    return {
      cloud: 'gcp',
      kind: 'image',
      project: img.project,
      name: img.name,
      status: img.status,
      labels: { ...img.labels },
    };
  }

  plantResource(seed: PlantGceResource): ResourceInfo {
    plantGceResource(this.ctx, seed);
    return this.resources().find(
      (r) =>
        r.cloud === 'gcp' && r.kind === seed.kind && r.name === seed.name && r.zone === seed.zone,
    )!;
  }

  guestAttributes(project: string, zone: string, instance: string): Record<string, string> {
    return Object.fromEntries(this.instance(project, zone, instance).guestAttributes);
  }

  serialOutput(project: string, zone: string, instance: string): string {
    return this.instance(project, zone, instance).serial.text();
  }

  /** Powers every VM off at once and answers every parked long-poll. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.state.instances.values()].map((i) => i.script?.kill()));
    this.ctx.ops.releaseAll();
  }

  async reset(): Promise<void> {
    await this.shutdown();
    this.state.instances.clear();
    this.state.disks.clear();
    this.state.images.clear();
    this.ctx.ops.clear();
    this.requestIds.clear();
    this.quotas.clear();
    seedPublicImages(this.ctx);
  }

  private instance(project: string, zone: string, name: string) {
    const inst = this.state.instances.get(instanceKey(project, zone, name));
    if (!inst) throw new HttpError(404, `no instance ${project}/${zone}/${name}`);
    return inst;
  }
}
