import type { WorkerImageConfig } from '../config/types.js';
import type { Cloud } from '../steps/resources.js';
import type { GcProvider } from './leak.js';

/** Lazily, as the bake loads providers: gc on Azure alone never loads the GCE SDK. */
export async function loadGcProvider(cloud: Cloud, config: WorkerImageConfig): Promise<GcProvider> {
  switch (cloud) {
    case 'gcp': {
      if (!config.gcp) throw new Error('no gcp: block in the config');
      const { GcpGc } = await import('../providers/gcp/gc.js');
      return new GcpGc(config.gcp);
    }
    case 'azure': {
      if (!config.azure) throw new Error('no azure: block in the config');
      const { AzureGc } = await import('../providers/azure/gc.js');
      return new AzureGc(config.azure);
    }
    case 'aws': {
      if (!config.aws) throw new Error('no aws: block in the config');
      const { AwsGc } = await import('../providers/aws/gc.js');
      return new AwsGc(config.aws);
    }
    default:
      throw new Error(`gc does not support ${String(cloud)}`);
  }
}
