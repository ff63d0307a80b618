import { DEFAULT_LIFECYCLE } from '../config/lifecycle.js';
import type { WorkerImageConfig } from '../config/types.js';
import { loadPruneProvider } from '../providers/load.js';
import type { PruneProvider, RunContext } from '../providers/provider.js';
import type { Cloud } from '../steps/resources.js';
import { decide, type PruneDecision } from './decide.js';
import type { PruneImage } from './inventory.js';
import type { PruneOptions } from './options.js';
import { referencedVersions } from './references.js';

/** What came of one decision: `kept`, `done`, `dry run` (not applied), or the failure. */
export type PruneOutcome = 'kept' | 'done' | 'dry run' | `failed: ${string}`;

export interface PruneRow extends PruneDecision {
  outcome: PruneOutcome;
}

export interface PruneReport {
  rows: PruneRow[];
  /** Clouds whose images could not be listed: nothing was decided there. */
  unlisted: { cloud: Cloud; error: string }[];
  failed: number;
  dryRun: boolean;
}

/**
 * prune as the CLI and the root action run it: the versions the repository names (read
 * first: a rule that cannot be read stops everything), then per cloud the image history,
 * the decisions, and (unless a dry run) each one carried out in turn. One
 * failure never stops the rest; it is reported in its row, and the prune fails at the end.
 */
export async function runPrune(
  config: WorkerImageConfig,
  opts: PruneOptions,
  ctx: RunContext,
  load: (cloud: Cloud) => Promise<PruneProvider> = (cloud) => loadPruneProvider(cloud, config),
): Promise<PruneReport> {
  const { reporter } = ctx;
  const references = await reporter.group('Find the versions the repository names', async () => {
    const found = await referencedVersions(opts.repoDir, config.references ?? []);
    if (!config.references?.length) {
      reporter.warning(
        'the config has no references: rules, so prune cannot see which versions the code names; ' +
          'only keep, min-age and protect guard the images',
      );
    } else {
      reporter.info(
        `${found.length} reference(s): ${found.map((r) => `${r.version} at ${r.at}`).join(', ')}`,
      );
    }
    return found;
  });
  const rows: PruneRow[] = [];
  const unlisted: PruneReport['unlisted'] = [];
  for (const cloud of opts.clouds) {
    await reporter.group(`Prune ${cloud} images`, async () => {
      let provider: PruneProvider;
      let images: PruneImage[];
      try {
        provider = await load(cloud);
        images = await provider.inventory(ctx);
      } catch (err) {
        const error = (err as Error).message;
        reporter.warning(`could not list the ${cloud} images, so none was pruned: ${error}`);
        unlisted.push({ cloud, error });
        return;
      }
      const decisions = decide({
        images,
        lifecycle: (c) => config.lifecycle?.[c] ?? DEFAULT_LIFECYCLE,
        references,
        ...(opts.justBaked ? { justBaked: opts.justBaked } : {}),
        now: opts.now,
      });
      for (const d of decisions) rows.push(await carryOut(provider, d, opts.dryRun, ctx));
    });
  }
  return {
    rows,
    unlisted,
    failed: rows.filter((r) => r.outcome.startsWith('failed')).length + unlisted.length,
    dryRun: opts.dryRun,
  };
}

async function carryOut(
  provider: PruneProvider,
  d: PruneDecision,
  dryRun: boolean,
  ctx: RunContext,
): Promise<PruneRow> {
  const what = `${d.image.cloud} image ${d.image.name}`;
  if (d.action === 'keep') return { ...d, outcome: 'kept' };
  if (dryRun) {
    ctx.reporter.info(`would ${d.action} ${what}: ${d.reason}`);
    return { ...d, outcome: 'dry run' };
  }
  try {
    await provider.apply(d, ctx);
    ctx.reporter.info(`${d.action === 'delete' ? 'deleted' : 'deprecated'} ${what}: ${d.reason}`);
    return { ...d, outcome: 'done' };
  } catch (err) {
    const message = (err as Error).message;
    ctx.reporter.warning(`could not ${d.action} ${what}: ${message}`);
    return { ...d, outcome: `failed: ${message.split('\n')[0]}` };
  }
}
