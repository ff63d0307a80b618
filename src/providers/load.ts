import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';
import type { BakeProvider, VerifyProvider } from './provider.js';

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
