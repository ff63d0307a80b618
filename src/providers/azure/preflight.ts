import type { GalleryImage } from '@azure/arm-compute';
import type { AzureConfig } from '../../config/types.js';
import { canonicalRegion } from '../../naming/azure.js';
import { withRetry } from '../../wait/retry.js';
import type { RunContext } from '../provider.js';
import { isNotFound, type ArmClients } from './clients.js';
import { subnetParts } from './names.js';

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

/**
 * `azure.subnet-id` must name a subnet of a virtual network in the temporary VM's region (ARM
 * otherwise refuses the network interface with InvalidResourceReference, after the resource
 * group exists). A private subnet (no default outbound access) with neither a NAT gateway nor
 * a route table sends the builder's downloads nowhere: said, not refused, since a private
 * endpoint or a mirror inside the network may be all the script needs.
 */
export async function checkSubnet(
  clients: ArmClients,
  subnetId: string,
  location: string,
  ctx: RunContext,
): Promise<void> {
  const { resourceGroup: group, network, subnet } = subnetParts(subnetId);
  const vnet = await read(`read virtual network ${network}`, ctx, async () =>
    (await clients.network()).virtualNetworks.get(group, network, { abortSignal: ctx.signal }),
  );
  const where = `azure.subnet-id ${subnetId}`;
  if (!vnet) {
    throw new Error(
      `${where}: virtual network ${network} (resource group ${group}) was not found: ` +
        'correct the id, or leave subnet-id out to have the bake make a temporary network',
    );
  }
  const found = vnet.subnets?.find((s) => s.name?.toLowerCase() === subnet.toLowerCase());
  if (!found) {
    const names = (vnet.subnets ?? []).map((s) => s.name).filter(Boolean);
    throw new Error(
      `${where}: virtual network ${network} has no subnet ${subnet} ` +
        `(it has: ${names.join(', ') || 'none'})`,
    );
  }
  // ARM writes a region as `eastus` or `East US` depending on who answers.
  if (vnet.location && canonicalRegion(vnet.location) !== canonicalRegion(location)) {
    throw new Error(
      `${where}: virtual network ${network} is in ${vnet.location}, but the VM is created in ` +
        `${location}, and Azure attaches a network interface only to a network of its own ` +
        'region: use a subnet in that region',
    );
  }
  if (found.defaultOutboundAccess === false && !found.natGateway && !found.routeTable) {
    ctx.reporter.warning(
      `${where} is private (no default outbound access) and has no NAT gateway or route table: ` +
        "the builder's script reaches nothing outside the network (package mirrors, registries). " +
        'Give the subnet a NAT gateway, or a route through your firewall',
    );
  }
}
