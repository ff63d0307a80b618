import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep, runnerFiles } from '../helpers/actions-runner.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { git, isolateGitConfig, pushesReceived, repoWithRemote } from '../helpers/git-repo.js';

isolateGitConfig();

const TOKEN = 'ghs_workerImageE2eSecret0123456789';
const MAIN = 'dist/bump-version-reference/index.js';

/** The example repository's files, as a new repository's first commit. */
function exampleFiles(): Record<string, string> {
  const root = 'examples/repo';
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true })) {
    const path = join(root, String(entry));
    if (statSync(path).isFile()) files[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

/** Every file under a folder, as text, to grep for the token. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map((e) => join(dir, String(e)))
    .filter((p) => statSync(p).isFile())
    .map((p) => readFileSync(p, 'latin1'))
    .join('\n');
}

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start();
});
afterAll(() => github.stop());

describe('dist/bump-version-reference (node24) against a bare remote and a fake GitHub API', () => {
  it('creates the pull request, updates it on the next version, and reports none when nothing changes; the token never shows', async () => {
    const { bare, work } = repoWithRemote(exampleFiles());
    const env = {
      GITHUB_REPOSITORY: 'acme/batch',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    // Each workflow run starts from a fresh checkout of the base branch.
    const run = async (gcp: string) => {
      git(work, 'checkout', '--', '.');
      return runStep(MAIN, await runnerFiles(), {
        cwd: work,
        env,
        inputs: {
          config: 'worker-image.yml',
          set: `gcp=${gcp}\nazure=0.0.15`,
          token: TOKEN,
          base: 'main',
          branch: 'worker-image/bump-images',
          labels: 'worker-image',
          check: 'false',
          'dry-run': 'false',
          'repo-dir': '.',
        },
      });
    };

    const first = await run('24');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '1',
    });
    expect(first.outputs['changed-files']!.split('\n')).toContain('batch/batch/globals.py');
    const branchFile = git(
      bare,
      'show',
      'worker-image/bump-images:batch/batch/cloud/gcp/driver/create_instance.py',
    );
    expect(branchFile).toContain("global/images/batch-worker-24'");
    expect(git(bare, 'show', 'worker-image/bump-images:batch/batch/globals.py')).toContain(
      'INSTANCE_VERSION = 36',
    );

    const second = await run('25');
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs).toMatchObject({
      'pull-request-operation': 'updated',
      'pull-request-number': '1',
    });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.body).toContain(
      '| `batch/batch/cloud/gcp/driver/create_instance.py` | 33 | `23` | `25` |',
    );

    const pushes = pushesReceived(bare).length;
    const writes = github.writes().length;
    const third = await run('25');
    expect(third.code, third.stdout).toBe(0);
    expect(third.outputs['pull-request-operation']).toBe('none');
    expect(pushesReceived(bare)).toHaveLength(pushes);
    expect(github.writes()).toHaveLength(writes);

    // The API saw the token; nothing a user can read does.
    expect(github.requests.every((r) => r.authorization?.includes(TOKEN))).toBe(true);
    for (const step of [first, second, third]) {
      const printed = step.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(printed).not.toContain(TOKEN);
      expect(step.summary).not.toContain(TOKEN);
    }
    expect(allText(join(work, '.git'))).not.toContain(TOKEN);
    expect(allText(bare)).not.toContain(TOKEN);
  });

  it('a rule with no match fails with an annotation naming the rule, file and pattern; nothing is written', async () => {
    const files = exampleFiles();
    files['batch/batch/globals.py'] = files['batch/batch/globals.py']!.replace(
      'INSTANCE_VERSION = 35',
      'INSTANCE_VERSION = get()',
    );
    const { work } = repoWithRemote(files);
    const before = git(work, 'status', '--porcelain');
    const step = await runStep(MAIN, await runnerFiles(), {
      cwd: work,
      env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      inputs: {
        config: 'worker-image.yml',
        set: 'gcp=24',
        token: '',
        check: 'false',
        'dry-run': 'false',
        'repo-dir': '.',
      },
    });
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(
      /::error file=batch\/batch\/globals\.py::batch\/batch\/globals\.py: rule instance-version: .*\(pattern: \^INSTANCE_VERSION = \{version\}\$\)/,
    );
    expect(git(work, 'status', '--porcelain')).toBe(before);
  });

  it('inputs the runner left out (check, branch) read as action.yml defaults', async () => {
    const { work } = repoWithRemote(exampleFiles());
    const step = await runStep(MAIN, await runnerFiles(), {
      cwd: work,
      env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GITHUB_STEP_SUMMARY: '' },
      inputs: { set: 'gcp=24', 'dry-run': 'true' },
    });
    expect(step.code, step.stdout).toBe(0);
    expect(step.stdout).not.toMatch(/Input does not meet YAML 1\.2/);
    expect(step.outputs['pull-request-operation']).toBe('none');
    expect(step.outputs['changed-files']!.split('\n')).toContain('batch/batch/globals.py');
  });
});
