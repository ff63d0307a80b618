import type { StepTiming } from '../../pipeline/timeline.js';
import { formatDuration } from '../../wait/duration.js';

export interface CloudSteps {
  cloud: string;
  steps: readonly StepTiming[];
}

/** Mermaid reads `:` `;` `#` in a task's name as syntax. */
function label(text: string): string {
  return text.replace(/[:;#]/g, ' ');
}

/**
 * Each cloud's steps (bake, verify, share) on one time axis, as a Mermaid gantt chart GitHub
 * draws in the job summary: where the time of a run went, at a glance. The axis is the wall
 * clock (Mermaid shows it in the reader's time zone); each bar is named with its duration; a
 * failed step is red. Empty when no step ran.
 */
export function ganttChart(clouds: readonly CloudSteps[]): string {
  const all = clouds.flatMap((c) => c.steps);
  if (all.length === 0) return '';
  const lines = [
    '```mermaid',
    'gantt',
    '  title Where the time of the run went',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
  ];
  for (const { cloud, steps } of clouds) {
    if (steps.length === 0) continue;
    lines.push(`  section ${label(cloud)}`);
    steps.forEach((s, i) => {
      // A zero-length bar is not drawn: give the shortest step a millisecond.
      const end = Math.max(s.end, s.start + 1);
      const name = `${s.step} ${formatDuration(s.end - s.start)}${s.ok ? '' : ' (failed)'}`;
      const tag = s.ok ? 'done' : 'crit';
      lines.push(`  ${label(name)} :${tag}, ${label(cloud)}-${i}, ${s.start}, ${end}`);
    });
  }
  lines.push('```');
  return lines.join('\n');
}
