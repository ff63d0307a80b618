import * as core from '@actions/core';
import { cleanupRecorded } from '../bake/bake.js';
import type { WorkerImageConfig } from '../config/types.js';
import { ActionsReporter } from '../log/actions-reporter.js';
import { ResourceLedger, type CreatedResource } from '../steps/resources.js';
import { State } from './constants.js';

/**
 * A post step (`post-if: always()`): deletes what a killed or cancelled main step recorded
 * but could not delete, on any cloud. A finished main step leaves nothing recorded, and the
 * config is only read when there is something to delete.
 */
export async function postCleanup(loadConfig: () => Promise<WorkerImageConfig>): Promise<void> {
  const saved = core.getState(State.Resources);
  const items = saved ? (JSON.parse(saved) as CreatedResource[]) : [];
  if (items.length === 0) {
    core.info('worker-image: nothing left to clean up');
    return;
  }
  try {
    const ledger = new ResourceLedger(() => {}, items);
    await cleanupRecorded(await loadConfig(), new ActionsReporter(), ledger);
    const left = ledger.list();
    if (left.length > 0) {
      core.setFailed(
        `worker-image: ${left.length} resource(s) could not be deleted: ${left.map((r) => `${r.cloud} ${r.id}`).join(', ')}. ` +
          'Run `worker-image gc` or delete them by their worker-image-run label.',
      );
    }
  } catch (err) {
    core.setFailed(`worker-image cleanup failed: ${(err as Error).message}`);
  }
}
