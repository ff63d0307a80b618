import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import type { Durations } from '../emulator/durations.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import { ResourceLedger } from '../steps/resources.js';
import { formatDuration } from '../wait/duration.js';
import { gcpBlock, writeBenchConfig } from './configs.js';
import type { Figure } from './figures.js';
import { at, GCE_WAIT_KINDS, kindOf } from './gce-calls.js';

export function benchConfig(emulator: Emulator, dir: string): Promise<string> {
  return writeBenchConfig(dir, [gcpBlock(emulator)]);
}

type Phases = Pick<Durations, 'boot' | 'script' | 'stop' | 'imageCapture' | 'delete'>;

/**
 * A builder's life in seconds, as a short real bake lives it (a real provisioning script runs
 * for minutes; a shorter one weighs the shutdown window's brisk polls more, not less).
 */
const REALISTIC: Phases = {
  boot: 5000,
  script: 60_000,
  stop: 10_000,
  imageCapture: 3000,
  delete: 2000,
};

/** A builder that is down 2 s after its script's exit: sooner than the script poll notices. */
const QUICK_STOP: Phases = { ...REALISTIC, script: 15_000, stop: 2000 };

interface Trace {
  /** TERMINATED (emulator event) → the images.insert request. */
  detection: number;
  /** TERMINATED → the first request after it that reads the builder's state. */
  noticed: number;
  /** Requests from instances.insert to images.insert (both excluded), per minute. */
  perMinute: number;
  /** Requests of the whole bake by kind. */
  byKind: Map<string, number>;
}

/**
 * Bakes `runs` images at once, each in a project of its own, against an emulator whose builders
 * live `phases`; the bakes use the default poll interval.
 */
async function bakeAll(
  emulator: Emulator,
  terminated: Map<string, number>,
  path: string,
  dir: string,
  runs: number,
  phases: Phases,
): Promise<Trace[]> {
  emulator.control.setDurations(phases);
  emulator.control.clearCalls();
  terminated.clear();
  const quiet = new ConsoleReporter(() => {});
  const projects = Array.from({ length: runs }, (_, i) => `bench-stop-${i + 1}`);
  // Every bake ends before the emulator does, so that a failure is reported as itself.
  const settled = await Promise.allSettled(
    projects.map(async (project) => {
      const config = await loadConfig({ path, cwd: dir, overrides: { gcp: { project } } });
      const ctx = runContext({}, quiet, new AbortController().signal);
      await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() });
    }),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const all = emulator.control.calls();
  return projects.map((project) => {
    const calls = all.filter((c) => c.path.startsWith(`/compute/v1/projects/${project}/`));
    const insert = calls.find((c) => c.method === 'POST' && /\/instances$/.test(c.path));
    const image = calls.find((c) => c.method === 'POST' && /\/global\/images$/.test(c.path));
    const name = calls.map((c) => /\/instances\/([^/]+)$/.exec(c.path)?.[1]).find(Boolean);
    const stopped = name ? terminated.get(name) : undefined;
    if (!insert || !image || stopped === undefined) {
      throw new Error(`stop-detection bench: the bake in ${project} left no trace to measure`);
    }
    const waiting = calls.filter((c) => at(c) > at(insert) && at(c) < at(image));
    const noticing = calls.find((c) => kindOf(c) === 'instances.get' && at(c) >= stopped);
    const byKind = new Map<string, number>();
    for (const c of calls) byKind.set(kindOf(c), (byKind.get(kindOf(c)) ?? 0) + 1);
    return {
      detection: at(image) - stopped,
      noticed: at(noticing ?? image) - stopped,
      perMinute: waiting.length / ((at(image) - at(insert)) / 60_000),
      byKind,
    };
  });
}

function conditions(p: Phases): string {
  const d = (ms: number): string => formatDuration(ms);
  return `emulated boot ${d(p.boot)}, script ${d(p.script)}, stop ${d(p.stop)}`;
}

/**
 * How soon a GCE bake notices that its builder stopped, and what watching the builder costs
 * in requests, with builders that take seconds to boot, run and stop, at the default poll
 * interval. Several bakes run at once, as a project's bakes do.
 */
export async function stopDetection(runs: number): Promise<Figure[]> {
  const terminated = new Map<string, number>();
  const emulator = await startEmulator({
    log: (line) => {
      const m = /^gce: instance (\S+) is TERMINATED$/.exec(line);
      if (m) terminated.set(m[1]!, Date.now());
    },
  });
  let realistic: Trace[];
  let quick: Trace[];
  try {
    // A GCE minute for the rate quotas, as the durations are GCE's own; guest attributes on
    // (no organization policy against them), so both of the builder's reports are read.
    emulator.control.setHazards({
      gce: { rateQuotaMinute: 60_000, guestAttributesDisabledByPolicy: false },
    });
    const dir = await mkdtemp(join(tmpdir(), 'wi-bench-'));
    const path = await benchConfig(emulator, dir);
    realistic = await bakeAll(emulator, terminated, path, dir, runs, REALISTIC);
    quick = await bakeAll(emulator, terminated, path, dir, runs, QUICK_STOP);
  } finally {
    await emulator.stop();
  }
  const group = 'GCE bake';
  const setting = `${runs} bakes at once, each in its own project, default poll-interval (1s)`;
  const method =
    'emulator timestamps: the builder turning TERMINATED (its event) and the arrival of each ' +
    `request; ${conditions(REALISTIC)}, image ${formatDuration(REALISTIC.imageCapture)}; ${setting}; ` +
    'guest attributes enabled, a GCE minute for the rate quotas';
  const kinds = [...GCE_WAIT_KINDS.map(([kind]) => kind), 'other'];
  return [
    {
      group,
      title: `stop detection (builder TERMINATED → images.insert), ${conditions(REALISTIC)}`,
      values: realistic.map((t) => t.detection),
      unit: 'ms',
      target: { max: 1000, text: '≤ 1 s' },
      method,
    },
    {
      group,
      title: 'builder TERMINATED → the first instances.get after it, same bakes',
      values: realistic.map((t) => t.noticed),
      unit: 'ms',
      method,
    },
    {
      group,
      title: 'requests per minute of builder wait (instances.insert → images.insert)',
      values: realistic.map((t) => t.perMinute),
      unit: 'req/min',
      target: { max: 30, text: '≤ 30 req/min' },
      method:
        `${method}; every request of the bake between its instances.insert and its images.insert ` +
        '(operations.wait, instances.get, serial port, guest attributes), over the minutes between them',
    },
    ...kinds.map((kind): Figure => ({
      group,
      title: `GCE requests per bake: ${kind}`,
      values: realistic.map((t) => t.byKind.get(kind) ?? 0),
      unit: 'calls',
      method: `${setting}; ${conditions(REALISTIC)}; the whole bake, plan to builder deletion`,
    })),
    {
      group,
      title: `stop detection when the builder is down sooner than the script poll notices its exit (${conditions(QUICK_STOP)})`,
      values: quick.map((t) => t.detection),
      unit: 'ms',
      method: `${setting}; the same measure as above with a 2 s shutdown`,
    },
  ];
}
