import { randomUUID } from 'node:crypto';
import { runId } from '../naming/labels.js';
import type { Reporter } from '../log/reporter.js';
import type { RunContext } from '../providers/provider.js';

/** The run's identity from the Actions environment (or a local one). */
export function runContext(
  env: NodeJS.ProcessEnv,
  reporter: Reporter,
  signal: AbortSignal,
): RunContext & { uuid: string } {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    runId: runId(env),
    uuid: randomUUID(),
    reporter,
    signal,
    ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}
