import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallLog } from '../calls.js';
import type { Durations } from '../durations.js';
import type { Hazards } from '../hazards.js';
import type { Faults } from '../faults.js';
import { describeKey } from './kms.js';
import { HttpError, readBody } from '../http.js';
import type { Mount } from '../server.js';
import type { Timers } from '../timers.js';
import type { Outcomes } from '../vm/outcomes.js';
import type { Action, Ec2Context } from './context.js';
import { Ec2Error, faultError } from './errors.js';
import { requestId } from './ids.js';
import { deprecationActions } from './deprecation.js';
import { imageActions, isPublic } from './images.js';
import { imageAttributeActions } from './image-attributes.js';
import { snapshotActions } from './snapshots.js';
import { consoleActions } from './console.js';
import { instanceActions } from './instances.js';
import { instanceStatusActions } from './instance-status.js';
import { attributeActions } from './attributes.js';
import { instanceAttributeActions } from './instance-attributes.js';
import { keyPairActions } from './key-pairs.js';
import { keyImportActions } from './key-import.js';
import { accountAttributeActions } from './account-attributes.js';
import { addressActions } from './addresses.js';
import { internetGatewayActions } from './internet-gateways.js';
import { routeTableActions } from './route-tables.js';
import { launchTemplateActions } from './launch-templates.js';
import { networkActions, seedNetwork } from './network.js';
import { regionActions } from './regions.js';
import { securityGroupActions } from './security-groups.js';
import { volumeActions } from './volumes.js';
import { volumeLifecycleActions } from './volume-lifecycle.js';
import { volumeAttachmentActions } from './volume-attachments.js';
import { snapshotCreateActions } from './snapshot-create.js';
import { attributeResetActions } from './attribute-resets.js';
import { tagActions } from './tags.js';
import { QueryParams } from './query.js';
import { checkRegionName, seedAmi, seedStockImages, type SeedAmi } from './seed.js';
import { Ec2State, type ImageRecord, type LaunchPermission } from './state.js';
import { errorXml, responseXml } from './xml.js';

/** EC2's Query protocol lives at `/`; every other emulated service has a longer prefix. */
export const EC2_PREFIX = '/';

/** `/ec2/<region>/<Action>`: how EC2 calls appear in the call log and how faults match them. */
export function ec2CallPath(region: string, action: string): string {
  return `/ec2/${region}/${action}`;
}

export interface Ec2ServiceOptions {
  timers: Timers;
  durations: () => Durations;
  /** The documented hazards in force (see hazards.ts). */
  hazards: () => Hazards;
  faults: Faults;
  calls: CallLog;
  outcomes: Outcomes;
  log: (line: string) => void;
  bash: string | undefined;
}

/** A live EC2 resource, for leak checks; terminated instances are gone. */
export interface AwsResourceInfo {
  cloud: 'aws';
  kind: 'instance' | 'image' | 'snapshot' | 'volume' | 'security-group' | 'key-pair';
  region: string;
  /** `i-…`, `ami-…`, `snap-…` */
  id: string;
  /** The AMI name, or an instance's Name tag. */
  name: string;
  /** Instance state (`running`, `stopped`…), image state (`available`…), snapshot state. */
  status: string;
  tags: Record<string, string>;
  encrypted?: boolean;
  kmsKeyId?: string;
  /** Process id of an instance's running user-data script (its process group id too). */
  pid?: number;
}

export interface AmiLaunchPermissions {
  /** `Group=all` is among them. */
  public: boolean;
  permissions: LaunchPermission[];
}

/**
 * The SigV4 credential scope names the region: `Credential=AKID/20261101/us-east-1/ec2/aws4_request`.
 * One endpoint thus serves every region, as `AWS_ENDPOINT_URL_EC2` expects.
 */
function regionOf(req: IncomingMessage, service: 'ec2' | 'kms' = 'ec2'): string {
  const auth = req.headers.authorization ?? '';
  const m = new RegExp(`Credential=[^/]+/\\d{8}/([^/]+)/${service}/aws4_request`).exec(auth);
  if (!m) {
    throw new Ec2Error(
      'AuthFailure',
      `AWS was not able to validate the provided access credentials (no SigV4 Authorization header with a ${service} credential scope)`,
      401,
    );
  }
  return checkRegionName(m[1]!);
}

/** The emulated EC2: every region's instances, images and snapshots behind one endpoint. */
export class Ec2Service {
  private readonly state: Ec2State;
  private readonly ctx: Ec2Context;
  private readonly actions: Record<string, Action>;

  constructor(private readonly o: Ec2ServiceOptions) {
    this.state = new Ec2State((region) => {
      seedStockImages(region);
      seedNetwork(region);
    });
    this.ctx = {
      state: this.state,
      timers: o.timers,
      durations: o.durations,
      hazards: o.hazards,
      outcomes: o.outcomes,
      log: o.log,
      bash: o.bash,
    };
    this.actions = {
      ...instanceActions(this.ctx),
      ...instanceStatusActions(this.ctx),
      ...consoleActions(this.ctx),
      ...imageActions(this.ctx),
      ...imageAttributeActions(this.ctx),
      ...snapshotActions(this.ctx),
      ...deprecationActions(this.ctx),
      ...regionActions(),
      ...networkActions(this.ctx),
      ...securityGroupActions(this.ctx),
      ...keyPairActions(this.ctx),
      ...keyImportActions(this.ctx),
      ...accountAttributeActions(),
      ...addressActions(),
      ...internetGatewayActions(this.ctx),
      ...routeTableActions(this.ctx),
      ...launchTemplateActions(),
      ...volumeActions(this.ctx),
      ...volumeLifecycleActions(this.ctx),
      ...volumeAttachmentActions(this.ctx),
      ...snapshotCreateActions(this.ctx),
      ...attributeResetActions(this.ctx),
      ...attributeActions(this.ctx),
      ...instanceAttributeActions(this.ctx),
      ...tagActions(this.ctx),
    };
  }

  /** The EC2 Query API actions served. */
  operations(): string[] {
    return Object.keys(this.actions).sort();
  }

  mounts(): Mount[] {
    return [
      {
        prefix: EC2_PREFIX,
        serves: (pathname) => pathname === '/',
        handle: (req, res, url) => this.handle(req, res, url),
      },
    ];
  }

  /** Records the call and applies faults itself: the action is only known from the body. */
  private async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = requestId();
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string' && target.startsWith('TrentService.')) {
      return this.handleKms(req, res, target.slice('TrentService.'.length), id);
    }
    let region = 'unknown';
    let action = 'unknown';
    try {
      const body = await readBody(req);
      if (!['POST', 'GET'].includes(req.method ?? '')) {
        throw new HttpError(405, `EC2 takes POST / (or GET /?Action=...), not ${req.method}`);
      }
      const q = QueryParams.parse(req.method === 'GET' ? url.search : body);
      action = q.get('Action') ?? 'unknown';
      region = regionOf(req);
      const path = ec2CallPath(region, action);
      const record = this.o.calls.start('POST', path, '', req.headers.authorization);
      res.once('close', () => {
        record.status = res.writableFinished ? res.statusCode : 499;
        this.o.log(`POST ${path} ${record.status}`);
      });
      const fault = this.o.faults.takeHttp('POST', path);
      const faulted = (): Ec2Error => faultError(fault!.status, fault!.message, fault!.retryAfter);
      if (fault && !fault.lost) throw faulted();
      const handler = this.actions[action];
      if (!handler) {
        throw new Ec2Error(
          'InvalidAction',
          `The action ${action} is not valid for this web service (or not emulated).`,
        );
      }
      const dryRun = q.bool('DryRun');
      // A lost answer (fault.lost): the action is carried out, the caller gets the fault.
      let result: Awaited<ReturnType<typeof handler>>;
      try {
        result = await handler({
          region: this.state.region(region),
          q,
          operationFault: () => this.o.faults.takeOperation('POST', path),
          dryRun,
        });
      } catch (err) {
        throw fault ? faulted() : err;
      }
      if (fault) throw faulted();
      if (dryRun) {
        throw new Ec2Error('InternalError', `emulator: ${action} did not honour DryRun`, 500);
      }
      this.send(res, 200, responseXml(action, id, result), id);
    } catch (err) {
      let e: Ec2Error;
      if (err instanceof Ec2Error) e = err;
      else if (err instanceof HttpError)
        e = new Ec2Error('InvalidRequest', err.message, err.status);
      else {
        this.o.log(
          `ec2: internal error in ${action}: ${err instanceof Error ? err.stack : String(err)}`,
        );
        e = new Ec2Error('InternalError', `emulator internal error: ${String(err)}`, 500);
      }
      this.send(res, e.status, errorXml(e.code, e.message, id), id, e.headers);
    }
  }

  /**
   * KMS on the same endpoint (`AWS_ENDPOINT_URL_KMS`): the JSON 1.1 protocol, DescribeKey
   * only, enough to tell the AWS managed EBS key from customer keys. Logged and faulted as
   * `/kms/<region>/<Action>`.
   */
  private async handleKms(
    req: IncomingMessage,
    res: ServerResponse,
    action: string,
    id: string,
  ): Promise<void> {
    let region: string;
    try {
      region = regionOf(req, 'kms');
    } catch (err) {
      req.resume();
      const text = JSON.stringify({
        __type: 'UnrecognizedClientException',
        message: (err as Error).message,
      });
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(text);
      return;
    }
    const path = `/kms/${region}/${action}`;
    const record = this.o.calls.start('POST', path, '', req.headers.authorization);
    res.once('close', () => {
      record.status = res.writableFinished ? res.statusCode : 499;
      this.o.log(`POST ${path} ${record.status}`);
    });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
      const text = JSON.stringify(value);
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': Buffer.byteLength(text),
        'x-amzn-requestid': id,
        ...headers,
      });
      res.end(text);
    };
    const body = await readBody(req);
    const fault = this.o.faults.takeHttp('POST', path);
    if (fault) {
      return json(
        fault.status,
        {
          __type: fault.status === 429 ? 'ThrottlingException' : 'KMSInternalException',
          message: fault.message ?? 'injected fault',
        },
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
      );
    }
    if (action !== 'DescribeKey') {
      return json(400, {
        __type: 'UnknownOperationException',
        message: `${action} is not emulated`,
      });
    }
    const keyId = (JSON.parse(body || '{}') as { KeyId?: unknown }).KeyId;
    if (typeof keyId !== 'string' || keyId === '') {
      return json(400, { __type: 'ValidationException', message: 'KeyId is required' });
    }
    json(200, { KeyMetadata: describeKey(region, keyId) });
  }

  private send(
    res: ServerResponse,
    status: number,
    text: string,
    id: string,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'content-type': 'text/xml;charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      'x-amzn-requestid': id,
      ...headers,
    });
    res.end(text);
  }

  resources(): AwsResourceInfo[] {
    const out: AwsResourceInfo[] = [];
    for (const r of this.state.regions.values()) {
      for (const i of r.instances.values()) {
        if (i.state === 'terminated') continue;
        out.push({
          cloud: 'aws',
          kind: 'instance',
          region: r.region,
          id: i.id,
          name: i.tags.Name ?? i.id,
          status: i.state,
          tags: { ...i.tags },
          ...(i.script?.pid !== undefined ? { pid: i.script.pid } : {}),
        });
      }
      for (const img of r.images.values()) {
        if (img.stock || img.state === 'deregistered') continue;
        out.push({ ...this.imageInfo(img) });
      }
      // A volume that outlived its instance (DeleteOnTermination false) is left behind too.
      for (const v of r.volumes.values()) {
        out.push({
          cloud: 'aws',
          kind: 'volume',
          region: r.region,
          id: v.volume.volumeId,
          name: v.volume.tags.Name ?? v.volume.volumeId,
          status: v.state,
          tags: { ...v.volume.tags },
          encrypted: v.volume.encrypted,
        });
      }
      for (const g of r.securityGroups.values()) {
        if (g.isDefault) continue;
        out.push({
          cloud: 'aws',
          kind: 'security-group',
          region: r.region,
          id: g.id,
          name: g.name,
          status: 'available',
          tags: { ...g.tags },
        });
      }
      for (const k of r.keyPairs.values()) {
        out.push({
          cloud: 'aws',
          kind: 'key-pair',
          region: r.region,
          id: k.id,
          name: k.name,
          status: 'available',
          tags: { ...k.tags },
        });
      }
      for (const s of r.snapshots.values()) {
        if (s.stock) continue;
        out.push({
          cloud: 'aws',
          kind: 'snapshot',
          region: r.region,
          id: s.id,
          name: s.description,
          status: s.state,
          tags: { ...s.tags },
          encrypted: s.encrypted,
          ...(s.kmsKeyId ? { kmsKeyId: s.kmsKeyId } : {}),
        });
      }
    }
    return out;
  }

  private imageInfo(img: ImageRecord): AwsResourceInfo {
    return {
      cloud: 'aws',
      kind: 'image',
      region: img.region,
      id: img.id,
      name: img.name,
      status: img.state,
      tags: { ...img.tags },
      encrypted: img.encrypted,
      ...(img.kmsKeyId ? { kmsKeyId: img.kmsKeyId } : {}),
    };
  }

  seedAmi(seed: SeedAmi): AwsResourceInfo {
    return this.imageInfo(seedAmi(this.ctx, seed));
  }

  /** An AMI's launch permissions, as ModifyImageAttribute left them. */
  launchPermissions(region: string, imageId: string): AmiLaunchPermissions {
    const img = this.state.regions.get(region)?.images.get(imageId);
    if (!img) throw new HttpError(404, `no image ${imageId} in ${region}`);
    return { public: isPublic(img), permissions: img.launchPermissions.map((p) => ({ ...p })) };
  }

  /** Everything an instance's console still holds, whether or not EC2 would show it yet. */
  consoleOutput(region: string, instanceId: string): string {
    const inst = this.state.regions.get(region)?.instances.get(instanceId);
    if (!inst) throw new HttpError(404, `no instance ${instanceId} in ${region}`);
    return inst.console.text();
  }

  /** Powers every instance off at once. */
  async shutdown(): Promise<void> {
    const all = [...this.state.regions.values()].flatMap((r) => [...r.instances.values()]);
    await Promise.all(all.map((i) => i.script?.kill()));
  }

  async reset(): Promise<void> {
    await this.shutdown();
    this.state.regions.clear();
  }
}
