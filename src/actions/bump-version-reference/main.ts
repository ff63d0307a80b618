import * as core from '@actions/core';
import YAML from 'yaml';
import { bump } from '../../bump/bump.js';
import { repoFromEnv } from '../../github/repo.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { reportFailure } from '../failure.js';
import { parseAuthor } from './author.js';

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  try {
    const token = core.getInput('token');
    if (token) core.setSecret(token);
    const check = core.getBooleanInput('check');
    const dryRun = core.getBooleanInput('dry-run');
    const rules = core.getInput('rules');
    const author = core.getInput('author');
    const writePr = Boolean(token) && !check && !dryRun;
    const repo = writePr ? repoFromEnv(process.env) : undefined;
    const outcome = await bump({
      config: core.getInput('config') || undefined,
      ...(rules ? { rules: YAML.parse(rules) as unknown } : {}),
      manifests: core.getMultilineInput('manifests'),
      set: list('set'),
      check,
      dryRun,
      repoDir: core.getInput('repo-dir') || '.',
      cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      reporter,
      ...(repo
        ? {
            pullRequest: {
              token,
              owner: repo.owner,
              repo: repo.repo,
              apiUrl: repo.apiUrl,
              serverUrl: repo.serverUrl,
              branch: core.getInput('branch') || 'worker-image/bump-images',
              base:
                core.getInput('base') ||
                process.env.GITHUB_BASE_REF ||
                process.env.GITHUB_REF_NAME ||
                'main',
              ...(core.getInput('title') ? { title: core.getInput('title') } : {}),
              labels: list('labels'),
              reviewers: list('reviewers'),
              ...(author ? { author: parseAuthor(author) } : {}),
            },
          }
        : {}),
    });
    core.setOutput('pull-request-operation', outcome.pullRequest ? outcome.operation : 'none');
    core.setOutput(
      'pull-request-number',
      outcome.pullRequest ? String(outcome.pullRequest.number) : '',
    );
    core.setOutput('pull-request-url', outcome.pullRequest?.url ?? '');
    core.setOutput('changed-files', outcome.changedFiles.join('\n'));
    core.summary.addHeading(`worker-image: references ${outcome.operation}`, 3);
    if (outcome.pullRequest)
      core.summary.addLink(`pull request #${outcome.pullRequest.number}`, outcome.pullRequest.url);
    if (outcome.diff) core.summary.addCodeBlock(outcome.diff.slice(0, 60_000), 'diff');
    await core.summary.write();
  } catch (err) {
    reportFailure(err, reporter);
  }
}
