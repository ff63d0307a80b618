import { parseArgs } from 'node:util';
import { bakeCommand } from './cli/bake.js';
import { renderCommand } from './cli/render.js';

const USAGE = `worker-image: bake, replicate, share and roll out batch worker VM images

Usage:
  worker-image bake --config FILE [--cloud gcp] [--namespace NS] [--version V|auto] [--dry-run]
  worker-image render --template FILE [--vars JSON|@FILE] [--out FILE]
  worker-image emulator [--port N]

Commands:
  bake       Bake an image from worker-image.yml; --dry-run prints the plan and creates nothing.
  render     Render a Jinja2 startup-script template exactly as the bake does.
  emulator   Run the built-in cloud emulator (GCE wire protocol) on 127.0.0.1 for rehearsals.
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  bake: bakeCommand,
  render: renderCommand,
  emulator: async (args) => {
    const { values } = parseArgs({ args, options: { port: { type: 'string' } } });
    const { runEmulatorCommand } = await import('./emulator/main.js');
    await runEmulatorCommand(values.port ? { port: Number(values.port) } : {});
    return 0;
  },
};

export async function cli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`worker-image: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    process.stderr.write(`worker-image ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
