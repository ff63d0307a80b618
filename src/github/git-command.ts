import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';

export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as git wrote it, unredacted: a patch must reach `git apply` byte for byte. */
  bytes: Buffer;
}

export interface GitOptions {
  /** Variables added to the environment of this one command (index file, identity, auth). */
  env?: Record<string, string>;
  input?: string | Buffer;
}

/**
 * Runs git in one repository. Output is captured, never streamed: the step log stays quiet
 * and nothing git prints can reach it unredacted. `secrets` are replaced by *** in every
 * message this module builds.
 */
export class Git {
  constructor(
    readonly cwd: string,
    private readonly baseEnv: Record<string, string> = {},
    private readonly secrets: readonly string[] = [],
  ) {}

  /** Runs git and returns whatever happened; the caller decides what a non-zero exit means. */
  async run(args: string[], options: GitOptions = {}): Promise<GitResult> {
    core.debug(`git ${args.join(' ')}`);
    const chunks: Buffer[] = [];
    const { input } = options;
    const result = await getExecOutput('git', args, {
      cwd: this.cwd,
      env: { ...inheritedEnv(), ...STABLE_ENV, ...this.baseEnv, ...options.env },
      input: typeof input === 'string' ? Buffer.from(input) : input,
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (chunk) => chunks.push(chunk) },
    });
    return {
      exitCode: result.exitCode,
      stdout: this.redact(result.stdout),
      stderr: this.redact(result.stderr),
      bytes: Buffer.concat(chunks),
    };
  }

  /** Runs git and returns its trimmed stdout, or throws with git's own explanation. */
  async ok(args: string[], options: GitOptions = {}): Promise<string> {
    const result = await this.run(args, options);
    if (result.exitCode !== 0) throw new Error(this.failure(args, result));
    return result.stdout.trim();
  }

  failure(args: string[], result: GitResult): string {
    const said = (result.stderr.trim() || result.stdout.trim()).replace(/\s*\n\s*/g, '; ');
    return `git ${args[0] ?? ''} failed (exit ${result.exitCode}) in ${this.cwd}: ${said}`;
  }

  redact(text: string): string {
    return this.secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
  }
}

/**
 * The messages are parsed (conflicted paths, "returned error: 403"), so they must be English;
 * and a runner has no terminal, so git must fail instead of waiting for a password.
 */
const STABLE_ENV: Record<string, string> = { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };

/** @actions/exec replaces the environment rather than extending it. */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return env;
}
