import { readFileSync } from 'node:fs';

/** Each command's synopsis and what it does: `worker-image <command> --help` prints one. */
export const COMMAND_HELP = {
  plan: {
    synopsis: `worker-image plan [--config FILE] [--clouds gcp,azure,aws|all] [--namespace NS]
                  [--version V|gcp=V,azure=V,aws=V] [--format text|json] [--offline] [--repo DIR]`,
    about: `Print what a run would do on every selected cloud (names, versions, resources,
sharing, references to bump); writes nothing. --offline calls no cloud: it validates
the config, renders the templates and names each image whose version is explicit.`,
  },
  run: {
    synopsis: `worker-image run [--config FILE] [--clouds LIST] [--namespace NS] [--version V]
                 [--verify auto|true|false] [--dry-run] [--repo DIR]`,
    about: `The root action's pipeline: bake every selected cloud (GCP, Azure, AWS) at once,
verify each image with the config's verify: checks (--verify auto: where there are some),
share it, one merged manifest.`,
  },
  bake: {
    synopsis: `worker-image bake --config FILE [--cloud gcp|azure|aws] [--namespace NS]
                  [--version V|auto] [--dry-run] [--repo DIR]`,
    about: `Bake an image on one cloud from worker-image.yml; --dry-run prints the plan and
creates nothing.`,
  },
  replicate: {
    synopsis: `worker-image replicate --version M.m.p --target-regions "eastus=3,westus2=2"
                       [--config FILE] [--expected-concurrent-vms N] [--repo DIR]
                       [--subscription-id ID --resource-group RG --gallery G --definition D]`,
    about: `Extend an Azure gallery version's regions and replica counts (never removes or
lowers) and wait until replicated.`,
  },
  bump: {
    synopsis: `worker-image bump --config FILE [--repo DIR] [--manifest FILE|GLOB]...
                  [--set cloud=VERSION]... [--check] [--dry-run]
                  [--pull-request --repo-slug OWNER/NAME [--branch B] [--base B]]`,
    about: `Rewrite image references by the config's rules: --dry-run prints the diff, --check
fails on stale or namespaced references, --pull-request opens or updates a PR.
A reference moved to an older version than it names (23 → 18, a rollback) is warned of at
its line. --check fails only on references older than the manifest's.`,
    paths: `The config, the --manifest files and every reference file must stay inside --repo DIR
(default: the working directory), links followed; a linked reference file is edited at its
target, and one leading outside is refused.`,
  },
  gc: {
    synopsis: `worker-image gc --config FILE [--older-than 6h] [--exclude-run ID]...
                [--clouds gcp,azure,aws] [--dry-run] [--repo DIR]`,
    about: `Delete temporary resources (GCE builders and disks, Azure build resource groups,
EC2 builders) that killed runs left, older than --older-than; never images.
--dry-run lists them.`,
  },
  prune: {
    synopsis: `worker-image prune --config FILE [--repo DIR] [--clouds gcp,azure,aws] [--dry-run]
                   [--format text|json]`,
    about: `Deprecate, then delete, old images by the config's lifecycle: (keep the newest N,
never one younger than min-age, protected, or named by a references: rule in --repo).
--dry-run lists the decisions; --format json prints every image considered.`,
  },
  share: {
    synopsis: `worker-image share --cloud gcp|azure|aws [--config FILE] [--image IMAGE | --manifest FILE...]
                   [--members M]... [--principals ID]... [--accounts ID]...
                   [--catalogue PATH] [--dry-run] [--repo DIR]`,
    about: `Grant the image to members (GCE imageUser, Azure role or direct sharing, AWS launch
permissions), adding only what is missing; prints the result as JSON.`,
  },
  verify: {
    synopsis: `worker-image verify --config FILE --cloud gcp|azure|aws (--image ID | --manifest FILE)
                    [--format text|json] [--repo DIR]`,
    about: `Boot one VM from an existing image, run the config's verify: checks on it and measure
its time to ready; the VM is deleted whatever happens and the verdict is recorded on the
image. --image: a GCE image name or projects/P/global/images/N, a gallery version id or
definition/version, an AMI id or region:ami-id (its copies in aws.target-regions, found by
name, get the verdict too); --manifest: that cloud's newest build.
Exits 1 when the image is not verified; --format json prints the result.`,
  },
  catalogue: {
    synopsis: `worker-image catalogue --manifest FILE|GLOB... [--shares FILE]... --out FILE|DIR/
                       [--repo DIR]`,
    about: `Turn manifests (and saved share results) into one share-request catalogue per
cloud (GCP, Azure, AWS).`,
  },
  render: {
    synopsis: `worker-image render --template FILE [--vars JSON|@FILE] [--out FILE] [--repo DIR]
       worker-image render --check TEMPLATE... [--vars JSON|@FILE] [--repo DIR]`,
    about: `Render a Jinja2 startup-script template exactly as the bake does. --check lists every
construct worker-image refuses and every variable the template reads that --vars lacks, each
with its line, and exits 1 when there is any (for CI on template changes). Files stay inside
--repo (default: the working directory).`,
  },
  emulator: {
    synopsis: `worker-image emulator [--port N]`,
    about: `Run the built-in cloud emulator (GCE, Azure Resource Manager and EC2) on 127.0.0.1
for rehearsals; prints how to point worker-image and the SDKs at it.`,
  },
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

const PATHS = `Paths (in the config and in flags) must stay inside one folder, links followed:
--repo DIR, else the repository holding the config, else the config's folder (the working
directory when there is no config).`;

export function commandUsage(name: CommandName): string {
  const help: { synopsis: string; about: string; paths?: string } = COMMAND_HELP[name];
  const paths = help.paths ?? (help.synopsis.includes('--repo') ? PATHS : undefined);
  return `Usage:\n  ${help.synopsis}\n\n${help.about}${paths ? `\n\n${paths}` : ''}\n`;
}

export function usage(): string {
  const names = Object.keys(COMMAND_HELP) as CommandName[];
  const synopses = names.map((n) => `  ${COMMAND_HELP[n].synopsis}`).join('\n');
  const abouts = names
    .map(
      (n) => `  ${n.padEnd(10)} ${COMMAND_HELP[n].about.replace(/\n/g, `\n  ${' '.repeat(11)}`)}`,
    )
    .join('\n');
  return `worker-image: bake, replicate, share and roll out batch worker VM images on GCP, Azure and AWS

Usage:
${synopses}
  worker-image --version
  worker-image <command> --help

Commands:
${abouts}

${PATHS}
`;
}

/** This package's version, from its package.json (one folder above src/ and lib/). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
