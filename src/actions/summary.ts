import * as core from '@actions/core';
import type { BakeOutcome } from '../bake/bake.js';
import { formatDuration } from '../wait/duration.js';
import { summary } from './job-summary.js';

/**
 * Writes the job summary built so far. Without GITHUB_STEP_SUMMARY (a runner that sets none,
 * a local rehearsal) or with one that cannot be written, it warns and goes on: a step never
 * fails over its summary.
 */
export async function flushSummary(): Promise<void> {
  try {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.warning('GITHUB_STEP_SUMMARY is not set: no job summary written');
      return;
    }
    await core.summary.write();
  } catch (err) {
    core.warning(`job summary not written: ${(err as Error).message}`);
  } finally {
    core.summary.emptyBuffer();
  }
}

/** The job summary: what was baked, from what, and where the time went. */
export async function writeBakeSummary(outcome: BakeOutcome, dryRun: boolean): Promise<void> {
  const { plan, result } = outcome;
  summary.heading(dryRun ? 'worker-image: bake plan (dry run)' : 'worker-image: image baked');
  summary.table([
    [
      { data: 'Cloud', header: true },
      { data: 'Image', header: true },
      { data: 'Version', header: true },
      { data: 'Source image', header: true },
      { data: 'Where', header: true },
    ],
    [plan.cloud, plan.imageName, plan.version, plan.sourceImage, plan.location],
  ]);
  if (result) {
    summary.table([
      [
        { data: 'Step', header: true },
        { data: 'Time', header: true },
      ],
      ...result.timings.map((t) => [t.name, formatDuration(t.ms)]),
    ]);
    if (result.imageId) summary.line('Image id: ', result.imageId);
  } else {
    summary.list(plan.resources.map((r) => `would create ${r.kind} ${r.name}`));
  }
  await flushSummary();
}

export async function writeFailureSummary(message: string): Promise<void> {
  summary.heading('worker-image: bake failed');
  summary.codeBlock(message.slice(0, 60_000));
  await flushSummary();
}
