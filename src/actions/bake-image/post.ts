import { loadConfig } from '../../config/load.js';
import { Inputs } from '../constants.js';
import { ActionInputs, inputNames, overridesFromInputs } from '../inputs.js';
import { postCleanup } from '../post-cleanup.js';
import { workspace } from '../workspace.js';
import { bakeCloud } from './cloud.js';

/** Runs after the job whatever happened: deletes what a killed or cancelled bake left. */
export function post(): Promise<void> {
  const inputs = new ActionInputs('bake-image');
  const root = workspace();
  return postCleanup(async () => {
    const cloud = bakeCloud(inputs);
    return loadConfig({
      path: inputs.optional(Inputs.Config),
      overrides: overridesFromInputs(cloud),
      overrideNames: inputNames(cloud),
      cwd: root.dir,
      root,
      clouds: [cloud],
    });
  });
}
