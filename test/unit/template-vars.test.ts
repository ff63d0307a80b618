import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/template/render.js';
import { parseVarsArg } from '../../src/template/vars.js';

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wi-vars-')), name);
  await writeFile(path, text);
  return path;
}

describe('--vars', () => {
  it('takes an inline JSON object', async () => {
    expect(
      await parseVarsArg('{"enable_gpu": true, "global": {"docker_root_image": "img"}}'),
    ).toEqual({
      enable_gpu: true,
      global: { docker_root_image: 'img' },
    });
  });

  it('reads @file.json and @file.yml', async () => {
    const json = await file('vars.json', '{"extra_images": ["a", "b"]}');
    const yaml = await file(
      'vars.yml',
      'global:\n  docker_root_image: img\nextra_images:\n  - a\n',
    );
    expect(await parseVarsArg(`@${json}`)).toEqual({ extra_images: ['a', 'b'] });
    expect(await parseVarsArg(`@${yaml}`)).toEqual({
      global: { docker_root_image: 'img' },
      extra_images: ['a'],
    });
  });

  it('reads numbers and mappings as Python does: 1.0 stays a float, keys keep their order', async () => {
    const template = '{{ cuda }} {{ ports }} {{ big }} {{ ports[443] }}';
    const yaml = await file(
      'vars.yml',
      'cuda: 12.0\nports: {8080: alt, 443: https}\nbig: 12345678901234567890\n',
    );
    const json = await file(
      'vars.json',
      '{"cuda": 12.0, "ports": {"8080": "alt", "443": "https"}, "big": 12345678901234567890}',
    );
    // Jinja2 3.1 renders these from yaml.safe_load / json.load of the same files:
    expect(await renderTemplate(template, await parseVarsArg(`@${yaml}`), 't.j2')).toBe(
      "12.0 {8080: 'alt', 443: 'https'} 12345678901234567890 https",
    );
    await expect(renderTemplate(template, await parseVarsArg(`@${json}`), 't.j2')).rejects.toThrow(
      "undefined variable 'ports[443]'",
    );
    expect(
      await renderTemplate('{{ cuda }} {{ ports }}', await parseVarsArg(`@${json}`), 't.j2'),
    ).toBe("12.0 {'8080': 'alt', '443': 'https'}");
  });

  it('says what is wrong with invalid inline JSON and how to pass variables', async () => {
    await expect(parseVarsArg('{enable_gpu: true}')).rejects.toThrow(
      /^--vars: not valid JSON .*@FILE/,
    );
  });

  it('refuses a value that is not a mapping of names to values', async () => {
    await expect(parseVarsArg('["a"]')).rejects.toThrow(
      '--vars: expected a mapping of variable names to values, got a list',
    );
    const scalar = await file('vars.yaml', 'just text\n');
    await expect(parseVarsArg(`@${scalar}`)).rejects.toThrow(
      `--vars @${scalar}: expected a mapping`,
    );
  });

  it('names the file when it cannot be read or parsed', async () => {
    await expect(parseVarsArg('@/nonexistent/vars.yml')).rejects.toThrow(
      '--vars @/nonexistent/vars.yml: cannot read the file',
    );
    const broken = await file('vars.yml', 'a: [1\n');
    await expect(parseVarsArg(`@${broken}`)).rejects.toThrow(`--vars @${broken}: not valid YAML`);
    const brokenJson = await file('vars.json', '{"a": }');
    await expect(parseVarsArg(`@${brokenJson}`)).rejects.toThrow(
      `--vars @${brokenJson}: not valid JSON`,
    );
  });
});
