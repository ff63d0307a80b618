// Regenerates the inputs/outputs tables in README.md from each action.yml, between
// <!-- action:NAME --> and <!-- /action:NAME --> markers. `--check` fails instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { ACTIONS } from './actions.mjs';

const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function actionTables(name, dir = name) {
  const action = YAML.parse(readFileSync(`${dir}/action.yml`, 'utf8'));
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([k, v]) =>
      `| \`${k}\` | ${cell(v.description)} | ${v.default ? `\`${cell(v.default)}\`` : ''} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([k, v]) => `| \`${k}\` | ${cell(v.description)} |`,
  );
  return [
    '| Input | Description | Default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

export function renderReadme(text) {
  let out = text;
  for (const { name, dir } of ACTIONS) {
    const re = new RegExp(`(<!-- action:${name} -->)[\\s\\S]*?(<!-- /action:${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- action:${name} --> section`);
    out = out.replace(re, (_m, open, close) => `${open}\n\n${actionTables(name, dir)}\n\n${close}`);
  }
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const text = readFileSync('README.md', 'utf8');
  const want = renderReadme(text);
  if (values.check) {
    if (want !== text) {
      console.error('README.md action tables are out of date: run `npm run docs`');
      process.exit(1);
    }
  } else writeFileSync('README.md', want);
}
