import type { GceContext } from './context.js';
import { alreadyExists, invalidField } from './errors.js';
import { newId, timestamp } from './ids.js';
import { diskPath, instancePath } from './links.js';
import { checkLabels, checkName } from './names.js';
import { SerialPort } from './serial-port.js';
import { diskKey, instanceKey, type DiskRecord, type InstanceRecord } from './state.js';

/**
 * A resource that already exists when a test starts, as a run killed hours ago left it: an
 * instance (stopped, with its auto-delete boot disk) or a disk on its own. For GC tests.
 */
export interface PlantGceResource {
  kind: 'instance' | 'disk';
  project: string;
  zone: string;
  name: string;
  labels?: Record<string, string>;
  /** RFC 3339; now when absent. */
  creationTimestamp?: string;
}

function created(value: string | undefined): string {
  const ts = value ?? timestamp();
  if (Number.isNaN(Date.parse(ts))) {
    throw invalidField('creationTimestamp', ts, 'Must be an RFC 3339 timestamp.');
  }
  return ts;
}

function disk(seed: PlantGceResource, user?: string): DiskRecord {
  return {
    project: seed.project,
    zone: seed.zone,
    name: seed.name,
    id: newId(),
    creationTimestamp: created(seed.creationTimestamp),
    status: 'READY',
    sizeGb: 10,
    type: 'pd-ssd',
    guestOsFeatures: [],
    labels: checkLabels('labels', seed.labels),
    ...(user ? { user } : {}),
  };
}

export function plantGceResource(
  ctx: GceContext,
  seed: PlantGceResource,
): DiskRecord | InstanceRecord {
  const project = checkName('project', seed.project);
  const zone = checkName('zone', seed.zone);
  const name = checkName('name', seed.name);
  const dKey = diskKey(project, zone, name);
  if (ctx.state.disks.has(dKey)) throw alreadyExists(diskPath(project, zone, name));
  if (seed.kind === 'disk') {
    const d = disk(seed);
    ctx.state.disks.set(dKey, d);
    return d;
  }
  const iKey = instanceKey(project, zone, name);
  if (ctx.state.instances.has(iKey)) throw alreadyExists(instancePath(project, zone, name));
  const inst: InstanceRecord = {
    project,
    zone,
    name,
    id: newId(),
    creationTimestamp: created(seed.creationTimestamp),
    status: 'TERMINATED',
    request: { name, machineType: `zones/${zone}/machineTypes/n1-standard-4` },
    labels: checkLabels('labels', seed.labels),
    metadata: [],
    tags: [],
    deletionProtection: false,
    disks: [{ diskKey: dKey, deviceName: name, boot: true, autoDelete: true }],
    guestAttributes: new Map(),
    serial: new SerialPort(() => ctx.hazards().gce.serialRetainedBytes),
    outcome: 'success',
    output: '',
    checks: ctx.outcomes.checksFor(name, ctx.durations().check),
    deleting: false,
  };
  ctx.state.disks.set(dKey, disk(seed, iKey));
  ctx.state.instances.set(iKey, inst);
  return inst;
}
