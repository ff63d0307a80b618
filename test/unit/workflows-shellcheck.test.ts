import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { TemplateConfig } from '../../src/config/types.js';
import { renderTemplateFile } from '../../src/template/render.js';

// The template tests shellcheck each template with hand-written variables; this one
// shellchecks what the example configs really render: their own variables merged as a bake
// merges them, for every cloud block (so a new cloud's template is covered by adding it to
// an example).
const EXAMPLES = [
  'examples/worker-image.yml',
  'templates/worker-image.example.yml',
  'examples/batch-service/worker-image.yml',
];

/** [what is rendered, the template with the example's variables] */
type Rendering = [name: string, template: TemplateConfig];

async function exampleRenderings(): Promise<Rendering[]> {
  const renderings: Rendering[] = [];
  for (const example of EXAMPLES) {
    const config = await loadConfig({ path: example, cwd: process.cwd() });
    for (const [cloud, block] of Object.entries(config)) {
      const template = (block as { template?: TemplateConfig } | undefined)?.template;
      if (!template?.path) continue;
      const path = relative(process.cwd(), template.path);
      renderings.push([`${example} ${cloud} (${path})`, template]);
    }
  }
  return renderings;
}

const renderings = await exampleRenderings();
const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;

describe('the example templates, rendered with the examples’ variables', () => {
  it('cover every template in templates/', () => {
    const rendered = new Set(renderings.map(([, template]) => resolve(template.path)));
    const templates = readdirSync('templates')
      .filter((f) => f.endsWith('.j2'))
      .map((f) => resolve('templates', f));
    expect(templates.filter((t) => !rendered.has(t))).toEqual([]);
  });

  it.each(renderings)('%s is valid bash', async (_name, template) => {
    const script = await renderTemplateFile(template.path, template.variables);
    const bash = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(bash.stderr).toBe('');
    expect(bash.status).toBe(0);
  });

  // .ci/run and the CI workflow install shellcheck; only a bare developer machine lacks it.
  it.skipIf(!shellcheck).each(renderings)(
    `%s passes shellcheck${shellcheck ? '' : ' (skipped: shellcheck is not installed)'}`,
    async (_name, template) => {
      const script = await renderTemplateFile(template.path, template.variables);
      const result = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], {
        input: script,
        encoding: 'utf8',
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
  );
});
