import * as core from '@actions/core';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { SHARE_INPUTS, ShareOutputs, type ShareInputs } from '../../share/request.js';
import type { ShareResult } from '../../share/result.js';
import { runShare } from '../../share/run.js';
import { abortOnSignals } from '../../steps/signals.js';
import { reportFailure } from '../failure.js';
import { ActionInputs } from '../inputs.js';
import { checkRunnerFiles } from '../runner-files.js';
import { checkPathText } from '../../config/text.js';
import { workspace } from '../workspace.js';
import { flushSummary } from '../summary.js';
import { summary } from '../job-summary.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  const action = new ActionInputs('share-image');
  try {
    checkRunnerFiles();
    // One path per line in the catalogue-path output: a line break would make it two.
    const cataloguePath = action.optional('catalogue');
    const problem = cataloguePath === undefined ? undefined : checkPathText(cataloguePath);
    if (problem) throw new Error(`input catalogue: ${problem}`);
    const inputs = Object.fromEntries(
      SHARE_INPUTS.map((k) => [k, action.optional(k)]),
    ) as ShareInputs;
    const root = workspace();
    const { result, catalogue } = await runShare(inputs, {
      config: action.optional('config'),
      cwd: root.dir,
      root,
      names: { manifest: 'manifest', catalogue: 'catalogue' },
      reporter,
      signal: controller.signal,
    });
    core.setOutput(ShareOutputs.Changed, String(result.changed));
    core.setOutput(ShareOutputs.Grants, JSON.stringify(result.grants));
    core.setOutput(ShareOutputs.CataloguePath, catalogue.join('\n'));
    await writeShareSummary(result);
  } catch (err) {
    reportFailure(err, reporter);
  } finally {
    stop();
  }
}

/** The job summary: one row per grant, saying whether this run added it. */
async function writeShareSummary(result: ShareResult): Promise<void> {
  const heading = result.dryRun
    ? 'worker-image: share plan (dry run)'
    : result.changed
      ? 'worker-image: image shared'
      : 'worker-image: image already shared (no change)';
  summary.heading(heading);
  summary.line('Image: ', result.image);
  const aws = result.grants.some((g) => g.region);
  summary.table([
    [
      { data: 'Member', header: true },
      { data: 'Status', header: true },
      { data: 'Via', header: true },
      ...(aws ? [{ data: 'Region', header: true }] : []),
    ],
    ...result.grants.map((g) => [
      g.member,
      g.status === 'unchanged' ? 'unchanged' : result.dryRun ? 'would add' : 'added',
      g.via,
      ...(aws ? [`${g.region ?? ''} ${g.image ?? ''}`.trim()] : []),
    ]),
  ]);
  await flushSummary();
}
