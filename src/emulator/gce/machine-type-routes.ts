import type { GceContext, GceRequest, Route } from './context.js';
import { invalidField, notFound } from './errors.js';
import { fixedId } from './fixed-ids.js';
import { EPOCH_TIMESTAMP, regionOfZone } from './geography.js';
import { zonePath } from './links.js';
import { listPage } from './list.js';
import { machineShape } from './machine-type-shapes.js';

type Json = Record<string, unknown>;

/**
 * Persistent disks a VM may attach: 128 (257 TB), 16 (3 TB) on shared-core types
 * (https://cloud.google.com/compute/docs/disks#pdnumberlimits).
 */
const DISK_LIMITS = { dedicated: [128, '263168'], shared: [16, '3072'] } as const;

/** The types machineTypes.list answers: the emulator's sample of the infinitely many it accepts. */
const LISTED = [
  'e2-micro',
  'e2-small',
  'e2-medium',
  'f1-micro',
  'g1-small',
  'n1-standard-1',
  ...['e2', 'n1', 'n2', 'n2d', 'c3'].flatMap((series) =>
    ['standard', 'highmem', 'highcpu'].flatMap((cls) =>
      [2, 4, 8, 16, 32].map((n) => `${series}-${cls}-${n}`),
    ),
  ),
];

/**
 * A MachineType as https://cloud.google.com/compute/docs/reference/rest/v1/machineTypes
 * documents it; `zone` is the zone's name, not its URL.
 */
function machineTypeJson(ctx: GceContext, project: string, zone: string, name: string): Json {
  const shape = machineShape(name)!;
  const [disks, diskGb] = shape.isSharedCpu ? DISK_LIMITS.shared : DISK_LIMITS.dedicated;
  const gb = Math.round((shape.memoryMb / 1024) * 100) / 100;
  return {
    kind: 'compute#machineType',
    id: fixedId(`machineType/${name}`),
    creationTimestamp: EPOCH_TIMESTAMP,
    name,
    description: `${shape.guestCpus} vCPU${shape.guestCpus > 1 ? 's' : ''}, ${gb} GB RAM`,
    guestCpus: shape.guestCpus,
    memoryMb: shape.memoryMb,
    maximumPersistentDisks: disks,
    maximumPersistentDisksSizeGb: diskGb,
    zone,
    selfLink: ctx.links.url(`${zonePath(project, zone)}/machineTypes/${name}`),
    isSharedCpu: shape.isSharedCpu,
    architecture: shape.architecture,
  };
}

/**
 * A zone of a known region that the emulator's zone table lacks, refused as the service
 * refuses a zone of an unknown region.
 */
function servedZone(req: GceRequest): { project: string; zone: string } {
  const { project, zone } = req.params as { project: string; zone: string };
  if (regionOfZone(zone) === undefined) throw invalidField('zone', zone, 'Unknown zone.');
  return { project, zone };
}

function get(ctx: GceContext, req: GceRequest): Json {
  const { project, zone } = servedZone(req);
  const name = req.params.machineType!;
  if (machineShape(name) === undefined) {
    throw notFound(`${zonePath(project, zone)}/machineTypes/${name}`);
  }
  return machineTypeJson(ctx, project, zone, name);
}

function list(ctx: GceContext, req: GceRequest): Json {
  const { project, zone } = servedZone(req);
  const path = `${zonePath(project, zone)}/machineTypes`;
  return listPage(
    LISTED.map((name) => machineTypeJson(ctx, project, zone, name)),
    req.query,
    { kind: 'compute#machineTypeList', id: path, selfLink: ctx.links.url(path) },
  );
}

export function machineTypeRoutes(ctx: GceContext): Route[] {
  const base = 'projects/:project/zones/:zone/machineTypes';
  return [
    { method: 'GET', path: base, handle: (req) => list(ctx, req) },
    { method: 'GET', path: `${base}/:machineType`, handle: (req) => get(ctx, req) },
  ];
}
