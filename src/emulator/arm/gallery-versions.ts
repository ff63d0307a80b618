import type { ArmContext, ArmRequest, ArmResponse, OperationError, Route } from './context.js';
import { ArmError, conflict, invalidParameter, resourceNotFound } from './errors.js';
import { now, parseResourceId, typedName } from './ids.js';
import { DEFINITION_TYPE, VERSION_TYPE } from './images.js';
import { galleryStorageType } from './gallery-storage.js';
import { operationHeaders } from './operations.js';
import { displayRegion, shortRegion } from './regions.js';
import { replicationStatusJson, startReplication } from './replication.js';
import {
  asObject,
  deleteResource,
  findResource,
  listChildren,
  newResource,
  parseTags,
  requireLocation,
  requireParent,
  resourceJson,
  startOperation,
  target,
  writableGroup,
  type Json,
  type Target,
} from './resources.js';
import type { ArmResource, RegionReplication } from './state.js';
import { VM_TYPE } from './vm-json.js';
import { definitionSecurityType } from './vm-profile.js';

/**
 * Gallery image versions: created from a generalized VM, replicated to target regions with
 * per-region replica counts. A PUT on an existing version is an update (ARM has no separate
 * create), as is a PATCH: regions added or changed replicate again, the others keep their state.
 */

const INT32_MAX = 2 ** 31 - 1;

export function checkVersionName(name: string): void {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(name);
  if (!parts || parts.slice(1).some((p) => Number(p) > INT32_MAX)) {
    throw invalidParameter(
      `The gallery image version name '${name}' is invalid. The version name must follow the Major(int32).Minor(int32).Patch(int32) format, e.g. 1.0.0.`,
    );
  }
}

/** The target regions a publishing profile asks for, the source region among them. */
export function parseTargetRegions(publishing: Json, location: string): RegionReplication[] {
  const defaultReplicas = publishing.replicaCount ?? 1;
  const defaultStorage = galleryStorageType(
    publishing.storageAccountType ?? 'Standard_LRS',
    'storageAccountType',
  );
  const given = publishing.targetRegions ?? [{ name: location }];
  if (!Array.isArray(given) || given.length === 0) {
    throw invalidParameter('publishingProfile.targetRegions must list at least one region.');
  }
  const seen = new Set<string>();
  const regions = given.map((value: unknown, i) => {
    const t = asObject(value);
    if (typeof t.name !== 'string' || t.name === '') {
      throw invalidParameter(`publishingProfile.targetRegions[${i}].name is required.`);
    }
    const region = shortRegion(t.name);
    if (seen.has(region)) {
      throw invalidParameter(
        `Region '${displayRegion(region)}' is listed more than once in publishingProfile.targetRegions.`,
      );
    }
    seen.add(region);
    const replicas = t.regionalReplicaCount ?? defaultReplicas;
    if (!Number.isInteger(replicas) || (replicas as number) < 1 || (replicas as number) > 100) {
      throw invalidParameter(
        `publishingProfile.targetRegions[${i}].regionalReplicaCount must be between 1 and 100, got ${String(replicas)}.`,
      );
    }
    return {
      region,
      replicas: replicas as number,
      storageAccountType: galleryStorageType(
        t.storageAccountType ?? defaultStorage,
        `targetRegions[${i}].storageAccountType`,
      ),
      ...(typeof t.excludeFromLatest === 'boolean'
        ? { excludeFromLatest: t.excludeFromLatest }
        : {}),
      state: 'Unknown' as const,
      progress: 0,
      details: '',
      run: 0,
    };
  });
  if (!seen.has(location)) {
    throw invalidParameter(
      `The target regions of a gallery image version must include its own location '${displayRegion(location)}'.`,
    );
  }
  return regions;
}

/** The source, which must be a VM of this emulator in the state the definition expects. */
function checkSource(ctx: ArmContext, source: Json, definition: ArmResource): ArmResource {
  const id = source.virtualMachineId ?? source.id;
  if (typeof id !== 'string' || id === '') {
    throw invalidParameter(
      "Required parameter 'storageProfile.source.virtualMachineId' is missing (null).",
    );
  }
  const vm = ctx.state.get(id);
  if (parseResourceId(id)?.type.toLowerCase() !== VM_TYPE.toLowerCase() || !vm?.vm || vm.deleting) {
    throw invalidParameter(
      `The source '${id}' was not found: the emulator captures versions from its own virtual machines.`,
    );
  }
  const vmState = vm.vm.generalized ? 'Generalized' : 'Specialized';
  const wanted = String(definition.properties.osState);
  if (vmState !== wanted) {
    throw new ArmError(
      400,
      'BadRequest',
      `The resource with id '${vm.id}' has a different OS state ['${vmState}'] than the parent gallery image OS state ['${wanted}'].`,
    );
  }
  const securityType = definitionSecurityType(definition);
  if (/Supported$/i.test(securityType) && ctx.hazards().arm.securityTypeMatch) {
    // As hashicorp/packer-plugin-azure#304 and microsoft/STL#4682 quote it.
    throw invalidParameter(
      `The security type '${securityType}' is not supported for the source id '${vm.id}'. Currently only Vhd Blob, User Image and Gallery Image Version sources are supported for '${securityType}' images.`,
    );
  }
  return vm;
}

/**
 * Why capturing `vm` into `definition` fails once accepted: the create answers 201 and its
 * operation fails with Conflict (MicrosoftDocs/azure-docs#118774; the message is listed in
 * learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images). The security
 * type's wording follows the documented Hypervisor generation one; no public trace of its
 * exact text was found.
 */
function captureRefusal(
  ctx: ArmContext,
  vm: ArmResource,
  definition: ArmResource,
): OperationError | undefined {
  if (!ctx.hazards().arm.securityTypeMatch) return undefined;
  const generation = String(definition.properties.hyperVGeneration ?? 'V1');
  if (vm.vm!.hyperVGeneration !== generation) {
    return {
      code: 'Conflict',
      message: `The resource with id '${vm.id}' has a different Hypervisor generation ['${vm.vm!.hyperVGeneration}'] than the parent gallery image Hypervisor generation ['${generation}'].`,
    };
  }
  const securityType = definitionSecurityType(definition);
  if (vm.vm!.securityType !== securityType) {
    return {
      code: 'Conflict',
      message: `The resource with id '${vm.id}' has a different security type ['${vm.vm!.securityType}'] than the parent gallery image security type ['${securityType}'].`,
    };
  }
  return undefined;
}

/**
 * Which field names the source VM: `virtualMachineId` (api-version 2023-07-03 on) or `id` (the
 * only one before it, e.g. 2022-03-03, which Terraform's azurerm 3.x speaks). A version answers
 * in the field it was created with, so a client reading its source back finds it.
 */
type SourceField = 'virtualMachineId' | 'id';

function sourceField(source: Json): SourceField {
  return source.virtualMachineId !== undefined ? 'virtualMachineId' : 'id';
}

function sourceOf(r: ArmResource): { id: string; field: SourceField } {
  const source = asObject(asObject(r.properties.storageProfile).source);
  const field = sourceField(source);
  return { id: String(source[field]), field };
}

function publishingJson(r: ArmResource): Json {
  const publishing = asObject(r.properties.publishingProfile);
  return {
    ...publishing,
    targetRegions: r.version!.regions.map((g) => ({
      name: displayRegion(g.region),
      regionalReplicaCount: g.replicas,
      storageAccountType: g.storageAccountType,
      ...(g.excludeFromLatest === undefined ? {} : { excludeFromLatest: g.excludeFromLatest }),
    })),
  };
}

export function versionJson(r: ArmResource, withReplication = false): Json {
  return resourceJson(r, {
    ...r.properties,
    publishingProfile: publishingJson(r),
    ...(withReplication ? { replicationStatus: replicationStatusJson(r.version!.regions) } : {}),
  });
}

/**
 * Only what a caller may set: the state, `publishedDate` and the disk image stay the
 * emulator's, and the regions live in the replication state, which answers for them.
 */
function versionProperties(
  p: Json,
  source: { id: string; field: SourceField },
  existing: ArmResource | undefined,
): Json {
  const given = { ...p };
  delete given.provisioningState;
  delete given.replicationStatus;
  const rest = { ...asObject(p.publishingProfile) };
  delete rest.targetRegions;
  const old = asObject(existing?.properties.publishingProfile);
  return {
    ...given,
    publishingProfile: {
      replicaCount: 1,
      storageAccountType: 'Standard_LRS',
      excludeFromLatest: false,
      ...rest,
      publishedDate: old.publishedDate ?? now(),
    },
    storageProfile: {
      source: { [source.field]: source.id },
      osDiskImage: { sizeInGB: 30, hostCaching: 'ReadWrite' },
    },
    safetyProfile: {
      allowDeletionOfReplicatedLocations: true,
      ...asObject(p.safetyProfile),
      reportedForPolicyViolation: false,
    },
  };
}

/** The regions of an update: new or changed ones start again, unchanged ones keep their state. */
function mergeRegions(
  old: RegionReplication[],
  wanted: RegionReplication[],
): { all: RegionReplication[]; changed: RegionReplication[] } {
  const changed: RegionReplication[] = [];
  const all = wanted.map((w) => {
    const prior = old.find((o) => o.region === w.region);
    if (!prior) {
      changed.push(w);
      return w;
    }
    const same = prior.replicas === w.replicas && prior.storageAccountType === w.storageAccountType;
    prior.excludeFromLatest = w.excludeFromLatest;
    if (!same || prior.state === 'Failed') {
      prior.replicas = w.replicas;
      prior.storageAccountType = w.storageAccountType;
      changed.push(prior);
    }
    return prior;
  });
  return { all, changed };
}

/** Create or update from a full version body (PUT) or a partial one merged over it (PATCH). */
function write(
  ctx: ArmContext,
  req: ArmRequest,
  t: Target,
  body: Json,
  existing: ArmResource | undefined,
): ArmResponse {
  const definition = requireParent(ctx, t)!;
  if (existing?.deleting)
    throw conflict('Conflict', `The gallery image version '${t.name}' is being deleted.`);
  if (existing?.version?.op) {
    throw conflict(
      'OperationNotAllowed',
      `Gallery image version '${t.name}' is being ${existing.provisioningState === 'Creating' ? 'created' : 'updated'}; wait for that operation to finish.`,
    );
  }
  const location = requireLocation(body, existing);
  const p = asObject(body.properties);
  const source = asObject(asObject(p.storageProfile).source);
  let sourceRef: { id: string; field: SourceField };
  let refusal: OperationError | undefined;
  if (existing) {
    sourceRef = sourceOf(existing);
    const field = sourceField(source);
    const given = source[field];
    if (given !== undefined && String(given).toLowerCase() !== sourceRef.id.toLowerCase()) {
      throw conflict(
        'PropertyChangeNotAllowed',
        `Changing property 'galleryImageVersion.properties.storageProfile.source.${field}' is not allowed.`,
      );
    }
  } else {
    const vm = checkSource(ctx, source, definition);
    sourceRef = { id: vm.id, field: sourceField(source) };
    refusal = captureRefusal(ctx, vm, definition);
  }
  const wanted = parseTargetRegions(asObject(p.publishingProfile), location);
  const properties = versionProperties(p, sourceRef, existing);
  const op = startOperation(ctx, t, location);
  let v: ArmResource;
  let changed: RegionReplication[];
  if (existing) {
    v = existing;
    const merged = mergeRegions(v.version!.regions, wanted);
    v.version!.regions = merged.all;
    changed = merged.changed;
    v.properties = properties;
    v.tags = parseTags(body.tags);
    v.provisioningState = 'Updating';
  } else {
    v = newResource(t, 'galleryImageVersion', body, location, properties);
    v.version = { regions: wanted };
    changed = wanted;
    ctx.state.set(v);
  }
  const fault = req.operationFault() ?? refusal;
  if (fault) {
    v.version!.op = op;
    ctx.timers.after(ctx.durations().replicationPerRegion, () => {
      v.version!.op = undefined;
      if (ctx.state.alive(v)) v.provisioningState = 'Failed';
      ctx.ops.fail(op, fault);
    });
  } else {
    startReplication(ctx, v, changed, op);
  }
  ctx.log(
    `arm: gallery image version ${t.name} ${existing ? 'updated' : 'created'}; replicating to ${changed.map((r) => r.region).join(', ') || 'no region'}`,
  );
  return {
    status: existing ? 200 : 201,
    body: versionJson(v),
    headers: operationHeaders(ctx, req, op, { location: false }),
  };
}

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, VERSION_TYPE);
  checkVersionName(t.name);
  writableGroup(ctx, t);
  return write(ctx, req, t, req.body, ctx.state.get(t.id));
}

/** PATCH (GalleryImageVersionUpdate): the given parts over the version as it is. */
function patch(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, VERSION_TYPE);
  writableGroup(ctx, t);
  const existing = ctx.state.get(t.id);
  if (!existing) throw resourceNotFound(typedName(t.type, t.names), t.resourceGroup);
  const current = versionJson(existing);
  const p = asObject(req.body.properties);
  const properties = asObject(current.properties);
  const body = {
    location: existing.location,
    tags: req.body.tags === undefined ? existing.tags : parseTags(req.body.tags),
    properties: {
      ...properties,
      ...p,
      publishingProfile: {
        ...asObject(properties.publishingProfile),
        ...asObject(p.publishingProfile),
      },
    },
  };
  return write(ctx, req, t, body, existing);
}

export function galleryVersionRoutes(ctx: ArmContext): Route[] {
  const image =
    'subscriptions/:subscription/resourceGroups/:resourceGroup/providers/Microsoft.Compute/galleries/:gallery/images/:image';
  const version = `${image}/versions/:version`;
  return [
    { method: 'PUT', path: version, handle: (req) => put(ctx, req) },
    { method: 'PATCH', path: version, handle: (req) => patch(ctx, req) },
    {
      method: 'GET',
      path: version,
      handle: (req) => {
        const expand = (req.query.get('$expand') ?? '').toLowerCase() === 'replicationstatus';
        return {
          status: 200,
          body: versionJson(findResource(ctx, target(req, VERSION_TYPE)), expand),
        };
      },
    },
    {
      method: 'DELETE',
      path: version,
      handle: (req) => deleteResource(ctx, req, target(req, VERSION_TYPE)),
    },
    {
      method: 'GET',
      path: `${image}/versions`,
      handle: (req) =>
        listChildren(ctx, target(req, DEFINITION_TYPE), VERSION_TYPE, (r) => versionJson(r)),
    },
  ];
}
