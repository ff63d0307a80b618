import type { ArmContext, Route } from './context.js';
import { listRoutes } from './lists.js';
import { conflict } from './errors.js';
import { resourceId } from './ids.js';
import {
  deleteResource,
  findResource,
  newResource,
  resourceJson,
  target,
  type Json,
  type Target,
} from './resources.js';
import type { ArmResource } from './state.js';

export const DISK_TYPE = 'Microsoft.Compute/disks';

/** The managed OS disk a VM created from an image gets, attached to it. */
export function createOsDisk(
  ctx: ArmContext,
  vm: Target,
  name: string,
  location: string,
  o: {
    sizeGb: number;
    storageAccountType: string;
    imageReference: Json;
    hyperVGeneration: string;
    tags: Record<string, string>;
  },
): ArmResource {
  const t: Target = {
    ...vm,
    type: DISK_TYPE,
    names: [name],
    name,
    id: resourceId(vm.subscriptionId, vm.resourceGroup, DISK_TYPE, [name]),
  };
  const disk = newResource(t, 'disk', { tags: o.tags }, location, {
    osType: 'Linux',
    hyperVGeneration: o.hyperVGeneration,
    diskSizeGB: o.sizeGb,
    diskState: 'Attached',
    creationData: { createOption: 'FromImage', imageReference: o.imageReference },
  });
  disk.extra = { managedBy: vm.id, sku: { name: o.storageAccountType } };
  disk.provisioningState = 'Succeeded';
  ctx.state.set(disk);
  return disk;
}

/** The VM deleted without its disk: the disk stays, unattached (and billed), as on Azure. */
export function detachDisk(disk: ArmResource): void {
  delete disk.extra.managedBy;
  disk.properties.diskState = 'Unattached';
}

export function diskRoutes(ctx: ArmContext): Route[] {
  const path = `subscriptions/:subscription/resourceGroups/:resourceGroup/providers/${DISK_TYPE}/:disk`;
  return [
    {
      method: 'GET',
      path,
      handle: (req) => ({
        status: 200,
        body: resourceJson(findResource(ctx, target(req, DISK_TYPE))),
      }),
    },
    ...listRoutes(ctx, DISK_TYPE, (r) => resourceJson(r)),
    {
      method: 'DELETE',
      path,
      handle: (req) =>
        deleteResource(ctx, req, target(req, DISK_TYPE), {
          inUse: (disk) =>
            typeof disk.extra.managedBy === 'string'
              ? conflict(
                  'OperationNotAllowed',
                  `Disk ${disk.name} is attached to VM ${disk.extra.managedBy}.`,
                )
              : undefined,
        }),
    },
  ];
}
