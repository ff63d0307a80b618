import { ConsoleReporter } from '../log/reporter.js';
import { SHARE_INPUTS, type ShareInputs } from '../share/request.js';
import { runShare } from '../share/run.js';
import { abortOnSignals } from '../steps/signals.js';
import { parseFlags } from './args.js';
import { cliRoot } from './root.js';
import { inertJson } from '../log/workflow-commands.js';

/** Flags that may repeat; the share inputs take them one per line. */
const LISTS = new Set([
  'manifest',
  'members',
  'principals',
  'subscriptions',
  'tenants',
  'accounts',
]);

export async function shareCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    repo: { type: 'string' },
    ...Object.fromEntries(
      SHARE_INPUTS.filter((f) => f !== 'dry-run').map((f) => [
        f,
        LISTS.has(f) ? { type: 'string' as const, multiple: true } : { type: 'string' as const },
      ]),
    ),
    'dry-run': { type: 'boolean', default: false },
  });
  const reporter = new ConsoleReporter((l) => process.stderr.write(l));
  const controller = new AbortController();
  const stop = abortOnSignals(controller, reporter);
  try {
    const { config, repo, ...rest } = values as Record<
      string,
      string | string[] | boolean | undefined
    >;
    const inputs: ShareInputs = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined || value === false) continue;
      inputs[key as keyof ShareInputs] = Array.isArray(value) ? value.join('\n') : String(value);
    }
    const { result } = await runShare(inputs, {
      ...(typeof config === 'string' ? { config } : {}),
      cwd: process.cwd(),
      root: cliRoot({
        repo: typeof repo === 'string' ? repo : undefined,
        config: typeof config === 'string' ? config : undefined,
      }),
      names: { manifest: '--manifest', catalogue: '--catalogue' },
      reporter,
      signal: controller.signal,
    });
    // The result on stdout, so it can be saved for `worker-image catalogue --shares`.
    process.stdout.write(inertJson(result, 2) + '\n');
    return 0;
  } finally {
    stop();
  }
}
