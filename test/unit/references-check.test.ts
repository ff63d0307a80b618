import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBump } from '../../src/references/apply.js';
import { checkReferences } from '../../src/references/check.js';
import { planBump } from '../../src/references/plan.js';
import type { ReferenceRule } from '../../src/references/rules.js';
import { copyExample, exampleRules, FILES } from './references-example.js';

const MANIFEST = { gcp: '24', azure: '0.0.15' };

let dir: string;
let cleanup: () => Promise<void>;
let rules: ReferenceRule[];
beforeEach(async () => {
  ({ dir, cleanup } = await copyExample());
  rules = await exampleRules(dir);
});
afterEach(() => cleanup());

async function edit(file: string, from: string, to: string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, (await readFile(path, 'utf8')).replace(from, to));
}

describe('the pull-request guard', () => {
  it('fails every reference older than the manifest, each on its line', async () => {
    const result = await checkReferences({ repoDir: dir, rules, versions: MANIFEST });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.rule, p.file, p.line, p.message])).toEqual([
      [
        'gcp-driver',
        FILES.gcpDriver,
        33,
        'names version 23, older than the gcp version 24 in the manifest',
      ],
      [
        'azure-driver',
        FILES.azureDriver,
        46,
        'names version 0.0.13, older than the azure version 0.0.15 in the manifest',
      ],
      [
        'gcp-build-script',
        FILES.gcpScript,
        11,
        'names version 23, older than the gcp version 24 in the manifest',
      ],
      [
        'azure-build-script',
        FILES.azureScript,
        13,
        'names version 0.0.14, older than the azure version 0.0.15 in the manifest',
      ],
      [
        'azure-pool',
        FILES.pool,
        8,
        'names version 0.0.13, older than the azure version 0.0.15 in the manifest',
      ],
      [
        'gcp-docs',
        FILES.docs,
        9,
        'names version 17a, older than the gcp version 24 in the manifest',
      ],
    ]);
  });

  it('passes once the bump is applied, and for references newer than the manifest', async () => {
    await applyBump(await planBump({ repoDir: dir, rules, versions: MANIFEST }));
    expect(await checkReferences({ repoDir: dir, rules, versions: MANIFEST })).toEqual({
      ok: true,
      problems: [],
    });
    expect(
      await checkReferences({ repoDir: dir, rules, versions: { gcp: '23', azure: '0.0.9' } }),
    ).toEqual({
      ok: true,
      problems: [],
    });
  });

  it('finds the Azure references one version behind the build script, given its version', async () => {
    // Without versions only the shape is checked, and the example's drift is not a shape problem.
    expect(await checkReferences({ repoDir: dir, rules, versions: {} })).toEqual({
      ok: true,
      problems: [],
    });
    const result = await checkReferences({ repoDir: dir, rules, versions: { azure: '0.0.14' } });
    expect(result.problems.map((p) => [p.rule, p.line])).toEqual([
      ['azure-driver', 46],
      ['azure-pool', 8],
    ]);
  });

  it('fails a reference to a namespaced test image, even where the version is current', async () => {
    await applyBump(await planBump({ repoDir: dir, rules, versions: MANIFEST }));
    await edit(FILES.gcpDriver, 'batch-worker-24', 'batch-worker-alice-3');
    const result = await checkReferences({ repoDir: dir, rules, versions: {} });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          rule: 'gcp-driver',
          file: FILES.gcpDriver,
          line: 33,
          pattern: "f'projects/\\{project\\}/global/images/batch-worker-{version}'",
          message:
            'names an image of namespace alice (alice-3), a test build; point it back at a released (default-namespace) image before merging',
        },
      ],
    });
  });

  it('reports a rule that no longer matches, as a bump would', async () => {
    await edit(FILES.gcpScript, 'WORKER_IMAGE_VERSION=23', 'WORKER_IMAGE_VERSION="$1"');
    const result = await checkReferences({ repoDir: dir, rules, versions: {} });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.rule, p.file, p.message])).toEqual([
      [
        'gcp-build-script',
        FILES.gcpScript,
        'matched nothing; a version is digits with optional .parts and a letter (23, 17a, 0.0.14)',
      ],
    ]);
  });
});
