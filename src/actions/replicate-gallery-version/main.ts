import * as core from '@actions/core';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { REPLICATE_INPUTS, type ReplicateInputs } from '../../replicate/request.js';
import { abortOnSignals } from '../../steps/signals.js';
import { reportFailure } from '../failure.js';
import { checkRunnerFiles } from '../runner-files.js';
import { ActionInputs } from '../inputs.js';
import { workspace } from '../workspace.js';
import { runReplicate } from './run.js';
import { flushSummary } from '../summary.js';
import { summary } from '../job-summary.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  const action = new ActionInputs('replicate-gallery-version');
  try {
    checkRunnerFiles();
    const inputs = Object.fromEntries(
      REPLICATE_INPUTS.map((k) => [k, action.optional(k)]),
    ) as ReplicateInputs;
    const root = workspace();
    const outcome = await runReplicate(inputs, {
      config: action.optional('config'),
      cwd: root.dir,
      root,
      reporter,
      signal: controller.signal,
    });
    const replication = outcome.summary;
    core.setOutput('replication', JSON.stringify(replication));
    core.setOutput('regions', replication.regions.map((r) => r.region).join(','));
    summary.heading(`worker-image: ${replication.version} replicated`);
    summary.table([
      [
        { data: 'Region', header: true },
        { data: 'State', header: true },
        { data: 'Progress', header: true },
      ],
      ...replication.regions.map((r) => [r.region, r.state, `${r.progress}%`]),
    ]);
    await flushSummary();
  } catch (err) {
    reportFailure(err, reporter);
  } finally {
    stop();
  }
}
