import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ConfigProblem } from './errors.js';
import { withTemplateVariables } from '../template/vars.js';
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
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, merge: true });
  const lineAt = (offset: number): number => counter.linePos(offset).line;
  const errors: ConfigProblem[] = doc.errors.map((e) => ({
    field: '',
    message: e.code === 'DUPLICATE_KEY' ? duplicateKey(text, e.pos[0]) : clip(e.message),
    line: lineAt(e.pos[0]),
  }));
  let raw: unknown;
  if (errors.length === 0) {
    try {
      raw = withTemplateVariables(doc.toJS(), text);
    } catch (err) {
      // Aliases nested to exhaust memory (a "billion laughs") stop here.
      errors.push({ field: '', message: clip((err as Error).message) });
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
      return { source: text.slice(start, end), plain: scalar.type === 'PLAIN' };
    },
  };
}

/** `zone` set twice: which one a tool keeps is up to the tool, so neither is guessed. */
function duplicateKey(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
  return `duplicate key${key ? ` ${clip(JSON.stringify(key), 80)}` : ''}: each setting may appear once (Map keys must be unique)`;
}
