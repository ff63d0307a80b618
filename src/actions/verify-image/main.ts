import * as core from '@actions/core';
import { runContext } from '../../bake/context.js';
import { loadConfig } from '../../config/load.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { ResourceLedger } from '../../steps/resources.js';
import { abortOnSignals } from '../../steps/signals.js';
import { recordInManifest } from '../../verify/record.js';
import { resolveVerification } from '../../verify/resolve.js';
import { summaryRows, type VerifyResult } from '../../verify/result.js';
import { VerifyError, verifyImage } from '../../verify/run.js';
import { reportFailure } from '../failure.js';
import { checkRunnerFiles, resourcesStateSaver } from '../runner-files.js';
import { ActionInputs } from '../inputs.js';
import { flushSummary } from '../summary.js';
import { workspace } from '../workspace.js';
import { verifyCloud, VerifyInputs as In, VerifyOutputs as Out } from './names.js';
import { summary } from '../job-summary.js';

/**
 * verify-image: boot one VM from an image (named, or the newest build of a manifest), run the
 * config's checks on it, record the verdict on the image and in the manifest, delete the VM.
 */
export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  const inputs = new ActionInputs('verify-image');
  try {
    checkRunnerFiles();
    const cloud = verifyCloud(inputs);
    const configPath = inputs.text(In.Config);
    if (!configPath) {
      throw new Error(
        `input ${In.Config}: required (the path of the worker-image.yml whose verify block names the checks); it is empty`,
      );
    }
    const root = workspace();
    const config = await loadConfig({
      path: configPath,
      cwd: root.dir,
      root,
      clouds: [cloud],
    });
    const { verify, target, build } = await resolveVerification({
      cloud,
      config,
      image: inputs.optional(In.Image),
      manifest: inputs.optional(In.Manifest),
      cwd: root.dir,
      root,
      names: { image: `input ${In.Image}`, manifest: `input ${In.Manifest}` },
    });
    const ledger = new ResourceLedger(resourcesStateSaver());
    const ctx = runContext(process.env, reporter, controller.signal);
    let result: VerifyResult;
    let failure: VerifyError | undefined;
    try {
      result = await verifyImage(config, target, ctx, { cloud, ledger, verify });
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      failure = err;
      result = err.result;
    }
    if (build) await recordInManifest(build, result);
    core.setOutput(Out.Verified, String(result.verified));
    core.setOutput(Out.TimeToReady, result.timeToReadyS?.toFixed(1) ?? '');
    core.setOutput(
      Out.Checks,
      JSON.stringify(result.checks.map(({ name, status, seconds }) => ({ name, status, seconds }))),
    );
    core.setOutput(Out.ImageId, target.imageId);
    await writeVerifySummary(result);
    if (failure) throw failure;
  } catch (err) {
    reportFailure(err, reporter);
  } finally {
    stop();
  }
}

async function writeVerifySummary(result: VerifyResult): Promise<void> {
  summary.heading(
    `worker-image: ${result.cloud} image ${result.imageName} ${result.verified ? 'verified' : 'not verified'}`,
  );
  summary.rows(summaryRows(result));
  if (result.reasons.length > 0) summary.list(result.reasons);
  await flushSummary();
}
