import { statSync } from 'node:fs';
import { shown } from '../config/excerpt.js';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with positionals (`render --check a.j2 b.j2`), refusing a flag given twice unless
 * it may repeat (`--manifest a --manifest b`): otherwise `--cloud gcp --cloud aws` would
 * silently mean aws.
 */
export function parseCommand<const O extends Options>(args: string[], options: O) {
  const parsed = parseArgs({ args, options, tokens: true, strict: true, allowPositionals: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name) && !options[token.name]?.multiple) {
      throw new Error(`--${token.name} is given twice; give it once`);
    }
    seen.add(token.name);
  }
  checkPathFlags(parsed.values as Record<string, unknown>);
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * `--repo` and `--config`, shared by the commands, checked before anything else: a --repo
 * that is a file or missing would otherwise make every path "outside the repository", and an
 * empty --config (an unset variable in a script) would silently mean "no config".
 */
function checkPathFlags(values: Record<string, unknown>): void {
  const { repo, config } = values;
  if (config === '') {
    throw new Error('--config is empty: give the config file (e.g. --config worker-image.yml)');
  }
  if (typeof repo !== 'string') return;
  if (repo === '') throw new Error('--repo is empty: give the repository folder (e.g. --repo .)');
  let stats;
  try {
    stats = statSync(resolve(repo), { throwIfNoEntry: false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOTDIR'
        ? `--repo: "${shown(repo)}" does not exist (a part of it is a file)`
        : `--repo: "${shown(repo)}" cannot be read (${code ?? (err as Error).message})`,
    );
  }
  if (!stats) throw new Error(`--repo: "${shown(repo)}" does not exist`);
  if (!stats.isDirectory()) {
    throw new Error(
      `--repo: "${shown(repo)}" ${stats.isFile() ? 'is a file, not a folder' : 'is not a folder'}: give the repository's folder (e.g. --repo .)`,
    );
  }
}

/** parseCommand for a command that takes flags only. */
export function parseFlags<const O extends Options>(args: string[], options: O) {
  const { values, positionals } = parseCommand(args, options);
  if (positionals.length > 0) {
    throw new Error(
      `unexpected argument "${shown(positionals[0] ?? '')}": this command takes flags only (see --help)`,
    );
  }
  return values;
}
