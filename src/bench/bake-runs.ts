import { bake } from '../bake/bake.js';
import { runContext } from '../bake/context.js';
import { loadConfig } from '../config/load.js';
import type { Emulator } from '../emulator/index.js';
import { ConsoleReporter } from '../log/reporter.js';
import type { Cloud } from '../steps/resources.js';
import { ResourceLedger } from '../steps/resources.js';

/** Bakes `cloud` from the config at `path` `runs` times: wall time and API calls of each. */
export async function timeBakes(
  emulator: Emulator,
  path: string,
  dir: string,
  cloud: Cloud,
  runs: number,
): Promise<{ times: number[]; calls: number[] }> {
  const quiet = new ConsoleReporter(() => {});
  const times: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < runs; i++) {
    emulator.control.clearCalls();
    const config = await loadConfig({ path, cwd: dir });
    const ctx = runContext({}, quiet, new AbortController().signal);
    const start = performance.now();
    await bake(config, ctx, { cloud, ledger: new ResourceLedger() });
    times.push(performance.now() - start);
    calls.push(emulator.control.calls().length);
  }
  return { times, calls };
}
