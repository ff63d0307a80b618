import { runContext } from '../bake/context.js';
import type { WorkerImageConfig } from '../config/types.js';
import { ConsoleReporter, type Reporter } from '../log/reporter.js';
import { LedgerSet } from '../pipeline/ledgers.js';
import { pipelinePlan, plansByCloud, planText } from '../pipeline/plan.js';
import { renderTemplates, runPipeline } from '../pipeline/run.js';
import { loadPipelineConfig } from '../pipeline/config.js';
import { verifyChoice } from '../pipeline/verify-choice.js';
import { renderChecks } from '../verify/run.js';
import type { Cloud } from '../steps/resources.js';
import { abortOnSignals } from '../steps/signals.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { inertJson } from '../log/workflow-commands.js';

const OPTIONS = {
  config: { type: 'string', short: 'c', default: 'worker-image.yml' },
  clouds: { type: 'string' },
  namespace: { type: 'string' },
  version: { type: 'string' },
  format: { type: 'string', default: 'text' },
  offline: { type: 'boolean', default: false },
  repo: { type: 'string' },
} as const;

function selected(values: {
  config: string;
  clouds?: string | undefined;
  namespace?: string | undefined;
  version?: string | undefined;
  repo?: string | undefined;
}): Promise<{ config: WorkerImageConfig; clouds: Cloud[] }> {
  return loadPipelineConfig({
    path: values.config,
    cwd: process.cwd(),
    root: cliRoot(values),
    clouds: values.clouds,
    namespace: values.namespace,
    version: values.version,
    names: { namespace: '--namespace', version: '--version' },
  });
}

/**
 * `worker-image plan`: what a run would do on every selected cloud, writing nothing. With
 * `--offline` it validates the config and renders the templates without calling any cloud
 * (an `auto` version is then resolved at bake time; an explicit one names the image): what
 * a workflow's plan job without cloud credentials runs. `--format json` prints the plan as
 * the root action's `plan` output.
 */
export async function planCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, OPTIONS);
  if (values.format !== 'text' && values.format !== 'json') {
    throw new Error(`--format ${values.format}: use text or json`);
  }
  const json = values.format === 'json';
  // JSON goes to stdout alone; progress then goes to stderr.
  const reporter: Reporter = new ConsoleReporter(json ? (l) => process.stderr.write(l) : undefined);
  const { config, clouds } = await selected(values);
  let plans = {};
  if (values.offline) {
    await renderTemplates(config, clouds);
    for (const cloud of clouds) {
      const verify = config.verify?.[cloud];
      if (verify) await renderChecks(config, cloud, verify);
    }
  } else {
    const outcome = await runPipeline(
      config,
      runContext(process.env, reporter, new AbortController().signal),
      {
        clouds,
        ledgers: new LedgerSet(),
        dryRun: true,
      },
    );
    plans = plansByCloud(outcome);
  }
  const plan = pipelinePlan(config, clouds, plans);
  if (json) process.stdout.write(inertJson(plan, 2) + '\n');
  else for (const line of planText(plan)) reporter.info(line);
  return 0;
}

/** `worker-image run`: the root action's pipeline from a terminal. */
export async function runCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    ...OPTIONS,
    'dry-run': { type: 'boolean', default: false },
    verify: { type: 'string', default: 'auto' },
  });
  const reporter = new ConsoleReporter();
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const { config, clouds } = await selected(values);
    const outcome = await runPipeline(
      config,
      runContext(process.env, reporter, controller.signal),
      {
        clouds,
        ledgers: new LedgerSet(),
        dryRun: values['dry-run'],
        verify: verifyChoice(values.verify, config, clouds, '--verify'),
      },
    );
    for (const c of outcome.clouds) {
      if (c.result) reporter.info(`${c.cloud}: ${c.result.imageName} (${c.result.imageId})`);
      if (c.verify) {
        reporter.info(
          `${c.cloud}: ${c.verify.verified ? 'verified' : 'NOT verified'}, time to ready ${c.verify.timeToReadyS ?? '–'} s (budget ${c.verify.budgetS} s)`,
        );
      }
    }
    if (outcome.manifestPath) reporter.info(`manifest: ${outcome.manifestPath}`);
    return 0;
  } finally {
    stop();
  }
}
