import { FilterError } from './filters.js';
import { JinjaSyntaxError } from './jinja-source.js';
import { isContainer } from './python.js';
import { OutputError } from './runtime.js';

/** A template could not be rendered. The message starts with `file:line:` when the line is known. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    /** 1-based. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}

const UNDEFINED_HINT = '(pass it under variables: in worker-image.yml, or with --vars)';

/** nunjucks prefixes messages, sometimes twice, with `(name) [Line L, Column C]\n  Error: `. */
const NUNJUCKS_PREFIX =
  /^(?:\([^\n]*\)(?: \[Line \d+(?:, Column \d+)?\])?\n\s*|(?:Template render error|Error): )+/;

const HEAD = /^[A-Za-z_]\w*/;
const SEGMENT = /\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*(?:'([^']*)'|"([^"]*)"|(-?\d+))\s*\])/y;

/** The text of the `{{ … }}` that starts at a 1-based line and column. */
function expressionAt(source: string, line: number, column: number): string | undefined {
  const lines = source.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const end = source.indexOf('}}', offset);
  if (!source.startsWith('{{', offset) || end === -1) return undefined;
  return source
    .slice(offset + 2, end)
    .replace(/^[-+]|-$/g, '')
    .trim();
}

/**
 * The shortest prefix of the expression's leading variable path (`global.docker_root_image`)
 * that the variables lack. A head that is not a variable may be a loop variable, so then the
 * whole path is named.
 */
function missingName(expression: string, variables: Record<string, unknown>): string | undefined {
  const head = HEAD.exec(expression)?.[0];
  if (!head) return undefined;
  const path = [{ text: head, key: head }];
  SEGMENT.lastIndex = head.length;
  for (let m = SEGMENT.exec(expression); m; m = SEGMENT.exec(expression)) {
    const key = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    path.push({ text: m[1] !== undefined ? `.${key}` : m[0].trim(), key });
  }
  if (!Object.hasOwn(variables, head)) return path.map((p) => p.text).join('');
  let value: unknown = variables;
  let name = '';
  for (const { text, key } of path) {
    name += text;
    const index =
      Array.isArray(value) && Number(key) < 0 ? String(value.length + Number(key)) : key;
    if (!isContainer(value) || !Object.hasOwn(value, index)) return name;
    value = (value as Record<string, unknown>)[index];
  }
  return undefined;
}

function undefinedReason(
  source: string,
  at: OutputError,
  variables: Record<string, unknown>,
): string {
  const expression = expressionAt(source, at.lineno, at.colno);
  // With `| default(...)` the leading variable may be missing legitimately: show the expression.
  const defaulted = expression === undefined || /\|\s*d(?:efault)?\b/.test(expression);
  const name = defaulted ? undefined : missingName(expression, variables);
  if (name) return `undefined variable '${name}' ${UNDEFINED_HINT}`;
  return `${expression ? `'{{ ${expression} }}'` : 'a value'} is undefined ${UNDEFINED_HINT}`;
}

/** The lines that apply a filter, for errors nunjucks gives no position for. */
function linesUsing(source: string, filter: string): number[] {
  const use = new RegExp(`\\|\\s*${filter}\\b`);
  return source.split('\n').flatMap((text, i) => (use.test(text) ? [i + 1] : []));
}

function filterError(file: string, source: string, filter: string, reason: string): TemplateError {
  const lines = linesUsing(source, filter);
  if (lines.length === 1) return new TemplateError(file, lines[0], reason);
  const where = lines.length > 1 ? ` (|${filter} is used on lines ${lines.join(', ')})` : '';
  return new TemplateError(file, undefined, reason + where);
}

function reasonOf(message: string): string {
  const reason = message.replace(NUNJUCKS_PREFIX, '');
  if (reason.startsWith('template not found')) {
    return `${reason}: like jinja2.Template, a template here cannot include, import or extend other files`;
  }
  // `parseIf: expected elif, else, or endif, got end of file` names nunjucks' parser function.
  return reason.replace(/^parse\w+: /, '');
}

/**
 * Turns whatever rendering threw into a TemplateError naming the file and line. `source` is
 * the nunjucks source that was rendered (its lines are the user's lines).
 */
export function toTemplateError(
  err: unknown,
  file: string,
  source: string,
  variables: Record<string, unknown>,
): TemplateError {
  if (err instanceof JinjaSyntaxError) return new TemplateError(file, err.line, err.message);
  if (!(err instanceof Error)) return new TemplateError(file, undefined, String(err));
  const { lineno, cause } = err as Error & { lineno?: number };
  if (cause instanceof OutputError) {
    const reason = cause.undefinedValue ? undefinedReason(source, cause, variables) : cause.message;
    return new TemplateError(file, cause.lineno, reason);
  }
  if (cause instanceof FilterError) return filterError(file, source, cause.filter, cause.message);
  if (!(cause instanceof Error)) {
    // A syntax error: nunjucks' parser reports 1-based lines.
    const reason = reasonOf(err.message);
    const open = reason.endsWith('got end of file') ? unclosedBlock(source) : undefined;
    if (open) {
      return new TemplateError(
        file,
        open.line,
        `{% ${open.tag} %} is never closed: add {% end${open.tag} %} where the block ends (${reason})`,
      );
    }
    return new TemplateError(file, lineno || undefined, reason);
  }
  const unknownFilter = /^filter not found: (\w+)/.exec(cause.message)?.[1];
  if (unknownFilter)
    return filterError(file, source, unknownFilter, `unknown filter |${unknownFilter}`);
  // Errors while rendering carry the 0-based line of the last function call, where they arise;
  // 0 is also "none yet", so it is not reported.
  return new TemplateError(file, lineno ? lineno + 1 : undefined, reasonOf(cause.message));
}

const BLOCK_TAG = /\{%[-+]?\s*(end)?(if|for|macro|call|filter|block|raw)\b/g;

/**
 * The innermost block still open at the end of the file, for nunjucks' "got end of file",
 * which names no line. `{% set x %}…{% endset %}` blocks are rare enough to leave out.
 */
function unclosedBlock(source: string): { tag: string; line: number } | undefined {
  const open: { tag: string; line: number }[] = [];
  for (const m of source.matchAll(BLOCK_TAG)) {
    const line = source.slice(0, m.index).split('\n').length;
    if (!m[1]) open.push({ tag: m[2]!, line });
    else if (open.at(-1)?.tag === m[2]) open.pop();
  }
  return open.at(-1);
}
