import * as core from '@actions/core';
import { bump } from '../../bump/bump.js';
import { repoFromEnv } from '../../github/repo.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { reportFailure } from '../failure.js';
import { checkRunnerFiles } from '../runner-files.js';
import { ActionInputs, parseInputYaml } from '../inputs.js';
import { flushSummary } from '../summary.js';
import { workspace } from '../workspace.js';
import { parseAuthor } from './author.js';
import { checkManifests, checkPullRequestText, checkRepoDir } from './inputs.js';
import { summary } from '../job-summary.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const inputs = new ActionInputs('bump-version-reference');
  try {
    checkRunnerFiles();
    const token = inputs.text('token');
    if (token) core.setSecret(token);
    const check = inputs.boolean('check');
    const dryRun = inputs.boolean('dry-run');
    const rules = inputs.optional('rules');
    const author = inputs.optional('author');
    const writePr = Boolean(token) && !check && !dryRun;
    const root = workspace();
    const manifests = inputs.lines('manifests');
    const title = inputs.optional('title');
    const base = inputs.optional('base');
    const labels = inputs.list('labels');
    const reviewers = inputs.list('reviewers');
    const branch = inputs.text('branch');
    checkPullRequestText({ reviewers, labels, title, branch, base });
    checkRepoDir(inputs.text('repo-dir'), root.dir, root);
    checkManifests(manifests, root.dir, root);
    const repo = writePr ? repoFromEnv(process.env) : undefined;
    const outcome = await bump({
      config: inputs.optional('config'),
      ...(rules ? { rules: parseInputYaml(rules, 'rules') } : {}),
      manifests,
      set: inputs.list('set'),
      check,
      dryRun,
      repoDir: inputs.text('repo-dir'),
      cwd: root.dir,
      root,
      names: { manifests: 'manifests', repoDir: 'repo-dir' },
      reporter,
      ...(repo
        ? {
            pullRequest: {
              token,
              owner: repo.owner,
              repo: repo.repo,
              apiUrl: repo.apiUrl,
              serverUrl: repo.serverUrl,
              branch,
              base: base ?? (process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || 'main'),
              ...(title ? { title } : {}),
              labels,
              reviewers,
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
    summary.heading(`worker-image: references ${outcome.operation}`);
    if (outcome.pullRequest)
      summary.link(`pull request #${outcome.pullRequest.number}`, outcome.pullRequest.url);
    if (outcome.diff) summary.codeBlock(outcome.diff.slice(0, 60_000), 'diff');
    await flushSummary();
  } catch (err) {
    reportFailure(err, reporter);
  }
}
