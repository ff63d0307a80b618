import * as core from '@actions/core';
import { loadConfig } from '../../config/load.js';
import { collectGarbage } from '../../gc/gc.js';
import { loadGcProvider } from '../../gc/load.js';
import { GC_CLOUDS, gcOptions } from '../../gc/options.js';
import { formatReport } from '../../gc/report.js';
import type { Reporter } from '../../log/reporter.js';
import { runId } from '../../naming/labels.js';
import { PipelineInputs as In, PipelineOutputs as Out } from './names.js';

/**
 * The root action's `mode: gc`: deletes temporary resources killed runs left on every
 * configured cloud (this run excluded), as `worker-image gc` does; `dry-run` lists them.
 */
export async function collectLeaks(
  configPath: string,
  cwd: string,
  reporter: Reporter,
): Promise<void> {
  const config = await loadConfig({ path: configPath, cwd });
  const configured = GC_CLOUDS.filter((c) => config[c] !== undefined);
  const clouds = core.getInput(In.Clouds).trim();
  const opts = gcOptions(
    {
      'older-than': core.getInput(In.OlderThan) || undefined,
      ...(clouds && clouds !== 'all' ? { clouds } : {}),
      'dry-run': core.getBooleanInput(In.DryRun),
    },
    configured,
    runId(process.env),
  );
  const providers = await Promise.all(opts.clouds.map((c) => loadGcProvider(c, config)));
  const report = await reporter.group('Collect leaked resources', () =>
    collectGarbage(providers, opts, reporter),
  );
  const text = formatReport(report, opts);
  reporter.info(text.trimEnd());
  core.setOutput(
    Out.Leaks,
    JSON.stringify(
      report.rows.map((r) => ({
        cloud: r.leak.cloud,
        kind: r.leak.kind,
        name: r.leak.name,
        action: r.action,
      })),
    ),
  );
  core.summary.addHeading(`worker-image: gc${opts.dryRun ? ' (dry run)' : ''}`, 3);
  core.summary.addCodeBlock(text);
  await core.summary.write();
  if (report.failed > 0) {
    throw new Error(`gc: ${report.failed} resource(s) could not be deleted; see the table above`);
  }
}
