import { accessSync, constants, statSync } from 'node:fs';
import * as core from '@actions/core';
import { checkPathText, quoted } from '../config/text.js';
import type { CreatedResource } from '../steps/resources.js';
import { State } from './constants.js';

/** The runner's file commands an action appends to, and what each one carries. */
const FILES = { GITHUB_OUTPUT: 'outputs', GITHUB_STATE: 'saved state' } as const;

let warnedUnset = false;

/**
 * Checks, before anything is read or any cloud is called, that GITHUB_OUTPUT and GITHUB_STATE
 * (when set) name files that can be appended to: @actions/core finds out only when it first
 * writes one, after the image is baked or the builder created. Unset, @actions/core falls back
 * to workflow commands (`::set-output`): a warning, once.
 */
export function checkRunnerFiles(env: NodeJS.ProcessEnv = process.env): void {
  const unset: string[] = [];
  for (const [variable, what] of Object.entries(FILES)) {
    const path = env[variable];
    if (!path) {
      unset.push(variable);
      continue;
    }
    const problem = appendProblem(path);
    if (problem) {
      throw new Error(
        `${variable}: ${problem}; the runner sets it to a file each step appends its ${what} to: ` +
          'point it at such a file, or unset it',
      );
    }
  }
  if (unset.length > 0 && !warnedUnset) {
    warnedUnset = true;
    core.warning(
      `${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} not set: outputs and state go out as deprecated workflow commands (::set-output, ::save-state) instead`,
    );
  }
}

function appendProblem(path: string): string | undefined {
  const text = checkPathText(path);
  if (text) return text;
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? `${quoted(path)} does not exist`
      : `${quoted(path)} cannot be read (${code ?? 'error'})`;
  }
  // A character device such as /dev/null takes appends as a file does.
  if (!stats.isFile() && !stats.isCharacterDevice()) return `${quoted(path)} is not a file`;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return `${quoted(path)} cannot be appended to (no write permission)`;
  }
  return undefined;
}

/**
 * Saves the list of created resources for the post step. A save that fails (the state file
 * gone mid-run) is a warning, once, never an error: the ledger saves after each creation and
 * deletion, and an error thrown there would be reported as a failed creation or deletion.
 */
export function resourcesStateSaver(): (items: CreatedResource[]) => void {
  let warned = false;
  return (items) => {
    try {
      core.saveState(State.Resources, JSON.stringify(items));
    } catch (err) {
      if (warned) return;
      warned = true;
      core.warning(
        `GITHUB_STATE: the list of created resources could not be saved (${(err as Error).message}); ` +
          'a post step would not know what to clean up if this step were killed',
      );
    }
  };
}
