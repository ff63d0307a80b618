import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { reportConfigProblems } from '../log/config-problems.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ALL_CLOUDS } from '../pipeline/selection.js';
import { ResourceLedger, type Cloud } from '../steps/resources.js';
import { abortOnSignals } from '../steps/signals.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';

export async function bakeCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    cloud: { type: 'string', default: 'gcp' },
    namespace: { type: 'string' },
    version: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    repo: { type: 'string' },
  });
  if (!values.config) throw new Error('--config FILE is required (a worker-image.yml)');
  const cloud = values.cloud as Cloud;
  if (!ALL_CLOUDS.includes(cloud)) {
    throw new Error(`--cloud ${values.cloud}: use ${ALL_CLOUDS.join(', ')}`);
  }
  const reporter = new ConsoleReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const config = await loadConfig({
      path: values.config,
      overrides: { image: { namespace: values.namespace, version: values.version } },
      overrideNames: { 'image.namespace': '--namespace', 'image.version': '--version' },
      cwd: process.cwd(),
      root: cliRoot(values),
      clouds: [cloud],
    });
    const ctx = runContext(process.env, reporter, controller.signal);
    const outcome = await bake(config, ctx, {
      cloud,
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
