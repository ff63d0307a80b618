import { runReplicate } from '../actions/replicate-gallery-version/run.js';
import { ConsoleReporter } from '../log/reporter.js';
import { REPLICATE_INPUTS, type ReplicateInputs } from '../replicate/request.js';
import { abortOnSignals } from '../steps/signals.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { inertJson } from '../log/workflow-commands.js';

export async function replicateCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    repo: { type: 'string' },
    ...Object.fromEntries(REPLICATE_INPUTS.map((f) => [f, { type: 'string' as const }])),
  });
  const reporter = new ConsoleReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const { config, repo, ...rest } = values as Record<string, string | undefined>;
    const outcome = await runReplicate(rest as ReplicateInputs, {
      ...(config ? { config } : {}),
      cwd: process.cwd(),
      root: cliRoot({ repo, config }),
      reporter,
      signal: controller.signal,
    });
    process.stdout.write(inertJson(outcome.summary, 2) + '\n');
    return 0;
  } finally {
    stop();
  }
}
