import type { Reporter } from '../log/reporter.js';
import { formatDuration } from '../wait/duration.js';
import type { GcProvider, Leak } from './leak.js';
import type { GcOptions } from './options.js';

/** What gc decided for one leak, and what came of it. */
export type GcAction =
  | 'deleted'
  | 'would delete'
  | 'kept: younger than --older-than'
  | 'kept: run excluded'
  | 'kept: age unknown'
  | `failed: ${string}`;

export interface GcRow {
  leak: Leak;
  /** ms since creation; undefined when unknown. */
  age?: number;
  action: GcAction;
}

export interface GcReport {
  rows: GcRow[];
  /** Leaks old enough to delete (deleted, or listed in a dry run). */
  due: Leak[];
  failed: number;
}

/**
 * The one rule for what gc deletes, whatever the cloud: a builder-role resource (what the
 * providers find) whose run is not excluded and which is at least `olderThan` old. A leak
 * whose age the cloud cannot tell is kept: it might belong to a run still going.
 */
export function decide(leak: Leak, opts: GcOptions): { age?: number; action: GcAction } {
  const age = leak.createdAt ? opts.now.getTime() - leak.createdAt.getTime() : undefined;
  if (opts.excludeRuns.includes(leak.runId)) return { age, action: 'kept: run excluded' };
  if (age === undefined) return { action: 'kept: age unknown' };
  if (age < opts.olderThan) return { age, action: 'kept: younger than --older-than' };
  return { age, action: opts.dryRun ? 'would delete' : 'deleted' };
}

/**
 * Finds every cloud's leaks, decides, and (unless a dry run) deletes the due ones in
 * parallel. One failed deletion never stops the others; it is reported in its row.
 */
export async function collectGarbage(
  providers: GcProvider[],
  opts: GcOptions,
  reporter: Reporter,
): Promise<GcReport> {
  // One cloud after another: their reports would interleave, and listing is quick.
  const found: Leak[][] = [];
  for (const p of providers) {
    found.push(
      await reporter.group(`Find ${p.cloud} resources left by worker-image runs`, () =>
        p.findLeaks(reporter),
      ),
    );
  }
  const rows: GcRow[] = found.flat().map((leak) => ({ leak, ...decide(leak, opts) }));
  const due = rows.filter((r) => r.action === 'deleted' || r.action === 'would delete');
  if (!opts.dryRun && due.length > 0) {
    const byCloud = new Map(providers.map((p) => [p.cloud, p]));
    await reporter.group(`Delete ${due.length} leaked resources`, () =>
      Promise.all(
        due.map(async (row) => {
          const start = Date.now();
          try {
            await byCloud.get(row.leak.cloud)!.deleteLeak(row.leak, reporter);
            reporter.info(
              `deleted ${describeLeak(row.leak)} (${formatDuration(Date.now() - start)})`,
            );
          } catch (err) {
            row.action = `failed: ${(err as Error).message.split('\n')[0]}`;
            reporter.warning(
              `could not delete ${describeLeak(row.leak)}: ${(err as Error).message}`,
            );
          }
        }),
      ),
    );
  }
  return {
    rows,
    due: due.map((r) => r.leak),
    failed: rows.filter((r) => r.action.startsWith('failed')).length,
  };
}

export function describeLeak(leak: Leak): string {
  return `${leak.cloud} ${leak.kind} ${leak.name} (run ${leak.runId})`;
}
