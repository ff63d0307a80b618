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
  return { values: parsed.values, positionals: parsed.positionals };
}

/** parseCommand for a command that takes flags only. */
export function parseFlags<const O extends Options>(args: string[], options: O) {
  const { values, positionals } = parseCommand(args, options);
  if (positionals.length > 0) {
    throw new Error(
      `unexpected argument "${positionals[0]}": this command takes flags only (see --help)`,
    );
  }
  return values;
}
