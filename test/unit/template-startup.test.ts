import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplateFile } from '../../src/template/render.js';

const TEMPLATE = 'templates/gcp-startup.sh.j2';
const variants = ['cpu', 'gpu'] as const;
const vars = (variant: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`test/fixtures/templates/gcp-startup.${variant}.json`, 'utf8')) as Record<
    string,
    unknown
  >;

function run(
  command: string,
  args: string[],
  input: string,
): { status: number | null; output: string } {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

describe('the GCE startup template', () => {
  it.each(variants)('renders a script bash can parse (%s)', async (variant) => {
    const script = await renderTemplateFile(TEMPLATE, vars(variant));
    expect(run('bash', ['-n'], script)).toEqual({ status: 0, output: '' });
    expect(script.startsWith('#!/bin/bash\nset -euxo pipefail\n')).toBe(true);
    expect(script.endsWith('\nshutdown -h now')).toBe(true);
  });

  it.skipIf(!hasShellcheck).each(variants)('passes shellcheck (%s)', async (variant) => {
    const script = await renderTemplateFile(TEMPLATE, vars(variant));
    expect(run('shellcheck', ['-s', 'bash', '-'], script)).toEqual({ status: 0, output: '' });
  });

  it('installs the NVIDIA driver and container toolkit only with enable_gpu', async () => {
    const cpu = await renderTemplateFile(TEMPLATE, vars('cpu'));
    const gpu = await renderTemplateFile(TEMPLATE, vars('gpu'));
    expect(cpu).not.toMatch(/nvidia/i);
    expect(gpu).toContain('apt-get install -y nvidia-driver-535-server\n');
    expect(gpu).toContain('nvidia-ctk runtime configure --runtime=docker\n');
  });

  it('writes a valid daemon.json from the docker variables, with defaults', async () => {
    const daemonJson = (script: string): unknown =>
      JSON.parse(/cat > \/etc\/docker\/daemon\.json <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(script)![1]!);
    expect(daemonJson(await renderTemplateFile(TEMPLATE, vars('cpu')))).toEqual({
      'log-driver': 'json-file',
      'log-opts': { 'max-size': '10m', 'max-file': '3' },
    });
    expect(daemonJson(await renderTemplateFile(TEMPLATE, vars('gpu')))).toEqual({
      'data-root': '/mnt/disks/ssd/docker',
      'log-driver': 'json-file',
      'log-opts': { 'max-size': '50m', 'max-file': '5' },
    });
  });

  it('pre-pulls the root image and every extra image', async () => {
    const script = await renderTemplateFile(TEMPLATE, vars('cpu'));
    // Run just the image list and its count, as the builder would.
    const images = [/^ROOT_IMAGE=.*$/m, /^IMAGES=\([\s\S]*?^\)$/m, /^echo "pre-pulling .*$/m]
      .map((part) => part.exec(script)![0])
      .join('\n');
    const { status, output } = run('bash', ['-s'], `${images}\nprintf '%s\\n' "\${IMAGES[@]}"\n`);
    expect(status).toBe(0);
    expect(output).toBe(
      'pre-pulling 3 images\n' +
        'us-docker.pkg.dev/my-project/batch/worker:latest\ngcr.io/my-project/vep:105\nubuntu:22.04\n',
    );
  });
});
