import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { BOT_AUTHOR, commitToBranch, type CommitToBranchResult } from '../../src/github/git.js';
import {
  createOrUpdatePullRequest,
  pullRequestBody,
  PULL_REQUEST_MARKER,
  type PullRequestResult,
} from '../../src/github/pulls.js';
import type { ReferenceChange } from '../../src/github/pr-body.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { GitHttpServer } from '../helpers/git-http.js';
import {
  git,
  isolateGitConfig,
  pushesReceived,
  repoWithRemote,
  writeFile,
} from '../helpers/git-repo.js';

isolateGitConfig();

const BRANCH = 'worker-image/bump-images';
const FILE = 'deploy/workers.yaml';
const workers = (version: number, pool = 'default'): string =>
  [
    `pool: ${pool}`,
    'region: us-central1',
    'machine: n1-standard-4',
    `image: projects/acme/global/images/batch-worker-${version}`,
    'replicas: 3',
    '',
  ].join('\n');
const change = (from: number, to: number): ReferenceChange => ({
  file: FILE,
  line: 4,
  old: `projects/acme/global/images/batch-worker-${from}`,
  new: `projects/acme/global/images/batch-worker-${to}`,
});
const image = (version: number) => ({
  cloud: 'gcp',
  name: `batch-worker-${version}`,
  id: `projects/acme/global/images/batch-worker-${version}`,
});

let github: FakeGitHub;
let scratch: string;
beforeAll(async () => {
  github = await FakeGitHub.start();
  scratch = mkdtempSync(join(tmpdir(), 'wi-github-'));
});
afterAll(async () => {
  await github.stop();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  github.reset();
  vi.restoreAllMocks();
});

/** What the bump-version-reference action does once the references are rewritten. */
async function bump(
  work: string,
  rows: ReferenceChange[],
  version: number,
): Promise<{ git: CommitToBranchResult; pr?: PullRequestResult }> {
  const committed = await commitToBranch({
    repoDir: work,
    branch: BRANCH,
    base: 'main',
    files: [FILE],
    message: `Bump batch-worker images to version ${version}`,
  });
  if (committed.operation === 'none') return { git: committed };
  const pr = await createOrUpdatePullRequest({
    token: 'ghs_apitoken',
    owner: 'acme',
    repo: 'workers',
    head: BRANCH,
    base: 'main',
    title: `Bump batch-worker images to version ${version}`,
    body: pullRequestBody(rows, [image(version)]),
    labels: ['worker-image'],
    reviewers: ['dana'],
    apiUrl: github.url,
  });
  return { git: committed, pr };
}

/** A fresh checkout of main with the references rewritten to `version`. */
function checkoutWithEdit(work: string, version: number): void {
  git(work, 'checkout', '--quiet', '--force', 'main');
  git(work, 'pull', '--quiet', '--ff-only', 'origin', 'main');
  writeFile(work, FILE, workers(version));
}

/** The commits the branch has on top of main, as "author <email> | parent". */
function branchCommits(bare: string): string[] {
  const log = git(bare, 'log', '--format=%an <%ae> | %P', `main..${BRANCH}`);
  return log ? log.split('\n') : [];
}

describe('committing rewritten references and proposing them in a pull request', () => {
  it('a bump opens one pull request, a later bump updates it, a bump with nothing new does nothing', async () => {
    const { bare, work } = repoWithRemote(
      { [FILE]: workers(7), 'README.md': '# workers\n' },
      scratch,
    );
    const main = git(bare, 'rev-parse', 'main');

    checkoutWithEdit(work, 8);
    const first = await bump(work, [change(7, 8)], 8);
    expect(first.git.operation).toBe('committed');
    expect(first.git.sha).toBe(git(bare, 'rev-parse', BRANCH));
    expect(branchCommits(bare)).toEqual([`${BOT_AUTHOR.name} <${BOT_AUTHOR.email}> | ${main}`]);
    expect(git(bare, 'show', `${BRANCH}:${FILE}`)).toBe(workers(8).trim());
    expect(first.pr).toEqual({
      number: 1,
      url: 'https://github.com/acme/workers/pull/1',
      operation: 'created',
    });
    expect(github.pulls).toMatchObject([
      { number: 1, head: BRANCH, base: 'main', labels: ['worker-image'], reviewers: ['dana'] },
    ]);
    expect(github.pulls[0]?.body).toContain('batch-worker-8');
    expect(github.requests.every((r) => r.authorization === 'token ghs_apitoken')).toBe(true);
    // The user's checkout is as it was: still main, the edit still uncommitted.
    expect(git(work, 'rev-parse', 'HEAD')).toBe(main);
    expect(git(work, 'status', '--porcelain')).toBe(`M ${FILE}`);

    github.requests.length = 0;
    checkoutWithEdit(work, 9);
    const second = await bump(work, [change(7, 9)], 9);
    expect(second.git.operation).toBe('committed');
    expect(second.pr).toMatchObject({ number: 1, operation: 'updated' });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]?.body).toContain('batch-worker-9');
    expect(github.pulls[0]?.body).not.toContain('batch-worker-8');
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /repos/acme/workers/pulls/1',
      'POST /repos/acme/workers/issues/1/labels',
      'POST /repos/acme/workers/pulls/1/requested_reviewers',
    ]);
    // Rebuilt from main: still one commit on the branch, not one per run.
    expect(branchCommits(bare)).toEqual([`${BOT_AUTHOR.name} <${BOT_AUTHOR.email}> | ${main}`]);
    expect(git(bare, 'show', `${BRANCH}:${FILE}`)).toBe(workers(9).trim());

    github.requests.length = 0;
    const pushes = pushesReceived(bare).length;
    checkoutWithEdit(work, 9);
    const third = await bump(work, [change(7, 9)], 9);
    expect(third.git).toEqual({ operation: 'none', sha: second.git.sha });
    expect(pushesReceived(bare)).toHaveLength(pushes);
    expect(github.writes()).toEqual([]);

    // Nothing rewritten at all: nothing to commit, nothing pushed.
    git(work, 'checkout', '--quiet', '--force', 'main');
    expect(await bump(work, [], 9)).toEqual({ git: { operation: 'none' } });
    expect(pushesReceived(bare)).toHaveLength(pushes);
  });

  it('edits made on a checkout that main has since moved past land on the new main, keeping its changes', async () => {
    const { bare, work } = repoWithRemote({ [FILE]: workers(7) }, scratch);
    const colleague = join(dirname(bare), 'colleague');
    git(dirname(bare), 'clone', '--quiet', bare, colleague);
    writeFile(colleague, FILE, workers(7, 'large'));
    git(colleague, 'commit', '--quiet', '-am', 'Use the large pool');
    git(colleague, 'push', '--quiet', 'origin', 'main');

    writeFile(work, FILE, workers(8)); // the checkout still has the old main
    const result = await commitToBranch({
      repoDir: work,
      branch: BRANCH,
      base: 'main',
      files: [FILE],
      message: 'Bump',
    });

    expect(result.operation).toBe('committed');
    expect(git(bare, 'rev-parse', `${BRANCH}^`)).toBe(git(bare, 'rev-parse', 'main'));
    expect(git(bare, 'show', `${BRANCH}:${FILE}`)).toBe(workers(8, 'large').trim());
  });

  it('edits that conflict with what main changed since the checkout stop with the file named, pushing nothing', async () => {
    const { bare, work } = repoWithRemote({ [FILE]: workers(7) }, scratch);
    const colleague = join(dirname(bare), 'colleague');
    git(dirname(bare), 'clone', '--quiet', bare, colleague);
    writeFile(colleague, FILE, workers(10));
    git(colleague, 'commit', '--quiet', '-am', 'Hand-bump to 10');
    git(colleague, 'push', '--quiet', 'origin', 'main');
    const pushes = pushesReceived(bare).length;

    writeFile(work, FILE, workers(8));
    const run = commitToBranch({
      repoDir: work,
      branch: BRANCH,
      base: 'main',
      files: [FILE],
      message: 'Bump',
    });

    await expect(run).rejects.toThrow(
      `the edits to ${FILE} conflict with changes made on the base branch`,
    );
    expect(pushesReceived(bare)).toHaveLength(pushes);
  });

  it('a run whose branch another run pushed meanwhile stops instead of discarding that commit', async () => {
    const { bare, work } = repoWithRemote({ [FILE]: workers(7) }, scratch);
    const other = join(dirname(bare), 'other-run');
    git(dirname(bare), 'clone', '--quiet', bare, other);
    // The other run lands after this one fetched, just before it pushes.
    const hook = join(work, '.git', 'hooks', 'pre-push');
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        'unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE',
        `cd '${other}' || exit 1`,
        'git -c user.name=other -c user.email=other@example.com commit -q --allow-empty -m other',
        `git push -q origin HEAD:refs/heads/${BRANCH}`,
        '',
      ].join('\n'),
    );
    chmodSync(hook, 0o755);

    writeFile(work, FILE, workers(8));
    const run = commitToBranch({
      repoDir: work,
      branch: BRANCH,
      base: 'main',
      files: [FILE],
      message: 'Bump',
    });

    await expect(run).rejects.toThrow(`the branch ${BRANCH} changed on origin while this run`);
    expect(git(bare, 'log', '-1', '--format=%s', BRANCH)).toBe('other');
  });

  it('a directory that is not a git checkout is named in the error', async () => {
    const run = commitToBranch({
      repoDir: tmpdir(),
      branch: BRANCH,
      base: 'main',
      files: [FILE],
      message: 'Bump',
    });
    await expect(run).rejects.toThrow(`repoDir ${tmpdir()} is not inside a git working tree`);
  });

  it('a repository where Actions may not open pull requests says which setting to enable', async () => {
    github.forbidCreate = true;
    const run = createOrUpdatePullRequest({
      token: 'ghs_apitoken',
      owner: 'acme',
      repo: 'workers',
      head: BRANCH,
      base: 'main',
      title: 'Bump',
      body: pullRequestBody([change(7, 8)], [image(8)]),
      apiUrl: github.url,
    });
    await expect(run).rejects.toThrow(
      'enable "Allow GitHub Actions to create and approve pull requests"',
    );
    await expect(run).rejects.toThrow('or pass a PAT or GitHub App token');
    expect(github.pulls).toEqual([]);
  });

  it('two runs racing to open the pull request end with one, updated by the loser', async () => {
    github.raceOnCreate = true;
    const result = await createOrUpdatePullRequest({
      token: 'ghs_apitoken',
      owner: 'acme',
      repo: 'workers',
      head: BRANCH,
      base: 'main',
      title: 'Bump to 8',
      body: 'ours',
      apiUrl: github.url,
    });
    expect(result).toMatchObject({ number: 1, operation: 'updated' });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]?.body).toBe('ours');
  });

  it('the body lists each reference old → new and the images, with the worker-image marker', () => {
    const body = pullRequestBody(
      [{ file: 'a|b.yaml', line: 4, old: 'img:`7`', new: 'img:`8`' }],
      [image(8)],
    );
    expect(body).toContain('| `a\\|b.yaml` | 4 | `` img:`7` `` | `` img:`8` `` |');
    expect(body).toContain(
      '| gcp | `batch-worker-8` | `projects/acme/global/images/batch-worker-8` |',
    );
    expect(body.endsWith(PULL_REQUEST_MARKER)).toBe(true);
  });
});

describe('pushing with a token', () => {
  const token = 'ghs_S3cr3tT0kenValue0123456789';
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  let server: GitHttpServer;
  let repo: { bare: string; work: string };

  beforeAll(async () => {
    repo = repoWithRemote({ [FILE]: workers(7) }, scratch);
    server = await GitHttpServer.start(dirname(repo.bare), `basic ${basic}`);
    git(repo.work, 'remote', 'set-url', 'origin', `${server.url}/workers.git`);
    // What actions/checkout leaves behind with persist-credentials: a header of its own.
    const stale = Buffer.from('x-access-token:ghs_checkout').toString('base64');
    git(repo.work, 'config', `http.${server.url}/.extraheader`, `AUTHORIZATION: basic ${stale}`);
  });
  afterAll(() => server.stop());

  /** Runs `fn` with everything written to stdout and stderr captured. */
  async function captured<T>(fn: () => Promise<T>): Promise<{ out: string; result: unknown }> {
    let out = '';
    const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      const result = await fn();
      return { out, result };
    } catch (err) {
      return { out, result: err instanceof Error ? err.message : err };
    } finally {
      vi.restoreAllMocks();
    }
  }

  function withActionsEnv(value: string | undefined): void {
    const before = process.env['GITHUB_ACTIONS'];
    if (value === undefined) delete process.env['GITHUB_ACTIONS'];
    else process.env['GITHUB_ACTIONS'] = value;
    onTestFinished(() => {
      if (before === undefined) delete process.env['GITHUB_ACTIONS'];
      else process.env['GITHUB_ACTIONS'] = before;
    });
  }

  /** Every file under `dir` that contains `secret`, read as bytes. */
  function filesContaining(dir: string, secret: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile() && readFileSync(f).includes(secret));
  }

  it('sends the token as one header, replacing checkout’s, and leaves it nowhere', async () => {
    withActionsEnv('true');
    writeFile(repo.work, FILE, workers(8));
    const { out, result } = await captured(() =>
      commitToBranch({
        repoDir: repo.work,
        branch: BRANCH,
        base: 'main',
        files: [FILE],
        message: 'Bump',
        token,
        serverUrl: server.url,
      }),
    );

    expect(result).toMatchObject({ operation: 'committed' });
    expect(git(repo.bare, 'show', `${BRANCH}:${FILE}`)).toBe(workers(8).trim());
    expect(server.authorizations.length).toBeGreaterThan(0);
    expect(server.authorizations.every((sent) => sent.join() === `basic ${basic}`)).toBe(true);

    // The runner swallows ::add-mask:: lines; those are the only place the token may be.
    expect(out).toContain(`::add-mask::${token}`);
    expect(out).toContain(`::add-mask::${basic}`);
    const shown = out.replace(/^::add-mask::.*$/gm, '');
    for (const secret of [token, basic]) {
      expect(shown).not.toContain(secret);
      expect(JSON.stringify(result)).not.toContain(secret);
      expect(git(repo.work, 'remote', 'get-url', 'origin')).not.toContain(secret);
      expect(filesContaining(join(repo.work, '.git'), secret)).toEqual([]);
      expect(filesContaining(repo.bare, secret)).toEqual([]);
    }
  });

  it('a token that may not push says which permission to grant, and shows no secret', async () => {
    withActionsEnv(undefined);
    server.denyPush = true;
    writeFile(repo.work, FILE, workers(9));
    const { out, result } = await captured(() =>
      commitToBranch({
        repoDir: repo.work,
        branch: BRANCH,
        base: 'main',
        files: [FILE],
        message: 'Bump',
        token,
        serverUrl: server.url,
      }),
    );

    expect(result).toContain('the token cannot push to origin');
    expect(result).toContain('`permissions: contents: write`');
    expect(result).toContain('returned error: 403');
    for (const secret of [token, basic]) {
      expect(out).not.toContain(secret);
      expect(String(result)).not.toContain(secret);
    }
  });
});
