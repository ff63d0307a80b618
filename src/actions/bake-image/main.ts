import * as core from '@actions/core';
import { bake } from '../../bake/bake.js';
import { runContext } from '../../bake/context.js';
import { loadConfig } from '../../config/load.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { ResourceLedger } from '../../steps/resources.js';
import { abortOnSignals } from '../../steps/signals.js';
import { Inputs, Outputs } from '../constants.js';
import { reportFailure } from '../failure.js';
import { checkRunnerFiles, resourcesStateSaver } from '../runner-files.js';
import { ActionInputs, inputNames, overridesFromInputs } from '../inputs.js';
import { writeBakeSummary, writeFailureSummary } from '../summary.js';
import { workspace } from '../workspace.js';
import { bakeCloud } from './cloud.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  const inputs = new ActionInputs('bake-image');
  try {
    checkRunnerFiles();
    const cloud = bakeCloud(inputs);
    if (!inputs.optional(Inputs.Config) && !inputs.optional(Inputs.ImageName)) {
      throw new Error(
        `input ${Inputs.Config}: empty, and no ${Inputs.ImageName} input: give ${Inputs.Config} ` +
          `(the path of a worker-image.yml), or configure the bake by ${Inputs.ImageName} and the other inputs`,
      );
    }
    const root = workspace();
    const config = await loadConfig({
      path: inputs.optional(Inputs.Config),
      overrides: overridesFromInputs(cloud),
      overrideNames: inputNames(cloud),
      cwd: root.dir,
      root,
      clouds: [cloud],
    });
    const dryRun = inputs.boolean(Inputs.DryRun);
    const ledger = new ResourceLedger(resourcesStateSaver());
    const ctx = runContext(process.env, reporter, controller.signal);
    const outcome = await bake(config, ctx, { cloud, ledger, dryRun });
    core.setOutput(Outputs.ImageName, outcome.plan.imageName);
    core.setOutput(Outputs.Version, outcome.plan.version);
    core.setOutput(Outputs.SourceImage, outcome.result?.sourceImage ?? outcome.plan.sourceImage);
    if (outcome.result) core.setOutput(Outputs.ImageId, outcome.result.imageId);
    if (outcome.manifestPath) core.setOutput(Outputs.ManifestPath, outcome.manifestPath);
    await writeBakeSummary(outcome, dryRun);
  } catch (err) {
    const message = reportFailure(err, reporter);
    await writeFailureSummary(message);
  } finally {
    stop();
  }
}
