import { loadConfig } from '../../config/load.js';
import { ActionInputs } from '../inputs.js';
import { postCleanup } from '../post-cleanup.js';
import { workspace } from '../workspace.js';
import { verifyCloud, VerifyInputs as In } from './names.js';

/** Runs after the job whatever happened: deletes a verify VM a killed or cancelled step left. */
export function post(): Promise<void> {
  const inputs = new ActionInputs('verify-image');
  const root = workspace();
  return postCleanup(async () =>
    loadConfig({
      path: inputs.text(In.Config),
      cwd: root.dir,
      root,
      clouds: [verifyCloud(inputs)],
    }),
  );
}
