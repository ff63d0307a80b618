import { describe, expect, it } from 'vitest';
import { ganttChart } from '../../src/actions/pipeline/gantt.js';

const t0 = Date.UTC(2026, 11, 3, 10, 0, 0);

describe('the job summary time axis', () => {
  it('draws each cloud as a section with its steps, durations named, failures red', () => {
    const chart = ganttChart([
      {
        cloud: 'gcp',
        steps: [
          { step: 'bake', start: t0, end: t0 + 252_000, ok: true },
          { step: 'share', start: t0 + 252_000, end: t0 + 254_500, ok: true },
        ],
      },
      { cloud: 'azure', steps: [{ step: 'bake', start: t0 + 10, end: t0 + 601_000, ok: false }] },
      { cloud: 'aws', steps: [] },
    ]);
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '  title Where the time of the run went',
      '  dateFormat x',
      '  axisFormat %H:%M:%S',
      '  section gcp',
      `  bake 4m12s :done, gcp-0, ${t0}, ${t0 + 252_000}`,
      `  share 3s :done, gcp-1, ${t0 + 252_000}, ${t0 + 254_500}`,
      '  section azure',
      `  bake 10m1s (failed) :crit, azure-0, ${t0 + 10}, ${t0 + 601_000}`,
      '```',
    ]);
  });

  it('gives an instant step a bar, and draws nothing when no step ran', () => {
    const chart = ganttChart([
      { cloud: 'aws', steps: [{ step: 'share', start: t0, end: t0, ok: true }] },
    ]);
    expect(chart).toContain(`:done, aws-0, ${t0}, ${t0 + 1}`);
    expect(ganttChart([{ cloud: 'gcp', steps: [] }])).toBe('');
  });
});
