import * as core from '@actions/core';

export interface GitAuth {
  /** Environment variables that make git send the token; empty without a token. */
  env: Record<string, string>;
  /** Every form of the token that must never be printed. */
  secrets: string[];
}

/**
 * Authenticates git to `serverUrl` with an `http.<url>.extraheader`, as actions/checkout does,
 * but through GIT_CONFIG_* variables: the token never lands in .git/config nor in the remote
 * URL, and unlike `git -c` it is not visible in the process list.
 *
 * The first value is empty on purpose: it clears the headers git already has for that URL,
 * such as the one actions/checkout persists. Two Authorization headers make GitHub answer 400.
 */
export function gitAuth(
  token: string | undefined,
  serverUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): GitAuth {
  if (!token) return { env: {}, secrets: [] };
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  maskInActions(token, env);
  maskInActions(basic, env);

  const key = `http.${new URL(serverUrl).origin}/.extraheader`;
  // Variables someone else already passes this way are kept: ours are appended after them.
  const first = existingCount(env);
  return {
    env: {
      GIT_CONFIG_COUNT: String(first + 2),
      [`GIT_CONFIG_KEY_${first}`]: key,
      [`GIT_CONFIG_VALUE_${first}`]: '',
      [`GIT_CONFIG_KEY_${first + 1}`]: key,
      [`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: basic ${basic}`,
    },
    secrets: [token, basic],
  };
}

/**
 * `core.setSecret` prints `::add-mask::<value>`: the Actions runner swallows that line, but in
 * a terminal (the CLI) it would print the token itself.
 */
function maskInActions(value: string, env: NodeJS.ProcessEnv): void {
  if (env['GITHUB_ACTIONS'] === 'true') core.setSecret(value);
}

function existingCount(env: NodeJS.ProcessEnv): number {
  const raw = env['GIT_CONFIG_COUNT'];
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`GIT_CONFIG_COUNT is not a count: ${raw}`);
  return n;
}
