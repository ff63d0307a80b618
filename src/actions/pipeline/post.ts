import { loadConfig } from '../../config/load.js';
import { ActionInputs } from '../inputs.js';
import { postCleanup } from '../post-cleanup.js';
import { workspace } from '../workspace.js';
import { PipelineInputs as In } from './names.js';

/** Runs after the job whatever happened: deletes what a killed run left on any cloud. */
export function post(): Promise<void> {
  const root = workspace();
  return postCleanup(() =>
    // Nothing is baked here, so no cloud's bake-only requirements apply.
    loadConfig({ path: new ActionInputs('.').text(In.Config), cwd: root.dir, root, clouds: [] }),
  );
}
