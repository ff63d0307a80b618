import { bakeCommand } from './cli/bake.js';
import { ConfigError } from './config/errors.js';
import { reportConfigProblems } from './log/config-problems.js';
import { ConsoleReporter } from './log/reporter.js';
import { bumpCommand } from './cli/bump.js';
import { catalogueCommand } from './cli/catalogue.js';
import { parseFlags } from './cli/args.js';
import { planCommand, runCommand } from './cli/pipeline.js';
import { gcCommand } from './cli/gc.js';
import { renderCommand } from './cli/render.js';
import { replicateCommand } from './cli/replicate.js';
import { shareCommand } from './cli/share.js';
import { commandUsage, packageVersion, usage, type CommandName } from './cli/usage.js';

type Command = (args: string[]) => Promise<number>;

const commands: Record<CommandName, Command> = {
  bake: bakeCommand,
  plan: planCommand,
  run: runCommand,
  render: renderCommand,
  bump: bumpCommand,
  gc: gcCommand,
  replicate: replicateCommand,
  share: shareCommand,
  catalogue: catalogueCommand,
  emulator: async (args) => {
    const values = parseFlags(args, { port: { type: 'string' } });
    const { runEmulatorCommand } = await import('./emulator/main.js');
    await runEmulatorCommand(values.port ? { port: Number(values.port) } : {});
    return 0;
  },
};

const HELP = ['--help', '-h', 'help'];

export async function cli(argv: string[]): Promise<number> {
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
    process.stderr.write(`worker-image: unknown command "${name}"\n\n${usage()}`);
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
    const message = (err as Error).message;
    const flags = (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `worker-image ${command}: ${message}\n${flags ? `\n${commandUsage(command)}` : ''}`,
    );
    return flags ? 2 : 1;
  }
}
