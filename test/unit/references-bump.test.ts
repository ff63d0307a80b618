import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBump, StalePlanError } from '../../src/references/apply.js';
import { unifiedDiff } from '../../src/references/diff.js';
import { planBump } from '../../src/references/plan.js';
import { ReferenceProblemError } from '../../src/references/problem.js';
import type { ReferenceRule } from '../../src/references/rules.js';
import { copyExample, exampleRules, FILES, git, snapshot } from './references-example.js';

const BUMP = { gcp: '24', azure: '0.0.15' };
const ALL = Object.values(FILES);

const EXPECTED_DIFF =
  [
    'diff --git a/batch/az-create-worker-image.sh b/batch/az-create-worker-image.sh',
    '--- a/batch/az-create-worker-image.sh',
    '+++ b/batch/az-create-worker-image.sh',
    '@@ -10,7 +10,7 @@ SHARED_GALLERY_NAME="${RESOURCE_GROUP}_batch"',
    ' BUILD_IMAGE_RESOURCE_GROUP="${RESOURCE_GROUP}-build-batch-worker-image"',
    ' VM_NAME=build-batch-worker-image',
    ' ',
    '-WORKER_IMAGE_VERSION=0.0.14',
    '+WORKER_IMAGE_VERSION=0.0.15',
    ' ',
    ' az sig image-version create \\',
    '     --resource-group $RESOURCE_GROUP \\',
    'diff --git a/batch/batch/cloud/azure/driver/create_instance.py b/batch/batch/cloud/azure/driver/create_instance.py',
    '--- a/batch/batch/cloud/azure/driver/create_instance.py',
    '+++ b/batch/batch/cloud/azure/driver/create_instance.py',
    '@@ -43,7 +43,7 @@ def create_vm_config(',
    "             'storageProfile': {",
    "                 'osDisk': {'createOption': 'FromImage', 'deleteOption': 'Delete'},",
    "                 'imageReference': {",
    "-                    'id': f'/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{resource_group}_batch/images/batch-worker-22-04/versions/0.0.13'",
    "+                    'id': f'/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{resource_group}_batch/images/batch-worker-22-04/versions/0.0.15'",
    '                 },',
    '             },',
    '         },',
    'diff --git a/batch/batch/cloud/gcp/driver/create_instance.py b/batch/batch/cloud/gcp/driver/create_instance.py',
    '--- a/batch/batch/cloud/gcp/driver/create_instance.py',
    '+++ b/batch/batch/cloud/gcp/driver/create_instance.py',
    '@@ -30,7 +30,7 @@ def create_vm_config(',
    "                 'boot': True,",
    "                 'autoDelete': True,",
    "                 'initializeParams': {",
    "-                    'sourceImage': f'projects/{project}/global/images/batch-worker-23',",
    "+                    'sourceImage': f'projects/{project}/global/images/batch-worker-24',",
    "                     'diskType': f'projects/{project}/zones/{zone}/diskTypes/pd-ssd',",
    "                     'diskSizeGb': str(boot_disk_size_gb),",
    '                 },',
    'diff --git a/batch/batch/globals.py b/batch/batch/globals.py',
    '--- a/batch/batch/globals.py',
    '+++ b/batch/batch/globals.py',
    '@@ -1,7 +1,7 @@',
    " DEFAULT_NAMESPACE = 'default'",
    ' ',
    ' # Bumped with every new worker image, so the driver drains workers running an older one.',
    '-INSTANCE_VERSION = 35',
    '+INSTANCE_VERSION = 36',
    ' ',
    ' MAX_PERSISTENT_SSD_SIZE_GIB = 64 * 1024',
    ' RESERVED_STORAGE_GB_PER_CORE = 5',
    'diff --git a/batch/docs/worker-image.md b/batch/docs/worker-image.md',
    '--- a/batch/docs/worker-image.md',
    '+++ b/batch/docs/worker-image.md',
    '@@ -6,7 +6,7 @@ To debug the worker outside the driver, start a VM from the current image:',
    ' gcloud compute instances create my-debug-worker \\',
    '     --zone us-central1-a \\',
    '     --subnet batch-worker-subnet \\',
    '-    --image-project hail-vdc --image batch-worker-17a',
    '+    --image-project hail-vdc --image batch-worker-24',
    ' ```',
    ' ',
    ' The driver names its VMs `batch-worker-<namespace>-<token>`; test images baked in a',
    'diff --git a/batch/gcp-create-worker-image.sh b/batch/gcp-create-worker-image.sh',
    '--- a/batch/gcp-create-worker-image.sh',
    '+++ b/batch/gcp-create-worker-image.sh',
    '@@ -8,7 +8,7 @@ PROJECT=$(get_global_config_field gcp_project)',
    ' ZONE=$(get_global_config_field gcp_zone)',
    ' DOCKER_ROOT_IMAGE=$(get_global_config_field docker_root_image)',
    ' ',
    '-WORKER_IMAGE_VERSION=23',
    '+WORKER_IMAGE_VERSION=24',
    ' BUILDER=build-batch-worker-image',
    ' WORKER_IMAGE=batch-worker-${WORKER_IMAGE_VERSION}',
    ' ',
    'diff --git a/batch/pool.yaml b/batch/pool.yaml',
    '--- a/batch/pool.yaml',
    '+++ b/batch/pool.yaml',
    '@@ -5,7 +5,7 @@ pool_specification:',
    '   vm_configuration:',
    '     custom_image:',
    '       # Shared Image Gallery version; the definition name batch-worker-22-04 is not a version.',
    '-      arm_image_id: /subscriptions/00000000-0000-0000-0000-00000000e0a1/resourceGroups/example-rg/providers/Microsoft.Compute/galleries/example_rg_batch/images/batch-worker-22-04/versions/0.0.13',
    '+      arm_image_id: /subscriptions/00000000-0000-0000-0000-00000000e0a1/resourceGroups/example-rg/providers/Microsoft.Compute/galleries/example_rg_batch/images/batch-worker-22-04/versions/0.0.15',
    '       node_agent: batch.node.ubuntu 22.04',
    '   vm_size: STANDARD_D4S_V5',
    '   vm_count:',
  ].join('\n') + '\n';

let dir: string;
let cleanup: () => Promise<void>;
let rules: ReferenceRule[];
beforeEach(async () => {
  ({ dir, cleanup } = await copyExample());
  rules = await exampleRules(dir);
});
afterEach(() => cleanup());

function rule(
  over: Partial<ReferenceRule> & Pick<ReferenceRule, 'path' | 'pattern'>,
): ReferenceRule {
  return { name: 'test-rule', flags: '', value: 'gcp', ...over };
}

async function problemsOf(promise: Promise<unknown>): Promise<ReferenceProblemError> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ReferenceProblemError);
  return err as ReferenceProblemError;
}

describe('bumping the example repository', () => {
  it('rewrites exactly the version tokens of every reference, and the diff says so', async () => {
    const plan = await planBump({ repoDir: dir, rules, versions: BUMP });
    expect(unifiedDiff(plan)).toBe(EXPECTED_DIFF);
    expect(plan.changes.map((c) => [c.rule, c.line, c.old, c.new, c.changed])).toEqual([
      ['gcp-driver', 33, '23', '24', true],
      ['azure-driver', 46, '0.0.13', '0.0.15', true],
      ['gcp-build-script', 11, '23', '24', true],
      ['azure-build-script', 13, '0.0.14', '0.0.15', true],
      ['instance-version', 4, '35', '36', true],
      ['azure-pool', 8, '0.0.13', '0.0.15', true],
      ['gcp-docs', 9, '17a', '24', true],
    ]);
    expect(plan.skipped).toEqual([]);

    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'before');
    const changed = await applyBump(plan);
    expect(changed).toEqual([...ALL].sort());
    // What landed on disk is what the diff showed: git sees the same patch, line for line.
    const gitDiff = git(dir, 'diff').replace(/^index .*\n/gm, '');
    expect(gitDiff).toBe(EXPECTED_DIFF);
  });

  it('keeps the build scripts executable', async () => {
    const plan = await planBump({ repoDir: dir, rules, versions: BUMP });
    await chmod(join(dir, FILES.gcpScript), 0o750);
    await applyBump(plan);
    expect((await stat(join(dir, FILES.gcpScript))).mode & 0o777).toBe(0o750);
  });

  it('reports references that are already current as unchanged, and a re-run changes nothing', async () => {
    await applyBump(await planBump({ repoDir: dir, rules, versions: BUMP }));
    const again = await planBump({ repoDir: dir, rules, versions: BUMP });
    expect(again.files).toEqual([]);
    expect(unifiedDiff(again)).toBe('');
    expect(again.changes.every((c) => !c.changed && c.old === c.new)).toBe(true);
    // INSTANCE_VERSION moves with the images, not with every run.
    expect(again.changes.find((c) => c.rule === 'instance-version')).toMatchObject({
      old: '36',
      new: '36',
    });
    expect(await applyBump(again)).toEqual([]);
  });

  it('leaves the rules of a cloud without a new version alone (a GCP-only build)', async () => {
    const plan = await planBump({ repoDir: dir, rules, versions: { gcp: '24' } });
    expect(plan.files.map((f) => f.path)).toEqual(
      [FILES.globals, FILES.docs, FILES.gcpDriver, FILES.gcpScript].sort(),
    );
    expect(plan.skipped.map((s) => s.rule)).toEqual([
      'azure-driver',
      'azure-build-script',
      'azure-pool',
    ]);
    expect(plan.skipped[0]?.reason).toBe('no new azure version in this bump');
  });

  it('touches none of the neighbours a naive batch-worker-{version} would', async () => {
    const naive = rule({ path: 'batch/**', pattern: 'batch-worker-{version}' });
    const plan = await planBump({ repoDir: dir, rules: [naive], versions: BUMP });
    // Only the GCP image and the stale 17a in the docs: not batch-worker-22-04 (a gallery
    // definition), batch-worker-{DEFAULT_NAMESPACE}-, batch-worker-subnet, -nsg, -vnet,
    // nor batch-worker-${WORKER_IMAGE_VERSION}.
    expect(plan.changes.map((c) => [c.file, c.line, c.old])).toEqual([
      [FILES.gcpDriver, 33, '23'],
      [FILES.docs, 9, '17a'],
    ]);
  });
});

describe('version tokens', () => {
  it.each([
    ["image = 'batch-worker-17a'\n", "image = 'batch-worker-24'\n"],
    ["image = 'batch-worker-17'\n", "image = 'batch-worker-24'\n"],
    ['see batch-worker-9.\n', 'see batch-worker-24.\n'],
  ])('rewrites %j whole', async (before, after) => {
    await writeFile(join(dir, 'refs.py'), before);
    const plan = await planBump({
      repoDir: dir,
      rules: [rule({ path: 'refs.py', pattern: 'batch-worker-{version}' })],
      versions: { gcp: '24' },
    });
    expect(plan.files[0]?.after).toBe(after);
  });

  it('writes a patch version over a plain one', async () => {
    const plan = await planBump({ repoDir: dir, rules, versions: { gcp: '23a' } });
    expect(plan.changes.filter((c) => c.changed).map((c) => [c.rule, c.old, c.new])).toEqual([
      ['gcp-driver', '23', '23a'],
      ['gcp-build-script', '23', '23a'],
      ['instance-version', '35', '36'],
      ['gcp-docs', '17a', '23a'],
    ]);
  });
});

describe('rule problems', () => {
  it('a rule that matches nothing fails the bump with its rule, file and pattern, and nothing is written', async () => {
    const before = await snapshot(dir, ALL);
    const missing = rule({
      name: 'aws-launch-template',
      path: FILES.gcpScript,
      pattern: '^AMI_VERSION={version}$',
      value: 'aws',
    });
    const err = await problemsOf(
      planBump({ repoDir: dir, rules: [...rules, missing], versions: { ...BUMP, aws: '3' } }),
    );
    expect(err.problems).toEqual([
      {
        rule: 'aws-launch-template',
        file: FILES.gcpScript,
        pattern: '^AMI_VERSION={version}$',
        message:
          'matched nothing; a version is digits with optional .parts and a letter (23, 17a, 0.0.14)',
      },
    ]);
    expect(err.message).toBe(
      `${FILES.gcpScript}: rule aws-launch-template: matched nothing; a version is digits with optional .parts and a letter (23, 17a, 0.0.14) (pattern: ^AMI_VERSION={version}$)`,
    );
    expect(await snapshot(dir, ALL)).toEqual(before);
  });

  it('reports every broken rule at once', async () => {
    const err = await problemsOf(
      planBump({
        repoDir: dir,
        rules: [
          rule({ name: 'gone', path: 'batch/missing.py', pattern: 'x{version}' }),
          rule({ name: 'no-docs', path: 'docs/**/*.md', pattern: 'x{version}' }),
          ...rules,
        ],
        versions: BUMP,
      }),
    );
    expect(err.problems.map((p) => [p.rule, p.file, p.message])).toEqual([
      ['gone', 'batch/missing.py', 'file not found'],
      ['no-docs', 'docs/**/*.md', 'matches no files'],
    ]);
  });

  it('a rule matching more often than expect fails at the first match too many', async () => {
    const text = await readFile(join(dir, FILES.gcpDriver), 'utf8');
    await writeFile(
      join(dir, FILES.gcpDriver),
      text + "\nFALLBACK_IMAGE = f'projects/{project}/global/images/batch-worker-22'\n",
    );
    const err = await problemsOf(planBump({ repoDir: dir, rules, versions: BUMP }));
    expect(err.problems).toEqual([
      {
        rule: 'gcp-driver',
        file: FILES.gcpDriver,
        line: 66,
        pattern: "f'projects/\\{project\\}/global/images/batch-worker-{version}'",
        message: 'matched 2 times (line 33, line 66), expected exactly 1',
      },
    ]);
  });

  it('explains a rule that matches nothing because the reference names a namespaced image', async () => {
    const path = join(dir, FILES.gcpDriver);
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace('batch-worker-23', 'batch-worker-alice-3'),
    );
    const err = await problemsOf(planBump({ repoDir: dir, rules, versions: BUMP }));
    expect(err.problems).toEqual([
      expect.objectContaining({
        rule: 'gcp-driver',
        line: 33,
        message:
          'matched nothing; line 33 names an image of namespace alice (alice-3), which a bump never rewrites',
      }),
    ]);
  });

  it('refuses to increment anything but a whole number', async () => {
    const path = join(dir, FILES.globals);
    await writeFile(path, (await readFile(path, 'utf8')).replace('= 35', '= 35b'));
    const err = await problemsOf(planBump({ repoDir: dir, rules, versions: BUMP }));
    expect(err.problems.map((p) => [p.rule, p.line, p.message])).toEqual([
      ['instance-version', 4, 'increment needs a whole number, found 35b'],
    ]);
  });

  it('two rules that disagree about one reference are a problem; agreeing ones are fine', async () => {
    const docs = (value: ReferenceRule['value'], name: string): ReferenceRule =>
      rule({ name, path: FILES.docs, pattern: 'batch-worker-{version}', value });
    const agree = await planBump({
      repoDir: dir,
      rules: [...rules, docs('gcp', 'docs-again')],
      versions: BUMP,
    });
    expect(agree.files.find((f) => f.path === FILES.docs)?.after).toContain(
      '--image batch-worker-24\n',
    );

    const err = await problemsOf(
      planBump({ repoDir: dir, rules: [...rules, docs('azure', 'docs-azure')], versions: BUMP }),
    );
    expect(err.problems.map((p) => [p.rule, p.file, p.line, p.message])).toEqual([
      [
        'docs-azure',
        FILES.docs,
        9,
        'rewrites the same reference as rule gcp-docs, to 0.0.15 instead of 24',
      ],
    ]);
  });
});

describe('files that are not text', () => {
  it('a glob passes over them; a file named outright is a problem', async () => {
    const latin1 = Buffer.from('image = batch-worker-23 \xe9\n', 'latin1');
    await writeFile(join(dir, 'batch/docs/legacy.md'), latin1);
    const plan = await planBump({ repoDir: dir, rules, versions: BUMP });
    expect(plan.files.map((f) => f.path)).not.toContain('batch/docs/legacy.md');

    const named = rule({
      name: 'legacy',
      path: 'batch/docs/legacy.md',
      pattern: 'batch-worker-{version}',
    });
    const err = await problemsOf(planBump({ repoDir: dir, rules: [named], versions: BUMP }));
    expect(err.problems.map((p) => [p.rule, p.file, p.message])).toEqual([
      ['legacy', 'batch/docs/legacy.md', 'is not UTF-8 text'],
    ]);
  });
});

describe('applying a plan', () => {
  it('writes nothing when a file changed after planning', async () => {
    const plan = await planBump({ repoDir: dir, rules, versions: BUMP });
    await writeFile(join(dir, FILES.pool), '# edited meanwhile\n');
    const before = await snapshot(dir, ALL);
    const err = await applyBump(plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StalePlanError);
    expect((err as Error).message).toBe(
      `${FILES.pool} changed since the bump was planned; plan again`,
    );
    expect(await snapshot(dir, ALL)).toEqual(before);
    const stray = (await readdir(dir, { recursive: true })).filter((f) => f.includes('.tmp'));
    expect(stray).toEqual([]);
  });
});
