import type { WorkerImageConfig } from '../config/types.js';
import { manifestBuild, writeManifest, type PackerBuild } from '../manifest/packer.js';
import { loadProvider, loadVerifyProvider } from '../providers/load.js';
import type { BakePlan, BakeResult, RunContext } from '../providers/provider.js';
import type { Reporter } from '../log/reporter.js';
import type { Cloud, ResourceLedger } from '../steps/resources.js';
import { cleanup, runSteps, type DeleteResource } from '../steps/runner.js';
import { renderTemplateFile } from '../template/render.js';
import { planLines } from './plan-text.js';

export interface BakeOptions {
  cloud: Cloud;
  ledger: ResourceLedger;
  /** Plan only: reads the cloud, creates nothing. */
  dryRun?: boolean;
  /**
   * Write the one-build manifest at config.manifestPath (default true: bake-image, the CLI).
   * The pipeline writes one manifest for every cloud itself.
   */
  writeManifest?: boolean;
  /** The startup script, when the caller has rendered it already (the pipeline does, first). */
  script?: string;
}

export interface BakeOutcome {
  plan: BakePlan;
  /** Absent in a dry run. */
  result?: BakeResult;
  /** The manifest's build for the image, handed on in memory (absent in a dry run). */
  build?: PackerBuild;
  /** Where the manifest was written, when it was. */
  manifestPath?: string;
}

/**
 * config → rendered script → plan → steps → result → manifest. Everything that can be
 * checked without the cloud (config, template) is checked before the first call.
 */
export async function bake(
  config: WorkerImageConfig,
  ctx: RunContext & { uuid: string },
  opts: BakeOptions,
): Promise<BakeOutcome> {
  const cloudConfig = config[opts.cloud];
  if (!cloudConfig) throw new Error(`the config has no ${opts.cloud}: block`);
  const script =
    opts.script ??
    (await renderTemplateFile(cloudConfig.template.path, cloudConfig.template.variables, {
      signal: ctx.signal,
      timeoutMs: config.templateTimeout,
    }));
  const provider = await loadProvider(opts.cloud, config);

  const plan = await ctx.reporter.group(`Plan ${opts.cloud} image`, async () => {
    const p = await provider.plan(config, ctx);
    for (const line of planLines(p, script)) ctx.reporter.info(line);
    return p;
  });
  if (opts.dryRun) return { plan };

  const { steps, result } = provider.bakeSteps(config, plan, script, ctx, opts.ledger);
  const timings = await runSteps(steps, {
    reporter: ctx.reporter,
    ledger: opts.ledger,
    deleteResource: (r, o) => provider.deleteResource(r, o),
    signal: ctx.signal,
  });
  const baked: BakeResult = { ...result(), timings };
  const build = manifestBuild(baked, {
    uuid: ctx.uuid,
    buildTime: Math.floor(Date.now() / 1000),
    runId: ctx.runId,
    ...(ctx.commit ? { commit: ctx.commit } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  });
  if (opts.writeManifest === false) return { plan, result: baked, build };
  await writeManifest(config.manifestPath, [build], ctx.uuid);
  return { plan, result: baked, build, manifestPath: config.manifestPath };
}

/**
 * Deletes what a killed run recorded, products included: a run that did not finish has no
 * product (the post step, `worker-image cleanup`).
 */
export async function cleanupRecorded(
  config: WorkerImageConfig,
  reporter: Reporter,
  ledger: ResourceLedger,
): Promise<void> {
  // A verify VM is deleted by the verification that made it, anything else by the bake's.
  const providers = new Map<string, Promise<{ deleteResource: DeleteResource }>>();
  const deleteResource: DeleteResource = async (r, o) => {
    const key = `${r.cloud}/${r.role === 'verifier' ? 'verify' : 'bake'}`;
    if (!providers.has(key)) {
      providers.set(
        key,
        r.role === 'verifier' ? loadVerifyProvider(r.cloud, config) : loadProvider(r.cloud, config),
      );
    }
    return (await providers.get(key)!).deleteResource(r, o);
  };
  await cleanup({ reporter, ledger, deleteResource }, false);
}
