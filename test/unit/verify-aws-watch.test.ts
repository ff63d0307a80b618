import { describe, expect, it } from 'vitest';
import { mergeProgress as merged } from '../../src/verify/report.js';
import { progressFromConsole } from '../../src/verify/report.js';

const line = (s: string) => `worker-image-verify[n1]: ${s}`;

describe('following the verify script through a 64 KB console window', () => {
  it('keeps the ready report and early checks once they scrolled out of the window', () => {
    const first = progressFromConsole(
      [line('ready uptime=12.5'), line('check=0 exit=0 ms=1200')].join('\n'),
      'n1',
    );
    // Later, the window holds only the last check and the done line.
    const later = progressFromConsole(
      ['…check output…', line('check=1 exit=3 ms=40'), line('done failed=1')].join('\n'),
      'n1',
    );
    expect(merged(first, later)).toEqual({
      readyUptime: 12.5,
      checks: [
        { index: 0, exit: 0, ms: 1200, timedOut: false },
        { index: 1, exit: 3, ms: 40, timedOut: false },
      ],
      failed: 1,
    });
  });

  it('a check reported twice keeps its first report', () => {
    const a = progressFromConsole(line('check=0 exit=0 ms=5'), 'n1');
    const b = progressFromConsole(line('check=0 exit=1 ms=9'), 'n1');
    expect(merged(a, b).checks).toEqual([{ index: 0, exit: 0, ms: 5, timedOut: false }]);
    expect(merged({ checks: [] }, { checks: [] })).toEqual({ checks: [] });
  });
});
