import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planBump } from '../../src/references/plan.js';
import { ReferenceProblemError } from '../../src/references/problem.js';
import { DEFAULT_YAML_PATTERN, type ReferenceRule } from '../../src/references/rules.js';
import { copyExample, exampleRules, FILES } from './references-example.js';

const GALLERY =
  '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/galleries/rg_batch/images/batch-worker-22-04/versions';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await copyExample());
});
afterEach(() => cleanup());

function yamlRule(yamlPath: string, pattern = DEFAULT_YAML_PATTERN): ReferenceRule {
  return { name: 'pool', path: 'pool.yaml', yamlPath, pattern, flags: '', value: 'azure' };
}

async function bump(text: string, rule: ReferenceRule): Promise<string | undefined> {
  await writeFile(join(dir, 'pool.yaml'), text);
  const plan = await planBump({ repoDir: dir, rules: [rule], versions: { azure: '0.0.15' } });
  return plan.files[0]?.after;
}

async function problemOf(text: string, rule: ReferenceRule): Promise<unknown> {
  const err = await bump(text, rule).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ReferenceProblemError);
  const [problem] = (err as ReferenceProblemError).problems;
  return { line: problem.line, message: problem.message };
}

describe('editing a YAML value', () => {
  it('changes only the version at the end of the example pool’s arm_image_id, comments and all kept', async () => {
    const rules = (await exampleRules(dir)).filter((r) => r.name === 'azure-pool');
    const before = await readFile(join(dir, FILES.pool), 'utf8');
    const plan = await planBump({ repoDir: dir, rules, versions: { azure: '0.0.15' } });
    const after = plan.files[0]?.after ?? '';
    const at = before.indexOf('/versions/0.0.13') + '/versions/'.length;
    expect(after).toBe(before.slice(0, at) + '0.0.15' + before.slice(at + '0.0.13'.length));
    expect(after).toContain("  id: batch-workers # the pool's id in the Batch account\n");
  });

  it.each([
    [
      'double-quoted',
      `a:\n  id: "${GALLERY}/0.0.13" # pinned\n`,
      `a:\n  id: "${GALLERY}/0.0.15" # pinned\n`,
    ],
    ['single-quoted', `a:\n  id: '${GALLERY}/0.0.13'\n`, `a:\n  id: '${GALLERY}/0.0.15'\n`],
    [
      'in a flow mapping',
      `a: { id: ${GALLERY}/0.0.13, n: 1 }\n`,
      `a: { id: ${GALLERY}/0.0.15, n: 1 }\n`,
    ],
    [
      'with CRLF line ends',
      `# c\r\na:\r\n  id: ${GALLERY}/0.0.13\r\n`,
      `# c\r\na:\r\n  id: ${GALLERY}/0.0.15\r\n`,
    ],
  ])('edits a %s value in place', async (_, text, expected) => {
    expect(await bump(text, yamlRule('a.id'))).toBe(expected);
  });

  it('follows list indexes, and edits every document of a multi-document file that has the path', async () => {
    const text = [
      'pools:',
      '  - id: small',
      `    image: ${GALLERY}/0.0.13`,
      '  - id: large',
      `    image: ${GALLERY}/0.0.12`,
      '---',
      'other: document',
      '---',
      'pools:',
      `  - image: ${GALLERY}/0.0.13`,
      '',
    ].join('\n');
    const after = await bump(text, yamlRule('pools[0].image'));
    expect(after).toBe(
      text
        .replace(
          `image: ${GALLERY}/0.0.13\n  - id: large`,
          `image: ${GALLERY}/0.0.15\n  - id: large`,
        )
        .replace(`  - image: ${GALLERY}/0.0.13`, `  - image: ${GALLERY}/0.0.15`),
    );
  });

  it('uses the pattern to find the token inside the value, and leaves the same text outside it alone', async () => {
    const text = `# was ${GALLERY}/0.0.13\na:\n  id: ${GALLERY}/0.0.13\n  note: ${GALLERY}/0.0.13\n`;
    const after = await bump(text, yamlRule('a.id', 'batch-worker-22-04/versions/{version}$'));
    expect(after).toBe(
      `# was ${GALLERY}/0.0.13\na:\n  id: ${GALLERY}/0.0.15\n  note: ${GALLERY}/0.0.13\n`,
    );
  });

  it.each([
    [
      'a path that is not there',
      'a:\n  b: 1\n',
      'a.c.d',
      { line: 2, message: 'yaml-path not found: a has no key c' },
    ],
    [
      'a mapping where a value is expected',
      'a:\n  b: 1\n',
      'a',
      { line: 2, message: 'a is not a single value' },
    ],
    [
      'a block scalar',
      'a: |\n  text/0.0.13\n',
      'a',
      {
        line: 1,
        message:
          'the value at a must be plain or quoted, on one line, without escapes, to be edited in place (it is a BLOCK_LITERAL scalar)',
      },
    ],
    [
      'an escaped double-quoted value',
      'a: "x\\ty/0.0.13"\n',
      'a',
      {
        line: 1,
        message:
          'the value at a must be plain or quoted, on one line, without escapes, to be edited in place (it is a QUOTE_DOUBLE scalar)',
      },
    ],
    [
      'an alias',
      'base: &img x/0.0.13\na: *img\n',
      'a',
      { line: 2, message: 'a is an alias; edit the anchored value instead' },
    ],
    [
      'broken YAML',
      'a: [1\nb: 2\n',
      'a',
      { line: 2, message: expect.stringMatching(/^is not valid YAML: /) },
    ],
  ])('refuses %s with its line', async (_, text, path, expected) => {
    expect(await problemOf(text, yamlRule(path))).toEqual(expected);
  });
});
