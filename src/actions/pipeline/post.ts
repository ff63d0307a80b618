import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { postCleanup } from '../post-cleanup.js';
import { PipelineInputs as In } from './names.js';

/** Runs after the job whatever happened: deletes what a killed run left on any cloud. */
export function post(): Promise<void> {
  return postCleanup(() =>
    loadConfig({
      path: core.getInput(In.Config) || 'worker-image.yml',
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    }),
  );
}
