import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { formatReport } from '../gc/report.js';
import { runGc } from '../gc/run.js';
import { reportConfigProblems } from '../log/config-problems.js';
import { ConsoleReporter } from '../log/reporter.js';
import { runId } from '../naming/labels.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { forStdout } from '../log/workflow-commands.js';

/**
 * `worker-image gc`: deletes the temporary resources (builders, their disks, Azure build
 * resource groups) that killed runs left, found by their worker-image labels and old enough
 * that no live run owns them. Images and gallery versions are never deleted.
 */
export async function gcCommand(args: string[]): Promise<number> {
  const { repo, ...values } = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    'older-than': { type: 'string' },
    'exclude-run': { type: 'string', multiple: true, default: [] },
    clouds: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    repo: { type: 'string' },
  });
  if (!values.config) throw new Error('--config FILE is required (a worker-image.yml)');
  const reporter = new ConsoleReporter();
  try {
    // gc bakes nothing: no cloud's bake-only requirements apply.
    const config = await loadConfig({
      path: values.config,
      cwd: process.cwd(),
      root: cliRoot({ repo, config: values.config }),
      clouds: [],
    });
    // Inside Actions, this run's own resources are never someone else's leftovers.
    const current = process.env.GITHUB_RUN_ID ? runId(process.env) : undefined;
    const { report, opts } = await runGc(config, values, reporter, current);
    process.stdout.write(forStdout(formatReport(report, opts)));
    return report.failed > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      reportConfigProblems(err, reporter);
      return 1;
    }
    throw err;
  }
}
