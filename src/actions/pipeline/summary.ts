import type { PipelinePlan } from '../../pipeline/plan.js';
import { planText } from '../../pipeline/plan.js';
import type { PipelineOutcome } from '../../pipeline/run.js';
import { summaryRows } from '../../verify/result.js';
import { formatDuration } from '../../wait/duration.js';
import { flushSummary } from '../summary.js';
import { ganttChart } from './gantt.js';
import { html, summary } from '../job-summary.js';

/** One row per cloud: what was baked (or why not) and how long it took. */
export async function writePipelineSummary(outcome: PipelineOutcome): Promise<void> {
  const failed = outcome.clouds.some((c) => c.error);
  summary.heading(failed ? 'worker-image: pipeline failed' : 'worker-image: images baked');
  summary.table([
    [
      { data: 'Cloud', header: true },
      { data: 'Image', header: true },
      { data: 'Version', header: true },
      { data: 'Image id', header: true },
      { data: 'Time', header: true },
      { data: 'Outcome', header: true },
    ],
    ...outcome.clouds.map((c) => [
      c.cloud,
      c.result?.imageName ?? c.plan?.imageName ?? '',
      c.result?.version ?? c.plan?.version ?? '',
      c.result?.imageId ?? '',
      formatDuration(c.ms),
      c.error
        ? `failed: ${firstLine(c.error.message)}`
        : c.verify
          ? c.verify.verified
            ? 'baked, verified'
            : 'baked, not verified (on-failure: warn)'
          : 'baked',
    ]),
  ]);
  for (const c of outcome.clouds) {
    if (!c.verify) continue;
    const verdict = c.verify.verified ? 'verified' : 'not verified';
    summary.markup(`<b>${html(c.cloud)}</b>: ${html(`${c.verify.imageName} ${verdict}`)}`);
    summary.rows(summaryRows(c.verify));
  }
  summary.line(
    `Wall time ${formatDuration(outcome.ms)}${outcome.manifestPath ? '; manifest ' : ''}`,
    outcome.manifestPath,
  );
  const chart = ganttChart(outcome.clouds);
  if (chart) summary.markup(chart);
  await flushSummary();
}

export async function writePlanSummary(plan: PipelinePlan): Promise<void> {
  summary.heading('worker-image: plan (dry run, nothing created)');
  summary.codeBlock(planText(plan).join('\n'));
  await flushSummary();
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
