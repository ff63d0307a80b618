import * as core from '@actions/core';
import { bump } from '../../bump/bump.js';
import { repoFromEnv } from '../../github/repo.js';
import { ActionsReporter } from '../../log/actions-reporter.js';
import { reportFailure } from '../failure.js';
import { ActionInputs, parseInputYaml } from '../inputs.js';
import { flushSummary } from '../summary.js';
import { workspace } from '../workspace.js';
import { parseAuthor } from './author.js';
import { summary } from '../job-summary.js';

export async function main(): Promise<void> {
  const reporter = new ActionsReporter();
  const inputs = new ActionInputs('bump-version-reference');
  try {
    const token = inputs.text('token');
    if (token) core.setSecret(token);
    const check = inputs.boolean('check');
    const dryRun = inputs.boolean('dry-run');
    const rules = inputs.optional('rules');
    const author = inputs.optional('author');
    const writePr = Boolean(token) && !check && !dryRun;
    const repo = writePr ? repoFromEnv(process.env) : undefined;
    const root = workspace();
    const outcome = await bump({
      config: inputs.optional('config'),
      ...(rules ? { rules: parseInputYaml(rules, 'rules') } : {}),
      manifests: inputs.lines('manifests'),
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
              branch: inputs.text('branch'),
              base:
                inputs.optional('base') ??
                (process.env.GITHUB_BASE_REF || process.env.GITHUB_REF_NAME || 'main'),
              ...(inputs.optional('title') ? { title: inputs.text('title') } : {}),
              labels: inputs.list('labels'),
              reviewers: inputs.list('reviewers'),
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
