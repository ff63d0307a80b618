import { parseArgs } from 'node:util';
import { bakeCommand } from './cli/bake.js';
import { bumpCommand } from './cli/bump.js';
import { catalogueCommand } from './cli/catalogue.js';
import { planCommand, runCommand } from './cli/pipeline.js';
import { gcCommand } from './cli/gc.js';
import { renderCommand } from './cli/render.js';
import { replicateCommand } from './cli/replicate.js';
import { shareCommand } from './cli/share.js';

const USAGE = `worker-image: bake, replicate, share and roll out batch worker VM images

Usage:
  worker-image plan [--config FILE] [--clouds gcp,azure,aws|all] [--namespace NS]
                    [--version V|gcp=V,azure=V] [--format text|json] [--offline]
  worker-image run [--config FILE] [--clouds LIST] [--namespace NS] [--version V] [--dry-run]
  worker-image bake --config FILE [--cloud gcp|azure|aws] [--namespace NS] [--version V|auto] [--dry-run]
  worker-image replicate --version M.m.p --target-regions "eastus=3,westus2=2" [--config FILE]
                         [--expected-concurrent-vms N] [--subscription-id ID --resource-group RG
                          --gallery G --definition D]
  worker-image bump --config FILE [--repo DIR] [--manifest FILE]... [--set cloud=VERSION]...
                    [--check] [--dry-run] [--pull-request --repo-slug OWNER/NAME]
  worker-image gc --config FILE [--older-than 6h] [--exclude-run ID]... [--clouds gcp,azure] [--dry-run]
  worker-image share --cloud gcp|azure|aws [--config FILE] [--image IMAGE | --manifest FILE...]
                     [--members M]... [--principals ID]... [--accounts ID]... [--dry-run]
  worker-image catalogue --manifest FILE... [--shares FILE]... --out FILE|DIR/
  worker-image render --template FILE [--vars JSON|@FILE] [--out FILE]
  worker-image emulator [--port N]

Commands:
  plan       Print what a run would do on every selected cloud (names, versions, resources,
             sharing, references to bump); writes nothing. --offline calls no cloud.
  run        The root action's pipeline: bake every selected cloud at once, one manifest.
  bake       Bake an image from worker-image.yml; --dry-run prints the plan and creates nothing.
  replicate  Extend an Azure gallery version's regions/replicas and wait until replicated.
  bump       Rewrite image references by the config's rules; --dry-run prints the diff,
             --check fails on stale or namespaced references, --pull-request opens a PR.
  gc         Delete temporary resources (builders, build resource groups) killed runs left,
             older than --older-than; never images. --dry-run lists them.
  share      Grant the image to members (GCE imageUser, Azure role/direct sharing, AWS launch
             permissions), adding only what is missing; prints the result as JSON.
  catalogue  Turn manifests (and share results) into one share-request catalogue per cloud.
  render     Render a Jinja2 startup-script template exactly as the bake does.
  emulator   Run the built-in cloud emulator (GCE and Azure Resource Manager) on 127.0.0.1.
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
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
