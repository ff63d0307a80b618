import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/config/duration.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';

const MINIMAL = `image:
  name: batch-worker
gcp:
  project: my-project
  zone: us-central1-a
  source-image:
    family: ubuntu-minimal-2204-lts
    project: ubuntu-os-cloud
  template: templates/gcp-startup.sh.j2
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worker-image-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(text: string, name = 'worker-image.yml'): Promise<string> {
  await writeFile(join(dir, name), text);
  return name;
}

async function problemsOf(promise: Promise<unknown>): Promise<ConfigError> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

describe('loading worker-image.yml', () => {
  it('applies every default to a minimal config and resolves paths against its folder', async () => {
    await mkdir(join(dir, 'ci'));
    const config = await loadConfig({ path: await write(MINIMAL, 'ci/w.yml'), cwd: dir });
    expect(config).toEqual({
      source: join(dir, 'ci/w.yml'),
      image: { name: 'batch-worker', namespace: 'default', version: 'auto', overwrite: false },
      manifestPath: join(dir, 'ci/worker-image-manifest.json'),
      gcp: {
        project: 'my-project',
        zone: 'us-central1-a',
        machineType: 'n1-standard-4',
        bootDisk: { sizeGb: 10, type: 'pd-ssd' },
        serviceAccount: 'default',
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        externalIp: true,
        sourceImage: { family: 'ubuntu-minimal-2204-lts', project: 'ubuntu-os-cloud' },
        labels: {},
        template: { path: join(dir, 'ci/templates/gcp-startup.sh.j2'), variables: {} },
        timeouts: { builder: 45 * 60_000, image: 20 * 60_000, operation: 10 * 60_000 },
        pollInterval: 1000,
        auth: 'application-default',
      },
    });
  });

  it('reads YAML numbers where text is meant: version 24, numeric label values', async () => {
    const path = await write(
      MINIMAL.replace('  name: batch-worker', '  name: batch-worker\n  version: 24') +
        '  labels: { cost-center: 1234, gpu: true }\n',
    );
    const config = await loadConfig({ path, cwd: dir });
    expect(config.image.version).toBe('24');
    expect(config.gcp?.labels).toEqual({ 'cost-center': '1234', gpu: 'true' });
  });

  it('reports every problem at once, each naming its field and line', async () => {
    const path = await write(`image:
  name: Batch_Worker
  version: latest
  namespace: default
gcp:
  project: proj
  zone: us-central1
  boot-disk:
    size-gb: 5
    type: ssd
  scopes: [https://www.googleapis.com/auth/cloud-platform, cloud-platform]
  source-image:
    project: ubuntu-os-cloud
  labels:
    worker-image-run: x
    team: Batch
  template: t.j2
  timeouts:
    builder: 45 minutes
    image: 25h
  poll-interval: 10ms
  endpoint: localhost:8085
  auth: gcloud
`);
    const err = await problemsOf(loadConfig({ path, cwd: dir }));
    expect(err.source).toBe(join(dir, path));
    expect(err.problems.map((p) => [p.field, p.line])).toEqual([
      ['image.name', 2],
      ['image.version', 3],
      ['gcp.project', 6],
      ['gcp.zone', 7],
      ['gcp.boot-disk.size-gb', 9],
      ['gcp.boot-disk.type', 10],
      ['gcp.scopes[1]', 11],
      ['gcp.source-image', 12],
      ['gcp.labels.worker-image-run', 15],
      ['gcp.labels.team', 16],
      ['gcp.timeouts.builder', 19],
      ['gcp.timeouts.image', 20],
      ['gcp.poll-interval', 21],
      ['gcp.endpoint', 22],
      ['gcp.auth', 23],
    ]);
    expect(err.message.split('\n')).toContain(
      'worker-image.yml: gcp.boot-disk.type: must be one of pd-standard, pd-balanced, pd-ssd, pd-extreme, hyperdisk-balanced (got "ssd")',
    );
    expect(err.message.split('\n')).toContain(
      'worker-image.yml: gcp.timeouts.image: must be from 1ms to 24h (got "25h")',
    );
    expect(err.field).toBe('image.name');
  });

  it('names missing required settings at the block where they belong', async () => {
    const path = await write('image:\n  namespace: alice\ngcp:\n  zone: us-central1-a\n');
    const err = await problemsOf(loadConfig({ path, cwd: dir }));
    expect(err.problems).toEqual([
      { field: 'image.name', message: 'required', line: 1 },
      { field: 'gcp.project', message: 'required', line: 3 },
      {
        field: 'gcp.source-image',
        message: 'required: an image name or family, plus its project',
        line: 3,
      },
      { field: 'gcp.template', message: 'required', line: 3 },
    ]);
  });

  it('requires a cloud block', async () => {
    const err = await problemsOf(
      loadConfig({ path: await write('image: { name: w }\n'), cwd: dir }),
    );
    expect(err.problems.map((p) => p.field)).toEqual(['gcp']);
  });

  it('suggests the field a misspelt key was meant to be, in reference rules too', async () => {
    const path = await write(
      MINIMAL.replace('  zone:', '  zonee:').replace(
        '  project: my-project',
        '  project: my-project\n  machine_type: e2-standard-4',
      ) + 'references:\n  - pathh: create_instance.py\nazur:\n  location: eastus\n',
    );
    const err = await problemsOf(loadConfig({ path, cwd: dir }));
    expect(err.message).toBe(
      [
        'worker-image.yml: gcp.zone: required',
        'worker-image.yml: gcp.machine_type: unknown field (did you mean "machine-type"?)',
        'worker-image.yml: gcp.zonee: unknown field (did you mean "zone"?)',
        'worker-image.yml: references[0].pathh: unknown field (did you mean "path"?)',
        'worker-image.yml: references[0].path: required',
        'worker-image.yml: references[0].pattern: required (or yaml-path): a regex with one {version}, e.g. global/images/batch-worker-{version}',
        'worker-image.yml: references[0].value: required: one of gcp, azure, aws, increment',
        'worker-image.yml: azur: unknown field (did you mean "azure"?)',
      ].join('\n'),
    );
    expect(err.problems.find((p) => p.field === 'azur')?.line).toBe(13);
  });

  it('refuses overwrite in the default namespace but allows it in a personal one', async () => {
    const refused = await write(
      MINIMAL.replace('  name: batch-worker', '  name: batch-worker\n  overwrite: true'),
    );
    const err = await problemsOf(loadConfig({ path: refused, cwd: dir }));
    expect(err.problems).toEqual([
      expect.objectContaining({
        field: 'image.overwrite',
        line: 3,
        message: expect.stringMatching(/default namespace/),
      }),
    ]);
    const config = await loadConfig({
      path: refused,
      overrides: { image: { namespace: 'alice' } },
      cwd: dir,
    });
    expect(config.image).toMatchObject({ namespace: 'alice', overwrite: true });
  });

  it('lets inputs and flags override the file, ignoring the ones left empty', async () => {
    const path = await write(MINIMAL + 'variables:\n  global: { a: 1, b: 2 }\n');
    const config = await loadConfig({
      path,
      cwd: dir,
      overrides: {
        image: { name: '', namespace: 'alice', version: undefined },
        variables: { global: { b: 3, c: '' } },
        gcp: {
          zone: 'europe-west4-b',
          project: undefined,
          'source-image': { name: 'ubuntu-2204-v1' },
        },
      },
    });
    expect(config.image).toMatchObject({
      name: 'batch-worker',
      namespace: 'alice',
      version: 'auto',
    });
    expect(config.gcp?.zone).toBe('europe-west4-b');
    expect(config.gcp?.project).toBe('my-project');
    expect(config.gcp?.sourceImage).toEqual({
      name: 'ubuntu-2204-v1',
      family: 'ubuntu-minimal-2204-lts',
      project: 'ubuntu-os-cloud',
    });
    expect(config.gcp?.template.variables).toEqual({ global: { a: 1, b: 3, c: '' } });
  });

  it('gives no file line for a bad value that came from an input', async () => {
    const err = await problemsOf(
      loadConfig({ path: await write(MINIMAL), overrides: { gcp: { zone: 'moon' } }, cwd: dir }),
    );
    expect(err.problems).toEqual([
      { field: 'gcp.zone', message: expect.stringMatching(/not a GCE zone/) },
    ]);
  });

  it('builds a config from inputs alone, relative to the working directory', async () => {
    const config = await loadConfig({
      cwd: dir,
      overrides: {
        image: { name: 'batch-worker', version: '7' },
        gcp: {
          project: 'my-project',
          zone: 'us-central1-a',
          template: 'startup.sh.j2',
          'source-image': { family: 'debian-12', project: 'debian-cloud' },
        },
      },
    });
    expect(config.source).toBe(dir);
    expect(config.gcp?.template.path).toBe(join(dir, 'startup.sh.j2'));
    expect(config.manifestPath).toBe(join(dir, 'worker-image-manifest.json'));

    const err = await problemsOf(loadConfig({ cwd: dir, overrides: { image: { name: 'w' } } }));
    expect(err.source).toBeUndefined();
    expect(err.message).toBe(
      'inputs: gcp: required: at least one cloud block (gcp, azure or aws) says where to bake the image',
    );
  });

  it('a missing file names the path and how to point at the right one', async () => {
    const err = await problemsOf(loadConfig({ path: 'nope.yml', cwd: dir }));
    expect(err.message).toContain(join(dir, 'nope.yml'));
    expect(err.message).toMatch(/config: input or the CLI's --config/);
  });

  it('reports YAML syntax errors and duplicate keys with their line', async () => {
    const err = await problemsOf(
      loadConfig({ path: await write(MINIMAL + '  zone: europe-west4-a\n'), cwd: dir }),
    );
    expect(err.problems).toEqual([
      { field: '', line: 10, message: expect.stringMatching(/unique/) },
    ]);
    expect(err.message).toMatch(
      /^worker-image\.yml: duplicate key "zone": each setting may appear once/,
    );
  });

  it('checks the full image name fits in 63 characters, even before the version is known', async () => {
    const long = 'w'.repeat(50);
    const auto = await problemsOf(
      loadConfig({
        path: await write(MINIMAL.replace('batch-worker', long)),
        overrides: { image: { namespace: 'alice-test' } },
        cwd: dir,
      }),
    );
    expect(auto.problems).toEqual([
      expect.objectContaining({
        field: 'image.name',
        message: expect.stringMatching(
          /is 66 characters; GCE names are at most 63 \(with version: auto/,
        ),
      }),
    ]);
    await expect(
      loadConfig({
        path: await write(MINIMAL.replace('batch-worker', long)),
        overrides: { image: { version: '24' } },
        cwd: dir,
      }),
    ).resolves.toMatchObject({ image: { version: '24' } });
  });

  it('parseConfig validates an already-parsed object', () => {
    expect(() =>
      parseConfig(
        { image: { name: 'w' }, gcp: [] },
        { source: '/repo/images/w.yml', baseDir: '/repo/images' },
      ),
    ).toThrow('w.yml: gcp: must be a mapping (got a list)');
  });

  it('the example config in templates/ loads', async () => {
    const config = await loadConfig({
      path: 'templates/worker-image.example.yml',
      cwd: resolve('.'),
    });
    expect(config.image.name).toBe('batch-worker');
    expect(config.gcp?.template.variables).toEqual({
      global: { docker_root_image: 'us-docker.pkg.dev/my-project/images/worker:1' },
      enable_gpu: false,
    });
  });
});

describe('durations', () => {
  it('parse units, combinations and plain seconds', () => {
    expect(parseDuration('90s', 'f')).toBe(90_000);
    expect(parseDuration('45m', 'f')).toBe(45 * 60_000);
    expect(parseDuration('2h', 'f')).toBe(7_200_000);
    expect(parseDuration('1h30m', 'f')).toBe(5_400_000);
    expect(parseDuration('250ms', 'f')).toBe(250);
    expect(parseDuration('1m30s', 'f')).toBe(90_000);
    expect(parseDuration(90, 'f')).toBe(90_000);
    expect(parseDuration('1.5', 'f')).toBe(1500);
    // Days, for image lifecycles (lifecycle.min-age: 30d).
    expect(parseDuration('30d', 'f')).toBe(30 * 86_400_000);
    expect(parseDuration('1d12h', 'f')).toBe(36 * 3_600_000);
  });

  it('reject anything else, naming the field', () => {
    for (const bad of ['45 minutes', '1w', '1h1d', '30m1h', '', 'm', -5, true]) {
      expect(() => parseDuration(bad, 'gcp.timeouts.builder'), String(bad)).toThrow(
        /^gcp\.timeouts\.builder: must be a duration such as "90s"/,
      );
    }
  });

  it('format for messages', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(250)).toBe('250ms');
  });
});
