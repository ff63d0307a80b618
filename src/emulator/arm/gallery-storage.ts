import { invalidParameter } from './errors.js';

/**
 * The storage account types a gallery image version's replicas take: the REST enum
 * (learn.microsoft.com/rest/api/compute/gallery-image-versions/create-or-update), which newer
 * api-versions extend with PremiumV2_LRS (KnownStorageAccountType of @azure/arm-compute 24).
 * Azure's refusal, as Azure/azure-powershell#26509 quotes it: "The value 'StandardSSD_LRS' of
 * parameter 'galleryImageVersion.properties.publishingProfile.storageAccountType' is not
 * allowed. Allowed values are: Standard_LRS, Standard_ZRS, Premium_LRS." (InvalidParameter).
 * The per-region parameter's path is the emulator's.
 */

const TYPES = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS', 'PremiumV2_LRS'];

/** The type as Azure spells it; enum values are matched without regard to case. */
export function galleryStorageType(value: unknown, parameter: string): string {
  const found = TYPES.find(
    (t) => typeof value === 'string' && t.toLowerCase() === value.toLowerCase(),
  );
  if (found) return found;
  throw invalidParameter(
    `The value '${String(value)}' of parameter 'galleryImageVersion.properties.publishingProfile.${parameter}' is not allowed. Allowed values are: ${TYPES.join(', ')}.`,
  );
}
