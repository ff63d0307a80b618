import type { Root } from '../config/confine.js';

/**
 * Where an action's paths must stay, links followed: the runner's workspace, which holds the
 * checkout. The runner always sets GITHUB_WORKSPACE; a step run without it uses the working
 * directory, as the runner would start it there.
 */
export function workspace(env: NodeJS.ProcessEnv = process.env): Root {
  const dir = env.GITHUB_WORKSPACE || process.cwd();
  return {
    dir,
    name: env.GITHUB_WORKSPACE ? 'the workspace (GITHUB_WORKSPACE)' : 'the working directory',
  };
}
