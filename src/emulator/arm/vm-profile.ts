import type { ArmContext } from './context.js';
import { ArmError, invalidParameter } from './errors.js';
import { parseResourceId } from './ids.js';
import { DEFINITION_TYPE, VERSION_TYPE } from './images.js';
import { asObject, type Json } from './resources.js';
import type { ArmResource, HyperVGeneration } from './state.js';

/**
 * What Compute checks of a new VM against its image and size: the security type (Trusted
 * launch needs a Generation 2 image; a TrustedLaunch gallery image makes only Trusted launch
 * VMs) and premium storage (only on sizes with `s` among their features).
 */

export const SECURITY_TYPES = ['Standard', 'TrustedLaunch', 'ConfidentialVM'];

/** A definition's `SecurityType` feature; none means Standard. */
export function definitionSecurityType(definition: ArmResource): string {
  const features = definition.properties.features;
  const feature = Array.isArray(features)
    ? features.map(asObject).find((f) => String(f.name).toLowerCase() === 'securitytype')
    : undefined;
  return typeof feature?.value === 'string' ? feature.value : 'Standard';
}

export interface ImageTraits {
  generation: HyperVGeneration;
  /** A gallery image's `SecurityType` feature; absent for marketplace images. */
  securityType?: string;
}

/**
 * The emulator keeps no marketplace catalogue: a SKU saying gen1 is Generation 1, one saying
 * gen2 (`22_04-lts-gen2`, `2022-datacenter-g2`, `gensecond`) Generation 2, as are Ubuntu
 * 24.04 and later, whose plain SKUs are Generation 2; any other is Generation 1, as older
 * SKUs were.
 */
function marketplaceGeneration(ref: Json): HyperVGeneration {
  const sku = String(ref.sku).toLowerCase();
  if (sku.includes('gen1')) return 'V1';
  if (/gen2|gensecond|(^|-)g2($|-)/.test(sku)) return 'V2';
  const release = /ubuntu-(\d+)_04/.exec(String(ref.offer).toLowerCase());
  return release && Number(release[1]) >= 24 ? 'V2' : 'V1';
}

export function imageTraits(ctx: ArmContext, ref: Json): ImageTraits {
  if (typeof ref.id !== 'string') return { generation: marketplaceGeneration(ref) };
  const parsed = parseResourceId(ref.id);
  const definitionId =
    parsed?.type.toLowerCase() === VERSION_TYPE.toLowerCase()
      ? ref.id.replace(/\/versions\/[^/]+$/i, '')
      : ref.id;
  const definition = ctx.state.get(definitionId);
  if (!definition || definition.type.toLowerCase() !== DEFINITION_TYPE.toLowerCase()) {
    return { generation: 'V1' };
  }
  return {
    generation: definition.properties.hyperVGeneration === 'V2' ? 'V2' : 'V1',
    securityType: definitionSecurityType(definition),
  };
}

/** The VM's security type, refused as Azure/azure-cli#28005 and kubermatic/machine-controller#2013 quote it. */
export function checkSecurityType(securityProfile: unknown, image: ImageTraits): string {
  const given = asObject(securityProfile).securityType;
  const securityType = typeof given === 'string' ? given : 'Standard';
  if (!SECURITY_TYPES.includes(securityType)) {
    throw invalidParameter(
      `The value '${securityType}' of parameter 'securityProfile.securityType' is invalid.`,
    );
  }
  if (securityType !== 'Standard' && image.generation !== 'V2') {
    throw new ArmError(
      400,
      'BadRequest',
      `Use of ${securityType} setting is not supported for the provided image. Please select Trusted Launch Supported Gen2 OS Image. For more information, see https://aka.ms/TrustedLaunch-FAQ.`,
    );
  }
  if (image.securityType === 'TrustedLaunch' && securityType !== 'TrustedLaunch') {
    throw new ArmError(
      400,
      'BadRequest',
      "The provided gallery image only supports creation of VMs and VM Scale Sets with 'TrustedLaunch' security type.",
    );
  }
  return securityType;
}

/**
 * Whether a size takes premium disks: `s` among the additive features after the vCPU count
 * (`Standard_D4s_v5`, `Standard_E8ads_v5`), or an `S` family (`Standard_DS2_v2`). A name the
 * emulator cannot read is given the benefit of the doubt.
 */
export function premiumCapable(size: string): boolean {
  const m = /^Standard_([A-Z]+)(\d+)(?:-\d+)?([a-z]*)(?:_|$)/.exec(size);
  if (!m) return true;
  const [, family = '', , features = ''] = m;
  return features.includes('s') || (family.length > 1 && family.endsWith('S'));
}

/** The OS disk's storage type: as given (premium only where the size takes it), else the size's default. */
export function osDiskStorage(
  ctx: ArmContext,
  size: string,
  given: unknown,
  diskName: string,
): string {
  const capable = premiumCapable(size);
  if (typeof given !== 'string') return capable ? 'Premium_LRS' : 'Standard_LRS';
  if (given.startsWith('Premium') && !capable && ctx.hazards().arm.premiumStorageBySize) {
    // As microsoft/lisa#689 and MicrosoftLearning/20533-...#345 quote it.
    throw invalidParameter(
      `Requested operation cannot be performed because the VM size ${size} does not support the storage account type ${given} of disk '${diskName}'. Consider updating the VM to a size that supports Premium storage.`,
    );
  }
  return given;
}
