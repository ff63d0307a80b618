import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Cloud } from '../steps/resources.js';
import { outsideRoot, type Root } from './confine.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { deepMerge, isMapping, own, withoutUnset } from './merge.js';
import type { LineOf, ScalarOf } from './problems.js';
import { checkPathText } from './text.js';
import type { BumpConfig, ShareFileConfig, WorkerImageConfig } from './types.js';
import {
  validate,
  validateForBump,
  validateForShare,
  type Purpose,
  type ValidateContext,
  type Validated,
} from './validate.js';
import { parseYaml, type ParsedYaml } from './yaml.js';

/** Action inputs or CLI flags in worker-image.yml's own shape; '' and undefined mean unset. */
export type RawOverrides = Record<string, unknown>;

export interface LoadOptions {
  path?: string;
  overrides?: RawOverrides;
  /**
   * How the caller names where an override came from, by the dotted setting it sets
   * (`image.version` → `--version`, or `input "version"`): a problem with a value given there
   * names it, not the config file the value is not in.
   */
  overrideNames?: Readonly<Record<string, string>>;
  cwd: string;
  /** Default `bake`; `bump` accepts a file holding only `references:` (see Purpose). */
  purpose?: Purpose;
  /**
   * The folder the config and every path in it must stay inside, links followed: the
   * workspace in Actions, the repository for the CLI. The actions and the CLI always give
   * it; without it (a library caller that vouches for its paths) nothing is confined.
   */
  root?: Root | undefined;
  /** The clouds this run bakes (see ValidateContext); absent: every configured one. */
  clouds?: readonly Cloud[] | undefined;
  /** The file at `path`, read and parsed already (readConfigSource), to validate it again. */
  source?: ConfigSource;
}

/** worker-image.yml read and parsed: one file validated more than once is read once. */
export interface ConfigSource {
  file: string;
  /** How messages name it: relative to the working directory when inside it. */
  label: string;
  parsed: ParsedYaml;
}

/** Larger than any worker-image.yml: a file this big was named by mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024;

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
  const run = { root: opts.root, clouds: opts.clouds };
  if (!opts.path) {
    return accept(
      namedOverrides(
        check(overrides ?? {}, { source: opts.cwd, baseDir: opts.cwd, ...run }),
        overrides,
        opts.overrideNames,
      ),
      'inputs',
    );
  }
  const { file, label, parsed } =
    opts.source ?? (await readConfigSource({ ...opts, path: opts.path }));
  const raw = parsed.raw ?? {};
  const merged = isMapping(raw) ? deepMerge(raw, overrides) : raw;
  // A value that came from an override has no line in the file, nor a way it was written.
  const lineOf: LineOf = (path) => (isSetIn(overrides, path) ? undefined : parsed.lineOf(path));
  const scalarOf: ScalarOf = (path) =>
    isSetIn(overrides, path) ? undefined : parsed.scalarOf(path);
  return accept(
    namedOverrides(
      check(merged, { source: file, baseDir: dirname(file), lineOf, scalarOf, ...run }),
      overrides,
      opts.overrideNames,
    ),
    label,
    file,
  );
}

/** Reads and parses the config at `path` (relative to `cwd`), refusing a path outside `root`. */
export async function readConfigSource(
  opts: Pick<LoadOptions, 'cwd' | 'root'> & { path: string },
): Promise<ConfigSource> {
  // The path as given (an input, a flag) is checked as text before any use: messages name it.
  const unusable = checkPathText(opts.path);
  if (unusable)
    throw new ConfigError([{ field: 'config', message: unusable }], { label: 'inputs' });
  const file = resolve(opts.cwd, opts.path);
  const inside = relative(opts.cwd, file);
  const label = inside.startsWith('..') || isAbsolute(inside) ? file : inside;
  const outside = opts.root && outsideRoot(file, opts.root, opts.path);
  if (outside) throw new ConfigError([{ field: 'config', message: outside }], { label: 'inputs' });
  const text = await readConfigFile(file, label);
  const parsed = parseYaml(text);
  const [syntaxError, ...more] = parsed.errors;
  if (syntaxError) throw new ConfigError([syntaxError, ...more], { label, source: file });
  return { file, label, parsed };
}

/** Validates an already-parsed config; `source` is its file, `baseDir` anchors relative paths. */
export function parseConfig(
  raw: unknown,
  ctx: { source: string; baseDir: string; lineOf?: LineOf },
): WorkerImageConfig {
  return accept(validate(raw, ctx), basename(ctx.source), ctx.source);
}

/**
 * The problems, each whose value came from an override named by `names` (the setting or one
 * above it) saying so: `--version (image.version)`.
 */
function namedOverrides<Config>(
  result: Validated<Config>,
  overrides: unknown,
  names: Readonly<Record<string, string>> | undefined,
): Validated<Config> {
  if (!result.problems || !names) return result;
  const nameOf = (field: string): string | undefined => {
    // `aws.target-regions[1]` is set by what sets `aws.target-regions`.
    const path = field.replace(/\[\d+\]/g, '').split('.');
    for (let n = path.length; n > 0; n--) {
      const name = own(names, path.slice(0, n).join('.')) as string | undefined;
      if (name !== undefined) return isSetIn(overrides, path.slice(0, n)) ? name : undefined;
    }
    return undefined;
  };
  const named = (p: ConfigProblem): ConfigProblem => {
    const name = nameOf(p.field);
    return name ? { ...p, field: `${name} (${p.field})` } : p;
  };
  const [first, ...rest] = result.problems;
  return { problems: [named(first), ...rest.map(named)] };
}

function accept<Config>(result: Validated<Config>, label: string, source?: string): Config {
  if (result.problems) {
    throw new ConfigError(result.problems, { label, ...(source ? { source } : {}) });
  }
  return result.config;
}

/**
 * The config's text. Anything but a small UTF-8 file (a folder, a device, a binary, a log)
 * is refused by what it is, never quoted.
 */
async function readConfigFile(file: string, label: string): Promise<string> {
  const refuse = (message: string): never => {
    throw new ConfigError([{ field: '', message }], { label, source: file });
  };
  let bytes: Buffer | undefined;
  try {
    // Looked at before opening: opening a FIFO or a device could block or never end.
    const info = await stat(file);
    if (info.isDirectory()) {
      refuse(`${file} is a folder; point config: / --config at the worker-image.yml inside it`);
    }
    if (!info.isFile()) refuse(`${file} is not a regular file`);
    if (info.size > MAX_CONFIG_BYTES) {
      refuse(
        `is ${info.size} bytes; a worker-image config is a few kilobytes: is it the right file?`,
      );
    }
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    refuse(
      code === 'ENOENT'
        ? `file not found (looked for ${file}); point the action's config: input or the CLI's --config at your worker-image.yml`
        : `cannot be read (${code ?? (err as Error).message})`,
    );
  }
  if (!bytes || !isUtf8(bytes)) return refuse('is not UTF-8 text: is it the right file?');
  return bytes.toString('utf8');
}

function isSetIn(value: unknown, path: string[]): boolean {
  let node = value;
  for (const key of path) {
    // A list replaces the file's whole (see deepMerge), so all of it came from the override.
    if (Array.isArray(node)) return true;
    if (!isMapping(node) || own(node, key) === undefined) return false;
    node = node[key];
  }
  return node !== undefined;
}
