import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process of a guest carries its marker in its environment (`NAME=value`), whatever
 * it did to leave the process group it was started in (`setsid`, `nohup ... &`): reading
 * `/proc/<pid>/environ` finds them all, as a VM's power-off would. Linux only; elsewhere
 * nothing is found and the caller's process-group kill is all there is.
 */

/** Live processes of this user whose environment holds `marker` exactly. */
export function processesMarked(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const needle = `\0${marker}\0`;
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
    } catch {
      continue; // gone, or not ours
    }
    if (`\0${environ}`.includes(needle)) found.push(Number(entry));
  }
  return found;
}

/**
 * Kills every process carrying `marker`, again until none is left: a process may fork
 * between one look and the kill. A zombie's environment reads empty, so it ends the loop.
 */
export async function killMarked(marker: string, rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const pids = processesMarked(marker);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
