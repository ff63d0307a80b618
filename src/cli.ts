import { ConfigError } from './config/errors.js';
import { reportConfigProblems } from './log/config-problems.js';
import { ConsoleReporter } from './log/reporter.js';
import { parseFlags } from './cli/args.js';
import { commandUsage, packageVersion, usage, type CommandName } from './cli/usage.js';
import { clip, visible, visibleLines } from './config/excerpt.js';
import { survivingClosedOutput } from './log/closed-output.js';
import { forStdout } from './log/workflow-commands.js';

type Command = (args: string[]) => Promise<number>;

/**
 * Each command's module loads when that command runs, so `worker-image bake` does not pay for
 * gc, bump or render (and their dependencies) before its first cloud request.
 */
const commands: Record<CommandName, Command> = {
  bake: async (args) => (await import('./cli/bake.js')).bakeCommand(args),
  plan: async (args) => (await import('./cli/pipeline.js')).planCommand(args),
  run: async (args) => (await import('./cli/pipeline.js')).runCommand(args),
  render: async (args) => (await import('./cli/render.js')).renderCommand(args),
  bump: async (args) => (await import('./cli/bump.js')).bumpCommand(args),
  gc: async (args) => (await import('./cli/gc.js')).gcCommand(args),
  prune: async (args) => (await import('./cli/prune.js')).pruneCommand(args),
  replicate: async (args) => (await import('./cli/replicate.js')).replicateCommand(args),
  share: async (args) => (await import('./cli/share.js')).shareCommand(args),
  verify: async (args) => (await import('./cli/verify.js')).verifyCommand(args),
  catalogue: async (args) => (await import('./cli/catalogue.js')).catalogueCommand(args),
  emulator: async (args) => {
    const values = parseFlags(args, { port: { type: 'string' } });
    // A development tool no action runs: the bundle leaves it out (200 kB gzipped off every
    // action's download), and bin/worker-image.js runs this command from lib/ (`npm ci`).
    const { runEmulatorCommand } = (await import(
      /* webpackIgnore: true */ './emulator/main.js'
    )) as typeof import('./emulator/main.js');
    await runEmulatorCommand(values.port ? { port: Number(values.port) } : {});
    return 0;
  },
};

const HELP = ['--help', '-h', 'help'];

export async function cli(argv: string[]): Promise<number> {
  survivingClosedOutput(process.stdout, 'standard output', process.stderr);
  survivingClosedOutput(process.stderr, 'standard error', process.stdout);
  const [name, ...rest] = argv;
  if (!name || HELP.includes(name)) {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`worker-image ${packageVersion()}\n`);
    return 0;
  }
  if (!Object.hasOwn(commands, name)) {
    process.stderr.write(`worker-image: unknown command "${visible(clip(name))}"\n\n${usage()}`);
    return 2;
  }
  const command = name as CommandName;
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(commandUsage(command));
    return 0;
  }
  try {
    return await commands[command](rest);
  } catch (err) {
    if (err instanceof ConfigError) {
      // One line per problem, at the file and line it came from.
      reportConfigProblems(err, new ConsoleReporter((l) => process.stderr.write(l)));
      return 1;
    }
    const message = visibleLines((err as Error).message);
    const flags = (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    // The runner reads standard error for workflow commands too: a value the message quotes
    // (a path with a line break in it) must not act on the job.
    process.stderr.write(
      forStdout(
        `worker-image ${command}: ${message}\n${flags ? `\n${commandUsage(command)}` : ''}`,
      ),
    );
    return flags ? 2 : 1;
  }
}
