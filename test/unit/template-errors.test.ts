import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate, renderTemplateFile, TemplateError } from '../../src/template/render.js';

const FILE = 'templates/gcp-startup.sh.j2';
const HINT = '(pass it under variables: in worker-image.yml, or with --vars)';

function renderError(source: string, variables: Record<string, unknown> = {}): TemplateError {
  try {
    renderTemplate(source, variables, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    return err as TemplateError;
  }
  throw new Error('the template rendered without an error');
}

describe('template errors name the file and the line', () => {
  it('an undefined variable is named with its dotted path and where to pass it', () => {
    const err = renderError('#!/bin/bash\nset -e\n\ndocker pull {{ global.docker_root_image }}\n', {
      global: {},
    });
    expect(err.message).toBe(`${FILE}:4: undefined variable 'global.docker_root_image' ${HINT}`);
    expect(err).toMatchObject({ file: FILE, line: 4 });
  });

  it('names the first missing part of the path, also when a filter is applied to it', () => {
    const err = renderError('set -e\nIMAGE={{ global.images.worker | shquote }}', { global: {} });
    expect(err.message).toBe(`${FILE}:2: undefined variable 'global.images' ${HINT}`);
  });

  it('counts the lines that comments and raw blocks before the error span', () => {
    const source =
      '{# a\nmulti-line\ncomment #}\n{% raw %}\n${#A}\n{% endraw %}\necho {{ missing }}';
    expect(renderError(source)).toMatchObject({ line: 7 });
  });

  it('a syntax error names its line', () => {
    const err = renderError('echo start\n{% if enable_gpu %}\necho gpu\n{% endfor %}\n');
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/^templates\/gcp-startup\.sh\.j2:4: .*endfor/);
  });

  it("bash's ${#VAR} opening a comment names the line and suggests {% raw %}", () => {
    const err = renderError('set -e\necho "${#ARGS[@]} arguments"\necho done\n');
    expect(err.line).toBe(2);
    expect(err.message).toContain('{% raw %}${#VAR}{% endraw %}');
  });

  it('an unclosed raw block names the line it starts on', () => {
    expect(renderError('a\n{% raw %}\n${#A}\n').message).toBe(
      `${FILE}:2: {% raw %} is never closed: add {% endraw %}`,
    );
  });

  it('printing a list (Jinja2 would print a Python repr) says how to print it', () => {
    const err = renderError('set -e\necho {{ images }}', { images: ['a', 'b'] });
    expect(err.message).toBe(`${FILE}:2: cannot print a list as text: use |join(' ') or |tojson`);
  });

  it('a failing filter is placed on the line that uses it', () => {
    const err = renderError('set -e\ndocker pull {{ images | shquote }}', { images: ['a', 'b'] });
    expect(err.line).toBe(2);
    expect(err.message).toContain('|shquote: quotes a single value');
  });

  it('the startup template without its required variable names it and its line', async () => {
    const line =
      readFileSync(FILE, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('ROOT_IMAGE=')) + 1;
    await expect(renderTemplateFile(FILE, {})).rejects.toThrow(
      `${FILE}:${line}: undefined variable 'global.docker_root_image' ${HINT}`,
    );
  });

  it('a template outside the working directory is named by its full path', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'wi-template-')), 'startup.sh.j2');
    await writeFile(path, 'echo {{ zone }}\n');
    await expect(renderTemplateFile(path, {})).rejects.toMatchObject({ file: path, line: 1 });
  });

  it('a missing template file says which and where it was configured', async () => {
    await expect(renderTemplateFile('templates/nope.sh.j2', {})).rejects.toThrow(
      'templates/nope.sh.j2: no such template file (check template: in worker-image.yml, or --template)',
    );
  });
});
