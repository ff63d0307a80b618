import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplateFile } from '../../src/template/render.js';

const TEMPLATE = 'templates/azure-startup.sh.j2';
const variants = ['cpu', 'gpu'] as const;
const vars = (variant: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(`test/fixtures/templates/azure-startup.${variant}.json`, 'utf8'),
  ) as Record<string, unknown>;
const render = (variant: string): Promise<string> => renderTemplateFile(TEMPLATE, vars(variant));

function run(
  command: string,
  args: string[],
  input: string,
): { status: number | null; output: string } {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

describe('the Azure provisioning template', () => {
  it.each(variants)('renders a script bash can parse (%s)', async (variant) => {
    const script = await render(variant);
    expect(run('bash', ['-n'], script)).toEqual({ status: 0, output: '' });
    expect(script.startsWith('#!/bin/bash\nset -euxo pipefail\n')).toBe(true);
  });

  it.skipIf(!hasShellcheck).each(variants)('passes shellcheck (%s)', async (variant) => {
    expect(run('shellcheck', ['-s', 'bash', '-'], await render(variant))).toEqual({
      status: 0,
      output: '',
    });
  });

  it('returns to run-command: worker-image deprovisions, deallocates and captures the VM', async () => {
    const script = await render('cpu');
    expect(script).not.toMatch(/shutdown|poweroff|waagent/);
    expect(script.endsWith('\njournalctl --vacuum-time=1s')).toBe(true);
  });

  it('waits for cloud-init and the dpkg lock before installing packages', async () => {
    const script = await render('cpu');
    expect(script.indexOf('cloud-init status --wait')).toBeLessThan(
      script.indexOf('apt_get update'),
    );
    expect(script).toContain('apt-get -o DPkg::Lock::Timeout=600 "$@"');
    expect(script).not.toMatch(/^apt-get (update|install)/m);
  });

  it('installs the NVIDIA driver and container toolkit only with enable_gpu', async () => {
    expect(await render('cpu')).not.toMatch(/nvidia/i);
    const gpu = await render('gpu');
    expect(gpu).toContain('apt_get install -y nvidia-driver-535-server\n');
    expect(gpu).toContain('nvidia-ctk runtime configure --runtime=docker\n');
  });

  it('pre-pulls every image without leaving registry credentials in the image', async () => {
    const script = await render('cpu');
    const images = [/^ROOT_IMAGE=.*$/m, /^IMAGES=\([\s\S]*?^\)$/m, /^echo "pre-pulling .*$/m]
      .map((part) => part.exec(script)![0])
      .join('\n');
    const { status, output } = run('bash', ['-s'], `${images}\nprintf '%s\\n' "\${IMAGES[@]}"\n`);
    expect(status).toBe(0);
    expect(output).toBe(
      'pre-pulling 3 images\n' +
        'batchimages.azurecr.io/worker:latest\nbatchimages.azurecr.io/vep:105\nubuntu:22.04\n',
    );
    expect(script).not.toMatch(/docker login|oauth2|169\.254\.169\.254/);
  });

  it('writes a valid daemon.json from the docker variables', async () => {
    const daemonJson = (script: string): unknown =>
      JSON.parse(/cat > \/etc\/docker\/daemon\.json <<'EOF'\n([\s\S]*?)\nEOF\n/.exec(script)![1]!);
    expect(daemonJson(await render('gpu'))).toEqual({
      'data-root': '/mnt/docker',
      'log-driver': 'json-file',
      'log-opts': { 'max-size': '50m', 'max-file': '5' },
    });
  });
});
