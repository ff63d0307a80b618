import { runContext } from '../../bake/context.js';
import { resolve } from 'node:path';
import { outsideRoot, type Root } from '../../config/confine.js';
import { loadConfig } from '../../config/load.js';
import type { Reporter } from '../../log/reporter.js';
import type { ReplicateOutcome } from '../../providers/azure/replicate.js';
import { replicateSettings, type ReplicateInputs } from '../../replicate/request.js';

/** Shared by the action and the CLI: settings (config + inputs) → replication → outcome. */
export async function runReplicate(
  inputs: ReplicateInputs,
  opts: {
    config?: string | undefined;
    cwd: string;
    /** Where the config and the CA file must stay; the action and the CLI always give it. */
    root?: Root | undefined;
    reporter: Reporter;
    signal: AbortSignal;
  },
): Promise<ReplicateOutcome> {
  const ca = inputs['ca-certificate'];
  const outside = ca && opts.root && outsideRoot(resolve(opts.cwd, ca), opts.root, ca);
  if (outside) throw new Error(`ca-certificate: ${outside}`);
  // Replication bakes nothing: the azure: block's bake-only requirements do not apply.
  const config = opts.config
    ? await loadConfig({ path: opts.config, cwd: opts.cwd, root: opts.root, clouds: [] })
    : undefined;
  if (config && !config.azure)
    throw new Error(`${opts.config} has no azure: block to replicate from`);
  const settings = replicateSettings(
    inputs,
    config?.azure ? { azure: config.azure, namespace: config.image.namespace } : undefined,
  );
  const ctx = runContext(process.env, opts.reporter, opts.signal);
  // Loaded only now: a run that never reaches Azure never loads its SDK.
  const { replicateVersion } = await import('../../providers/azure/replicate.js');
  return opts.reporter.group(
    `Replicate ${settings.ref.definition} ${settings.ref.version} to ${settings.regions.map((r) => r.name).join(', ')}`,
    () =>
      replicateVersion(
        settings.azure,
        { ref: settings.ref, regions: settings.regions, policy: settings.policy },
        ctx,
      ),
  );
}
