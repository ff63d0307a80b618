import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import { checkTemplateFile } from '../../src/template/render.js';

const HINT = '(pass it under variables: in worker-image.yml, or with --vars)';

/** A template a user changed: a misspelt variable, an include, a filter Jinja2 has not. */
const CHANGED = [
  '#!/bin/bash',
  'docker pull {{ global.docker_root_image }}',
  '{% if enable_gpuu %}',
  '{% include "nvidia.sh.j2" %}',
  '{% endif %}',
  'echo {{ region|uper }}',
  '{% for image in extra_images %}docker pull {{ image }}{% endfor %}',
  '{{ proxy|default("") }}{% if debug is defined %}{{ debug }}{% endif %}',
].join('\n');

async function template(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wi-check-')), 'startup.sh.j2');
  await writeFile(path, text);
  return path;
}

function output(spy: { mock: { calls: unknown[][] } }): string {
  return spy.mock.calls.map((c) => String(c[0])).join('');
}

describe('worker-image render --check', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every refusal and every undefined variable with its line, in one pass', async () => {
    const path = await template(CHANGED);
    const problems = await checkTemplateFile(path, { global: {}, region: 'eu' });
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, `undefined variable 'global.docker_root_image' ${HINT}`],
      [3, `undefined variable 'enable_gpuu' ${HINT}`],
      [
        4,
        '{% include %} is not supported by worker-image: worker-image renders one template file, like jinja2.Template(source): paste the included text in, or make it a {% macro %} in this file',
      ],
      [6, 'unknown filter |uper (Jinja2 has none by that name either): did you mean |upper?'],
      [7, `undefined variable 'extra_images' ${HINT}`],
    ]);
  });

  it('passes the startup templates with the variables the bake gives them', async () => {
    for (const name of ['gcp-startup', 'azure-startup']) {
      const vars = `@test/fixtures/templates/${name}.gpu.json`;
      const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      expect(await cli(['render', '--check', `templates/${name}.sh.j2`, '--vars', vars])).toBe(0);
      expect(output(log)).toBe(`templates/${name}.sh.j2: renders like Jinja2\n`);
      log.mockRestore();
    }
  });

  it('exits 1 and prints each problem as file:line: for CI logs', async () => {
    const path = await template(CHANGED);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const vars = JSON.stringify({ global: { docker_root_image: 'img' }, region: 'eu' });
    expect(await cli(['render', '--check', path, '--vars', vars, '--repo', dirname(path)])).toBe(1);
    const lines = output(err).trimEnd().split('\n');
    expect(lines.map((l) => l.slice(path.length).split(' ')[0])).toEqual([
      ':3:',
      ':4:',
      ':6:',
      ':7:',
    ]);
  });

  it('reports the error rendering meets when nothing else is wrong', async () => {
    const path = await template('set -e\n\n{{ count + "1" }}\n');
    const problems = await checkTemplateFile(path, { count: 3 });
    expect(problems.map((p) => p.message)).toEqual([
      `${path}:3: TypeError: unsupported operand type(s) for +: 'int' and 'str'`,
    ]);
  });
});
