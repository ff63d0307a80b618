import { textTable } from '../log/table.js';
import { formatDuration } from '../wait/duration.js';
import type { GcReport } from './gc.js';
import type { GcOptions } from './options.js';

/** A leftover's age: hours old is what matters, seconds are noise (`7h`, `7h5m`, `12m`). */
function formatAge(ms: number): string {
  return formatDuration(ms < 3_600_000 ? ms : Math.floor(ms / 60_000) * 60_000);
}

const HEADERS = ['CLOUD', 'KIND', 'NAME', 'RUN', 'AGE', 'ACTION'];

/** The leaks as a plain-text table, one row each, then a one-line summary. */
export function formatReport(report: GcReport, opts: GcOptions): string {
  const scope = `on ${opts.clouds.join(', ')}, older than ${formatDuration(opts.olderThan)}`;
  if (report.rows.length === 0) return `no resources left by worker-image runs ${scope}\n`;
  const rows = report.rows.map((r) => [
    r.leak.cloud,
    r.leak.kind,
    r.leak.where ? `${r.leak.name} (${r.leak.where})` : r.leak.name,
    r.leak.runId,
    r.age === undefined ? '?' : formatAge(r.age),
    r.action,
  ]);
  const verb = opts.dryRun ? 'would delete' : 'deleted';
  const deleted = report.due.length - report.failed;
  const summary =
    `${report.rows.length} found ${scope}: ${verb} ${opts.dryRun ? report.due.length : deleted}` +
    (report.failed ? `, ${report.failed} failed` : '') +
    `, kept ${report.rows.length - report.due.length}` +
    (opts.dryRun ? ' (dry run: nothing was deleted)' : '');
  return [...textTable(HEADERS, rows), summary].join('\n') + '\n';
}
