import type { GceContext, Route } from './context.js';
import { notFound, resourceInUse } from './errors.js';
import { fingerprint } from './ids.js';
import { diskPath, instancePath, zonePath } from './links.js';
import { aggregatedPage, zoneScopes } from './aggregated.js';
import { listPage } from './list.js';
import { diskKey, type DiskRecord } from './state.js';

function diskJson(ctx: GceContext, d: DiskRecord): Record<string, unknown> {
  const json: Record<string, unknown> = {
    kind: 'compute#disk',
    id: d.id,
    creationTimestamp: d.creationTimestamp,
    name: d.name,
    sizeGb: String(d.sizeGb),
    zone: ctx.links.url(zonePath(d.project, d.zone)),
    status: d.status,
    type: ctx.links.url(`${zonePath(d.project, d.zone)}/diskTypes/${d.type}`),
    labels: d.labels,
    labelFingerprint: fingerprint(d.labels),
    physicalBlockSizeBytes: '4096',
    selfLink: ctx.links.url(diskPath(d.project, d.zone, d.name)),
  };
  if (d.sourceImage) {
    json.sourceImage = ctx.links.url(d.sourceImage);
    json.sourceImageId = d.sourceImageId;
  }
  if (d.guestOsFeatures.length > 0) {
    json.guestOsFeatures = d.guestOsFeatures.map((type) => ({ type }));
  }
  const user = d.user ? ctx.state.instances.get(d.user) : undefined;
  if (user) json.users = [ctx.links.url(instancePath(user.project, user.zone, user.name))];
  return json;
}

function findDisk(ctx: GceContext, project: string, zone: string, name: string): DiskRecord {
  const disk = ctx.state.disks.get(diskKey(project, zone, name));
  if (!disk) throw notFound(diskPath(project, zone, name));
  return disk;
}

/** Disks exist so images can be made from them and leftovers can be found and deleted. */
export function diskRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/zones/:zone/disks';
  return [
    {
      // Every zone's disks, paged across zones (how a GC finds leftovers).
      method: 'GET',
      path: 'projects/:project/aggregated/disks',
      handle: (req) => {
        const { project } = req.params as { project: string };
        return aggregatedPage(ctx, {
          project,
          key: 'disks',
          scopes: zoneScopes(),
          kind: 'compute#diskAggregatedList',
          all: [...ctx.state.disks.values()]
            .filter((d) => d.project === project)
            .map((d) => ({ scope: `zones/${d.zone}`, item: diskJson(ctx, d) })),
          query: new URLSearchParams(req.query),
        });
      },
    },
    {
      method: 'GET',
      path: base,
      handle: (req) => {
        const { project, zone } = req.params as { project: string; zone: string };
        const all = [...ctx.state.disks.values()].filter(
          (d) => d.project === project && d.zone === zone,
        );
        return listPage(
          all.map((d) => diskJson(ctx, d)),
          req.query,
          {
            kind: 'compute#diskList',
            id: `${zonePath(project, zone)}/disks`,
            selfLink: ctx.links.url(`${zonePath(project, zone)}/disks`),
          },
        );
      },
    },
    {
      method: 'GET',
      path: `${base}/:disk`,
      handle: (req) =>
        diskJson(ctx, findDisk(ctx, req.params.project!, req.params.zone!, req.params.disk!)),
    },
    {
      method: 'DELETE',
      path: `${base}/:disk`,
      handle: (req) => {
        const {
          project,
          zone,
          disk: name,
        } = req.params as { project: string; zone: string; disk: string };
        const disk = findDisk(ctx, project, zone, name);
        const user = disk.user ? ctx.state.instances.get(disk.user) : undefined;
        if (user) {
          throw resourceInUse(
            diskPath(project, zone, name),
            instancePath(user.project, user.zone, user.name),
          );
        }
        const fault = req.operationFault();
        const op = ctx.ops.start({
          project,
          zone,
          operationType: 'delete',
          targetLink: ctx.links.url(diskPath(project, zone, name)),
          targetId: disk.id,
        });
        const ms = ctx.durations().delete;
        if (fault) return ctx.ops.toJson(ctx.ops.failAfter(op, fault, ms));
        disk.status = 'DELETING';
        ctx.timers.after(ms, () => {
          if (ctx.state.disks.get(diskKey(project, zone, name)) === disk) {
            ctx.state.disks.delete(diskKey(project, zone, name));
          }
          ctx.ops.finish(op);
        });
        return ctx.ops.toJson(op);
      },
    },
  ];
}
