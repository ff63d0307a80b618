import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type YAMLError,
} from 'yaml';
import type { ConfigProblem } from './errors.js';
import { unresolvedTag, withTemplateVariables } from '../template/vars.js';
import { clip } from './excerpt.js';
import type { LineOf, ScalarOf } from './problems.js';

export interface ParsedYaml {
  raw: unknown;
  /** Syntax errors (and duplicate keys), each with its line; none means `raw` is usable. */
  errors: ConfigProblem[];
  lineOf: LineOf;
  /** How a plain or quoted scalar was written, for values YAML would coerce. */
  scalarOf: ScalarOf;
}

/** Parses keeping node positions, so problems can point at the line of the setting. */
export function parseYaml(text: string): ParsedYaml {
  const crOnly = crOnlyLines(text);
  if (crOnly) {
    return { raw: undefined, errors: [crOnly], lineOf: () => undefined, scalarOf: () => undefined };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    merge: true,
    // A key that is a list or a mapping (`? [a, b]`) is an error, not a key made of its text
    // with a warning on stderr; the library's own warnings are not printed (those that matter
    // are problems below).
    stringKeys: true,
    logLevel: 'error',
  });
  const lineAt = (offset: number): number => counter.linePos(offset).line;
  const found = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  const errors: ConfigProblem[] = found.map((e) => ({
    field: '',
    message: yamlMessage(e, text),
    line: lineAt(e.pos[0]),
  }));
  let raw: unknown;
  if (errors.length === 0) {
    try {
      raw = withTemplateVariables(doc.toJS(), text);
    } catch (err) {
      // Aliases nested to exhaust memory (a "billion laughs") stop here.
      errors.push({ field: '', message: `${clip((err as Error).message)}: ${NOT_A_CONFIG}` });
    }
  }
  const nodeAt = (path: string[]): { node: unknown; offset: number | undefined } => {
    let node: unknown = doc.contents;
    let offset = isMap(node) || isSeq(node) || isScalar(node) ? node.range?.[0] : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (!pair || !isScalar(pair.key)) return { node: undefined, offset };
        offset = pair.key.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item: unknown = node.items[Number(key)];
        if (!isMap(item) && !isSeq(item) && !isScalar(item)) return { node: undefined, offset };
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        return { node: undefined, offset };
      }
    }
    return { node, offset };
  };
  return {
    raw,
    errors,
    // The line of the setting's key; for a setting that is absent (a required one), the line
    // of the nearest mapping that is there, which is where it has to be added.
    lineOf: (path) => {
      const { offset } = nodeAt(path);
      return offset === undefined ? undefined : lineAt(offset);
    },
    scalarOf: (path) => {
      const { node } = nodeAt(path);
      if (!isScalar(node as Node)) return undefined;
      const scalar = node as Node & { source?: string; type?: string };
      const [start, end] = scalar.range ?? [0, 0];
      // An explicit `!!str` is text in every YAML version, whatever the scalar looks like.
      const str = scalar.tag === 'tag:yaml.org,2002:str';
      return { source: text.slice(start, end), plain: scalar.type === 'PLAIN' && !str };
    },
  };
}

const NOT_A_CONFIG =
  'a worker-image config is a few levels of plain settings; is it the right file?';

/** The YAML library's problem in the words of a worker-image.yml. */
function yamlMessage(e: YAMLError, text: string): string {
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return duplicateKey(text, e.pos[0]);
    case 'NON_STRING_KEY':
      return 'a key must be a name, not a list or a mapping (`? [a, b]`): write each setting as name: value';
    case 'TAG_RESOLVE_FAILED':
      return `unknown tag ${unresolvedTag(e)}: worker-image.yml is plain YAML; write the value itself (custom tags such as CloudFormation's !Ref are not read)`;
    case 'MULTIPLE_DOCS':
      return `holds more than one YAML document (a second --- on line ${secondDocumentLine(text, e.pos[0])}): a worker-image config is one document; remove that --- (and merge what follows it into the first document)`;
    case 'RESOURCE_EXHAUSTION':
      return `nests too deeply or repeats too much to be read: ${NOT_A_CONFIG}`;
    default:
      return clip(e.message);
  }
}

/**
 * The line of the `---` that starts the second document. The library points at the
 * document's start, which may be its content after a marker, comments or directives.
 */
function secondDocumentLine(text: string, offset: number): number {
  const lines = text.slice(0, offset).split(/\r?\n/);
  const here = text.slice(offset).startsWith('---') ? lines.length : undefined;
  if (here !== undefined) return here;
  for (let i = lines.length; i > 1; i--) if (/^---(\s|$)/.test(lines[i - 1]!)) return i;
  return lines.length;
}

/**
 * A file whose lines end in a carriage return alone (saved by a classic Mac OS editor) reads
 * as one line: a comment on the first line would hide every setting.
 */
function crOnlyLines(text: string): ConfigProblem | undefined {
  if (text.includes('\n') || !/\r(?!$)/.test(text)) return undefined;
  return {
    field: '',
    line: 1,
    message:
      'lines end in a carriage return alone (CR, old Mac OS), so the file reads as one line: save it with LF (or CRLF) line endings',
  };
}

/** `zone` set twice: which one a tool keeps is up to the tool, so neither is guessed. */
function duplicateKey(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
  return `duplicate key${key ? ` ${clip(JSON.stringify(key), 80)}` : ''}: each setting may appear once (Map keys must be unique)`;
}
