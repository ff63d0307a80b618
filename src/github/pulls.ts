import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { explainApiError, httpStatus, isAlreadyExists, type ApiCall } from './pull-errors.js';

export { pullRequestBody, PULL_REQUEST_MARKER } from './pr-body.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface PullRequestOptions {
  token: string;
  owner: string;
  repo: string;
  /** The branch with the commit, in the same repository. */
  head: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
  /** GitHub logins. */
  reviewers?: string[];
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
}

export interface PullRequestResult {
  number: number;
  url: string;
  operation: 'created' | 'updated';
}

interface Pull {
  number: number;
  html_url: string;
}

/**
 * Opens the pull request from `head` into `base`, or refreshes the one already open: the
 * branch is fixed per purpose, so re-runs update a single pull request instead of adding one.
 */
export async function createOrUpdatePullRequest(
  opts: PullRequestOptions,
): Promise<PullRequestResult> {
  const octokit = getOctokit(opts.token, opts.apiUrl ? { baseUrl: opts.apiUrl } : {});
  const call = (what: string, permission = 'pull-requests: write'): ApiCall => ({
    what,
    owner: opts.owner,
    repo: opts.repo,
    permission,
  });

  let operation: PullRequestResult['operation'] = 'updated';
  let pull = await findOpenPull(octokit, opts, call('look for an open pull request'));
  if (pull) {
    pull = await update(octokit, opts, pull, call(`update pull request #${pull.number}`));
  } else {
    try {
      const { data } = await octokit.rest.pulls.create({
        owner: opts.owner,
        repo: opts.repo,
        head: opts.head,
        base: opts.base,
        title: opts.title,
        body: opts.body,
      });
      pull = data;
      operation = 'created';
    } catch (err) {
      // Another run created it between our search and our create: update that one instead.
      const raced = isAlreadyExists(err)
        ? await findOpenPull(octokit, opts, call('find the pull request another run opened'))
        : undefined;
      if (!raced) throw explainApiError(err, call('create the pull request'));
      pull = await update(octokit, opts, raced, call(`update pull request #${raced.number}`));
    }
  }

  if (opts.labels?.length) {
    await octokit.rest.issues
      .addLabels({
        owner: opts.owner,
        repo: opts.repo,
        issue_number: pull.number,
        labels: opts.labels,
      })
      .catch((err: unknown) => {
        throw explainApiError(err, call(`label pull request #${pull.number}`));
      });
  }
  if (opts.reviewers?.length) await requestReviewers(octokit, opts, pull, call);
  return { number: pull.number, url: pull.html_url, operation };
}

async function findOpenPull(
  octokit: Octokit,
  opts: PullRequestOptions,
  call: ApiCall,
): Promise<Pull | undefined> {
  try {
    const { data } = await octokit.rest.pulls.list({
      owner: opts.owner,
      repo: opts.repo,
      head: `${opts.owner}:${opts.head}`,
      base: opts.base,
      state: 'open',
    });
    return data[0];
  } catch (err) {
    throw explainApiError(err, call);
  }
}

async function update(
  octokit: Octokit,
  opts: PullRequestOptions,
  pull: Pull,
  call: ApiCall,
): Promise<Pull> {
  try {
    const { data } = await octokit.rest.pulls.update({
      owner: opts.owner,
      repo: opts.repo,
      pull_number: pull.number,
      title: opts.title,
      body: opts.body,
    });
    return data;
  } catch (err) {
    throw explainApiError(err, call);
  }
}

/**
 * A reviewer GitHub will not take (the PR's author, not a collaborator) is the user's to fix,
 * but the pull request itself is already up to date: a warning, not a failed step.
 */
async function requestReviewers(
  octokit: Octokit,
  opts: PullRequestOptions,
  pull: Pull,
  call: (what: string) => ApiCall,
): Promise<void> {
  const what = `request reviews on pull request #${pull.number}`;
  try {
    await octokit.rest.pulls.requestReviewers({
      owner: opts.owner,
      repo: opts.repo,
      pull_number: pull.number,
      reviewers: opts.reviewers ?? [],
    });
  } catch (err) {
    const explained = explainApiError(err, call(what));
    if (httpStatus(err) !== 422) throw explained;
    core.warning(explained.message);
  }
}
