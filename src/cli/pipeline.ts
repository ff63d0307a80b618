import { parseArgs } from 'node:util';
import { runContext } from '../bake/context.js';
import { loadConfig, type RawOverrides } from '../config/load.js';
import { deepMerge } from '../config/merge.js';
import type { WorkerImageConfig } from '../config/types.js';
import { ConsoleReporter, type Reporter } from '../log/reporter.js';
import { LedgerSet } from '../pipeline/ledgers.js';
import { pipelinePlan, planText } from '../pipeline/plan.js';
import { runPipeline } from '../pipeline/run.js';
import { selectClouds, versionOverlay, versionOverrides } from '../pipeline/selection.js';
import type { Cloud } from '../steps/resources.js';
import { abortOnSignals } from '../steps/signals.js';
import { renderTemplateFile } from '../template/render.js';

const OPTIONS = {
  config: { type: 'string', short: 'c', default: 'worker-image.yml' },
  clouds: { type: 'string' },
  namespace: { type: 'string' },
  version: { type: 'string' },
  format: { type: 'string', default: 'text' },
  offline: { type: 'boolean', default: false },
} as const;

async function selected(values: {
  config: string;
  clouds?: string | undefined;
  namespace?: string | undefined;
  version?: string | undefined;
}): Promise<{ config: WorkerImageConfig; clouds: Cloud[] }> {
  const base = await loadConfig({ path: values.config, cwd: process.cwd() });
  const clouds = selectClouds(values.clouds, base);
  const overrides = deepMerge(
    values.namespace ? { image: { namespace: values.namespace } } : {},
    versionOverlay(versionOverrides(values.version, clouds)),
  ) as RawOverrides;
  return {
    config: await loadConfig({ path: values.config, cwd: process.cwd(), overrides }),
    clouds,
  };
}

/**
 * `worker-image plan`: what a run would do on every selected cloud, writing nothing. With
 * `--offline` it validates the config and renders the templates without calling any cloud
 * (versions are then resolved at bake time): what a workflow's plan job without cloud
 * credentials runs. `--format json` prints the plan as the root action's `plan` output.
 */
export async function planCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (values.format !== 'text' && values.format !== 'json') {
    throw new Error(`--format ${values.format}: use text or json`);
  }
  const json = values.format === 'json';
  // JSON goes to stdout alone; progress then goes to stderr.
  const reporter: Reporter = new ConsoleReporter(json ? (l) => process.stderr.write(l) : undefined);
  const { config, clouds } = await selected(values);
  let plans = {};
  if (values.offline) {
    for (const cloud of clouds) {
      const block = (
        config as unknown as Record<
          string,
          { template?: { path: string; variables: Record<string, unknown> } }
        >
      )[cloud];
      if (block?.template) await renderTemplateFile(block.template.path, block.template.variables);
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
    plans = Object.fromEntries(outcome.clouds.flatMap((c) => (c.plan ? [[c.cloud, c.plan]] : [])));
  }
  const plan = pipelinePlan(config, clouds, plans);
  if (json) process.stdout.write(JSON.stringify(plan, null, 2) + '\n');
  else for (const line of planText(plan)) reporter.info(line);
  return 0;
}

/** `worker-image run`: the root action's pipeline from a terminal. */
export async function runCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...OPTIONS, 'dry-run': { type: 'boolean', default: false } },
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
      },
    );
    for (const c of outcome.clouds) {
      if (c.result) reporter.info(`${c.cloud}: ${c.result.imageName} (${c.result.imageId})`);
    }
    if (outcome.manifestPath) reporter.info(`manifest: ${outcome.manifestPath}`);
    return 0;
  } finally {
    stop();
  }
}
