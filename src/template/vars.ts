import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

const USAGE = `pass a JSON object (--vars '{"enable_gpu": true}') or @FILE for a JSON or YAML file`;

function mapping(value: unknown, flag: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`;
    throw new Error(
      `${flag}: expected a mapping of variable names to values, got ${got}; ${USAGE}`,
    );
  }
  return value as Record<string, unknown>;
}

/**
 * The CLI's `--vars JSON_OR_@FILE`: an inline JSON object, or `@path` to a `.json` file or a
 * YAML file (any other extension).
 */
export async function parseVarsArg(arg: string): Promise<Record<string, unknown>> {
  if (!arg.startsWith('@')) {
    try {
      return mapping(JSON.parse(arg), '--vars');
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      throw new Error(`--vars: not valid JSON (${err.message}); ${USAGE}`);
    }
  }
  const path = arg.slice(1);
  if (!path) throw new Error(`--vars @: no file name after '@'; ${USAGE}`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`--vars @${path}: cannot read the file (${(err as Error).message})`);
  }
  const json = extname(path).toLowerCase() === '.json';
  let value: unknown;
  try {
    value = json ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new Error(
      `--vars @${path}: not valid ${json ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
    );
  }
  return mapping(value, `--vars @${path}`);
}
