import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';
import type { BakeProvider, PruneProvider, ShareProvider, VerifyProvider } from './provider.js';

/**
 * Providers load lazily: a run that does not touch a cloud never pays for its SDK
 * (the GCE client alone costs about a second to load).
 */
export async function loadProvider(cloud: Cloud, config: WorkerImageConfig): Promise<BakeProvider> {
  switch (cloud) {
    case 'gcp': {
      if (!config.gcp) throw new Error('no gcp: block in the config');
      const { GcpProvider } = await import('./gcp/provider.js');
      return new GcpProvider(config.gcp);
    }
    case 'azure': {
      if (!config.azure) throw new Error('no azure: block in the config');
      const { AzureProvider } = await import('./azure/provider.js');
      return new AzureProvider(config.azure);
    }
    case 'aws': {
      if (!config.aws) throw new Error('no aws: block in the config');
      const { AwsProvider } = await import('./aws/provider.js');
      return new AwsProvider(config.aws);
    }
    default:
      throw new Error(`cloud ${cloud} is not supported yet`);
  }
}

/** The cloud's verification capability (src/providers/<cloud>/verify.ts), loaded lazily. */
export async function loadVerifyProvider(
  cloud: Cloud,
  config: WorkerImageConfig,
): Promise<VerifyProvider> {
  switch (cloud) {
    case 'gcp': {
      if (!config.gcp) throw new Error('no gcp: block in the config');
      const { GcpVerifier } = await import('./gcp/verify.js');
      return new GcpVerifier(config.gcp);
    }
    case 'azure': {
      if (!config.azure) throw new Error('no azure: block in the config');
      const { AzureVerifier } = await import('./azure/verify.js');
      return new AzureVerifier(config.azure);
    }
    case 'aws': {
      if (!config.aws) throw new Error('no aws: block in the config');
      const { AwsVerifier } = await import('./aws/verify.js');
      return new AwsVerifier(config.aws);
    }
    default:
      throw new Error(`cloud ${cloud} is not supported yet`);
  }
}

/** The cloud's prune capability (src/providers/<cloud>/prune.ts), loaded lazily. */
export async function loadPruneProvider(
  cloud: Cloud,
  config: WorkerImageConfig,
): Promise<PruneProvider> {
  switch (cloud) {
    case 'gcp': {
      if (!config.gcp) throw new Error('no gcp: block in the config');
      const { GcpPrune } = await import('./gcp/prune.js');
      return new GcpPrune(config.gcp, config.image);
    }
    case 'azure': {
      if (!config.azure) throw new Error('no azure: block in the config');
      const { AzurePrune } = await import('./azure/prune.js');
      return new AzurePrune(config.azure, config.lifecycle?.azure?.deleteAfter);
    }
    case 'aws': {
      if (!config.aws) throw new Error('no aws: block in the config');
      const { AwsPrune } = await import('./aws/prune.js');
      return new AwsPrune(config.aws);
    }
    default:
      throw new Error(`prune does not support ${String(cloud)}`);
  }
}

/** The cloud's sharing capability (src/providers/<cloud>/share.ts), loaded lazily. */
export async function loadShareProvider(cloud: Cloud): Promise<ShareProvider> {
  switch (cloud) {
    case 'gcp':
      return (await import('./gcp/share.js')).gceShare;
    case 'azure':
      return (await import('./azure/share.js')).galleryShare;
    case 'aws':
      return (await import('./aws/share.js')).amiShare;
    default:
      throw new Error(`cloud ${cloud as string} is not supported yet`);
  }
}

/** A request and target of another cloud than the provider's: the caller's mistake. */
export function wrongCloud(provider: Cloud, request: Cloud, target: Cloud): Error {
  return new Error(
    `internal: the ${provider} share provider was given a ${request} request for a ${target} image`,
  );
}
