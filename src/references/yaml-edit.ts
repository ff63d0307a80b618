import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Scalar } from 'yaml';
import { clip } from '../config/excerpt.js';
import type { CompiledPattern } from './pattern.js';
import { findTokens, lineCounter, type TokenMatch } from './rewrite.js';
import { yamlPathKeys } from './rules.js';

export interface YamlProblem {
  message: string;
  line?: number;
}

export type YamlTokens =
  { tokens: TokenMatch[]; problem?: undefined } | { tokens?: undefined; problem: YamlProblem };

type Lookup =
  | { scalar: Scalar; missing?: undefined; problem?: undefined }
  | { missing: YamlProblem; scalar?: undefined; problem?: undefined }
  | { problem: YamlProblem; scalar?: undefined; missing?: undefined };

/**
 * The version tokens inside the YAML value at `yamlPath`, in every document of the file
 * that has it. The pattern runs on the value's own source text and the tokens are offsets
 * into the file, so an edit replaces those characters and nothing else: comments, quoting
 * and layout stay byte for byte. Only a value whose source text is its value qualifies
 * (plain or quoted, on one line, without escapes); anything else is a problem, never a guess.
 */
export function findYamlTokens(
  text: string,
  yamlPath: string,
  compiled: CompiledPattern,
): YamlTokens {
  const lineOf = lineCounter(text);
  // Without pretty errors: those quote the lines around the error.
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const error = documents.flatMap((d) => d.errors)[0];
  if (error) {
    return {
      problem: { message: `is not valid YAML: ${clip(error.message)}`, line: lineOf(error.pos[0]) },
    };
  }

  const keys = yamlPathKeys(yamlPath);
  const tokens: TokenMatch[] = [];
  let missing: YamlProblem | undefined;
  let found = false;
  for (const doc of documents) {
    const at = lookup(doc.contents, keys, lineOf);
    if (at.problem) return { problem: at.problem };
    if (at.missing) {
      missing ??= at.missing;
      continue;
    }
    found = true;
    const scalar = at.scalar;
    const [start, end] = scalar.range ?? [0, 0];
    const quote = scalar.type === 'QUOTE_SINGLE' || scalar.type === 'QUOTE_DOUBLE' ? 1 : 0;
    const source = text.slice(start + quote, end - quote);
    const escaped =
      (scalar.type === 'QUOTE_DOUBLE' && source.includes('\\')) ||
      (scalar.type === 'QUOTE_SINGLE' && source.includes("''"));
    if ((scalar.type !== 'PLAIN' && !quote) || escaped || /[\r\n]/.test(source)) {
      const message = `the value at ${yamlPath} must be plain or quoted, on one line, without escapes, to be edited in place (it is a ${scalar.type ?? 'non-plain'} scalar)`;
      return { problem: { message, line: lineOf(start) } };
    }
    tokens.push(...findTokens(source, compiled, { offset: start + quote, lineOf }));
  }
  // Other documents of a multi-document file may lack the path; all of them is a mistake.
  if (!found) return { problem: missing ?? { message: 'holds no YAML document' } };
  return { tokens };
}

function lookup(
  root: unknown,
  keys: (string | number)[],
  lineOf: (offset: number) => number,
): Lookup {
  let node = root;
  let where = 'the document';
  for (const key of keys) {
    const next =
      typeof key === 'number'
        ? isSeq(node)
          ? node.items[key]
          : undefined
        : isMap(node)
          ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value
          : undefined;
    if (next === undefined || next === null) {
      const what = typeof key === 'number' ? `item [${key}]` : `key ${key}`;
      return {
        missing: {
          message: `yaml-path not found: ${where} has no ${what}`,
          ...lineAt(node, lineOf),
        },
      };
    }
    where =
      typeof key === 'number'
        ? `${where}[${key}]`
        : where === 'the document'
          ? key
          : `${where}.${key}`;
    node = next;
  }
  if (isAlias(node)) {
    return {
      problem: {
        message: `${where} is an alias; edit the anchored value instead`,
        ...lineAt(node, lineOf),
      },
    };
  }
  if (!isScalar(node)) {
    return { problem: { message: `${where} is not a single value`, ...lineAt(node, lineOf) } };
  }
  return { scalar: node };
}

function lineAt(node: unknown, lineOf: (offset: number) => number): { line?: number } {
  const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
  return start === undefined ? {} : { line: lineOf(start) };
}
