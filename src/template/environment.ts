/**
 * nunjucks set up to render users' Jinja2 templates to the same bytes as
 * `jinja2.Template(src, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)`
 * (autoescape off, keep_trailing_newline off), which their build scripts use today.
 *
 * Made the same: whitespace control (see jinja-source.ts), the dropped trailing newline, `None`,
 * `True`/`False` and float printing, `l[-1]` and slices, `d.items()` and the other dict/list
 * methods, and the filters in filters.ts (`default`, `join`, `replace`, `int`, `lower`, `upper`,
 * `trim`, `length`, plus `tojson` and `shquote`).
 *
 * Still different (avoid these in templates that must render the same in both):
 * - An undefined variable fails only when printed (also through the filters above). Jinja2's
 *   StrictUndefined also fails in `{% if missing %}`, `{% for x in missing %}` and `missing ~ 'a'`.
 * - `{% if [] %}` and `{% if {} %}` are true (JavaScript truthiness); test `| length` instead.
 * - `~` joins JavaScript strings: `'a' ~ true` gives `atrue`, Jinja2 `aTrue`.
 * - Integer-valued floats print as integers: `{{ 4 / 2 }}` gives `2`, Jinja2 `2.0`; a YAML `3.0`
 *   prints `3` (JavaScript has one number type). Literals like `1e-7` do not parse.
 * - Printing a list or mapping fails (Jinja2 prints Python's repr): use `|join` or `|tojson`.
 * - `{% set %}` inside a loop changes the variable outside it (Jinja2 scopes it to the loop).
 * - Strings have JavaScript's methods, not Python's (`.startswith()`, `.split()` with no argument).
 * - Other filters and tests are nunjucks' own, which differ from Jinja2's in details.
 */
import nunjucks, { type Environment, type Template } from 'nunjucks';
import { addJinjaFilters } from './filters.js';
import { jinjaRuntime, type Runtime } from './runtime.js';

type RenderFunc = (
  env: unknown,
  context: unknown,
  frame: unknown,
  runtime: Runtime,
  cb: unknown,
) => void;

let compatInstalled = false;

/**
 * A nunjucks environment configured like the Jinja2 renderer. lstripBlocks is off because
 * jinja-source.ts applies Jinja2's lstrip rules itself (nunjucks' differ around comments);
 * throwOnUndefined makes every `{{ }}` go through the runtime that prints values as Python does.
 */
export function createEnvironment(): Environment {
  if (!compatInstalled) {
    // Adds `d.items()`, `l.append()`, slices and the True/False/None names. It patches
    // nunjucks' shared runtime and parser, so a second call would wrap the patch again.
    nunjucks.installJinjaCompat();
    compatInstalled = true;
  }
  // No loader: like jinja2.Template(src), a template cannot include or extend files.
  const env = new nunjucks.Environment([], {
    autoescape: false,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: false,
    // Keeps nunjucks' errors structured (lineno, cause) instead of flattening them to text.
    dev: true,
  });
  addJinjaFilters(env);
  return env;
}

/**
 * Compiles nunjucks source (from toNunjucksSource) to render with the Jinja2 output runtime.
 * The runtime is swapped per template, not patched into nunjucks, so nothing else changes.
 */
export function compileTemplate(env: Environment, source: string, name: string): Template {
  const template = new nunjucks.Template(source, env, name, true);
  const compiled = template as unknown as { rootRenderFunc: RenderFunc };
  const root = compiled.rootRenderFunc;
  compiled.rootRenderFunc = (renderEnv, context, frame, _runtime, cb) =>
    root(renderEnv, context, frame, jinjaRuntime, cb);
  return template;
}
