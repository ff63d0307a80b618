import * as core from '@actions/core';
import { cleanupRecorded } from '../../bake/bake.js';
import { loadConfig } from '../../config/load.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { ResourceLedger, type Cloud, type CreatedResource } from '../../steps/resources.js';
import { Inputs, State } from '../constants.js';
import { overridesFromInputs } from '../inputs.js';

/**
 * Runs after the job whatever happened (`post-if: always()`): deletes what a killed or
 * cancelled main step recorded but could not delete. A finished main step leaves nothing.
 */
export async function post(): Promise<void> {
  const reporter = new ActionsReporter();
  const saved = core.getState(State.Resources);
  const items = saved ? (JSON.parse(saved) as CreatedResource[]) : [];
  if (items.length === 0) {
    core.info('worker-image: nothing left to clean up');
    return;
  }
  try {
    const config = await loadConfig({
      path: core.getInput(Inputs.Config) || undefined,
      overrides: overridesFromInputs((core.getInput(Inputs.Cloud) || 'gcp') as Cloud),
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    });
    const ledger = new ResourceLedger(() => {}, items);
    await cleanupRecorded(config, reporter, ledger);
    const left = ledger.list();
    if (left.length > 0) {
      core.setFailed(
        `worker-image: ${left.length} resource(s) could not be deleted: ${left.map((r) => r.id).join(', ')}. ` +
          'Run `worker-image gc` or delete them by their worker-image-run label.',
      );
    }
  } catch (err) {
    core.setFailed(`worker-image cleanup failed: ${(err as Error).message}`);
  }
}
