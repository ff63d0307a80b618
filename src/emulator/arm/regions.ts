/**
 * Azure accepts a region as `eastus` or `East US` and answers with either form depending on
 * the API: tracked resources carry the short name in `location`, while gallery target regions
 * and replication status name regions by display name. Clients that compare them must
 * normalise, so the emulator answers the same way.
 */
const DISPLAY_NAMES: Record<string, string> = {
  australiaeast: 'Australia East',
  brazilsouth: 'Brazil South',
  canadacentral: 'Canada Central',
  centralindia: 'Central India',
  centralus: 'Central US',
  eastasia: 'East Asia',
  eastus: 'East US',
  eastus2: 'East US 2',
  francecentral: 'France Central',
  germanywestcentral: 'Germany West Central',
  japaneast: 'Japan East',
  koreacentral: 'Korea Central',
  northcentralus: 'North Central US',
  northeurope: 'North Europe',
  norwayeast: 'Norway East',
  southafricanorth: 'South Africa North',
  southcentralus: 'South Central US',
  southeastasia: 'Southeast Asia',
  swedencentral: 'Sweden Central',
  switzerlandnorth: 'Switzerland North',
  uaenorth: 'UAE North',
  uksouth: 'UK South',
  westcentralus: 'West Central US',
  westeurope: 'West Europe',
  westus: 'West US',
  westus2: 'West US 2',
  westus3: 'West US 3',
};

/** The regions the emulator names, short form. */
export const REGIONS: readonly string[] = Object.keys(DISPLAY_NAMES);

/** `East US 2` → `eastus2`. */
export function shortRegion(region: string): string {
  return region.toLowerCase().replace(/\s+/g, '');
}

/** `eastus2` → `East US 2`; a region the table does not know keeps the name it was given. */
export function displayRegion(region: string): string {
  return DISPLAY_NAMES[shortRegion(region)] ?? region;
}
