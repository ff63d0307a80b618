import * as core from '@actions/core';
import { runContext } from '../../bake/context.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { LedgerSet } from '../../pipeline/ledgers.js';
import { pipelinePlan, plansByCloud, planText } from '../../pipeline/plan.js';
import { PipelineError, runPipeline, type PipelineOutcome } from '../../pipeline/run.js';
import { loadPipelineConfig } from '../../pipeline/config.js';
import { verifyChoice } from '../../pipeline/verify-choice.js';
import { abortOnSignals } from '../../steps/signals.js';
import { reportFailure } from '../failure.js';
import { checkRunnerFiles, resourcesStateSaver } from '../runner-files.js';
import { ActionInputs } from '../inputs.js';
import { ACTION_DEFAULTS } from '../defaults.js';
import { ConfigError } from '../../config/errors.js';
import { parseDuration } from '../../config/duration.js';
import { quoted } from '../../config/text.js';
import type { Reporter } from '../../log/reporter.js';
import { workspace } from '../workspace.js';
import { PipelineInputs as In, PipelineOutputs as Out } from './names.js';
import { collectLeaks } from './gc.js';
import { pruneImages } from './prune.js';
import { writePipelineSummary, writePlanSummary } from './summary.js';

/** The root action: plan → bake every selected cloud at once → one merged manifest. */
export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  const inputs = new ActionInputs('.');
  try {
    checkRunnerFiles();
    const root = workspace();
    const configPath = inputs.text(In.Config);
    const mode = inputs.text(In.Mode);
    checkOlderThan(inputs, mode, reporter);
    if (mode === 'gc') {
      await collectLeaks(configPath, root, inputs, reporter);
      return;
    }
    if (mode === 'prune') {
      await pruneImages(configPath, root, inputs, reporter, controller.signal);
      return;
    }
    if (mode !== 'bake') {
      throw new Error(`input ${In.Mode}: "${mode}" is not a mode; use bake (default), gc or prune`);
    }
    const { config, clouds } = await loadPipelineConfig({
      path: configPath,
      cwd: root.dir,
      root,
      clouds: inputs.text(In.Clouds),
      namespace: inputs.text(In.Namespace),
      version: inputs.text(In.Version),
      names: { namespace: `input ${In.Namespace}`, version: `input ${In.Version}` },
    });
    const dryRun = inputs.boolean(In.DryRun);
    const verify = verifyChoice(inputs.text(In.Verify), config, clouds, `input ${In.Verify}`);
    const ledgers = new LedgerSet(resourcesStateSaver());
    const ctx = runContext(process.env, reporter, controller.signal);
    reporter.info(`worker-image: ${dryRun ? 'planning' : 'baking'} ${clouds.join(', ')}`);
    let outcome: PipelineOutcome;
    try {
      outcome = await runPipeline(config, ctx, { clouds, ledgers, dryRun, verify });
    } catch (err) {
      if (err instanceof PipelineError) {
        setOutputs(err.outcome);
        await writePipelineSummary(err.outcome);
      }
      throw err;
    }
    if (dryRun) {
      const plan = pipelinePlan(config, clouds, plansByCloud(outcome));
      for (const line of planText(plan)) reporter.info(line);
      core.setOutput(Out.Plan, JSON.stringify(plan));
      await writePlanSummary(plan);
      return;
    }
    setOutputs(outcome);
    await writePipelineSummary(outcome);
  } catch (err) {
    reportFailure(err, reporter);
  } finally {
    stop();
  }
}

/**
 * The shortest `older-than` gc accepts. Resources younger than this may belong to a live run
 * (a builder lives as long as its bake, commonly 20 to 60 minutes, a verify VM as long as its
 * checks): deleting them would break that run. The default is 6h.
 */
export const MIN_OLDER_THAN_MS = 3_600_000;

/** `older-than`, checked before any config is read or cloud called; named as the input. */
function checkOlderThan(inputs: ActionInputs, mode: string, reporter: Reporter): void {
  const value = inputs.text(In.OlderThan);
  if (mode !== 'gc') {
    if (value && value !== ACTION_DEFAULTS['.'][In.OlderThan]) {
      reporter.warning(
        `input ${In.OlderThan}: only applies to mode gc; ignored in mode ${mode} (got ${quoted(value)})`,
      );
    }
    return;
  }
  if (!value) return; // empty: gc's default
  let ms: number;
  try {
    ms = parseDuration(value, `input ${In.OlderThan}`);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    throw new Error(`input ${In.OlderThan}: ${err.problems[0].message}`);
  }
  if (ms < MIN_OLDER_THAN_MS) {
    throw new Error(
      `input ${In.OlderThan}: at least 1h (got ${quoted(value)}): younger resources may belong to a live run`,
    );
  }
}

/** `images`: per cloud, the baked image's name, id, version and Packer artifact id. */
function setOutputs(outcome: PipelineOutcome): void {
  const images: Record<string, unknown> = {};
  for (const c of outcome.clouds) {
    if (!c.result) continue;
    images[c.cloud] = {
      name: c.result.imageName,
      id: c.result.imageId,
      version: c.result.version,
      artifact: c.result.artifactId,
    };
  }
  core.setOutput(Out.Images, JSON.stringify(images));
  const verified: Record<string, unknown> = {};
  for (const c of outcome.clouds) {
    if (!c.verify) continue;
    verified[c.cloud] = {
      verified: c.verify.verified,
      ...(c.verify.timeToReadyS !== undefined ? { 'time-to-ready': c.verify.timeToReadyS } : {}),
      checks: c.verify.checks.map(({ name, status, seconds }) => ({ name, status, seconds })),
    };
  }
  core.setOutput(Out.Verified, JSON.stringify(verified));
  if (outcome.manifestPath) core.setOutput(Out.ManifestPath, outcome.manifestPath);
}
