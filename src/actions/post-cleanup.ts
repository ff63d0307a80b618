import * as core from '@actions/core';
import { ALL_CLOUDS } from '../pipeline/selection.js';
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
  const items = savedResources(core.getState(State.Resources));
  if (typeof items === 'string') {
    core.setFailed(
      `worker-image: the saved state "${State.Resources}" is not one worker-image's main step saved ` +
        `(${items}): nothing to clean up from it. If the main step created resources, run ` +
        '`worker-image gc` or delete them by their worker-image-run label.',
    );
    return;
  }
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

const ROLES: readonly unknown[] = ['builder', 'image', 'verifier'];
const KEEPS: readonly unknown[] = ['never', 'on-success'];

/** The saved list of created resources, or why it is not one the main step saved. */
export function savedResources(saved: string): CreatedResource[] | string {
  if (!saved) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return 'not JSON';
  }
  if (!Array.isArray(parsed)) return 'not a list';
  const bad = parsed.findIndex(
    (r: unknown) =>
      typeof r !== 'object' ||
      r === null ||
      !ALL_CLOUDS.includes((r as CreatedResource).cloud) ||
      !ROLES.includes((r as CreatedResource).role) ||
      !KEEPS.includes((r as CreatedResource).keep) ||
      typeof (r as CreatedResource).kind !== 'string' ||
      !(r as CreatedResource).kind ||
      typeof (r as CreatedResource).id !== 'string' ||
      !(r as CreatedResource).id,
  );
  if (bad >= 0) return `item ${bad + 1} is not a created resource`;
  return parsed as CreatedResource[];
}
