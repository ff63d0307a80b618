import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { outputProblem, outsideRoot, type Root } from '../config/confine.js';
import { checkTemplateFile, renderTemplateFile } from '../template/render.js';
import { parseVarsArg } from '../template/vars.js';
import { parseCommand } from './args.js';
import { forStdout } from '../log/workflow-commands.js';
import { cliRoot } from './root.js';

/** SIGINT/SIGTERM stop a render at once (a template can loop for its whole time limit). */
async function withSignals<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  }
}

/**
 * `worker-image render --check TEMPLATE...`: every refusal and every variable the variables
 * lack, with its line, for CI on template changes. Exit 1 when there is any.
 */
async function check(templates: string[], variables: Record<string, unknown>): Promise<number> {
  let problems = 0;
  for (const template of templates) {
    const found = await withSignals((signal) => checkTemplateFile(template, variables, { signal }));
    // In a workflow's run step the runner reads stderr for commands: a template's own text
    // quoted in a problem must not act on the job.
    for (const problem of found) process.stderr.write(forStdout(`${problem.message}\n`));
    if (found.length === 0) process.stdout.write(`${template}: renders like Jinja2\n`);
    problems += found.length;
  }
  return problems > 0 ? 1 : 0;
}

/** `path` (as given in `flag`) resolved, or a refusal naming the flag when it leads outside `root`. */
function inside(flag: string, path: string, root: Root): string {
  const outside = outsideRoot(resolve(path), root, path);
  if (outside) throw new Error(`${flag}: ${outside}`);
  return path;
}

export async function renderCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    template: { type: 'string', short: 't' },
    vars: { type: 'string' },
    out: { type: 'string', short: 'o' },
    check: { type: 'boolean' },
    repo: { type: 'string' },
  });
  const root = cliRoot({ repo: values.repo });
  const templates = [
    ...(values.template ? [inside('--template', values.template, root)] : []),
    ...positionals.map((t) => inside('--check', t, root)),
  ];
  const twice = templates.find((t, i) => templates.indexOf(t) !== i);
  if (twice) throw new Error(`render: ${twice} is named twice; name each template once`);
  if (values.vars?.startsWith('@')) inside('--vars', values.vars.slice(1), root);
  if (values.out) {
    const problem = outputProblem(resolve(values.out), root, values.out);
    if (problem) throw new Error(`--out: ${problem}`);
  }
  const variables = values.vars ? await parseVarsArg(values.vars) : {};
  if (values.check) {
    if (templates.length === 0) throw new Error('render --check: name the template(s) to check');
    if (values.out) throw new Error('render --check writes nothing: leave out --out');
    return check(templates, variables);
  }
  if (templates.length !== 1) {
    throw new Error('--template FILE is required (one Jinja2 template; --check takes several)');
  }
  const text = await withSignals((signal) =>
    renderTemplateFile(templates[0]!, variables, { signal }),
  );
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return 0;
}
