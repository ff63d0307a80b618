import { checkKey, DONE_KEY, READY_KEY } from './script.js';

/** `timeout` exits 124 when it stops a check at its limit, 137 when it had to kill it. */
const TIMED_OUT = new Set([124, 137]);

export interface CheckOutcome {
  index: number;
  exit: number;
  /** How long the check ran, as the VM measured it. */
  ms: number;
  /** Stopped at its time limit. */
  timedOut: boolean;
}

/** What the verify script has reported so far. */
export interface VerifyProgress {
  /** Seconds since boot when the verify script started (the VM was ready). */
  readyUptime?: number;
  /** The VM's clock then (ms since the epoch): absent from a script that predates it. */
  readyClock?: number;
  checks: CheckOutcome[];
  /** Set once every check has run. */
  failed?: number;
}

function outcome(index: number, value: string): CheckOutcome | undefined {
  const m = /^exit=(\d+) ms=(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const exit = Number(m[1]);
  return { index, exit, ms: Number(m[2]), timedOut: TIMED_OUT.has(exit) };
}

function escapeNonce(nonce: string): string {
  return nonce.replace(/[^a-z0-9-]/g, '');
}

/**
 * The verify script's console lines in `text` (a serial console, or run-command's output),
 * wherever they sit in a line (consoles prefix lines with a timestamp or the script runner's
 * name). A check's own output cannot fake them: the script defuses the marker in it.
 */
export function progressFromConsole(text: string, nonce: string): VerifyProgress {
  const progress: VerifyProgress = { checks: [] };
  const marker = new RegExp(
    `worker-image-verify\\[${escapeNonce(nonce)}\\]: (ready uptime=([0-9.]+)(?: at=(\\d+))?|check=(\\d+) (exit=\\d+ ms=\\d+)|done failed=(\\d+))`,
    'g',
  );
  for (const m of text.matchAll(marker)) {
    if (m[2] !== undefined) {
      progress.readyUptime = Number(m[2]);
      if (m[3] !== undefined) progress.readyClock = Number(m[3]);
    } else if (m[4] !== undefined) {
      const found = outcome(Number(m[4]), m[5]!);
      if (found && !progress.checks.some((c) => c.index === found.index)) {
        progress.checks.push(found);
      }
    } else if (m[6] !== undefined) progress.failed = Number(m[6]);
  }
  progress.checks.sort((a, b) => a.index - b.index);
  return progress;
}

/** The same from GCE guest attributes (key → value in the worker-image namespace). */
export function progressFromAttributes(attributes: ReadonlyMap<string, string>): VerifyProgress {
  const progress: VerifyProgress = { checks: [] };
  const ready = /^uptime=([0-9.]+)(?: at=(\d+))?$/.exec(attributes.get(READY_KEY)?.trim() ?? '');
  if (ready) {
    progress.readyUptime = Number(ready[1]);
    if (ready[2] !== undefined) progress.readyClock = Number(ready[2]);
  }
  for (let index = 0; attributes.has(checkKey(index)); index++) {
    const found = outcome(index, attributes.get(checkKey(index))!);
    if (found) progress.checks.push(found);
  }
  const done = /^failed=(\d+)$/.exec(attributes.get(DONE_KEY)?.trim() ?? '');
  if (done) progress.failed = Number(done[1]);
  return progress;
}

/**
 * What was seen before and what one look (a console read, the guest attributes) shows now:
 * reports only add up. A check once seen stays (a console keeps only its last part: EC2's
 * 64 KB, GCE's 1 MB), and the first ready and done reports seen stand.
 */
export function mergeProgress(before: VerifyProgress, now: VerifyProgress): VerifyProgress {
  const checks = [...before.checks];
  for (const c of now.checks) if (!checks.some((b) => b.index === c.index)) checks.push(c);
  checks.sort((a, b) => a.index - b.index);
  const ready = before.readyUptime !== undefined ? before : now;
  const { readyUptime, readyClock } = ready;
  const failed = before.failed ?? now.failed;
  return {
    ...(readyUptime !== undefined ? { readyUptime } : {}),
    ...(readyClock !== undefined ? { readyClock } : {}),
    checks,
    ...(failed !== undefined ? { failed } : {}),
  };
}
