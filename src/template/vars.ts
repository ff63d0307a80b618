import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  isScalar,
  parseDocument,
  Scalar,
  type ScalarTag,
  type Tags,
  visit,
  type Node,
  YAMLError,
  YAMLParseError,
} from 'yaml';
import { clip, lineAtOffset, lineOf, parseJson } from '../config/excerpt.js';
import { quoted } from '../config/text.js';
import { TemplateFloat } from './values.js';

const USAGE = `pass a JSON object (--vars '{"enable_gpu": true}') or @FILE for a JSON or YAML file`;

function mapping(value: unknown, flag: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`;
    throw new Error(
      `${flag}: expected a mapping of variable names to values, got ${got}; ${USAGE}`,
    );
  }
  return value as Record<string, unknown>;
}

const isFloatTag = (tag: Tags[number]): tag is ScalarTag =>
  typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:float' && 'test' in tag;

/**
 * YAML 1.2's float tags, resolving to TemplateFloat: `1.0` is a float to Jinja2 and prints
 * `1.0`, which JavaScript's number 1 cannot tell from the int `1`.
 */
const markFloats = (tags: Tags): Tags =>
  tags.map((tag) =>
    isFloatTag(tag)
      ? {
          ...tag,
          resolve: (...args: Parameters<ScalarTag['resolve']>): unknown => {
            const value: unknown = tag.resolve(...args);
            return new TemplateFloat(Number(value instanceof Scalar ? value.value : value));
          },
        }
      : tag,
  );

/** A key a JavaScript object would move to the front (an array index such as "443"). */
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,8})$/;

/** Mappings as plain objects, except where only a Map keeps them as Python has them. */
function plainWherePossible(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(plainWherePossible);
  if (!(value instanceof Map)) return value;
  const entries = [...value.entries()].map(
    ([k, v]) => [plainWherePossible(k), plainWherePossible(v)] as const,
  );
  const plain = entries.every(([k]) => typeof k === 'string' && !INDEX_KEY.test(k));
  return plain ? Object.fromEntries(entries) : new Map(entries);
}

/**
 * Template variables as Python's yaml or json modules read them: floats marked, integers
 * exact (bigints), mappings in the order written: a Map where a JavaScript object would not
 * keep it (keys such as 443 or "443" go first in an object), else a plain object.
 */
export function variablesFrom(text: string): unknown {
  const doc = parseDocument(text, {
    merge: true,
    intAsBigInt: true,
    uniqueKeys: false,
    customTags: markFloats,
  });
  const refused = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (refused) throw explained(refused);
  const key = collectionKey(doc);
  if (key) {
    const at = key.range?.[0] ?? 0;
    const error = new YAMLParseError([at, at + 1], 'NON_STRING_KEY', UNHASHABLE);
    error.linePos = [{ line: lineAtOffset(text, at), col: 1 }];
    throw error;
  }
  const loop = recursiveAlias(doc, text);
  if (loop) throw loop;
  const value: unknown = doc.toJS({ mapAsMap: true });
  if (!(value instanceof Map)) return plainWherePossible(value);
  return Object.fromEntries(
    [...value.entries()].map(([k, v]) => [String(k), plainWherePossible(v)]),
  );
}

const UNHASHABLE =
  "a key that is a list or a mapping: Python's yaml refuses it too (found unhashable key); write the key as a word";

/** The tag a TAG_RESOLVE_FAILED warning names, quoted for a message: `"!Ref"`. */
export function unresolvedTag(error: YAMLError): string {
  return clip(JSON.stringify(/Unresolved tag: (\S+)/.exec(error.message)?.[1] ?? 'tag'), 80);
}

/** The YAML library's refusal in the words of Python's yaml module, which refuses the same. */
function explained(error: YAMLError): YAMLError {
  if (error.code === 'TAG_RESOLVE_FAILED') {
    error.message = `unknown tag ${unresolvedTag(error)}: Python's yaml.safe_load refuses it too; write the value itself`;
  } else if (error.code === 'RESOURCE_EXHAUSTION') {
    error.message =
      "nests too deeply or repeats too much to be read (Python's yaml and json modules refuse it too)";
  }
  return error;
}

/** The first key that is a list or a mapping (`? [a, b]`), which Python cannot hash. */
function collectionKey(doc: ReturnType<typeof parseDocument>): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        found = pair.key as Node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * An alias inside the very list or mapping its anchor names (`&a [*a]`): Python's yaml reads
 * a value that holds itself, which no template can print and JavaScript cannot copy.
 */
function recursiveAlias(
  doc: ReturnType<typeof parseDocument>,
  text: string,
): YAMLParseError | undefined {
  let found: YAMLParseError | undefined;
  visit(doc, {
    Alias(_, alias, path) {
      let target: unknown;
      try {
        target = alias.resolve(doc);
      } catch {
        return undefined;
      }
      if (!path.includes(target as never)) return undefined;
      const at = alias.range?.[0] ?? 0;
      const line = lineAtOffset(text, at);
      const name = quoted(`*${alias.source}`, 40);
      found = new YAMLParseError(
        [at, at + 1],
        'BAD_ALIAS',
        `alias ${name} at line ${line} names the list or mapping it is in: a recursive value, which a template cannot use`,
      );
      found.linePos = [{ line, col: 1 }];
      return visit.BREAK;
    },
  });
  return found;
}

const TEMPLATE_VARIABLES = [
  ['variables'],
  ['gcp', 'variables'],
  ['azure', 'variables'],
  ['aws', 'variables'],
];

/**
 * worker-image.yml as the config code reads it (`raw`, plain objects), with each `variables:`
 * block replaced by its template values: floats marked, integers exact, mappings in order
 * (see variablesFrom). `text` is the file, read again for that.
 */
export function withTemplateVariables(raw: unknown, text: string): unknown {
  if (!isPlainObject(raw)) return raw;
  const at = (value: unknown, path: string[]): unknown =>
    path.reduce<unknown>(
      (v, key) => (isPlainObject(v) ? v[key] : v instanceof Map ? v.get(key) : undefined),
      value,
    );
  // The file is read again only when it has a block to read.
  if (TEMPLATE_VARIABLES.every((path) => at(raw, path) === undefined)) return raw;
  const full = variablesFrom(text);
  const out: Record<string, unknown> = { ...raw };
  for (const path of TEMPLATE_VARIABLES) {
    const values = at(full, path);
    if (!isPlainObject(values) || at(raw, path) === undefined) continue;
    const block = values;
    if (path.length === 1) out.variables = block;
    else if (isPlainObject(out[path[0]!]))
      out[path[0]!] = { ...(out[path[0]!] as object), variables: block };
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** JSON is YAML: read it as YAML once JSON.parse has said it is valid JSON. */
function jsonVariables(text: string): unknown {
  JSON.parse(text);
  return variablesFrom(text);
}

/**
 * Why a vars file is not YAML, quoting at most its offending line: the parser's own message
 * carries a window of the file, and a file given by mistake must never reach the log whole.
 */
function yamlReason(err: unknown, text: string): string {
  if (!(err instanceof YAMLError)) return clip((err as Error).message);
  const line = err.linePos?.[0].line;
  const reason = clip(err.message.replace(/ at line \d+, column \d+.*$/s, ''), 120);
  if (line === undefined) return reason;
  // A refusal of ours may name its line already (it is read without this function too).
  const at = reason.includes(` at line ${line} `) ? '' : ` at line ${line}`;
  return `${reason}${at}: ${lineOf(text, line)}`;
}

/**
 * The CLI's `--vars JSON_OR_@FILE`: an inline JSON object, or `@path` to a `.json` file or a
 * YAML file (any other extension).
 */
export async function parseVarsArg(arg: string): Promise<Record<string, unknown>> {
  if (!arg.startsWith('@')) {
    try {
      return mapping(jsonVariables(arg), '--vars');
    } catch (err) {
      if (err instanceof YAMLError) throw new Error(`--vars: ${yamlReason(err, arg)}`);
      if (!(err instanceof SyntaxError)) throw err;
      throw new Error(`--vars: not valid JSON (${err.message}); ${USAGE}`);
    }
  }
  const path = arg.slice(1);
  if (!path) throw new Error(`--vars @: no file name after '@'; ${USAGE}`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`--vars @${path}: cannot read the file (${(err as Error).message})`);
  }
  const json = extname(path).toLowerCase() === '.json';
  if (json) parseJson(text, `--vars @${path}: not valid JSON`);
  let value: unknown;
  try {
    value = variablesFrom(text);
  } catch (err) {
    throw new Error(
      `--vars @${path}: not valid ${json ? 'JSON' : 'YAML'}: ${yamlReason(err, text)}`,
    );
  }
  return mapping(value, `--vars @${path}`);
}
