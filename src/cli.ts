import { parseArgs } from 'node:util';
import { bakeCommand } from './cli/bake.js';
import { bumpCommand } from './cli/bump.js';
import { renderCommand } from './cli/render.js';
import { replicateCommand } from './cli/replicate.js';

const USAGE = `worker-image: bake, replicate, share and roll out batch worker VM images

Usage:
  worker-image bake --config FILE [--cloud gcp|azure] [--namespace NS] [--version V|auto] [--dry-run]
  worker-image replicate --version M.m.p --target-regions "eastus=3,westus2=2" [--config FILE]
                         [--expected-concurrent-vms N] [--subscription-id ID --resource-group RG
                          --gallery G --definition D]
  worker-image bump --config FILE [--repo DIR] [--manifest FILE]... [--set cloud=VERSION]...
                    [--check] [--dry-run] [--pull-request --repo-slug OWNER/NAME]
  worker-image render --template FILE [--vars JSON|@FILE] [--out FILE]
  worker-image emulator [--port N]

Commands:
  bake       Bake an image from worker-image.yml; --dry-run prints the plan and creates nothing.
  replicate  Extend an Azure gallery version's regions/replicas and wait until replicated.
  bump       Rewrite image references by the config's rules; --dry-run prints the diff,
             --check fails on stale or namespaced references, --pull-request opens a PR.
  render     Render a Jinja2 startup-script template exactly as the bake does.
  emulator   Run the built-in cloud emulator (GCE and Azure Resource Manager) on 127.0.0.1.
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  bake: bakeCommand,
  render: renderCommand,
  bump: bumpCommand,
  replicate: replicateCommand,
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
    // A ConfigError's message already lists every problem, one per line.
    process.stderr.write(`worker-image ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
