import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { COMMAND_HELP } from '../../src/cli/usage.js';
import { writeConfig, writes } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI in-process, capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const code = await cli(args);
  vi.restoreAllMocks();
  return { code, out };
}

describe('worker-image CLI', () => {
  it('bake --dry-run prints the plan (name, version, resources) and writes nothing', async () => {
    await emulator.control.reset();
    emulator.control.seedImage({ project: 'test-project', name: 'batch-worker-7' });
    const { code, out } = await run(['bake', '--config', await writeConfig(emulator), '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('image:         batch-worker-8 (version 8)');
    expect(out).toMatch(
      /instance batch-worker-8-builder-[a-f0-9]{6} \(n1-standard-4, zone us-central1-a, default service account, external IP\) \(temporary\)/,
    );
    expect(writes(emulator)).toEqual([]);
  });

  it('render writes the template as the bake renders it', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'wi-render-'));
    await copyFile('templates/gcp-startup.sh.j2', join(repo, 'startup.sh.j2'));
    const out = join(repo, 'startup.sh');
    const vars = JSON.stringify({ global: { docker_root_image: 'r/worker:1' } });
    const result = await run([
      'render',
      '--repo',
      repo,
      '--template',
      join(repo, 'startup.sh.j2'),
      '--vars',
      vars,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain("ROOT_IMAGE='r/worker:1'");
  });

  it('render refuses a template or an output outside the repository (the working directory by default)', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'wi-render-'));
    await writeFile(join(elsewhere, 'x.sh.j2'), 'echo hi\n');
    const template = await run(['render', '--template', join(elsewhere, 'x.sh.j2')]);
    expect(template.code).toBe(1);
    expect(template.out).toMatch(
      /--template: ".*x\.sh\.j2" leads to .*, outside the working directory/,
    );
    const out = join(elsewhere, 'out.sh');
    const output = await run(['render', '--template', 'templates/gcp-startup.sh.j2', '--out', out]);
    expect(output.code).toBe(1);
    expect(output.out).toMatch(/--out: ".*out\.sh" leads to .*, outside the working directory/);
  });

  it('render names the template line of an undefined variable', async () => {
    const { code, out } = await run([
      'render',
      '--template',
      'templates/gcp-startup.sh.j2',
      '--vars',
      '{}',
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/templates\/gcp-startup\.sh\.j2:\d+: undefined variable 'global/);
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const { code, out } = await run(['bakee']);
    expect(code).toBe(2);
    expect(out).toContain('unknown command "bakee"');
    expect(out).toContain('worker-image bake --config FILE');
  });

  it.each(Object.keys(COMMAND_HELP))('%s --help prints its usage and exits 0', async (name) => {
    const { code, out } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage:\n  worker-image ${name}`));
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, out: `worker-image ${pkg.version}\n` });
  });

  it('the help names all three clouds, the emulator EC2 too', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const cloud of ['GCP', 'Azure', 'AWS']) expect(out).toContain(cloud);
    expect((await run(['emulator', '--help'])).out).toMatch(/GCE, Azure Resource Manager and EC2/);
  });

  it('a flag given twice, or unknown, is refused with the usage', async () => {
    const twice = await run(['bake', '--config', 'x.yml', '--cloud', 'gcp', '--cloud', 'aws']);
    expect(twice.code).toBe(1);
    expect(twice.out).toContain('--cloud is given twice; give it once');
    const unknown = await run(['gc', '--config', 'x.yml', '--older', '6h']);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toMatch(/Unknown option '--older'[\s\S]*Usage:\n {2}worker-image gc/);
  });

  it('plan --offline --clouds gcp --version gcp=25 names the image, whatever the azure: block says', async () => {
    const config = await writeConfig(emulator);
    const dir = join(config, '..');
    await copyFile('templates/azure-startup.sh.j2', join(dir, 'azure-startup.sh.j2'));
    await writeFile(
      config,
      (await readFile(config, 'utf8')) +
        `azure:
  subscription-id: 00000000-0000-0000-0000-0000000000a1
  location: eastus
  resource-group: batch-images
  gallery: batch_images
  definition: { name: batch-worker-22-04, publisher: batch, offer: worker, sku: 22-04 }
  source-image: { publisher: Canonical, offer: 0001-com-ubuntu-server-jammy, sku: 22_04-lts-gen2 }
  template: azure-startup.sh.j2
`,
    );
    emulator.control.clearCalls();
    const { code, out } = await run([
      'plan',
      '--offline',
      '--config',
      config,
      '--clouds',
      'gcp',
      '--version',
      'gcp=25',
    ]);
    expect(code, out).toBe(0);
    expect(out).toContain(
      'image:     batch-worker-25 (planned offline: resources resolved at bake time)',
    );
    expect(emulator.control.calls()).toEqual([]);
  });

  it("the README's render example runs as written", async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = /^npx worker-image (render --template \S+ --vars \S+)$/m.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { code, out } = await run(example!.split(' '));
    expect(code, out).toBe(0);
    expect(out).toContain("ROOT_IMAGE='us-docker.pkg.dev/my-project/images/worker:1'");
  });
});
