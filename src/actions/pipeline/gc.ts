import * as core from '@actions/core';
import type { Root } from '../../config/confine.js';
import { loadConfig } from '../../config/load.js';
import { formatReport } from '../../gc/report.js';
import { runGc } from '../../gc/run.js';
import type { Reporter } from '../../log/reporter.js';
import { runId } from '../../naming/labels.js';
import type { ActionInputs } from '../inputs.js';
import { PipelineInputs as In, PipelineOutputs as Out } from './names.js';
import { flushSummary } from '../summary.js';
import { summary } from '../job-summary.js';

/**
 * The root action's `mode: gc`: deletes temporary resources killed runs left on every
 * configured cloud (this run excluded), as `worker-image gc` does; `dry-run` lists them.
 */
export async function collectLeaks(
  configPath: string,
  root: Root,
  inputs: ActionInputs,
  reporter: Reporter,
): Promise<void> {
  const config = await loadConfig({ path: configPath, cwd: root.dir, root });
  const { report, opts } = await reporter.group('Collect leaked resources', () =>
    runGc(
      config,
      {
        'older-than': inputs.optional(In.OlderThan),
        clouds: inputs.text(In.Clouds),
        'dry-run': inputs.boolean(In.DryRun),
      },
      reporter,
      runId(process.env),
    ),
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
  summary.heading(`worker-image: gc${opts.dryRun ? ' (dry run)' : ''}`);
  summary.codeBlock(text);
  await flushSummary();
  if (report.failed > 0) {
    throw new Error(`gc: ${report.failed} resource(s) could not be deleted; see the table above`);
  }
}
