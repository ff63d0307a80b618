import type { ArmContext, ArmRequest, ArmResponse, Route } from './context.js';
import { listRoutes } from './lists.js';
import { ArmError, conflict, invalidParameter } from './errors.js';
import { createOsDisk, detachDisk, DISK_TYPE } from './disks.js';
import { newGuid, randomHex, resourceId } from './ids.js';
import { vmIdentity } from './identities.js';
import { resolveImageReference } from './images.js';
import { NETWORK_TYPES } from './network.js';
import { operationHeaders } from './operations.js';
import { referencesTo, resolveReference } from './references.js';
import {
  asObject,
  deleteResource,
  newResource,
  parseTags,
  requireLocation,
  startOperation,
  target,
  track,
  writableGroup,
  type Json,
  type Target,
} from './resources.js';
import { stopGuest } from './guest-actions.js';
import type { ArmResource } from './state.js';
import { findVm, instanceView, VM_TYPE, vmJson } from './vm-json.js';
import { checkSecurityType, imageTraits, osDiskStorage } from './vm-profile.js';

/**
 * Microsoft.Compute virtual machines: creation from a marketplace or gallery image with an
 * OS disk and existing NICs, reads with the instance view, and deletion, which takes the OS
 * disk and NICs along only when their `deleteOption` says `Delete` (Azure's default keeps them).
 */

/** What the answers never carry: secrets and the custom data blob. */
function publicOsProfile(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  const profile: Json = {
    allowExtensionOperations: true,
    requireGuestProvisionSignal: true,
    ...asObject(value),
  };
  delete profile.adminPassword;
  delete profile.customData;
  return profile;
}

interface NicRef {
  id: string;
  delete: boolean;
  json: Json;
}

function parseNics(ctx: ArmContext, value: unknown, vmId: string, location: string): NicRef[] {
  const list = asObject(value).networkInterfaces;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalidParameter(
      "Required parameter 'networkProfile.networkInterfaces' is missing (null): a VM needs at least one network interface.",
    );
  }
  return list.map((v: unknown) => {
    const ref = asObject(v);
    const nic = resolveReference(ctx, ref.id, NETWORK_TYPES.NIC, vmId, location);
    const user = referencesTo(ctx, nic).find((x) => x.by.kind === 'virtualMachine');
    if (user) {
      throw new ArmError(
        400,
        'NicInUse',
        `Network Interface ${nic.id} is used by existing resource ${user.by.id}. A network interface can be attached to one virtual machine only.`,
      );
    }
    const props = asObject(ref.properties);
    const deleteOption =
      (ref.deleteOption ?? props.deleteOption) === 'Delete' ? 'Delete' : 'Detach';
    return {
      id: nic.id,
      delete: deleteOption === 'Delete',
      json: { ...ref, id: nic.id, properties: { ...props, deleteOption } },
    };
  });
}

/** PUT of a new VM: validate, create the OS disk, attach the NICs, boot after `vmCreate`. */
function create(ctx: ArmContext, req: ArmRequest, t: Target): ArmResponse {
  const location = requireLocation(req.body);
  const p = asObject(req.body.properties);
  const vmSize = asObject(p.hardwareProfile).vmSize;
  if (typeof vmSize !== 'string' || vmSize === '') {
    throw invalidParameter("Required parameter 'hardwareProfile.vmSize' is missing (null).");
  }
  const storage = asObject(p.storageProfile);
  const imageReference = resolveImageReference(ctx, storage.imageReference, location);
  const image = imageTraits(ctx, asObject(storage.imageReference));
  const securityType = checkSecurityType(p.securityProfile, image);
  const nics = parseNics(ctx, p.networkProfile, t.id, location);
  const os = asObject(storage.osDisk);
  const diskName =
    typeof os.name === 'string' && os.name !== '' ? os.name : `${t.name}_OsDisk_1_${randomHex(16)}`;
  const diskId = resourceId(t.subscriptionId, t.resourceGroup, DISK_TYPE, [diskName]);
  if (ctx.state.get(diskId)) {
    throw conflict(
      'ConflictingUserInput',
      `Disk ${diskName} already exists in resource group ${t.resourceGroup.toUpperCase()}. Only CreateOption.Attach is supported.`,
    );
  }
  const storageAccountType = osDiskStorage(
    ctx,
    vmSize,
    asObject(os.managedDisk).storageAccountType,
    diskName,
  );
  const identity = vmIdentity(ctx, t.id, req.body.identity);
  const deleteOption = os.deleteOption === 'Delete' ? 'Delete' : 'Detach';
  const sizeGb = typeof os.diskSizeGB === 'number' ? os.diskSizeGB : 30;

  const r = newResource(t, 'virtualMachine', req.body, location, {
    ...p,
    storageProfile: {
      ...storage,
      imageReference,
      osDisk: {
        osType: 'Linux',
        createOption: 'FromImage',
        caching: 'ReadWrite',
        ...os,
        name: diskName,
        managedDisk: { ...asObject(os.managedDisk), storageAccountType, id: diskId },
        deleteOption,
        diskSizeGB: sizeGb,
      },
      dataDisks: [],
    },
    osProfile: publicOsProfile(p.osProfile),
    networkProfile: { ...asObject(p.networkProfile), networkInterfaces: nics.map((n) => n.json) },
  });
  if (identity) {
    r.extra.identity = identity.json;
    for (const principal of identity.principals) ctx.principals.add(principal);
  }
  r.vm = {
    vmId: newGuid(),
    power: 'starting',
    generalized: false,
    outcome: ctx.outcomes.for(t.name),
    output: ctx.outcomes.outputFor(t.name),
    checks: ctx.outcomes.checksFor(t.name, ctx.durations().check),
    guestActions: [],
    agentStopped: false,
    hyperVGeneration: image.generation,
    securityType,
    ...(typeof asObject(p.osProfile).customData === 'string'
      ? { customData: asObject(p.osProfile).customData as string }
      : {}),
    osDiskId: diskId,
    osDiskDelete: deleteOption === 'Delete',
    nics: nics.map((n) => ({ id: n.id, delete: n.delete })),
  };
  createOsDisk(ctx, t, diskName, location, {
    sizeGb,
    storageAccountType,
    imageReference,
    hyperVGeneration: image.generation,
    tags: r.tags,
  });
  for (const n of nics) ctx.state.get(n.id)!.properties.virtualMachine = { id: t.id };
  ctx.state.set(r);

  const fault = req.operationFault();
  const op = startOperation(ctx, t, location, ctx.durations().vmCreate);
  track(r, op);
  ctx.log(`arm: virtual machine ${t.name} created in ${location}`);
  ctx.timers.after(ctx.durations().vmCreate, () => {
    if (!ctx.state.alive(r)) return;
    if (fault) {
      r.provisioningState = 'Failed';
      r.vm!.power = 'stopped';
      ctx.ops.fail(op, fault);
      return;
    }
    r.provisioningState = 'Succeeded';
    if (r.vm!.power === 'starting') r.vm!.power = 'running';
    ctx.ops.succeed(op);
    ctx.log(`arm: virtual machine ${t.name} is running`);
  });
  return {
    status: 201,
    body: vmJson(r),
    headers: operationHeaders(ctx, req, op, { location: false }),
  };
}

const IMAGE_FIELDS = ['id', 'publisher', 'offer', 'sku', 'version'] as const;

/**
 * What a VM is created with and Azure never changes afterwards, as its answers say: "Changing
 * property 'imageReference' is not allowed" (AKS's troubleshooting of it) and "Changing
 * property 'customData' is not allowed" (terraform-provider-azurerm's note on why it recreates
 * the VM), both 409 PropertyChangeNotAllowed. What the PUT leaves out stays as it was.
 */
function checkUnchanged(r: ArmResource, p: Json): void {
  const refused = (property: string): ArmError =>
    conflict('PropertyChangeNotAllowed', `Changing property '${property}' is not allowed.`);
  const given = asObject(asObject(p.storageProfile).imageReference);
  const had = asObject(asObject(r.properties.storageProfile).imageReference);
  const differs = (field: (typeof IMAGE_FIELDS)[number]): boolean =>
    given[field] !== undefined &&
    String(given[field]).toLowerCase() !== String(had[field] ?? '').toLowerCase();
  if (IMAGE_FIELDS.some(differs)) throw refused('imageReference');
  const customData = asObject(p.osProfile).customData;
  if (customData !== undefined && customData !== r.vm!.customData) throw refused('customData');
}

/**
 * PUT of an existing VM: new tags are taken; a changed image or custom data is refused as
 * Azure refuses it; the rest of a VM cannot change here.
 */
function update(ctx: ArmContext, req: ArmRequest, r: ArmResource): ArmResponse {
  requireLocation(req.body, r);
  if (r.deleting) throw conflict('Conflict', `The virtual machine '${r.name}' is being deleted.`);
  checkUnchanged(r, asObject(req.body.properties));
  r.tags = parseTags(req.body.tags);
  const op = startOperation(ctx, r, r.location);
  ctx.ops.succeed(op);
  return {
    status: 200,
    body: vmJson(r),
    headers: operationHeaders(ctx, req, op, { location: false }),
  };
}

function put(ctx: ArmContext, req: ArmRequest): ArmResponse {
  const t = target(req, VM_TYPE);
  writableGroup(ctx, t);
  const existing = ctx.state.get(t.id);
  return existing ? update(ctx, req, existing) : create(ctx, req, t);
}

function remove(ctx: ArmContext, req: ArmRequest): ArmResponse {
  return deleteResource(ctx, req, target(req, VM_TYPE), {
    begin: (r) => {
      stopGuest(ctx, r);
      r.vm!.power = 'stopping';
    },
    finish: (r) => {
      const vm = r.vm!;
      const disk = ctx.state.get(vm.osDiskId);
      if (disk && vm.osDiskDelete) ctx.state.delete(disk);
      else if (disk) detachDisk(disk);
      for (const n of vm.nics) {
        const nic = ctx.state.get(n.id);
        if (nic && n.delete) ctx.state.delete(nic);
        else if (nic) delete nic.properties.virtualMachine;
      }
    },
  });
}

export function vmRoutes(ctx: ArmContext): Route[] {
  const path = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${VM_TYPE}/:vm`;
  return [
    { method: 'PUT', path, handle: (req) => put(ctx, req) },
    {
      method: 'GET',
      path,
      handle: (req) => ({
        status: 200,
        body: vmJson(
          findVm(ctx, target(req, VM_TYPE)),
          req.query.get('$expand') === 'instanceView',
        ),
      }),
    },
    {
      method: 'GET',
      path: `${path}/instanceView`,
      handle: (req) => ({ status: 200, body: instanceView(findVm(ctx, target(req, VM_TYPE))) }),
    },
    { method: 'DELETE', path, handle: (req) => remove(ctx, req) },
    ...listRoutes(ctx, VM_TYPE, (r) => vmJson(r)),
  ];
}
