import type { GalleryImage } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import { withRetry } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import { isNotFound, type ArmClients } from './clients.js';

/**
 * What would fail a bake only at its end (the capture) or at the builder's creation, read
 * before anything is created, so the error says what to change instead of leaving a failed
 * version behind.
 */

/** A definition's SecurityType feature; none means Standard. */
export function definitionSecurityType(definition: GalleryImage): string {
  const feature = definition.features?.find((f) => f.name?.toLowerCase() === 'securitytype');
  return feature?.value ?? 'Standard';
}

function read<T>(what: string, ctx: RunContext, fn: () => Promise<T>): Promise<T | undefined> {
  return withRetry(what, fn, { signal: ctx.signal, onRetry: (m) => ctx.reporter.info(m) }).catch(
    (err: unknown) => {
      if (isNotFound(err)) return undefined;
      throw err;
    },
  );
}

/**
 * An existing definition takes versions only from a builder of its own Hyper-V generation and
 * security type (Azure refuses the capture otherwise: hashicorp/packer-plugin-azure#304), and
 * a `...Supported` one takes none from a VM at all. A missing one the bake creates to match.
 */
export async function checkDefinition(
  clients: ArmClients,
  azure: AzureConfig,
  name: string,
  ctx: RunContext,
): Promise<void> {
  const definition = await read(`read image definition ${name}`, ctx, () =>
    clients.compute.galleryImages.get(azure.resourceGroup, azure.gallery, name, {
      abortSignal: ctx.signal,
    }),
  );
  if (!definition) return;
  const where = `image definition ${name} (gallery ${azure.gallery})`;
  const generation = definition.hyperVGeneration ?? 'V1';
  if (generation !== azure.definition.hyperVGeneration) {
    throw new Error(
      `${where} is Hyper-V generation ${generation} but azure.definition.hyper-v-generation is ` +
        `${azure.definition.hyperVGeneration}: Azure captures a version only from a builder of its ` +
        `definition's generation. Set hyper-v-generation: ${generation} (with a source image of ` +
        'that generation), or bake into a new definition (azure.definition.name)',
    );
  }
  const securityType = definitionSecurityType(definition);
  if (/Supported$/i.test(securityType)) {
    throw new Error(
      `${where} has security type ${securityType}, which Azure fills only from VHDs, managed ` +
        'images and other gallery versions, never from a builder VM: bake into a definition whose ' +
        'security type is TrustedLaunch or Standard (azure.definition.name)',
    );
  }
  if (securityType !== azure.securityType) {
    throw new Error(
      `${where} has security type ${securityType} but azure.security-type is ` +
        `${azure.securityType}: Azure captures a version only from a builder of its definition's ` +
        `security type. Set azure.security-type: ${securityType} to keep baking into ${name}, or ` +
        `bake into a new definition (azure.definition.name) for ${azure.securityType}`,
    );
  }
}

/** The user-assigned identity the builder is to carry must exist, or Azure refuses the VM. */
export async function checkIdentity(
  clients: ArmClients,
  identity: string,
  ctx: RunContext,
): Promise<void> {
  // The SDK puts `/` before the id itself; ARM ids start with one.
  const path = identity.replace(/^\//, '');
  const found = await read(`read identity ${identity}`, ctx, () =>
    clients.resources.resources.getById(path, '2023-01-31', { abortSignal: ctx.signal }),
  );
  if (found) return;
  throw new Error(
    `azure.identity ${identity} was not found: create the user-assigned identity ` +
      '(az identity create) or correct its resource id; the builder cannot carry it otherwise',
  );
}
