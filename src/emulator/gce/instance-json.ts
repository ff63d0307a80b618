import type { GceContext } from './context.js';
import { fingerprint } from './ids.js';
import { schedulingJson } from './instance-scheduling.js';
import { diskPath, instancePath, lastSegment, zonePath } from './links.js';
import type { InstanceRecord } from './state.js';

type Json = Record<string, unknown>;

/** Partial references (`global/networks/default`) come back as full URLs, as GCE returns them. */
function link(ctx: GceContext, project: string, ref: unknown, fallback: string): string {
  const value = typeof ref === 'string' && ref !== '' ? ref : fallback;
  if (/^https?:\/\//.test(value)) return value;
  return ctx.links.url(value.startsWith('projects/') ? value : `projects/${project}/${value}`);
}

function networkInterfaces(ctx: GceContext, inst: InstanceRecord): Json[] {
  const given = Array.isArray(inst.request.networkInterfaces)
    ? (inst.request.networkInterfaces as Json[])
    : [{}];
  const host = Number(BigInt(inst.id) % 250n) + 2;
  return given.map((nic, i) => {
    const out: Json = {
      kind: 'compute#networkInterface',
      name: `nic${i}`,
      network: link(ctx, inst.project, nic.network, 'global/networks/default'),
      networkIP: `10.128.${i}.${host}`,
      stackType: 'IPV4_ONLY',
      fingerprint: fingerprint(nic),
      accessConfigs: (Array.isArray(nic.accessConfigs) ? (nic.accessConfigs as Json[]) : []).map(
        (ac) => ({
          kind: 'compute#accessConfig',
          type: ac.type ?? 'ONE_TO_ONE_NAT',
          name: ac.name ?? 'External NAT',
          networkTier: ac.networkTier ?? 'PREMIUM',
          // A documentation address (TEST-NET-3): the emulated VM has no real public IP.
          ...(inst.status === 'RUNNING' ? { natIP: `203.0.113.${host}` } : {}),
        }),
      ),
    };
    if (nic.subnetwork) out.subnetwork = link(ctx, inst.project, nic.subnetwork, '');
    return out;
  });
}

/** The labels' fingerprint the instance shows: the last set's, else one of the content. */
export function labelFingerprint(inst: InstanceRecord): string {
  return inst.labelFingerprint ?? fingerprint(inst.labels);
}

/** The tags' fingerprint the instance shows: the last set's, else one of the content. */
export function tagsFingerprint(inst: InstanceRecord): string {
  return inst.tagsFingerprint ?? fingerprint(inst.tags);
}

/** The metadata's fingerprint the instance shows: the last set's, else one of the content. */
export function metadataFingerprint(inst: InstanceRecord): string {
  return inst.metadataFingerprint ?? fingerprint(inst.metadata);
}

export function instanceJson(ctx: GceContext, inst: InstanceRecord): Json {
  const { project, zone, name } = inst;
  const r = inst.request;
  const json: Json = {
    kind: 'compute#instance',
    id: inst.id,
    creationTimestamp: inst.creationTimestamp,
    name,
    description: r.description ?? '',
    tags: {
      ...(inst.tags.length > 0 ? { items: inst.tags } : {}),
      fingerprint: tagsFingerprint(inst),
    },
    machineType: link(ctx, project, r.machineType, ''),
    status: inst.status,
    zone: ctx.links.url(zonePath(project, zone)),
    canIpForward: r.canIpForward ?? false,
    networkInterfaces: networkInterfaces(ctx, inst),
    disks: inst.disks.map((d, index) => {
      const disk = ctx.state.disks.get(d.diskKey);
      return {
        kind: 'compute#attachedDisk',
        type: 'PERSISTENT',
        mode: 'READ_WRITE',
        source: ctx.links.url(diskPath(project, zone, lastSegment(d.diskKey))),
        deviceName: d.deviceName,
        index,
        boot: d.boot,
        autoDelete: d.autoDelete,
        interface: 'SCSI',
        diskSizeGb: String(disk?.sizeGb ?? 10),
      };
    }),
    metadata: {
      kind: 'compute#metadata',
      fingerprint: metadataFingerprint(inst),
      items: inst.metadata,
    },
    serviceAccounts: r.serviceAccounts ?? [],
    selfLink: ctx.links.url(instancePath(project, zone, name)),
    scheduling: schedulingJson(r.scheduling),
    cpuPlatform: inst.status === 'RUNNING' ? 'Intel Cascade Lake' : 'Unknown CPU Platform',
    labels: inst.labels,
    labelFingerprint: labelFingerprint(inst),
    startRestricted: false,
    deletionProtection: inst.deletionProtection,
    fingerprint: fingerprint([inst.id, inst.status]),
  };
  if (inst.lastStartTimestamp) json.lastStartTimestamp = inst.lastStartTimestamp;
  if (inst.lastStopTimestamp) json.lastStopTimestamp = inst.lastStopTimestamp;
  return json;
}
