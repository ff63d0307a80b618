import { loadConfig } from '../config/load.js';
import { runContext } from '../bake/context.js';
import { ConsoleReporter } from '../log/reporter.js';
import { configuredClouds } from '../pipeline/selection.js';
import { pruneOptions } from '../prune/options.js';
import { runPrune } from '../prune/prune.js';
import { formatPruneReport, pruneJson } from '../prune/report.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { forStdout, inertJson } from '../log/workflow-commands.js';

/**
 * `worker-image prune`: deprecates, and later deletes, the images worker-image baked that the
 * config's lifecycle: no longer keeps, never one the repository's references name.
 */
export async function pruneCommand(args: string[]): Promise<number> {
  const { repo, ...values } = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    clouds: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    repo: { type: 'string' },
  });
  if (!values.config) throw new Error('--config FILE is required (a worker-image.yml)');
  if (values.format !== 'text' && values.format !== 'json') {
    throw new Error(`--format must be text or json (got "${values.format}")`);
  }
  const json = values.format === 'json';
  // With --format json, stdout carries the JSON alone: the log goes to stderr.
  const reporter = new ConsoleReporter(json ? (l) => process.stderr.write(l) : undefined);
  const root = cliRoot({ repo, config: values.config });
  // prune bakes nothing: no cloud's bake-only requirements apply.
  const config = await loadConfig({ path: values.config, cwd: process.cwd(), root, clouds: [] });
  const configured = configuredClouds(config);
  const opts = pruneOptions(values, configured, root.dir);
  const ctx = runContext(process.env, reporter, new AbortController().signal);
  const report = await runPrune(config, opts, ctx);
  process.stdout.write(
    json ? `${inertJson(pruneJson(report), 2)}\n` : forStdout(formatPruneReport(report, opts.now)),
  );
  return report.failed > 0 ? 1 : 0;
}
