import * as core from '@actions/core';
import { runContext } from '../../bake/context.js';
import type { Root } from '../../config/confine.js';
import { loadConfig } from '../../config/load.js';
import type { Reporter } from '../../log/reporter.js';
import { configuredClouds } from '../../pipeline/selection.js';
import { pruneOptions } from '../../prune/options.js';
import { runPrune } from '../../prune/prune.js';
import { formatPruneReport, pruneJson } from '../../prune/report.js';
import type { ActionInputs } from '../inputs.js';
import { flushSummary } from '../summary.js';
import { PipelineInputs as In, PipelineOutputs as Out } from './names.js';
import { summary } from '../job-summary.js';

/**
 * The root action's `mode: prune`: deprecates, and later deletes, old images by the config's
 * lifecycle:, never one the checked-out repository's references name, as `worker-image prune`
 * does; `dry-run` lists the decisions. Every image considered is in the `pruned` output and
 * the job summary.
 */
export async function pruneImages(
  configPath: string,
  root: Root,
  inputs: ActionInputs,
  reporter: Reporter,
  signal: AbortSignal,
): Promise<void> {
  // prune bakes nothing: no cloud's bake-only requirements apply.
  const config = await loadConfig({ path: configPath, cwd: root.dir, root, clouds: [] });
  const opts = pruneOptions(
    { clouds: inputs.text(In.Clouds), 'dry-run': inputs.boolean(In.DryRun) },
    configuredClouds(config),
    root.dir,
  );
  const report = await runPrune(config, opts, runContext(process.env, reporter, signal));
  const text = formatPruneReport(report, opts.now);
  reporter.info(text.trimEnd());
  core.setOutput(Out.Pruned, JSON.stringify(pruneJson(report).images));
  summary.heading(`worker-image: prune${opts.dryRun ? ' (dry run)' : ''}`);
  summary.codeBlock(text);
  await flushSummary();
  if (report.failed > 0) {
    throw new Error(`prune: ${report.failed} image(s) or cloud(s) failed; see the table above`);
  }
}
