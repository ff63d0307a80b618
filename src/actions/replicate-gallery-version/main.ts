import * as core from '@actions/core';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { REPLICATE_INPUTS, type ReplicateInputs } from '../../replicate/request.js';
import { abortOnSignals } from '../../steps/signals.js';
import { reportFailure } from '../failure.js';
import { runReplicate } from './run.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const inputs = Object.fromEntries(
      REPLICATE_INPUTS.map((k) => [k, core.getInput(k) || undefined]),
    ) as ReplicateInputs;
    const outcome = await runReplicate(inputs, {
      config: core.getInput('config') || undefined,
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      reporter,
      signal: controller.signal,
    });
    const { summary } = outcome;
    core.setOutput('replication', JSON.stringify(summary));
    core.setOutput('regions', summary.regions.map((r) => r.region).join(','));
    core.summary.addHeading(`worker-image: ${summary.version} replicated`, 3);
    core.summary.addTable([
      [
        { data: 'Region', header: true },
        { data: 'State', header: true },
        { data: 'Progress', header: true },
      ],
      ...summary.regions.map((r) => [r.region, r.state, `${r.progress}%`]),
    ]);
    await core.summary.write();
  } catch (err) {
    reportFailure(err, reporter);
  } finally {
    stop();
  }
}
