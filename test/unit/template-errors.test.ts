import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate, renderTemplateFile, TemplateError } from '../../src/template/render.js';

const FILE = 'templates/gcp-startup.sh.j2';
const HINT = '(pass it under variables: in worker-image.yml, or with --vars)';

async function renderError(
  source: string,
  variables: Record<string, unknown> = {},
): Promise<TemplateError> {
  try {
    await renderTemplate(source, variables, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    return err as TemplateError;
  }
  throw new Error('the template rendered without an error');
}

describe('template errors name the file and the line', () => {
  it('an undefined variable is named with its dotted path and where to pass it', async () => {
    const err = await renderError(
      '#!/bin/bash\nset -e\n\ndocker pull {{ global.docker_root_image }}\n',
      { global: {} },
    );
    expect(err.message).toBe(`${FILE}:4: undefined variable 'global.docker_root_image' ${HINT}`);
    expect(err).toMatchObject({ file: FILE, line: 4 });
  });

  it('names the first missing part of the path, also when a filter is applied to it', async () => {
    const err = await renderError('set -e\nIMAGE={{ global.images.worker | shquote }}', {
      global: {},
    });
    expect(err.message).toBe(`${FILE}:2: undefined variable 'global.images' ${HINT}`);
  });

  it('a misspelt variable in {% if %} fails instead of skipping the block (enable_gpuu)', async () => {
    const source = 'set -e\n{% if enable_gpuu %}\ninstall-nvidia-driver\n{% endif %}\n';
    expect((await renderError(source, { enable_gpu: true })).message).toBe(
      `${FILE}:2: undefined variable 'enable_gpuu' ${HINT}`,
    );
  });

  it('an undefined list in {% for %}, in ~, and in a comparison fails with its line', async () => {
    expect(await renderError('a\n{% for i in images %}{{ i }}{% endfor %}')).toMatchObject({
      line: 2,
    });
    expect(await renderError('a\nb\n{{ "v" ~ version }}')).toMatchObject({ line: 3 });
    expect(await renderError('{% if count > 1 %}x{% endif %}')).toMatchObject({ line: 1 });
  });

  it('counts the lines that comments and raw blocks before the error span', async () => {
    const source =
      '{# a\nmulti-line\ncomment #}\n{% raw %}\n${#A}\n{% endraw %}\necho {{ missing }}';
    expect(await renderError(source)).toMatchObject({ line: 7 });
  });

  it('a block left open names the line it opens on and the tag that closes it', async () => {
    const err = await renderError('#!/bin/bash\necho start\n{% if gpu %}\necho pulling\n');
    expect(err.message).toMatch(
      /^templates\/gcp-startup\.sh\.j2:3: \{% if %\} is never closed: add \{% endif %\}/,
    );
  });

  it('a syntax error names its line', async () => {
    const err = await renderError('echo start\n{% if enable_gpu %}\necho gpu\n{% endfor %}\n');
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/^templates\/gcp-startup\.sh\.j2:4: .*endfor/);
  });

  it("bash's ${#VAR} opening a comment names the line and suggests {% raw %}", async () => {
    const err = await renderError('set -e\necho "${#ARGS[@]} arguments"\necho done\n');
    expect(err.line).toBe(2);
    expect(err.message).toContain('{% raw %}${#VAR}{% endraw %}');
  });

  it('an unclosed raw block names the line it starts on', async () => {
    expect((await renderError('a\n{% raw %}\n${#A}\n')).message).toBe(
      `${FILE}:2: {% raw %} is never closed: add {% endraw %}`,
    );
  });

  it('a failing filter is placed on the line that uses it', async () => {
    const err = await renderError('set -e\ndocker pull {{ images | shquote }}', {
      images: ['a', 'b'],
    });
    expect(err.line).toBe(2);
    expect(err.message).toContain('shquote quotes a single value');
  });

  it("Python's errors come with Python's name for them, as Jinja2 would raise them", async () => {
    expect((await renderError('x\n{{ 1 + "a" }}')).message).toBe(
      `${FILE}:2: TypeError: unsupported operand type(s) for +: 'int' and 'str'`,
    );
    expect((await renderError('{% for i in [1] %}\n{{ i / 0 }}{% endfor %}')).message).toBe(
      `${FILE}:2: ZeroDivisionError: division by zero`,
    );
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

describe('what worker-image does not reproduce is refused before anything renders', () => {
  const refusal = async (source: string, variables: Record<string, unknown> = {}) =>
    (await renderError(source, variables)).message;

  it('{% include %}, {% import %} and {% extends %} name the tag, the line and what to do', async () => {
    expect(await refusal('echo a\n{% include "common.sh.j2" %}\n')).toBe(
      `${FILE}:2: {% include %} is not supported by worker-image: worker-image renders one template file, like jinja2.Template(source): paste the included text in, or make it a {% macro %} in this file`,
    );
    expect(await refusal('{% import "m.j2" as m %}')).toMatch(
      /:1: \{% import %\} .*define the macros in this file/,
    );
    expect(await refusal('\n\n{% extends "base.j2" %}')).toMatch(
      /:3: \{% extends %\} .*write the template out in full/,
    );
  });

  it('a refusal comes before rendering, even when the line is never reached', async () => {
    expect(await refusal('{% if false %}\n{{ x|pprint }}\n{% endif %}')).toMatch(
      /:2: the filter \|pprint is not supported by worker-image: print the value with \|tojson or \|string/,
    );
  });

  it('an unknown filter or test names the one meant', async () => {
    expect(await refusal('{{ name|uper }}', { name: 'a' })).toBe(
      `${FILE}:1: unknown filter |uper (Jinja2 has none by that name either): did you mean |upper?`,
    );
    expect(await refusal('{% if n is defind %}x{% endif %}', { n: 1 })).toMatch(
      /did you mean is defined\?/,
    );
  });

  it('a Python method worker-image does not model is refused with its name', async () => {
    expect(await refusal('x\n{{ name.encode("utf-8") }}', { name: 'a' })).toMatch(
      /:2: str\.encode is not supported by worker-image: /,
    );
  });

  it('printing what Jinja2 prints as a memory address is refused with the fix', async () => {
    expect(await refusal('{{ [1, 2]|map("string") }}')).toMatch(
      /printing a generator .* is not supported by worker-image: .*add \|list/,
    );
    expect(await refusal('{{ name.upper }}', { name: 'a' })).toMatch(
      /printing a method without calling it .*add the parentheses/,
    );
  });

  it('{% do %} and {% break %} say they need an extension Jinja2 does not load', async () => {
    expect(await refusal('{% for i in [1] %}{% break %}{% endfor %}')).toMatch(
      /Encountered unknown tag 'break'.*: \{% break %\} needs a Jinja2 extension/,
    );
  });
});
