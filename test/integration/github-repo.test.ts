import { describe, expect, it } from 'vitest';
import { repoFromEnv } from '../../src/github/repo.js';

describe('the repository a pull request goes to', () => {
  it('comes from the variables the Actions runner sets, GitHub Enterprise URLs included', () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/batch-workers',
      GITHUB_API_URL: 'https://ghe.acme.example/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.acme.example',
    };
    expect(repoFromEnv(env)).toEqual({
      owner: 'acme',
      repo: 'batch-workers',
      apiUrl: 'https://ghe.acme.example/api/v3',
      serverUrl: 'https://ghe.acme.example',
    });
  });

  it('outside Actions comes from --repo-slug, on github.com', () => {
    expect(repoFromEnv({}, 'acme/batch-workers')).toEqual({
      owner: 'acme',
      repo: 'batch-workers',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
    });
  });

  it('missing or malformed, says what to pass', () => {
    expect(() => repoFromEnv({})).toThrow(
      'GITHUB_REPOSITORY is not set: run inside GitHub Actions, or pass --repo-slug owner/name',
    );
    expect(() => repoFromEnv({}, 'batch-workers')).toThrow(
      '--repo-slug must be owner/name (e.g. acme/batch-workers), got "batch-workers"',
    );
    expect(() => repoFromEnv({ GITHUB_REPOSITORY: 'a/b', GITHUB_API_URL: 'api.github' })).toThrow(
      'GITHUB_API_URL must be a URL such as https://api.github.com, got "api.github"',
    );
  });
});
