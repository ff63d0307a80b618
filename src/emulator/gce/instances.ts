import type { GceContext, GceRequest, Route } from './context.js';
import { alreadyExists, GceError, notFound, notReady, required } from './errors.js';
import { newId, timestamp } from './ids.js';
import { checkAccessConfigs, checkServiceAccounts } from './instance-access.js';
import { planDisks } from './instance-disks.js';
import { deprecationWarning } from './images.js';
import { instanceJson } from './instance-json.js';
import { checkMachineType } from './machine-types.js';
import { checkScheduling } from './instance-scheduling.js';
import { boot, destroy, powerOff, reset } from './lifecycle.js';
import { instancePath, zonePath } from './links.js';
import { aggregatedPage, zoneScopes } from './aggregated.js';
import { listPage } from './list.js';
import { checkLabels, checkName } from './names.js';
import { checkTags } from './instance-tags.js';
import { SerialPort } from './serial-port.js';
import { parseMetadataItems } from './metadata-items.js';
import { diskKey, instanceKey, type InstanceRecord } from './state.js';

export function findInstance(ctx: GceContext, req: GceRequest): InstanceRecord {
  const { project, zone, instance } = req.params as {
    project: string;
    zone: string;
    instance: string;
  };
  const inst = ctx.state.instances.get(instanceKey(project, zone, instance));
  if (!inst) throw notFound(instancePath(project, zone, instance));
  return inst;
}

function insert(ctx: GceContext, req: GceRequest): unknown {
  const { project, zone } = req.params as { project: string; zone: string };
  const b = req.body;
  const name = checkName('resource.name', b.name);
  if (ctx.state.instances.has(instanceKey(project, zone, name))) {
    throw alreadyExists(instancePath(project, zone, name));
  }
  if (typeof b.machineType !== 'string' || b.machineType === '')
    throw required('resource.machineType');
  const machineType = checkMachineType(b.machineType, zone);
  const labels = checkLabels('resource.labels', b.labels);
  const tags = checkTags('resource.tags.items', (b.tags as { items?: unknown } | undefined)?.items);
  const metadata = parseMetadataItems(b.metadata, ctx.hazards().gce);
  const serviceAccounts = checkServiceAccounts(project, b.serviceAccounts);
  checkAccessConfigs(b.networkInterfaces);
  checkScheduling(b.machineType, b);
  const disks = planDisks(ctx, project, zone, name, b.disks);
  const inst: InstanceRecord = {
    project,
    zone,
    name,
    id: newId(),
    creationTimestamp: timestamp(),
    status: 'PROVISIONING',
    request: { ...b, machineType, serviceAccounts },
    labels,
    metadata,
    tags,
    deletionProtection: b.deletionProtection === true,
    disks: disks.attached,
    guestAttributes: new Map(),
    serial: new SerialPort(() => ctx.hazards().gce.serialRetainedBytes),
    outcome: ctx.outcomes.for(name),
    output: ctx.outcomes.outputFor(name),
    checks: ctx.outcomes.checksFor(name, ctx.durations().check),
    deleting: false,
  };
  const fault = req.operationFault();
  const op = ctx.ops.start({
    project,
    zone,
    operationType: 'insert',
    targetLink: ctx.links.url(instancePath(project, zone, name)),
    targetId: inst.id,
  });
  const warnings = disks.images.flatMap((i) => deprecationWarning(i) ?? []);
  if (warnings.length > 0) op.warnings = warnings;
  if (fault) return ctx.ops.toJson(ctx.ops.failAfter(op, fault, ctx.durations().boot));
  for (const disk of disks.created) ctx.state.disks.set(diskKey(project, zone, disk.name), disk);
  for (const d of disks.attached) {
    const disk = ctx.state.disks.get(d.diskKey);
    if (disk) disk.user = instanceKey(project, zone, name);
  }
  ctx.state.instances.set(instanceKey(project, zone, name), inst);
  ctx.log(`gce: instance ${name} inserted in ${zone}`);
  boot(ctx, inst, op, disks.bootImage);
  return ctx.ops.toJson(op);
}

/** Starts an operation on an existing instance, or fails it at once on an injected fault. */
export function instanceOperation(
  ctx: GceContext,
  req: GceRequest,
  inst: InstanceRecord,
  type: string,
  ms: number,
) {
  if (inst.deleting) throw notReady(instancePath(inst.project, inst.zone, inst.name));
  const fault = req.operationFault();
  const op = ctx.ops.start({
    project: inst.project,
    zone: inst.zone,
    operationType: type,
    targetLink: ctx.links.url(instancePath(inst.project, inst.zone, inst.name)),
    targetId: inst.id,
  });
  if (fault) ctx.ops.failAfter(op, fault, ms);
  return { op, faulted: fault !== undefined };
}

function remove(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  // GCE's answer, as Terraform quoted it (hashicorp/terraform-provider-google#1211).
  if (inst.deletionProtection) {
    throw new GceError(
      400,
      'invalidResourceUsage',
      "Invalid resource usage: 'Resource cannot be deleted if it's protected against deletion.'.",
    );
  }
  const { op, faulted } = instanceOperation(ctx, req, inst, 'delete', ctx.durations().delete);
  if (!faulted)
    void destroy(ctx, inst, op).catch((err: unknown) =>
      ctx.log(`gce: delete failed: ${String(err)}`),
    );
  return ctx.ops.toJson(op);
}

function stop(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  const { op, faulted } = instanceOperation(ctx, req, inst, 'stop', ctx.durations().stop);
  if (faulted) return ctx.ops.toJson(op);
  if (inst.status === 'TERMINATED') ctx.ops.finish(op);
  else
    void powerOff(ctx, inst, op).catch((err: unknown) =>
      ctx.log(`gce: stop failed: ${String(err)}`),
    );
  return ctx.ops.toJson(op);
}

/**
 * `instances.start` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/start):
 * a TERMINATED (stopped) instance boots again, through PROVISIONING and STAGING to RUNNING, and
 * runs its startup script again, as GCE does at every boot ("Compute Engine runs your startup
 * script each time the VM boots", "About startup scripts"). One already running or starting
 * is left as it is; one still stopping is not ready.
 */
function start(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  if (inst.status === 'STOPPING') throw notReady(instancePath(inst.project, inst.zone, inst.name));
  const { op, faulted } = instanceOperation(ctx, req, inst, 'start', ctx.durations().boot);
  if (faulted) return ctx.ops.toJson(op);
  if (inst.status !== 'TERMINATED') {
    ctx.ops.finish(op);
    return ctx.ops.toJson(op);
  }
  inst.status = 'PROVISIONING';
  boot(ctx, inst, op, bootImageOf(ctx, inst));
  return ctx.ops.toJson(op);
}

/** The name of the image the instance's boot disk was made from, for its boot lines. */
function bootImageOf(ctx: GceContext, inst: InstanceRecord): string {
  const bootDisk = inst.disks.find((d) => d.boot);
  const image = ctx.state.disks.get(bootDisk?.diskKey ?? '')?.sourceImage ?? 'its boot disk';
  return image.split('/').pop() ?? image;
}

/**
 * `instances.reset` (https://cloud.google.com/compute/docs/reference/rest/v1/instances/reset): "a
 * hard reset. The VM does not do a graceful shutdown"; it boots again and, as at every boot,
 * runs its startup script. Only a RUNNING instance can be reset (the emulator's answer for
 * another is notReady, its own choice).
 */
function resetInstance(ctx: GceContext, req: GceRequest): unknown {
  const inst = findInstance(ctx, req);
  if (inst.status !== 'RUNNING') throw notReady(instancePath(inst.project, inst.zone, inst.name));
  const { op, faulted } = instanceOperation(ctx, req, inst, 'reset', ctx.durations().boot);
  if (faulted) return ctx.ops.toJson(op);
  void reset(ctx, inst, op, bootImageOf(ctx, inst)).catch((err: unknown) =>
    ctx.log(`gce: reset failed: ${String(err)}`),
  );
  return ctx.ops.toJson(op);
}

function list(ctx: GceContext, req: GceRequest): unknown {
  const { project, zone } = req.params as { project: string; zone: string };
  const all = [...ctx.state.instances.values()].filter(
    (i) => i.project === project && i.zone === zone,
  );
  return listPage(
    all.map((i) => instanceJson(ctx, i)),
    req.query,
    {
      kind: 'compute#instanceList',
      id: `${zonePath(project, zone)}/instances`,
      selfLink: ctx.links.url(`${zonePath(project, zone)}/instances`),
    },
  );
}

/** Every zone's instances, paged across zones (aggregated.ts). */
function aggregatedList(ctx: GceContext, req: GceRequest): unknown {
  const { project } = req.params as { project: string };
  return aggregatedPage(ctx, {
    project,
    key: 'instances',
    scopes: zoneScopes(),
    kind: 'compute#instanceAggregatedList',
    all: [...ctx.state.instances.values()]
      .filter((inst) => inst.project === project)
      .map((inst) => ({ scope: `zones/${inst.zone}`, item: instanceJson(ctx, inst) })),
    query: new URLSearchParams(req.query),
  });
}

export function instanceRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/zones/:zone/instances';
  return [
    { method: 'GET', path: base, handle: (req) => list(ctx, req) },
    { method: 'POST', path: base, handle: (req) => insert(ctx, req) },
    {
      method: 'GET',
      path: 'projects/:project/aggregated/instances',
      handle: (req) => aggregatedList(ctx, req),
    },
    {
      method: 'GET',
      path: `${base}/:instance`,
      handle: (req) => instanceJson(ctx, findInstance(ctx, req)),
    },
    { method: 'DELETE', path: `${base}/:instance`, handle: (req) => remove(ctx, req) },
    { method: 'POST', path: `${base}/:instance/stop`, handle: (req) => stop(ctx, req) },
    { method: 'POST', path: `${base}/:instance/start`, handle: (req) => start(ctx, req) },
    { method: 'POST', path: `${base}/:instance/reset`, handle: (req) => resetInstance(ctx, req) },
  ];
}
