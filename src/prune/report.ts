import { textTable } from '../log/table.js';
import { formatAge } from './age.js';
import { ageOf } from './inventory.js';
import type { PruneReport } from './prune.js';

const HEADERS = ['CLOUD', 'IMAGE', 'VERSION', 'AGE', 'ACTION', 'REASON'];

/** One row per image considered, as `--format json` and the action's `pruned` output give it. */
export interface PrunedJson {
  cloud: string;
  name: string;
  version: string;
  action: 'keep' | 'deprecate' | 'delete';
  reason: string;
  /** `kept`, `done`, `dry run`, or `failed: …`. */
  outcome: string;
}

export function pruneJson(report: PruneReport): {
  dryRun: boolean;
  images: PrunedJson[];
  unlisted: { cloud: string; error: string }[];
} {
  return {
    dryRun: report.dryRun,
    images: report.rows.map((r) => ({
      cloud: r.image.cloud,
      name: r.image.name,
      version: r.image.version,
      action: r.action,
      reason: r.reason,
      outcome: r.outcome,
    })),
    unlisted: report.unlisted,
  };
}

/** The images as a plain-text table, one row each, then a one-line summary. */
export function formatPruneReport(report: PruneReport, now: Date): string {
  const lines: string[] = [];
  if (report.rows.length > 0) {
    const rows = report.rows.map((r) => {
      const age = ageOf(r.image, now);
      const action =
        r.outcome === 'kept'
          ? 'keep'
          : r.outcome === 'done'
            ? r.action
            : `${r.action} (${r.outcome})`;
      return [
        r.image.cloud,
        r.image.name,
        r.image.version,
        age === undefined ? '?' : formatAge(age),
        action,
        r.reason,
      ];
    });
    lines.push(...textTable(HEADERS, rows));
  }
  for (const u of report.unlisted) lines.push(`${u.cloud}: could not list the images: ${u.error}`);
  const count = (action: string): number => report.rows.filter((r) => r.action === action).length;
  const verb = report.dryRun ? 'would deprecate' : 'deprecated';
  const failed = report.rows.filter((r) => r.outcome.startsWith('failed')).length;
  lines.push(
    `${report.rows.length} image(s): kept ${count('keep')}, ${verb} ${count('deprecate')}, ` +
      `${report.dryRun ? 'would delete' : 'deleted'} ${count('delete')}` +
      (failed ? ` (${failed} failed)` : '') +
      (report.dryRun ? ' (dry run: nothing was changed)' : ''),
  );
  return lines.join('\n') + '\n';
}
