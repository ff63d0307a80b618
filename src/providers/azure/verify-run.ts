/**
 * The verify script as run-command delivers it, and what its answer tells.
 *
 * Run-command (`virtualMachines.runCommand`, the action API the bake provisions with) answers
 * once, when the script has ended, with the last 4 KiB of its stdout and of its stderr
 * (learn.microsoft.com/azure/virtual-machines/linux/run-command; azure-cli#14425). Two
 * consequences shape this file:
 * - The verify script's `ready` line cannot be seen as it is printed, so the moment the VM was
 *   ready is taken from the script's own clock: the wrapper notes the VM's time when it starts
 *   the verify script (run-command has started executing: the VM can run a job) and when the
 *   script ends; `readyTime` places that in the runner's clock (see there).
 * - Checks print up to 20 lines each; with a few checks the `ready` line and the first checks'
 *   reports would fall out of a 4 KiB tail. The wrapper holds the script's output back and
 *   prints the checks' output on stderr and the reports alone, last, on stdout, where a few
 *   dozen checks' reports fit in 4 KiB.
 */

/** The marker of the verify script's reports (src/verify/script.ts). */
export function reportMarker(nonce: string): string {
  return `worker-image-verify[${nonce}]`;
}

/**
 * The script run-command runs: the verify script in a subshell (its `exit` and EXIT trap stay
 * its own), its output to a file, then the checks' output (stderr) and the reports (stdout).
 */
export function runCommandScript(verifyScript: string, nonce: string): string {
  const marker = reportMarker(nonce);
  return `#!/bin/bash
# worker-image verify through run-command (generated): runs the verify script, then prints the
# checks' output on stderr and the verify reports last on stdout, with the VM's clock at the
# script's start and end (run-command answers only at the end, keeping 4 KiB of each stream).
wi_now_ms() {
  local t="\${EPOCHREALTIME:-}"
  if [ -n "$t" ]; then t="\${t//[.,]/}"; echo $((10#$t / 1000)); else echo $(($(date +%s) * 1000)); fi
}
wi_log="$(mktemp -t worker-image-verify-log.XXXXXX)"
wi_start="$(wi_now_ms)"
(
${verifyScript.replace(/\n?$/, '\n')})> "$wi_log" 2>&1
wi_exit=$?
wi_end="$(wi_now_ms)"
grep -vF '${marker}' "$wi_log" >&2
grep -F '${marker}' "$wi_log"
echo "${marker}: clock start_ms=$wi_start end_ms=$wi_end exit=$wi_exit"
rm -f "$wi_log"
`;
}

/** The VM's clock at the verify script's start and end, and the script's exit status. */
export interface ScriptClock {
  startMs: number;
  endMs: number;
  exit: number;
}

export function clockFromOutput(output: string, nonce: string): ScriptClock | undefined {
  const marker = reportMarker(nonce).replace(/[[\]]/g, '\\$&');
  const m = new RegExp(`${marker}: clock start_ms=(\\d+) end_ms=(\\d+) exit=(\\d+)`).exec(output);
  if (!m) return undefined;
  return { startMs: Number(m[1]), endMs: Number(m[2]), exit: Number(m[3]) };
}

/**
 * When the verify script started, in the runner's clock: the VM's own time, kept within what the
 * runner saw. It cannot be before the run-command request was sent, nor later than the answer
 * minus the time the script ran by the VM's own measure (a duration, which no clock skew
 * touches). Azure VMs keep time from the host, so the clamp only matters on a skewed clock; when
 * it does, the result leans late (the agent's report delay and our poll are in the answer's
 * time), which makes time to ready longer, never flatteringly short.
 */
export function readyTime(clock: ScriptClock, sentAt: number, answeredAt: number): number {
  const latest = Math.max(sentAt, answeredAt - Math.max(0, clock.endMs - clock.startMs));
  return Math.min(Math.max(clock.startMs, sentAt), latest);
}
