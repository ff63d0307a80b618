import { parseArgs } from 'node:util';
import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { reportConfigProblems } from '../log/config-problems.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ResourceLedger, type Cloud } from '../steps/resources.js';
import { abortOnSignals } from '../steps/signals.js';

export async function bakeCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', short: 'c' },
      cloud: { type: 'string', default: 'gcp' },
      namespace: { type: 'string' },
      version: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.config) throw new Error('--config FILE is required (a worker-image.yml)');
  const reporter = new ConsoleReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const config = await loadConfig({
      path: values.config,
      overrides: { image: { namespace: values.namespace, version: values.version } },
      cwd: process.cwd(),
    });
    const ctx = runContext(process.env, reporter, controller.signal);
    const outcome = await bake(config, ctx, {
      cloud: values.cloud as Cloud,
      ledger: new ResourceLedger(),
      dryRun: values['dry-run'],
    });
    if (outcome.result) {
      reporter.info(`image: ${outcome.result.imageName}`);
      reporter.info(`image id: ${outcome.result.imageId}`);
      reporter.info(`manifest: ${outcome.manifestPath}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      reportConfigProblems(err, reporter);
      return 1;
    }
    throw err;
  } finally {
    stop();
  }
}
