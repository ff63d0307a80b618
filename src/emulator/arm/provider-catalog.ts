/**
 * The resource providers the emulator stands in for, each with the resource types it serves
 * (Provider, learn.microsoft.com/rest/api/resources/providers/get#provider): the api-versions
 * are those the official SDKs installed here send (@azure/arm-compute 24.1.0, arm-network
 * 36.0.0, arm-resources 7.0.0, arm-authorization 9.0.0; Terraform's go-azure-sdk asks
 * Microsoft.Resources 2022-09-01) and recent ones Azure documents, newest first. Types bound to
 * no region list no locations, as Azure lists Microsoft.Authorization/roleAssignments.
 */

export interface CatalogType {
  resourceType: string;
  apiVersions: string[];
  /** Regional: listed with every region. */
  regional: boolean;
}

export interface CatalogProvider {
  namespace: string;
  /** Microsoft.Resources and Microsoft.Authorization need no registration ("RegistrationFree"). */
  registrationPolicy: 'RegistrationRequired' | 'RegistrationFree';
  resourceTypes: CatalogType[];
}

const VM = ['2026-03-01', '2025-04-01', '2024-11-01', '2024-07-01', '2024-03-01'];
const DISK = ['2025-01-02', '2024-03-02', '2023-10-02', '2023-04-02'];
const GALLERY = ['2025-03-03', '2024-03-03', '2023-07-03', '2022-03-03'];
const NETWORK = ['2025-05-01', '2025-01-01', '2024-10-01', '2024-07-01', '2024-05-01'];
const RESOURCES = [
  '2025-04-01',
  '2024-11-01',
  '2024-07-01',
  '2024-03-01',
  '2022-09-01',
  '2021-04-01',
];
const SUBSCRIPTIONS = ['2022-12-01', '2021-01-01', '2020-01-01', '2016-06-01'];
const ROLES = ['2022-04-01', '2020-04-01-preview', '2015-07-01'];
const IDENTITIES = ['2024-11-30', '2023-01-31', '2018-11-30'];

const types = (apiVersions: string[], regional: boolean, ...names: string[]): CatalogType[] =>
  names.map((resourceType) => ({ resourceType, apiVersions, regional }));

export const CATALOG: CatalogProvider[] = [
  {
    namespace: 'Microsoft.Authorization',
    registrationPolicy: 'RegistrationFree',
    resourceTypes: types(ROLES, false, 'roleAssignments'),
  },
  {
    namespace: 'Microsoft.Compute',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: [
      ...types(VM, true, 'virtualMachines', 'locations', 'locations/operations'),
      ...types(DISK, true, 'disks'),
      ...types(GALLERY, true, 'galleries', 'galleries/images', 'galleries/images/versions'),
    ],
  },
  {
    namespace: 'Microsoft.ManagedIdentity',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: types(IDENTITIES, true, 'userAssignedIdentities'),
  },
  {
    namespace: 'Microsoft.Network',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: types(
      NETWORK,
      true,
      'virtualNetworks',
      'virtualNetworks/subnets',
      'networkInterfaces',
      'networkSecurityGroups',
      'publicIPAddresses',
      'locations',
      'locations/operations',
    ),
  },
  {
    namespace: 'Microsoft.Resources',
    registrationPolicy: 'RegistrationFree',
    resourceTypes: [
      ...types(RESOURCES, true, 'resourceGroups'),
      ...types(SUBSCRIPTIONS, false, 'subscriptions'),
      ...types(
        RESOURCES,
        false,
        'subscriptions/resourceGroups',
        'subscriptions/resourcegroups/resources',
        'subscriptions/providers',
        'subscriptions/operationresults',
      ),
    ],
  },
];
