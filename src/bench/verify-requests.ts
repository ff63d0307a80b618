import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import type { Durations } from '../emulator/durations.js';
import { startEmulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ResourceLedger } from '../steps/resources.js';
import { verifyImage } from '../verify/run.js';
import { formatDuration } from '../wait/duration.js';
import { gcpBlock, writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';
import { at, GCE_WAIT_KINDS, kindOf } from './gce-calls.js';

/** The verifier's life: seconds to boot, then three checks of 20 s each, a minute of checks. */
const PHASES: Pick<Durations, 'boot' | 'check' | 'delete'> = {
  boot: 5000,
  check: 20_000,
  delete: 2000,
};
const CHECKS = ['docker: docker info', 'root-image: docker image inspect worker:1', 'disk: df /'];

/**
 * What watching a GCE verifier costs in requests: `runs` verifications at once, each of an
 * image in a project of its own, through the product's verifyImage at the default poll
 * interval, with a VM that boots in seconds and runs a minute of checks. The rate is every
 * request between the verifier's instances.insert and its instances.delete, over the minutes
 * between them.
 */
export async function verifierRequests(runs: number): Promise<Figure[]> {
  const emulator = await startEmulator();
  const traces: { perMinute: number; byKind: Map<string, number> }[] = [];
  try {
    // A GCE minute for the rate quotas; guest attributes allowed (no organization policy
    // against them), as most projects have it, so the verifier reads its reports there.
    emulator.control.setHazards({
      gce: { rateQuotaMinute: 60_000, guestAttributesDisabledByPolicy: false },
    });
    emulator.control.setDurations(PHASES);
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-verify-'));
    const path = await writeBenchConfig(dir, [
      gcpBlock(emulator),
      ['verify:', '  time-to-ready: 5m', '  checks:', ...CHECKS.map((c) => `    ${c}`)],
    ]);
    const projects = Array.from({ length: runs }, (_, i) => `bench-verify-${i + 1}`);
    const quiet = new ConsoleReporter(() => {});
    const settled = await Promise.allSettled(
      projects.map(async (project) => {
        const config = await loadConfig({ path, cwd: dir, overrides: { gcp: { project } } });
        emulator.control.seedImage({
          project,
          name: 'batch-worker-24',
          labels: { 'worker-image-role': 'image', 'worker-image-version': '24' },
        });
        const ctx = runContext({}, quiet, new AbortController().signal);
        const target = {
          cloud: 'gcp' as const,
          imageName: 'batch-worker-24',
          imageId: `${emulator.gceEndpoint}/compute/v1/projects/${project}/global/images/batch-worker-24`,
          version: '24',
          details: { project, zone: config.gcp!.zone },
        };
        const result = await verifyImage(config, target, ctx, {
          cloud: 'gcp',
          verify: config.verify!.gcp!,
          ledger: new ResourceLedger(),
        });
        if (!result.verified) {
          throw new Error(`verifier requests bench: ${project}: ${result.reasons.join('; ')}`);
        }
      }),
    );
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const all = emulator.control.calls();
    for (const project of projects) {
      const calls = all.filter((c) => c.path.startsWith(`/compute/v1/projects/${project}/`));
      const insert = calls.find((c) => c.method === 'POST' && /\/instances$/.test(c.path));
      const del = calls.find((c) => c.method === 'DELETE' && /\/instances\/[^/]+$/.test(c.path));
      if (!insert || !del) {
        throw new Error(`verifier requests bench: the verification in ${project} left no trace`);
      }
      const watching = calls.filter((c) => at(c) > at(insert) && at(c) < at(del));
      const byKind = new Map<string, number>();
      for (const c of watching) byKind.set(kindOf(c), (byKind.get(kindOf(c)) ?? 0) + 1);
      traces.push({ perMinute: watching.length / ((at(del) - at(insert)) / 60_000), byKind });
    }
  } finally {
    await emulator.stop();
  }
  const group = 'GCE verify';
  const conditions =
    `${runs} verifications at once, each in its own project, default poll-interval (1s); ` +
    `emulated boot ${formatDuration(PHASES.boot)}, ${CHECKS.length} checks of ` +
    `${formatDuration(PHASES.check)} each; guest attributes enabled, a GCE minute for the rate quotas`;
  return [
    {
      group,
      title: 'requests per minute of verifier wait (instances.insert → instances.delete)',
      values: traces.map((t) => t.perMinute),
      unit: 'req/min',
      target: { max: 30, text: '≤ 30 req/min' },
      method: `emulator timestamps of every request between the verifier's instances.insert and its instances.delete, over the minutes between them; ${conditions}`,
    },
    ...[...GCE_WAIT_KINDS.map(([kind]) => kind), 'other'].map((kind): Figure => ({
      group,
      title: `GCE requests per verifier wait: ${kind}`,
      values: traces.map((t) => t.byKind.get(kind) ?? 0),
      unit: 'calls',
      method: conditions,
    })),
  ];
}
