import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, type ConfigProblem } from './errors.js';
import { deepMerge, isMapping, withoutUnset } from './merge.js';
import type { LineOf } from './problems.js';
import type { BumpConfig, ShareFileConfig, WorkerImageConfig } from './types.js';
import {
  validate,
  validateForBump,
  validateForShare,
  type Purpose,
  type ValidateContext,
  type Validated,
} from './validate.js';
import { parseYaml } from './yaml.js';

/** Action inputs or CLI flags in worker-image.yml's own shape; '' and undefined mean unset. */
export type RawOverrides = Record<string, unknown>;

export interface LoadOptions {
  path?: string;
  overrides?: RawOverrides;
  cwd: string;
  /** Default `bake`; `bump` accepts a file holding only `references:` (see Purpose). */
  purpose?: Purpose;
}

/**
 * Reads worker-image.yml (relative to `cwd`), lays `overrides` over it and validates the
 * result. Without a path the overrides alone are the config, with paths relative to `cwd`.
 */
export function loadConfig(opts: LoadOptions & { purpose?: 'bake' }): Promise<WorkerImageConfig>;
export function loadConfig(opts: LoadOptions & { purpose: 'bump' }): Promise<BumpConfig>;
export function loadConfig(opts: LoadOptions & { purpose: 'share' }): Promise<ShareFileConfig>;
export async function loadConfig(
  opts: LoadOptions,
): Promise<WorkerImageConfig | BumpConfig | ShareFileConfig> {
  const check = (
    raw: unknown,
    ctx: ValidateContext,
  ): Validated<WorkerImageConfig | BumpConfig | ShareFileConfig> =>
    opts.purpose === 'bump'
      ? validateForBump(raw, ctx)
      : opts.purpose === 'share'
        ? validateForShare(raw, ctx)
        : validate(raw, ctx);
  const overrides = withoutUnset(opts.overrides ?? {});
  if (!opts.path) {
    return accept(check(overrides ?? {}, { source: opts.cwd, baseDir: opts.cwd }), 'inputs');
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
  return accept(check(merged, { source: file, baseDir: dirname(file), lineOf }), label, file);
}

/** Validates an already-parsed config; `source` is its file, `baseDir` anchors relative paths. */
export function parseConfig(
  raw: unknown,
  ctx: { source: string; baseDir: string; lineOf?: LineOf },
): WorkerImageConfig {
  return accept(validate(raw, ctx), basename(ctx.source), ctx.source);
}

function accept<Config>(result: Validated<Config>, label: string, source?: string): Config {
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
    // A list replaces the file's whole (see deepMerge), so all of it came from the override.
    if (Array.isArray(node)) return true;
    if (!isMapping(node) || node[key] === undefined) return false;
    node = node[key];
  }
  return node !== undefined;
}
