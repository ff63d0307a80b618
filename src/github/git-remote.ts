import type { Git, GitResult } from './git-command.js';

export interface RemoteBranches {
  /** The base branch's commit, fetched. */
  base: string;
  /** The pull request branch's commit, fetched; undefined when the remote has no such branch. */
  branch?: string;
}

/**
 * Fetches the base and, when it exists, the pull request branch. ls-remote comes first because
 * a remote-tracking ref left by an earlier fetch may name a branch deleted since (a merged PR).
 */
export async function fetchBranches(
  git: Git,
  remote: string,
  base: string,
  branch: string,
): Promise<RemoteBranches> {
  const listed = await git.run(['ls-remote', remote, `refs/heads/${base}`, `refs/heads/${branch}`]);
  if (listed.exitCode !== 0)
    throw new Error(explainRemoteFailure(git, 'ls-remote', listed, remote));
  const heads = new Set(listed.stdout.split('\n').map((line) => line.split('\t')[1]));
  if (!heads.has(`refs/heads/${base}`)) {
    throw new Error(`the base branch "${base}" does not exist on ${remote}`);
  }
  const branchExists = heads.has(`refs/heads/${branch}`);

  const refspecs = [base, ...(branchExists ? [branch] : [])].map(
    (name) => `+refs/heads/${name}:${trackingRef(remote, name)}`,
  );
  const fetched = await git.run(['fetch', '--no-tags', '--quiet', remote, ...refspecs]);
  if (fetched.exitCode !== 0) throw new Error(explainRemoteFailure(git, 'fetch', fetched, remote));

  return {
    base: await git.ok(['rev-parse', '--verify', `${trackingRef(remote, base)}^{commit}`]),
    branch: branchExists
      ? await git.ok(['rev-parse', '--verify', `${trackingRef(remote, branch)}^{commit}`])
      : undefined,
  };
}

/**
 * Points the remote branch at `commit`. The commit is built on the base anew each run, so it
 * never descends from what the branch had: a plain push is rejected as non-fast-forward and
 * a bare `--force-with-lease` needs a remote-tracking ref that a fresh checkout lacks. The
 * lease is therefore explicit: force, but only over the commit this run compared against
 * (or only if the branch still does not exist), so that a concurrent run or a commit pushed
 * meanwhile is not silently discarded.
 */
export async function pushBranch(
  git: Git,
  remote: string,
  commit: string,
  branch: string,
  expected: string | undefined,
): Promise<void> {
  const ref = `refs/heads/${branch}`;
  const args = ['push', `--force-with-lease=${ref}:${expected ?? ''}`, remote, `${commit}:${ref}`];
  const pushed = await git.run(args);
  if (pushed.exitCode === 0) return;
  const said = pushed.stderr;
  // Refused by our client before sending (stale info) or by the remote's atomic update.
  if (/\(stale info\)|\(fetch first\)|cannot lock ref/.test(said)) {
    throw new Error(
      `the branch ${branch} changed on ${remote} while this run was preparing its commit ` +
        `(another run at the same time?): run again. ${git.failure(args, pushed)}`,
    );
  }
  if (/refusing to allow .*workflow/i.test(said)) {
    throw new Error(
      `the token cannot change files under .github/workflows: use a PAT with the workflow ` +
        `scope, or a GitHub App token with "workflows: write". ${git.failure(args, pushed)}`,
    );
  }
  if (/protected branch hook declined|GH006/.test(said)) {
    throw new Error(
      `the branch ${branch} is protected on ${remote}; this action force-pushes it on every ` +
        `run, so choose an unprotected branch name. ${git.failure(args, pushed)}`,
    );
  }
  throw new Error(explainRemoteFailure(git, 'push', pushed, remote));
}

function explainRemoteFailure(
  git: Git,
  command: string,
  result: GitResult,
  remote: string,
): string {
  const said = git.failure([command], result);
  if (/returned error: 403|Permission to .* denied/.test(result.stderr)) {
    const [need, permission] = command === 'push' ? ['push to', 'write'] : ['read', 'read'];
    return (
      `the token cannot ${need} ${remote}: grant the job \`permissions: contents: ${permission}\`, ` +
      `or use a PAT or GitHub App token that can. ${said}`
    );
  }
  if (/returned error: 401|could not read Username|Authentication failed/.test(result.stderr)) {
    return `${remote} asked for credentials: pass a token (the github-token input). ${said}`;
  }
  return said;
}

function trackingRef(remote: string, branch: string): string {
  return `refs/remotes/${remote}/${branch}`;
}
