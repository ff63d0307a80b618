import { flagsProblem, patternProblem } from '../references/pattern.js';
import {
  DEFAULT_YAML_PATTERN,
  REFERENCE_VALUES,
  checkRulePath,
  checkYamlPath,
  defaultRuleName,
  type ReferenceRule,
} from '../references/rules.js';
import { describe, type Problems } from './problems.js';
import { Section } from './section.js';
import { checkNameText, checkPathText, unsafeCharacter } from './text.js';

const NAME_MAX = 100;
const KEYS = ['name', 'path', 'pattern', 'flags', 'yaml-path', 'value', 'expect'];

/**
 * `references:`, the rules bump-version-reference rewrites by; undefined when any rule is
 * wrong (a problem names it as `references[i].field`).
 */
export function readReferences(problems: Problems, raw: unknown): ReferenceRule[] | undefined {
  if (!Array.isArray(raw)) {
    problems.add(
      ['references'],
      `must be a list of rules, each with path, pattern (or yaml-path) and value (got ${describe(raw)})`,
    );
    return undefined;
  }
  if (raw.length === 0) {
    problems.add(['references'], 'must hold at least one rule');
    return undefined;
  }
  const rules = raw.map((item: unknown, i) => readRule(problems, item, i));
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!rule) return;
    const other = seen.get(rule.name);
    if (other === undefined) seen.set(rule.name, i);
    else
      problems.add(
        ['references', i, 'name'],
        `"${rule.name}" is also the name of references[${other}]; names tell rules apart in messages`,
      );
  });
  const valid = rules.filter((r) => r !== undefined);
  return valid.length === rules.length && seen.size === rules.length ? valid : undefined;
}

/** Paths glob with `*`, `?` and `**` only; a shell's `{a,b}` would silently match nothing. */
function checkGlob(path: string): string | undefined {
  const braces = /\{[^{}]*,[^{}]*\}/.exec(path)?.[0];
  if (!braces) return undefined;
  return `brace lists such as ${braces} are not supported (got "${path}"): write one rule per path, or use * and ? wildcards`;
}

function readRule(problems: Problems, raw: unknown, i: number): ReferenceRule | undefined {
  const rule = Section.open(problems, ['references', i], raw, KEYS);
  if (!rule) return undefined;
  const before = problems.list.length;
  const path = rule.required('path', (p) => checkPathText(p) ?? checkRulePath(p) ?? checkGlob(p));
  const yamlPath = rule.string('yaml-path', (p) => unsafeCharacter(p) ?? checkYamlPath(p));
  const flags = rule.string('flags', flagsProblem) ?? '';
  const pattern = rule.has('pattern')
    ? rule.string('pattern', (p) => patternProblem(p, flags))
    : yamlPath
      ? DEFAULT_YAML_PATTERN
      : undefined;
  if (!rule.has('pattern') && !rule.has('yaml-path')) {
    rule.problem(
      'pattern',
      'required (or yaml-path): a regex with one {version}, e.g. global/images/batch-worker-{version}',
    );
  }
  if (!rule.has('value')) {
    rule.problem('value', `required: one of ${REFERENCE_VALUES.join(', ')}`);
  }
  const value = rule.oneOf('value', REFERENCE_VALUES);
  const expect = rule.integer('expect', 1, 10_000);
  // A rule's name is printed in every message about it.
  const name = rule.string('name', (n) => checkNameText(n, NAME_MAX));
  if (problems.list.length > before || !path || !pattern || !value) return undefined;
  return {
    name: name ?? defaultRuleName(path, yamlPath),
    path,
    pattern,
    flags,
    ...(yamlPath ? { yamlPath } : {}),
    value,
    ...(expect === undefined ? {} : { expect }),
  };
}
