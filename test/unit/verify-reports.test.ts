import { describe, expect, it, vi } from 'vitest';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { readyTime, VerifyReports } from '../../src/verify/reports.js';

describe('the moment a verifier was ready', () => {
  it("is the VM's clock, held within the looks before and at which the report was seen", () => {
    // Reports read at 10 s (none yet) and 13 s (ready): the VM says 11.2 s.
    expect(readyTime(11_200, 10_000, 13_000)).toBe(11_200);
    // A clock running behind cannot make it earlier than a look that saw nothing...
    expect(readyTime(4_000, 10_000, 13_000)).toBe(10_000);
    // ...nor one running ahead later than the look that saw it.
    expect(readyTime(20_000, 10_000, 13_000)).toBe(13_000);
    // Without the VM's reading, the look that saw it.
    expect(readyTime(undefined, 10_000, 13_000)).toBe(13_000);
  });

  it('does not depend on how long after the report it was read', () => {
    vi.useFakeTimers({ now: 100_000 });
    try {
      const lines: string[] = [];
      const reports = new VerifyReports(
        { name: 'verifier v', checkCount: 1, createdAt: 100_000, request: 'create request' },
        new ConsoleReporter((l) => lines.push(l)),
      );
      vi.setSystemTime(130_000);
      reports.see({ checks: [] });
      // Ready at 131.5 s by the VM's clock, read 4 s later.
      vi.setSystemTime(135_500);
      reports.see({ readyUptime: 20.5, readyClock: 131_500, checks: [] });
      expect(reports.readyAt).toBe(131_500);
      expect(lines.join('')).toContain('verifier v ready 32s after the create request');
    } finally {
      vi.useRealTimers();
    }
  });
});
