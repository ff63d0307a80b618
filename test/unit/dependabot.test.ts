import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Group {
  'dependency-type'?: 'production' | 'development';
  patterns?: string[];
  'exclude-patterns'?: string[];
}
interface Update {
  'package-ecosystem': string;
  directory: string;
  schedule: { interval: string };
  groups?: Record<string, Group>;
}

const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
  version: number;
  updates: Update[];
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const glob = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\/@]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The group Dependabot puts a dependency in: the first whose type and patterns match. */
function groupOf(update: Update, name: string, type: 'production' | 'development') {
  return Object.entries(update.groups ?? {}).find(([, group]) => {
    if (group['dependency-type'] && group['dependency-type'] !== type) return false;
    if (group['exclude-patterns']?.some((p) => glob(p).test(name))) return false;
    return (group.patterns ?? ['*']).some((p) => glob(p).test(name));
  })?.[0];
}

describe('Dependabot', () => {
  const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;

  it('proposes npm and GitHub Actions updates weekly, for the repository root', () => {
    expect(config.version).toBe(2);
    expect(
      config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval]),
    ).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ]);
  });

  it('groups the cloud SDKs in one pull request, the actions toolkit in another, and dev tooling', () => {
    // The SDK packages the providers import (eslint keeps them inside src/providers/).
    const cloudSdk = /^(@google-cloud\/|@azure\/|@aws-sdk\/|google-auth-library$)/;
    const expected = (name: string) =>
      cloudSdk.test(name)
        ? 'cloud-sdks'
        : name.startsWith('@actions/')
          ? 'actions-toolkit'
          : undefined; // the other runtime dependencies: one pull request each
    const runtime = Object.keys(pkg.dependencies);
    for (const name of runtime) expect(groupOf(npm, name, 'production'), name).toBe(expected(name));
    expect(runtime.filter((d) => groupOf(npm, d, 'production') === 'cloud-sdks')).toEqual(
      expect.arrayContaining([
        '@aws-sdk/client-ec2',
        '@azure/arm-compute',
        '@azure/identity',
        '@google-cloud/compute',
        'google-auth-library',
      ]),
    );
    for (const dev of Object.keys(pkg.devDependencies)) {
      expect(groupOf(npm, dev, 'development'), dev).toBe('dev-tooling');
    }
  });
});
