import type { WorkerImageConfig } from '../config/types.js';
import type { Reporter } from '../log/reporter.js';
import { collectGarbage, type GcReport } from './gc.js';
import { loadGcProvider } from './load.js';
import { configuredClouds } from '../pipeline/selection.js';
import { gcOptions, type GcFlags, type GcOptions } from './options.js';

/**
 * gc as the CLI and the root action run it: the config's clouds, the flags (checked before
 * any call), each cloud's provider loaded lazily, then find and delete. `current` is the
 * run id of the Actions run doing it, whose resources are never leftovers.
 */
export async function runGc(
  config: WorkerImageConfig,
  flags: GcFlags,
  reporter: Reporter,
  current?: string,
): Promise<{ report: GcReport; opts: GcOptions }> {
  const configured = configuredClouds(config);
  const opts = gcOptions(flags, configured, current);
  const providers = await Promise.all(opts.clouds.map((c) => loadGcProvider(c, config)));
  return { report: await collectGarbage(providers, opts, reporter), opts };
}
