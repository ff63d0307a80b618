import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { ConfigProblem } from './errors.js';
import type { LineOf } from './problems.js';

export interface ParsedYaml {
  raw: unknown;
  /** Syntax errors (and duplicate keys), each with its line; none means `raw` is usable. */
  errors: ConfigProblem[];
  lineOf: LineOf;
}

/** Parses keeping node positions, so problems can point at the line of the setting. */
export function parseYaml(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, merge: true });
  const lineAt = (offset: number): number => counter.linePos(offset).line;
  return {
    raw: doc.errors.length === 0 ? doc.toJS() : undefined,
    errors: doc.errors.map((e) => ({ field: '', message: e.message, line: lineAt(e.pos[0]) })),
    // The line of the setting's key; for a setting that is absent (a required one), the line
    // of the nearest mapping that is there, which is where it has to be added.
    lineOf: (path) => {
      let node: unknown = doc.contents;
      let offset = isMap(node) || isSeq(node) || isScalar(node) ? node.range?.[0] : undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
          if (!pair || !isScalar(pair.key)) break;
          offset = pair.key.range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node)) {
          const item: unknown = node.items[Number(key)];
          if (!isMap(item) && !isSeq(item) && !isScalar(item)) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else {
          break;
        }
      }
      return offset === undefined ? undefined : lineAt(offset);
    },
  };
}
