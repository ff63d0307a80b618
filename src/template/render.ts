import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import type { Environment } from 'nunjucks';
import { compileTemplate, createEnvironment } from './environment.js';
import { TemplateError, toTemplateError } from './errors.js';
import { toNunjucksSource } from './jinja-source.js';

export { TemplateError } from './errors.js';

let shared: Environment | undefined;

/**
 * Renders a Jinja2 template to the bytes Jinja2 would produce (see environment.ts for the
 * few differences). `name` is how errors refer to the template, e.g. its path.
 */
export function renderTemplate(
  source: string,
  variables: Record<string, unknown>,
  name: string,
): string {
  shared ??= createEnvironment();
  let translated = source;
  try {
    translated = toNunjucksSource(source);
    return compileTemplate(shared, translated, name).render(variables);
  } catch (err) {
    throw toTemplateError(err, name, translated, variables);
  }
}

/** Reads and renders a template file; errors name it relative to the working directory. */
export async function renderTemplateFile(
  path: string,
  variables: Record<string, unknown>,
): Promise<string> {
  const name = displayPath(path);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TemplateError(
      name,
      undefined,
      missing
        ? 'no such template file (check template: in worker-image.yml, or --template)'
        : `cannot read the template: ${(err as Error).message}`,
    );
  }
  return renderTemplate(source, variables, name);
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
