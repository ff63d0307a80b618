import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Root } from '../../src/config/confine.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { AWS_REGIONS } from '../../src/naming/aws-regions.js';
import { checkAwsRegion } from '../../src/naming/aws.js';
import { checkRegion } from '../../src/naming/azure.js';
import { loadPipelineConfig } from '../../src/pipeline/config.js';

const MINIMAL = `image:
  name: batch-worker
gcp:
  project: my-project
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: startup.sh.j2
`;

let base: string;
let repo: string;
let root: Root;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'worker-image-paths-'));
  repo = join(base, 'repo');
  await mkdir(repo);
  await writeFile(join(base, 'secret.txt'), 'root:x:0:0\nSECRET-LINE-2\n');
  root = { dir: repo, name: 'the workspace' };
});
afterEach(() => rm(base, { recursive: true, force: true }));

async function load(text: string, opts: { clouds?: ('gcp' | 'azure' | 'aws')[] } = {}) {
  await writeFile(join(repo, 'worker-image.yml'), text);
  return loadConfig({ path: 'worker-image.yml', cwd: repo, root, ...opts });
}

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).problems.map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);
}

describe('paths in the config stay inside the root, links followed', () => {
  it('accepts a template inside, and one reached through a link that stays inside', async () => {
    await mkdir(join(repo, 'templates'));
    await writeFile(join(repo, 'templates/startup.sh.j2'), '#!/bin/bash\n');
    await symlink('templates/startup.sh.j2', join(repo, 'startup.sh.j2'));
    const config = await load(MINIMAL);
    expect(config.gcp?.template.path).toBe(join(repo, 'startup.sh.j2'));
  });

  it('refuses an absolute template, a ../ one and a link out, each at its line', async () => {
    await symlink(join(base, 'secret.txt'), join(repo, 'link.sh.j2'));
    const list = await problems(
      load(
        MINIMAL.replace('template: startup.sh.j2', 'template: /etc/passwd') +
          `azure:\n  template: ../secret.txt\naws:\n  template: link.sh.j2\n`,
      ),
    );
    expect(list).toContain(
      `7 gcp.template: "/etc/passwd" leads to /etc/passwd, outside the workspace (${repo}); keep it inside`,
    );
    expect(list).toContain(
      `9 azure.template: "../secret.txt" leads to ${join(base, 'secret.txt')}, outside the workspace (${repo}); keep it inside`,
    );
    expect(list).toContain(
      `11 aws.template: "link.sh.j2" is a link (or lies under one) to ${join(base, 'secret.txt')}, outside the workspace (${repo}); refusing to follow it`,
    );
    expect(list.join('\n')).not.toMatch(/SECRET/);
  });

  it('refuses a manifest written outside, through a linked folder, or through a link', async () => {
    await symlink(base, join(repo, 'out'));
    await symlink(join(repo, 'elsewhere.json'), join(repo, 'manifest.json'));
    expect(await problems(load(`manifest: out/m.json\n${MINIMAL}`))).toEqual([
      `1 manifest: "out/m.json" is a link (or lies under one) to ${join(base, 'm.json')}, outside the workspace (${repo}); refusing to follow it`,
    ]);
    expect(await problems(load(`manifest: manifest.json\n${MINIMAL}`))).toEqual([
      '1 manifest: "manifest.json" is a symbolic link; an output is written as a regular file: remove the link or choose another path',
    ]);
    await rm(join(repo, 'manifest.json'));
    await symlink(join(base, 'secret.txt'), join(repo, 'worker-image-manifest.json'));
    expect(await problems(load(MINIMAL))).toEqual([
      '1 manifest: (default) "worker-image-manifest.json" is a symbolic link; an output is written as a regular file: remove the link or choose another path',
    ]);
  });

  it('refuses a config file outside the root, naming the input', async () => {
    const err = await loadConfig({ path: '../secret.txt', cwd: repo, root }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(
      /^inputs: config: "\.\.\/secret\.txt" leads to .*, outside the workspace/,
    );
  });

  it('without a root (a library caller vouching for its paths) nothing is confined', async () => {
    await writeFile(
      join(repo, 'worker-image.yml'),
      MINIMAL.replace('startup.sh.j2', '/etc/passwd'),
    );
    const config = await loadConfig({ path: 'worker-image.yml', cwd: repo });
    expect(config.gcp?.template.path).toBe('/etc/passwd');
  });
});

describe('a file that is not a config is refused by what it is, never quoted', () => {
  it.each([
    ['a text', 'root:x:0:0:SECRET\ndaemon:x:1:1:SECRET\n', /YAML reads it as one long text/],
    ['a list', '- SECRET\n', /YAML reads it as a list/],
    ['a single value', '42\n', /YAML reads it as a single value/],
  ])('%s', async (_, text, message) => {
    const [problem] = await problems(load(text));
    expect(problem).toMatch(message);
    expect(problem).not.toMatch(/SECRET/);
  });

  it('a value longer than 200 characters is cut where a message quotes it', async () => {
    const [problem] = await problems(load(MINIMAL.replace('us-central1-a', 'z'.repeat(300))));
    expect(problem).toContain(`"${'z'.repeat(200)}…"`);
    expect(problem).not.toContain('z'.repeat(201));
  });
});

describe('values YAML would coerce', () => {
  it.each([
    [
      'version: 0x1A',
      'image.version: YAML reads 0x1A as the number 26, not the text "0x1A"; quote it: version: \'0x1A\'',
    ],
    [
      'version: 017',
      'image.version: YAML reads 017 as the number 17, not the text "017"; quote it: version: \'017\'',
    ],
    [
      'version: 1e3',
      'image.version: YAML reads 1e3 as the number 1000, not the text "1e3"; quote it: version: \'1e3\'',
    ],
    [
      'version: 1_000',
      'image.version: YAML 1.1 tools read 1_000 as a number, not the text "1_000"; quote it: version: \'1_000\'',
    ],
    [
      'version: yes',
      'image.version: YAML 1.1 tools read yes as a boolean or null, not the text "yes"; quote it: version: \'yes\'',
    ],
  ])('%s is refused with the fix', async (line, message) => {
    expect(
      await problems(
        load(MINIMAL.replace('  name: batch-worker', `  name: batch-worker\n  ${line}`)),
      ),
    ).toEqual([`3 ${message}`]);
  });

  it('a version written as digits, or quoted, is read as written', async () => {
    await writeFile(join(repo, 'startup.sh.j2'), '');
    for (const line of ['version: 24', "version: '017'", 'version: "1e3"']) {
      const text = MINIMAL.replace('  name: batch-worker', `  name: batch-worker\n  ${line}`);
      const outcome = await load(text).catch((e: ConfigError) => e.problems[0]?.message);
      expect(typeof outcome === 'string' ? outcome : outcome.image.version).not.toMatch(/quote it/);
    }
  });
});

describe('an explicit version asks only the selected clouds for what they need', () => {
  const AZURE = `azure:
  subscription-id: 00000000-0000-0000-0000-000000000001
  location: eastus
  resource-group: rg
  gallery: g
  definition: { name: d, publisher: p, offer: o, sku: s }
  source-image: { publisher: Canonical, offer: o, sku: s }
  template: startup.sh.j2
`;

  it('plan --clouds gcp --version gcp=25 with an azure: block', async () => {
    await writeFile(join(repo, 'worker-image.yml'), MINIMAL + AZURE);
    const { config, clouds } = await loadPipelineConfig({
      path: 'worker-image.yml',
      cwd: repo,
      root,
      clouds: 'gcp',
      version: 'gcp=25',
    });
    expect(clouds).toEqual(['gcp']);
    expect(config.image.version).toBe('25');
  });

  it('an azure bake with an explicit image version still needs azure.version', async () => {
    const list = await problems(
      load(
        MINIMAL.replace('  name: batch-worker', '  name: batch-worker\n  version: "25"') + AZURE,
        {
          clouds: ['azure'],
        },
      ),
    );
    expect(list).toEqual([
      expect.stringMatching(/azure\.version: required when image\.version is explicit \(25\)/),
    ]);
    await expect(
      load(
        MINIMAL.replace('  name: batch-worker', '  name: batch-worker\n  version: "25"') + AZURE,
        {
          clouds: ['gcp'],
        },
      ),
    ).resolves.toMatchObject({ image: { version: '25' } });
  });
});

describe('regions are the ones the SDKs know', () => {
  it("AWS_REGIONS is the AWS SDK's partition data, every partition", async () => {
    const source = await readFile(
      'node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js',
      'utf8',
    );
    const inSdk = [...source.matchAll(/"([a-z]{2,4}(?:-[a-z]+)+-\d+)": \{\s*"description"/g)].map(
      (m) => m[1],
    );
    expect([...AWS_REGIONS].sort()).toEqual([...new Set(inSdk)].sort());
  });

  it('an unknown region is refused with the nearest known one and the override', () => {
    expect(checkAwsRegion('us-east-7')).toMatch(/did you mean "us-east-\d"/);
    expect(checkAwsRegion('us-east-7')).toMatch(/WORKER_IMAGE_EXTRA_REGIONS=us-east-7/);
    expect(checkRegion('westeurop')).toMatch(/did you mean "westeurope"/);
  });

  it('WORKER_IMAGE_EXTRA_REGIONS allows a region newer than the lists, shape still checked', () => {
    vi.stubEnv('WORKER_IMAGE_EXTRA_REGIONS', 'ap-southeast-9, newzealandsouth');
    try {
      expect(checkAwsRegion('ap-southeast-9')).toBeUndefined();
      expect(checkRegion('newzealandsouth')).toBeUndefined();
      expect(checkAwsRegion('us-east-7')).toMatch(/not an AWS region the SDK knows/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
