import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, type ConfigProblem } from './errors.js';
import { deepMerge, isMapping, withoutUnset } from './merge.js';
import type { LineOf } from './problems.js';
import type { WorkerImageConfig } from './types.js';
import { validate, type Validated } from './validate.js';
import { parseYaml } from './yaml.js';

/** Action inputs or CLI flags in worker-image.yml's own shape; '' and undefined mean unset. */
export type RawOverrides = Record<string, unknown>;

/**
 * Reads worker-image.yml (relative to `cwd`), lays `overrides` over it and validates the
 * result. Without a path the overrides alone are the config, with paths relative to `cwd`.
 */
export async function loadConfig(opts: {
  path?: string;
  overrides?: RawOverrides;
  cwd: string;
}): Promise<WorkerImageConfig> {
  const overrides = withoutUnset(opts.overrides ?? {});
  if (!opts.path) {
    return accept(validate(overrides ?? {}, { source: opts.cwd, baseDir: opts.cwd }), 'inputs');
  }
  const file = resolve(opts.cwd, opts.path);
  const inside = relative(opts.cwd, file);
  const label = inside.startsWith('..') || isAbsolute(inside) ? file : inside;
  const text = await readConfigFile(file, label);
  const parsed = parseYaml(text);
  const [syntaxError, ...more] = parsed.errors;
  if (syntaxError) throw new ConfigError([syntaxError, ...more], { label, source: file });

  const raw = parsed.raw ?? {};
  const merged = isMapping(raw) ? deepMerge(raw, overrides) : raw;
  // A value that came from an override has no line in the file.
  const lineOf: LineOf = (path) => (isSetIn(overrides, path) ? undefined : parsed.lineOf(path));
  return accept(validate(merged, { source: file, baseDir: dirname(file), lineOf }), label, file);
}

/** Validates an already-parsed config; `source` is its file, `baseDir` anchors relative paths. */
export function parseConfig(
  raw: unknown,
  ctx: { source: string; baseDir: string; lineOf?: LineOf },
): WorkerImageConfig {
  return accept(validate(raw, ctx), basename(ctx.source), ctx.source);
}

function accept(result: Validated, label: string, source?: string): WorkerImageConfig {
  if (result.problems) {
    throw new ConfigError(result.problems, { label, ...(source ? { source } : {}) });
  }
  return result.config;
}

async function readConfigFile(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem: ConfigProblem = {
      field: '',
      message:
        code === 'ENOENT'
          ? `file not found (looked for ${file}); point the action's config: input or the CLI's --config at your worker-image.yml`
          : code === 'EISDIR'
            ? `${file} is a folder; point config: / --config at the worker-image.yml inside it`
            : `cannot be read: ${(err as Error).message}`,
    };
    throw new ConfigError([problem], { label });
  }
}

function isSetIn(value: unknown, path: string[]): boolean {
  let node = value;
  for (const key of path) {
    if (!isMapping(node) || node[key] === undefined) return false;
    node = node[key];
  }
  return node !== undefined;
}
