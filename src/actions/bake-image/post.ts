import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import type { Cloud } from '../../steps/resources.js';
import { Inputs } from '../constants.js';
import { overridesFromInputs } from '../inputs.js';
import { postCleanup } from '../post-cleanup.js';

/** Runs after the job whatever happened: deletes what a killed or cancelled bake left. */
export function post(): Promise<void> {
  return postCleanup(() =>
    loadConfig({
      path: core.getInput(Inputs.Config) || undefined,
      overrides: overridesFromInputs((core.getInput(Inputs.Cloud) || 'gcp') as Cloud),
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    }),
  );
}
