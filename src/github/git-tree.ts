import type { Git } from './git-command.js';

/*
 * The branch content is built in throw-away index files (GIT_INDEX_FILE), never in the user's
 * index or working tree: their checkout, staged changes and stash are left exactly as they
 * were, and no checkout can fail on "your local changes would be overwritten".
 */

/**
 * The working-tree edits of `files` against HEAD, as a binary patch with full blob ids (so
 * that `git apply --3way` can find the originals). Empty when the files are unchanged.
 * New and deleted files count: `add -A` stages both.
 */
export async function editsSinceHead(git: Git, files: string[], index: string): Promise<Buffer> {
  const env = { GIT_INDEX_FILE: index };
  await git.ok(['read-tree', 'HEAD'], { env });
  await git.ok(['add', '-A', '--', ...files], { env });
  // Plumbing, not `git diff`: user settings such as diff.noprefix or color.diff cannot reach it.
  const diff = await git.run(['diff-index', '--cached', '-p', '--binary', '--full-index', 'HEAD'], {
    env,
  });
  if (diff.exitCode !== 0) throw new Error(git.failure(['diff-index'], diff));
  return diff.bytes;
}

/**
 * The tree of `baseCommit` with `patch` applied. When the base has moved since the checkout,
 * a three-way merge keeps both its changes and ours; edits that touch the same lines stop
 * here rather than silently undoing what was merged on the base.
 */
export async function treeWithEdits(
  git: Git,
  baseCommit: string,
  patch: Buffer,
  index: string,
): Promise<string> {
  const env = { GIT_INDEX_FILE: index };
  await git.ok(['read-tree', baseCommit], { env });
  const applied = await git.run(['apply', '--cached', '--3way', '-'], { env, input: patch });
  if (applied.exitCode !== 0) {
    const conflicted = [...applied.stderr.matchAll(/^U (.+)$/gm)].map((m) => m[1]);
    if (conflicted.length === 0) throw new Error(git.failure(['apply'], applied));
    throw new Error(
      `the edits to ${conflicted.join(', ')} conflict with changes made on the base branch ` +
        `since the commit checked out in ${git.cwd}: check out the base branch again and re-run`,
    );
  }
  return git.ok(['write-tree'], { env });
}
