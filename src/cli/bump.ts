import { resolve } from 'node:path';
import { shown } from '../config/excerpt.js';
import { bump } from '../bump/bump.js';
import { repoFromEnv } from '../github/repo.js';
import { ConsoleReporter } from '../log/reporter.js';
import { parseFlags } from './args.js';

export async function bumpCommand(args: string[]): Promise<number> {
  const values = parseFlags(args, {
    config: { type: 'string', short: 'c' },
    repo: { type: 'string', default: '.' },
    manifest: { type: 'string', multiple: true, default: [] },
    set: { type: 'string', multiple: true, default: [] },
    check: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'pull-request': { type: 'boolean', default: false },
    'repo-slug': { type: 'string' },
    branch: { type: 'string', default: 'worker-image/bump-images' },
    base: { type: 'string', default: 'main' },
  });
  const reporter = new ConsoleReporter();
  let pullRequest;
  if (values['pull-request']) {
    const token = process.env.GITHUB_TOKEN;
    if (!token) throw new Error('--pull-request needs a token in GITHUB_TOKEN');
    reporter.secret(token);
    const repo = repoFromEnv(process.env, values['repo-slug']);
    pullRequest = {
      token,
      ...repo,
      branch: values.branch,
      base: values.base,
      labels: [],
      reviewers: [],
    };
  }
  const outcome = await bump({
    config: values.config ?? 'worker-image.yml',
    manifests: values.manifest,
    set: values.set,
    check: values.check,
    dryRun: values['dry-run'],
    repoDir: values.repo,
    cwd: process.cwd(),
    // The repository being bumped is the root: the config and the manifests stay inside it.
    root: { dir: resolve(values.repo), name: 'the repository (--repo)' },
    names: { manifests: '--manifest', repoDir: '--repo' },
    reporter,
    ...(pullRequest ? { pullRequest } : {}),
  });
  if (outcome.changedFiles.length && outcome.operation !== 'dry-run') {
    reporter.info(`changed: ${outcome.changedFiles.map((f) => shown(f)).join(', ')}`);
  }
  return 0;
}
