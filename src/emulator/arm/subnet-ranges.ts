import { ArmError } from './errors.js';
import { contains, overlaps, parseCidr, type AddressRange } from './cidr.js';
import { asObject, type Json } from './resources.js';

/**
 * Where a subnet's addresses may lie: inside its virtual network's address space and apart
 * from its siblings'. NRP's refusals, as MicrosoftDocs/azure-docs#123869 quotes them: "Subnet
 * 'cloudshellsubnet' is not valid because its IP address range is outside the IP address range
 * of virtual network 'vnet1'. (Code: NetcfgSubnetRangeOutsideVnet)" and "… because its IP
 * address range overlaps with that of an existing subnet in virtual network '…'. (Code:
 * NetcfgSubnetRangesOverlap)". Prefixes the emulator cannot read are not judged.
 */

/** `addressPrefix` and `addressPrefixes` of a subnet (Subnet, learn.microsoft.com/rest/api/virtualnetwork/subnets/create-or-update). */
function ranges(subnet: Json): AddressRange[] {
  const p = asObject(subnet.properties);
  const listed = Array.isArray(p.addressPrefixes) ? p.addressPrefixes : [];
  return [p.addressPrefix, ...listed]
    .map(parseCidr)
    .filter((r): r is AddressRange => r !== undefined);
}

function spaceOf(vnetProperties: Json): AddressRange[] {
  const prefixes = asObject(vnetProperties.addressSpace).addressPrefixes;
  return (Array.isArray(prefixes) ? prefixes : [])
    .map(parseCidr)
    .filter((r): r is AddressRange => r !== undefined);
}

/**
 * Refuses the first subnet (of `only`, else of all) outside the address space or overlapping
 * a subnet before it (any other, with `only`).
 */
export function checkSubnetRanges(
  vnetName: string,
  vnetProperties: Json,
  subnets: Json[],
  only?: string,
): void {
  const space = spaceOf(vnetProperties);
  subnets.forEach((subnet, i) => {
    const name = String(subnet.name);
    if (only !== undefined && name.toLowerCase() !== only.toLowerCase()) return;
    const own = ranges(subnet);
    if (space.length > 0 && own.some((r) => !space.some((s) => contains(s, r)))) {
      throw new ArmError(
        400,
        'NetcfgSubnetRangeOutsideVnet',
        `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}'.`,
      );
    }
    const others = subnets.filter((s, j) => (only === undefined ? j < i : j !== i));
    if (others.some((o) => ranges(o).some((r) => own.some((x) => overlaps(r, x))))) {
      throw new ArmError(
        400,
        'NetcfgSubnetRangesOverlap',
        `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet in virtual network '${vnetName}'.`,
      );
    }
  });
}
