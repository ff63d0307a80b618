/** What was being attempted when the API refused, to name the cause and the fix. */
export interface ApiCall {
  /** e.g. "create the pull request" */
  what: string;
  owner: string;
  repo: string;
  /** The job permission the call needs, e.g. "pull-requests: write". */
  permission: string;
}

/** Octokit's RequestError carries the HTTP status; GitHub's own words are in its message. */
export function httpStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined;
  return typeof err.status === 'number' ? err.status : undefined;
}

function said(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The race of two runs creating the same pull request: the loser finds the winner's. */
export function isAlreadyExists(err: unknown): boolean {
  return httpStatus(err) === 422 && /A pull request already exists/i.test(said(err));
}

/** An Error that says why GitHub refused and what to change, GitHub's words included. */
export function explainApiError(err: unknown, call: ApiCall): Error {
  const status = httpStatus(err);
  const where = `${call.owner}/${call.repo}`;
  const github = `(GitHub: ${status ?? 'no status'} ${said(err)})`;
  const because = ((): string => {
    if (status === 403 && /not permitted to create or approve pull requests/i.test(said(err))) {
      return (
        `GitHub Actions may not create pull requests in ${where}: enable "Allow GitHub Actions ` +
        `to create and approve pull requests" under Settings → Actions → General → Workflow ` +
        `permissions (in the organization's settings if it is greyed out in the repository's), ` +
        `or pass a PAT or GitHub App token instead of GITHUB_TOKEN`
      );
    }
    if (status === 403) {
      return `the token lacks a permission: grant the job \`permissions: ${call.permission}\``;
    }
    // GitHub hides private repositories from tokens that may not see them behind a 404.
    if (status === 404) {
      return (
        `${where} was not found, or the token may not see it: check the repository name, ` +
        `and grant the job \`permissions: ${call.permission}\``
      );
    }
    if (status === 401) return 'the token was refused: it is invalid or has expired';
    if (status === 422 && /No commits between/i.test(said(err))) {
      return 'the branch has no commits the base does not have, so there is nothing to propose';
    }
    return 'GitHub refused the request';
  })();
  return new Error(`could not ${call.what} in ${where}: ${because} ${github}`, { cause: err });
}
