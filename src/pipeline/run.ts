import { dirname } from 'node:path';
import { imagesFromBuilds, withShares } from '../catalogue/catalogue.js';
import { writeCatalogues } from '../catalogue/write.js';
import type { ManifestBuild } from '../manifest/read.js';
import { runShare } from '../share/run.js';
import type { ShareResult } from '../share/result.js';
import { bake, type BakeOutcome } from '../bake/bake.js';
import type { TemplateConfig, WorkerImageConfig } from '../config/types.js';
import { renderTemplateFile } from '../template/render.js';
import { PrefixedReporter } from '../log/prefixed-reporter.js';
import type { Reporter } from '../log/reporter.js';
import { withVerification, writeManifest, type PackerBuild } from '../manifest/packer.js';
import type { BakePlan, BakeResult, RunContext } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';
import { renderChecks, VerifyError, verifyImage } from '../verify/run.js';
import type { VerifyResult } from '../verify/result.js';
import type { VerifyCheck } from '../verify/script.js';
import { targetFromBake } from '../verify/target.js';
import type { LedgerSet } from './ledgers.js';
import { timed, type StepTiming } from './timeline.js';

export interface PipelineOptions {
  clouds: Cloud[];
  ledgers: LedgerSet;
  /** Plan only: reads the clouds, creates nothing. */
  dryRun?: boolean;
  /**
   * Verify each image before it is shared (default: every cloud with a verify: block). False
   * skips verification; the manifest's builds then say nothing of it.
   */
  verify?: boolean;
}

/** One cloud's part of the run. */
export interface CloudOutcome {
  cloud: Cloud;
  plan?: BakePlan;
  result?: BakeResult;
  build?: PackerBuild;
  /** What share-image granted, when the config has a share: entry for the cloud. */
  share?: ShareResult;
  /** The verification of the image, when the cloud has a verify: block (also when it failed). */
  verify?: VerifyResult;
  error?: Error;
  ms: number;
  /** When each step ran, for the job summary's time axis. */
  steps: StepTiming[];
}

export interface PipelineOutcome {
  clouds: CloudOutcome[];
  /** The merged manifest (absent in a dry run). */
  manifestPath?: string;
  /** The share-request catalogue files, one per cloud shared. */
  catalogue: string[];
  ms: number;
}

/** A cloud of the pipeline failed; the others' images were kept and are in the manifest. */
export class PipelineError extends Error {
  constructor(readonly outcome: PipelineOutcome) {
    const failed = outcome.clouds.filter((c) => c.error);
    super(
      failed.length === 1
        ? `${failed[0]!.cloud}: ${failed[0]!.error!.message}`
        : `${failed.length} clouds failed:\n` +
            failed.map((c) => `${c.cloud}: ${c.error!.message}`).join('\n'),
    );
    this.name = 'PipelineError';
  }
}

/**
 * Bakes every selected cloud at once (each with its own ledger, so one failing cleans up only
 * its own resources while the others finish), then writes one manifest with every build.
 * A failure on one cloud does not cancel the others: their images are kept and listed.
 */
export async function runPipeline(
  config: WorkerImageConfig,
  ctx: RunContext & { uuid: string },
  opts: PipelineOptions,
): Promise<PipelineOutcome> {
  const start = Date.now();
  // Every cloud's script and verify checks render before any cloud is touched: a template
  // error in one must not leave the others half-baked.
  const scripts = await renderTemplates(config, opts.clouds, ctx.signal);
  const checks = new Map<Cloud, VerifyCheck[]>();
  for (const cloud of opts.clouds) {
    const verify = opts.verify === false ? undefined : config.verify?.[cloud];
    if (verify) checks.set(cloud, await renderChecks(config, cloud, verify, ctx.signal));
  }
  const parallel = opts.clouds.length > 1;
  const clouds = await Promise.all(
    opts.clouds.map((cloud) =>
      bakeOne(config, ctx, cloud, {
        reporter: parallel ? new PrefixedReporter(ctx.reporter, `[${cloud}] `) : ctx.reporter,
        ledgers: opts.ledgers,
        dryRun: opts.dryRun ?? false,
        checks: checks.get(cloud),
        script: scripts.get(cloud),
      }),
    ),
  );
  const builds = clouds.flatMap((c) => (c.build ? [c.build] : []));
  const outcome: PipelineOutcome = { clouds, ms: 0, catalogue: [] };
  if (!opts.dryRun && builds.length > 0) {
    await writeManifest(config.manifestPath, builds, ctx.uuid);
    outcome.manifestPath = config.manifestPath;
    const shares = clouds.flatMap((c) => (c.share ? [c.share] : []));
    if (shares.length > 0) {
      const images = withShares(imagesFromBuilds(inManifest(config, builds)), shares);
      outcome.catalogue = await writeCatalogues(`${dirname(config.manifestPath)}/`, images);
      for (const path of outcome.catalogue) ctx.reporter.info(`catalogue written: ${path}`);
    }
  }
  outcome.ms = Date.now() - start;
  if (clouds.some((c) => c.error)) throw new PipelineError(outcome);
  return outcome;
}

/** The builds as the run's manifest lists them. */
function inManifest(config: WorkerImageConfig, builds: PackerBuild[]): ManifestBuild[] {
  return builds.map((b) => ({ ...b, path: config.manifestPath }));
}

async function bakeOne(
  config: WorkerImageConfig,
  ctx: RunContext & { uuid: string },
  cloud: Cloud,
  opts: {
    reporter: Reporter;
    ledgers: LedgerSet;
    dryRun: boolean;
    /** The cloud's verify checks, rendered; absent: no verification. */
    checks: VerifyCheck[] | undefined;
    /** Its startup script, rendered (renderTemplates). */
    script: string | undefined;
  },
): Promise<CloudOutcome> {
  const start = Date.now();
  const steps: StepTiming[] = [];
  let outcome: BakeOutcome | undefined;
  let build: PackerBuild | undefined;
  let verified: VerifyResult | undefined;
  try {
    outcome = await timed(steps, 'bake', () =>
      bake(
        config,
        { ...ctx, reporter: opts.reporter },
        {
          cloud,
          ledger: opts.ledgers.for(cloud),
          dryRun: opts.dryRun,
          writeManifest: false,
          ...(opts.script !== undefined ? { script: opts.script } : {}),
        },
      ),
    );
    build = outcome.build;
    const { result } = outcome;
    if (result) opts.reporter.info(`image ${result.imageName}: ${result.imageId}`);
    // Verified before anything is shared or referenced: a failing image stops here (on-failure
    // fail), kept but marked as not verified on the cloud and in the manifest.
    const verify = config.verify?.[cloud];
    if (result && build && verify && opts.checks) {
      const ctxHere = { ...ctx, reporter: opts.reporter };
      verified = await timed(steps, 'verify', () =>
        verifyImage(config, targetFromBake(result), ctxHere, {
          cloud,
          ledger: opts.ledgers.for(cloud),
          verify,
          checks: opts.checks,
        }),
      ).catch((err: unknown) => {
        if (err instanceof VerifyError) {
          verified = err.result;
          build = withVerification(build!, err.result);
        }
        throw err;
      });
      build = withVerification(build, verified);
    }
    // Sharing follows the bake on the same cloud; the image is kept even when sharing fails.
    const share =
      build && config.share?.[cloud]
        ? await timed(steps, 'share', () =>
            shareBaked(config, cloud, build!, opts.reporter, ctx.signal),
          ).catch((err: unknown) => {
            throw new Error(
              `${result?.imageName ?? 'the image'} was baked and kept, but sharing it failed: ${(err as Error).message}`,
            );
          })
        : undefined;
    return {
      cloud,
      plan: outcome.plan,
      ...(result ? { result } : {}),
      ...(build ? { build } : {}),
      ...(verified ? { verify: verified } : {}),
      ...(share ? { share } : {}),
      ms: Date.now() - start,
      steps,
    };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    // One annotation for the run comes from the final failure; this is the log line.
    opts.reporter.info(`failed: ${error.message}`);
    return {
      cloud,
      ...(outcome?.plan ? { plan: outcome.plan } : {}),
      ...(outcome?.result ? { result: outcome.result } : {}),
      ...(build ? { build } : {}),
      ...(verified ? { verify: verified } : {}),
      error,
      ms: Date.now() - start,
      steps,
    };
  }
}

/** share-image's own code, for the image just baked, handed on in memory. */
async function shareBaked(
  config: WorkerImageConfig,
  cloud: Cloud,
  build: PackerBuild,
  reporter: Reporter,
  signal: AbortSignal,
): Promise<ShareResult> {
  const shared = await runShare(
    { cloud },
    {
      loaded: config,
      builds: inManifest(config, [build]),
      cwd: dirname(config.source),
      reporter,
      signal,
    },
  );
  return shared.result;
}

/**
 * Renders each cloud's startup script as its bake will: template errors before any call.
 * The scripts, by cloud, go to the bakes, which then do not render them again.
 */
export async function renderTemplates(
  config: WorkerImageConfig,
  clouds: Cloud[],
  signal?: AbortSignal,
): Promise<Map<Cloud, string>> {
  const scripts = new Map<Cloud, string>();
  for (const cloud of clouds) {
    const template = cloudTemplate(config, cloud);
    if (template) {
      scripts.set(
        cloud,
        await renderTemplateFile(template.path, template.variables, {
          signal,
          timeoutMs: config.templateTimeout,
        }),
      );
    }
  }
  return scripts;
}

function cloudTemplate(config: WorkerImageConfig, cloud: Cloud): TemplateConfig | undefined {
  const block = (config as unknown as Record<string, { template?: TemplateConfig } | undefined>)[
    cloud
  ];
  return block?.template;
}
