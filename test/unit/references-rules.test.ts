import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { exampleRules } from './references-example.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-rules-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function write(text: string): Promise<string> {
  await writeFile(join(dir, 'worker-image.yml'), text);
  return 'worker-image.yml';
}

async function problemsOf(promise: Promise<unknown>): Promise<ConfigError> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

const BAKE = `image: { name: batch-worker }
gcp:
  project: my-project
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: t.j2
`;

describe('references in worker-image.yml', () => {
  it('a file holding only references is a bump config, with defaults applied', async () => {
    const rules = await exampleRules();
    expect(rules).toHaveLength(7);
    expect(rules[0]).toEqual({
      name: 'gcp-driver',
      path: 'batch/batch/cloud/gcp/driver/create_instance.py',
      pattern: "f'projects/\\{project\\}/global/images/batch-worker-{version}'",
      flags: '',
      value: 'gcp',
      expect: 1,
    });
    expect(rules.find((r) => r.name === 'azure-pool')).toEqual({
      name: 'azure-pool',
      path: 'batch/pool.yaml',
      yamlPath: 'pool_specification.vm_configuration.custom_image.arm_image_id',
      pattern: '/images/batch-worker-22-04/versions/{version}$',
      flags: '',
      value: 'azure',
    });
    const path = await write(
      'references:\n  - { path: pool.yaml, yaml-path: a.id, value: azure }\n',
    );
    const config = await loadConfig({ path, cwd: dir, purpose: 'bump' });
    expect(config).toEqual({
      source: join(dir, path),
      manifestPath: join(dir, 'worker-image-manifest.json'),
      references: [
        {
          name: 'pool.yaml:a.id',
          path: 'pool.yaml',
          yamlPath: 'a.id',
          pattern: '{version}$',
          flags: '',
          value: 'azure',
        },
      ],
    });
  });

  it('is still not enough for a bake, and a bump needs the rules', async () => {
    const path = await write(
      'references:\n  - { path: a.py, pattern: "x{version}", value: gcp }\n',
    );
    const bake = await problemsOf(loadConfig({ path, cwd: dir }));
    expect(bake.problems.map((p) => p.field)).toEqual(['image.name', 'gcp']);

    await write(BAKE);
    const bump = await problemsOf(loadConfig({ path, cwd: dir, purpose: 'bump' }));
    expect(bump.problems).toEqual([
      {
        field: 'references',
        message:
          'required: the rules saying which image references to rewrite (path, pattern with {version}, value)',
        line: 1,
      },
    ]);
  });

  it('a bake config may carry the rules, and a bump reads its other blocks too', async () => {
    const path = await write(
      `${BAKE}references:\n  - { path: a.py, pattern: "x{version}", value: gcp, flags: i }\n`,
    );
    const bake = await loadConfig({ path, cwd: dir });
    expect(bake.references).toEqual([
      { name: 'a.py', path: 'a.py', pattern: 'x{version}', flags: 'i', value: 'gcp' },
    ]);
    const bump = await loadConfig({ path, cwd: dir, purpose: 'bump' });
    expect(bump.image?.name).toBe('batch-worker');
    expect(bump.gcp?.project).toBe('my-project');
  });

  it('takes rules from inputs in place of the file’s, without pointing at the file’s lines', async () => {
    const path = await write(
      'references:\n  - { path: a.py, pattern: "x{version}", value: gcp }\n',
    );
    const err = await problemsOf(
      loadConfig({
        path,
        cwd: dir,
        purpose: 'bump',
        overrides: { references: [{ path: 'b.py', pattern: 'y', value: 'gcp' }] },
      }),
    );
    expect(err.problems).toEqual([
      {
        field: 'references[0].pattern',
        message:
          'has no {version}: put it where the version number is, e.g. batch-worker-{version}',
      },
    ]);
  });

  it('names every broken rule by field and line', async () => {
    const path = await write(`references:
  - path: a.py
    pattern: batch-worker-{version}-{version}
    value: gcp
  - path: a.py
    pattern: batch-worker-23
    value: gcp
  - path: a.py
    pattern: batch-worker-({version}
    value: gcp
  - path: a.py
    pattern: batch-worker-{version}
    value: gce
  - path: a.py
    pattern: (?i)batch-worker-{version}
    value: gcp
  - path: a.py
    pattern: projects/{project}/images/batch-worker-{version}
    value: gcp
  - path: ../other/a.py
    pattern: x{version}
    value: gcp
  - path: pool.yaml
    yaml-path: pools..image
    value: azure
  - path: a.py
    value: increment
    expect: 0
    flags: gx
  - path: a.py
    pattern: x{version}
  - pathh: a.py
    pattern: x{version}
    value: gcp
  - name: twice
    path: a.py
    pattern: x{version}
    value: gcp
  - name: twice
    path: b.py
    pattern: x{version}
    value: gcp
`);
    const err = await problemsOf(loadConfig({ path, cwd: dir, purpose: 'bump' }));
    expect(err.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [
        3,
        'references[0].pattern',
        'has 2 {version} placeholders; a rule rewrites exactly one token per match, so split it into one rule per reference',
      ],
      [
        6,
        'references[1].pattern',
        'has no {version}: put it where the version number is, e.g. batch-worker-{version}',
      ],
      [
        9,
        'references[2].pattern',
        expect.stringMatching(
          /^is not a valid regular expression: Invalid regular expression: .*: Unterminated group$/,
        ),
      ],
      [13, 'references[3].value', 'must be one of gcp, azure, aws, increment (got "gce")'],
      [
        15,
        'references[4].pattern',
        expect.stringMatching(
          /^is not a valid regular expression: .*; inline flags such as \(\?i\) are not JavaScript regex syntax, use flags: i$/,
        ),
      ],
      [
        18,
        'references[5].pattern',
        'has "{project}", which is neither {version} nor a quantifier: write literal braces as \\{ and \\} (e.g. \\{project\\})',
      ],
      [20, 'references[6].path', 'must stay inside the repository (got "../other/a.py")'],
      [
        24,
        'references[7].yaml-path',
        'must be keys separated by dots, with [n] for a list item, e.g. pool_specification.vm_configuration.custom_image.arm_image_id (got "pools..image")',
      ],
      [
        26,
        'references[8].pattern',
        'required (or yaml-path): a regex with one {version}, e.g. global/images/batch-worker-{version}',
      ],
      [28, 'references[8].expect', 'must be a whole number from 1 to 10000 (got 0)'],
      [
        29,
        'references[8].flags',
        'must be some of i (ignore case), s (. matches line breaks), u (unicode), m (always on), each once (got "gx")',
      ],
      [30, 'references[9].value', 'required: one of gcp, azure, aws, increment'],
      [32, 'references[10].pathh', 'unknown field (did you mean "path"?)'],
      [32, 'references[10].path', 'required'],
      [
        39,
        'references[12].name',
        '"twice" is also the name of references[11]; names tell rules apart in messages',
      ],
    ]);
  });

  it.each([
    [
      'a mapping',
      'references: { path: a.py }\n',
      'must be a list of rules, each with path, pattern (or yaml-path) and value (got a mapping)',
    ],
    ['an empty list', 'references: []\n', 'must hold at least one rule'],
  ])('refuses %s', async (_, text, message) => {
    const err = await problemsOf(
      loadConfig({ path: await write(text), cwd: dir, purpose: 'bump' }),
    );
    expect(err.problems).toEqual([{ field: 'references', message, line: 1 }]);
  });
});
