export interface GitHubRepo {
  owner: string;
  repo: string;
  /** REST API root, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string;
  /** Web and git root, e.g. https://github.com. */
  serverUrl: string;
}

/**
 * The repository to open the pull request in. The Actions runner always sets these
 * variables; the CLI runs where none is set and passes `slug` (from `--repo-slug`) instead.
 * The URLs then default to github.com, as @actions/github does; GitHub Enterprise Server
 * users set GITHUB_API_URL and GITHUB_SERVER_URL.
 */
export function repoFromEnv(env: NodeJS.ProcessEnv, slug?: string): GitHubRepo {
  const from = slug !== undefined ? '--repo-slug' : 'GITHUB_REPOSITORY';
  const value = slug ?? env['GITHUB_REPOSITORY'];
  if (!value) {
    throw new Error(
      'GITHUB_REPOSITORY is not set: run inside GitHub Actions, or pass --repo-slug owner/name',
    );
  }
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) {
    throw new Error(`${from} must be owner/name (e.g. acme/batch-workers), got "${value}"`);
  }
  return {
    owner: match[1],
    repo: match[2],
    apiUrl: url(env, 'GITHUB_API_URL', 'https://api.github.com'),
    serverUrl: url(env, 'GITHUB_SERVER_URL', 'https://github.com'),
  };
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL such as ${fallback}, got "${value}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL such as ${fallback}, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}
