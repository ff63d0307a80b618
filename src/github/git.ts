import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gitAuth } from './git-auth.js';
import { Git } from './git-command.js';
import { fetchBranches, pushBranch } from './git-remote.js';
import { editsSinceHead, treeWithEdits } from './git-tree.js';

/** The identity GitHub shows with the Actions logo; commits by GITHUB_TOKEN use it too. */
export const BOT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

export const DEFAULT_SERVER_URL = 'https://github.com';

export interface CommitToBranchOptions {
  /** A checkout of the repository (any directory inside its working tree). */
  repoDir: string;
  /** Fixed per purpose (e.g. `worker-image/bump-images`): re-runs reuse it and its PR. */
  branch: string;
  base: string;
  /** Paths, relative to repoDir or absolute, whose working-tree content is committed. */
  files: string[];
  message: string;
  author?: { name: string; email: string };
  /** A remote name; default `origin`. */
  remote?: string;
  /** Sent to `serverUrl` only, as an HTTP header; never stored. */
  token?: string;
  serverUrl?: string;
}

export interface CommitToBranchResult {
  operation: 'committed' | 'none';
  /** The branch's commit: the new one, or the existing one when it already had these edits. */
  sha?: string;
}

/**
 * Commits the working-tree edits of `files` on `branch`, rebuilt from the remote `base` every
 * run, and force-pushes it: one branch and one commit per purpose, however many runs. When
 * the remote branch already has exactly this content nothing is committed nor pushed.
 *
 * The edits are taken against HEAD and replayed on the fetched base, so a checkout of the base
 * (the usual case) and a checkout the base has since moved past both work; the user's HEAD,
 * index and working tree are not touched.
 */
export async function commitToBranch(opts: CommitToBranchOptions): Promise<CommitToBranchResult> {
  const remote = opts.remote ?? 'origin';
  const local = new Git(await worktreeRoot(opts.repoDir));
  // Only commands that talk to the remote carry the token: hooks and filters never see it.
  const auth = gitAuth(opts.token, opts.serverUrl ?? DEFAULT_SERVER_URL);
  const network = new Git(local.cwd, auth.env, auth.secrets);
  // `git add -A --` with no paths would stage the whole working tree.
  if (opts.files.length === 0) return { operation: 'none' };

  const scratch = await mkdtemp(join(tmpdir(), 'worker-image-git-'));
  try {
    const files = opts.files.map((f) => resolve(opts.repoDir, f));
    const patch = await editsSinceHead(local, files, join(scratch, 'edits.index'));
    if (patch.length === 0) return { operation: 'none' };

    const remoteHas = await fetchBranches(network, remote, opts.base, opts.branch);
    const tree = await treeWithEdits(local, remoteHas.base, patch, join(scratch, 'branch.index'));
    if (remoteHas.branch && tree === (await treeOf(local, remoteHas.branch))) {
      return { operation: 'none', sha: remoteHas.branch };
    }
    // The base already has these edits (a previous PR was merged): a branch would be empty.
    if (tree === (await treeOf(local, remoteHas.base))) return { operation: 'none' };

    const sha = await local.ok(['commit-tree', tree, '-p', remoteHas.base, '-m', opts.message], {
      env: identity(opts.author ?? BOT_AUTHOR),
    });
    await pushBranch(network, remote, sha, opts.branch, remoteHas.branch);
    return { operation: 'committed', sha };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function worktreeRoot(repoDir: string): Promise<string> {
  const exists = await stat(repoDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) throw new Error(`repoDir ${repoDir} is not a directory`);
  const found = await new Git(repoDir).run(['rev-parse', '--show-toplevel']);
  if (found.exitCode !== 0) {
    throw new Error(
      `repoDir ${repoDir} is not inside a git working tree (${found.stderr.trim()}): ` +
        `check the repository out first (actions/checkout) and point repoDir at it`,
    );
  }
  return found.stdout.trim();
}

function treeOf(git: Git, commit: string): Promise<string> {
  return git.ok(['rev-parse', `${commit}^{tree}`]);
}

/** Author and committer both: a runner has no user.name, and commit-tree would refuse. */
function identity(who: { name: string; email: string }): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
  };
}
