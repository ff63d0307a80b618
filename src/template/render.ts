import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { CancelledError } from '../wait/errors.js';
import { refusals, undefinedNames } from './check.js';
import { isRenderFailure, TemplateError, UNDEFINED_HINT } from './errors.js';
import { Renderer, setBeat, type Compiled } from './evaluate.js';
import { fold } from './fold.js';
import { analyze } from './symbols.js';
import type { Stmt } from './nodes.js';
import { parse } from './parser.js';
import { Dict, fromJs } from './values.js';

export { TemplateError } from './errors.js';
export { TemplateFloat } from './values.js';

/** A render running longer than this stops (config: template-timeout). */
export const DEFAULT_TEMPLATE_TIMEOUT_MS = 10_000;
/**
 * A render producing more than this stops. Far above what any cloud takes as a startup script
 * (GCE metadata values 256 KB, Azure custom data 64 KB, EC2 user data 16 KB), far below memory
 * trouble: a runaway loop stops here.
 */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

export interface RenderOptions {
  /** Milliseconds the render may run; default DEFAULT_TEMPLATE_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Bytes of output allowed; default MAX_OUTPUT_BYTES. */
  maxOutputBytes?: number;
  /** Aborting (SIGINT/SIGTERM) stops the render within milliseconds. */
  signal?: AbortSignal;
}

/** How long the render runs before it hands the event loop back, so signals and timers run. */
const SLICE_MS = 20;

function toTemplateError(err: unknown, name: string, line: number | undefined): Error {
  if (err instanceof TemplateError || err instanceof CancelledError) return err;
  if (isRenderFailure(err)) return new TemplateError(name, err.line ?? line, err.message);
  if (err instanceof RangeError && /call stack/.test(err.message)) {
    return new TemplateError(
      name,
      line,
      'RecursionError: maximum recursion depth exceeded (a macro that calls itself without end?)',
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new TemplateError(
    name,
    line,
    `internal error in worker-image's template engine: ${message}`,
  );
}

/** Jinja2's compilation after parsing: scoping (symbols.ts) and constant folding (fold.ts). */
function analyzeTemplate(body: Stmt[], name: string): Compiled {
  try {
    const frames = analyze(body);
    const { poisoned, failure } = fold(body, new Renderer(Infinity));
    if (failure) throw toTemplateError(failure.error, name, failure.line);
    return { body, frames, poisoned };
  } catch (err) {
    throw toTemplateError(err, name, undefined);
  }
}

/**
 * Compiles a template as Jinja2 does, with the static checks: syntax errors, refusals and what
 * Jinja2 fails to compile are reported before anything renders.
 */
export function compileTemplate(source: string, name: string): Compiled {
  let body: Stmt[];
  try {
    body = parse(source);
  } catch (err) {
    throw toTemplateError(err, name, undefined);
  }
  const [first, ...more] = refusals(body);
  if (first) {
    const also =
      more.length > 0 ? ` (and ${more.length} more: worker-image render --check lists them)` : '';
    throw new TemplateError(name, first.line, first.message + also);
  }
  return analyzeTemplate(body, name);
}

function variablesOf(variables: Record<string, unknown>): Dict {
  return fromJs(variables) as Dict;
}

/**
 * Renders a Jinja2 template to the bytes `jinja2.Environment(undefined=StrictUndefined,
 * trim_blocks=True, lstrip_blocks=True)` produces, or fails with a TemplateError naming the
 * template (`name`), the line and why (see the README's "Jinja2 compatibility").
 */
export async function renderTemplate(
  source: string,
  variables: Record<string, unknown>,
  name: string,
  opts: RenderOptions = {},
): Promise<string> {
  return run(compileTemplate(source, name), variablesOf(variables), name, opts);
}

async function run(
  compiled: Compiled,
  variables: Dict,
  name: string,
  opts: RenderOptions,
): Promise<string> {
  const timeout = opts.timeoutMs ?? DEFAULT_TEMPLATE_TIMEOUT_MS;
  const maxBytes = opts.maxOutputBytes ?? MAX_OUTPUT_BYTES;
  const renderer = new Renderer(maxBytes);
  const deadline = performance.now() + timeout;
  const timedOut = (): TemplateError =>
    new TemplateError(
      name,
      renderer.line,
      `rendering took longer than ${timeout / 1000} s and was stopped (a loop that runs too long? ` +
        'raise template-timeout in worker-image.yml if the template really needs more time)',
    );
  let count = 0;
  const beat = (): void => {
    if ((++count & 1023) === 0 && performance.now() > deadline) throw timedOut();
  };
  const cancelled = (): CancelledError => new CancelledError(`cancelled while rendering ${name}`);
  const gen = renderer.render(compiled, variables);
  let sliceStart = performance.now();
  setBeat(beat);
  try {
    for (;;) {
      if (opts.signal?.aborted) throw cancelled();
      const step = gen.next();
      if (step.done) {
        const bytes = Buffer.byteLength(step.value);
        if (bytes > maxBytes) {
          throw new TemplateError(
            name,
            undefined,
            `the rendered output is ${bytes} bytes, over the ${maxBytes}-byte limit`,
          );
        }
        return step.value;
      }
      if ((++count & 255) !== 0) continue;
      const now = performance.now();
      if (now > deadline) throw timedOut();
      if (now - sliceStart > SLICE_MS) {
        setBeat(undefined);
        await new Promise((resolve) => setImmediate(resolve));
        setBeat(beat);
        sliceStart = performance.now();
      }
    }
  } catch (err) {
    throw toTemplateError(err, name, renderer.line);
  } finally {
    setBeat(undefined);
  }
}

async function readTemplate(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
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
}

/** Reads and renders a template file; errors name it relative to the working directory. */
export async function renderTemplateFile(
  path: string,
  variables: Record<string, unknown>,
  opts: RenderOptions = {},
): Promise<string> {
  const name = displayPath(path);
  return renderTemplate(await readTemplate(path, name), variables, name, opts);
}

/**
 * `worker-image render --check`: every refusal and every variable the template reads that
 * `variables` lack, each with its line; when there are none, the error rendering hits, if any.
 */
export async function checkTemplateFile(
  path: string,
  variables: Record<string, unknown>,
  opts: RenderOptions = {},
): Promise<TemplateError[]> {
  const name = displayPath(path);
  const source = await readTemplate(path, name);
  let body: Stmt[];
  try {
    body = parse(source);
  } catch (err) {
    return [toTemplateError(err, name, undefined) as TemplateError];
  }
  const vars = variablesOf(variables);
  const problems = [
    ...refusals(body, true).map((p) => new TemplateError(name, p.line, p.message)),
    ...undefinedNames(body, vars).map(
      (p) => new TemplateError(name, p.line, `${p.message} ${UNDEFINED_HINT}`),
    ),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return problems;
  try {
    await run(analyzeTemplate(body, name), vars, name, opts);
    return [];
  } catch (err) {
    if (err instanceof TemplateError) return [err];
    throw err;
  }
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
