/**
 * Template variables as Python sees them: ints and floats apart (`1` and `1.0` print
 * differently), mappings in the order written. Each set of variables is handed to worker-image
 * as the YAML vars file a user would write, and to Jinja2 as JSON that Python's json reads to
 * the same values.
 */

export class PyFloat {
  constructor(readonly value: number) {}
}

export class PyDict {
  constructor(readonly entries: readonly (readonly [string, Value])[]) {}

  get(key: string): Value | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
}

export type Value = string | number | PyFloat | boolean | null | Value[] | PyDict;

/**
 * A literal that reads back as this float in Python, JSON, Jinja2 and both YAML 1.1 and 1.2
 * (YAML 1.1 wants a dot in the mantissa: `1e-07` would be a string there).
 */
export function floatLiteral(value: number): string {
  const [mantissa, exponent] = (Object.is(value, -0) ? '-0' : String(value)).split('e');
  const dotted = mantissa!.includes('.') ? mantissa : `${mantissa}.0`;
  return exponent === undefined ? dotted! : `${dotted}e${exponent}`;
}

/** A YAML 1.2 (and JSON) double-quoted string, with every invisible character escaped. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u00ad\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Words YAML 1.1 or 1.2 would read as something other than a string. */
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** Keys and short words users write bare: `name: worker`. */
function plain(text: string): boolean {
  return /^[A-Za-z_][\w./-]*$/.test(text) && !YAML_WORDS.test(text) && text.length < 40;
}

function yamlScalar(value: Value): string {
  if (typeof value === 'string') return plain(value) ? value : quoted(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof PyFloat) return floatLiteral(value.value);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  return yamlFlow(value);
}

function yamlFlow(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (value instanceof PyDict) {
    return `{${value.entries.map(([k, v]) => `${quoted(k)}: ${yamlFlow(v)}`).join(', ')}}`;
  }
  return yamlScalar(value);
}

function isBlock(value: Value): value is Value[] | PyDict {
  return (
    (Array.isArray(value) && value.length > 0) ||
    (value instanceof PyDict && value.entries.length > 0)
  );
}

/** Short lists of scalars stay on one line (`[a, b]`), as users write them. */
function inline(value: Value): boolean {
  if (Array.isArray(value)) return value.length <= 3 && !value.some(isBlock);
  return !isBlock(value);
}

function yamlBlock(value: Value[] | PyDict, indent: string): string {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const v of value) {
      // `- name: a` with the record's other keys indented under `name`.
      const nested = inline(v) ? undefined : yamlBlock(v as Value[] | PyDict, `${indent}  `);
      if (nested) lines.push(`${indent}- ${nested.slice(indent.length + 2)}`);
      else lines.push(`${indent}- ${yamlFlow(v)}`);
    }
  } else {
    for (const [key, v] of value.entries) {
      const head = `${indent}${plain(key) ? key : quoted(key)}:`;
      lines.push(
        inline(v)
          ? `${head} ${yamlFlow(v)}`
          : `${head}\n${yamlBlock(v as Value[] | PyDict, `${indent}  `)}`,
      );
    }
  }
  return lines.join('\n');
}

/** A vars file: one `name: value` line per variable, nested values indented. */
export function toYaml(variables: PyDict): string {
  return variables.entries.length === 0 ? '{}\n' : `${yamlBlock(variables, '')}\n`;
}

/** JSON that Python's json.loads reads to these values: floats keep their `.0`. */
export function toPythonJson(value: Value): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof PyFloat) return floatLiteral(value.value);
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toPythonJson).join(', ')}]`;
  return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}: ${toPythonJson(v)}`).join(', ')}}`;
}

/** Python's repr, to show variables in a report the way a template author thinks of them. */
export function pythonRepr(value: Value): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof PyFloat) return floatLiteral(value.value);
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}: ${pythonRepr(v)}`).join(', ')}}`;
}

/** Values one step simpler than `value`: an element or entry dropped, a string shortened. */
export function simplerValues(value: Value): Value[] {
  if (typeof value === 'string') {
    const shorter = new Set(['', 'a', value.slice(0, Math.ceil(value.length / 2))]);
    return [...shorter].filter((v) => v.length < value.length);
  }
  if (typeof value === 'number') return value === 0 ? [] : [0];
  if (value instanceof PyFloat) return value.value === 0 ? [] : [new PyFloat(0)];
  if (Array.isArray(value)) {
    return [
      ...value.map((_, i) => value.filter((__, j) => j !== i)),
      ...value.flatMap((v, i) => simplerValues(v).map((s) => value.with(i, s))),
    ];
  }
  if (value instanceof PyDict) {
    const { entries } = value;
    return [
      ...entries.map((_, i) => new PyDict(entries.filter((__, j) => j !== i))),
      ...entries.flatMap(([k, v], i) =>
        simplerValues(v).map((s) => new PyDict(entries.with(i, [k, s]))),
      ),
    ];
  }
  return [];
}
