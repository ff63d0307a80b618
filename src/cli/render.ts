import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderTemplateFile } from '../template/render.js';
import { parseVarsArg } from '../template/vars.js';

export async function renderCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      template: { type: 'string', short: 't' },
      vars: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  if (!values.template) throw new Error('--template FILE is required (a Jinja2 template)');
  const variables = values.vars ? await parseVarsArg(values.vars) : {};
  const text = await renderTemplateFile(values.template, variables);
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return 0;
}
