// Regenerates the inputs/outputs tables in README.md from each action.yml, between
// <!-- action:NAME --> and <!-- /action:NAME --> markers, the emulator's hazard table from
// the emulator's own hazard tables, between <!-- hazards --> and <!-- /hazards -->, and the
// operations it serves from its own routers, between <!-- operations --> and <!-- /operations -->.
// `--check` fails instead of writing.
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

const HAZARD_CLOUDS = { ec2: 'AWS EC2', arm: 'Azure ARM', gce: 'GCE' };

function hazardDefault(spec) {
  const v = spec.default;
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  if (spec.unit === 'ms' && v >= 60_000 && v % 60_000 === 0) return `${v / 60_000} min`;
  if (spec.unit === 'ms' && v >= 1000) return `${v / 1000} s`;
  if (spec.unit === 'bytes' && v >= 1024 && v % 1024 === 0) {
    return v % (1024 * 1024) === 0 ? `${v / 1024 / 1024} MiB` : `${v / 1024} KiB`;
  }
  return `${v} ${spec.unit}`;
}

/** `rows`: hazardRows() of src/emulator/hazards.ts (or its build under lib/). */
export function hazardTable(rows) {
  return [
    '| Cloud | Hazard (control API name) | Default | What the cloud does | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ cloud, name, spec }) =>
        `| ${HAZARD_CLOUDS[cloud] ?? cloud} | \`${cloud}.${name}\` | ${cell(hazardDefault(spec))} | ${cell(spec.what)} | ${cell(spec.source)} |`,
    ),
  ].join('\n');
}

/** `METHOD path` routes → one line per path, its methods together, `{param}` for `:param`. */
function routeLines(routes, shorten) {
  const byPath = new Map();
  for (const r of routes) {
    const [method, path] = r.split(' ');
    const shown = shorten(path).replace(/:([A-Za-z0-9]+)/g, '{$1}');
    byPath.set(shown, [...(byPath.get(shown) ?? []), method]);
  }
  return [...byPath].map(([path, methods]) => `- ${methods.join(' ')} \`${path}\``);
}

/** `ops`: emulator.control.operations(). */
export function operationsSection(ops) {
  const group = 'subscriptions/:subscription/resourceGroups/:resourceGroup';
  return [
    `**GCE** (${ops.gce.length} methods, under the endpoint):`,
    '',
    ...routeLines(ops.gce, (p) => p),
    '',
    `**Resource Manager** (${ops.arm.length} operations; \`{group}\` is \`subscriptions/{subscription}/resourceGroups/{resourceGroup}\`):`,
    '',
    ...routeLines(ops.arm, (p) => (p.startsWith(group) ? `{group}${p.slice(group.length)}` : p)),
    '',
    `**EC2** (${ops.ec2.length} Query API actions): ${ops.ec2.join(', ')}.`,
  ].join('\n');
}

export function renderReadme(text, hazards, operations) {
  let out = text;
  const ops = /(<!-- operations -->)[\s\S]*?(<!-- \/operations -->)/;
  if (!ops.test(out)) throw new Error('README.md has no <!-- operations --> section');
  out = out.replace(
    ops,
    (_m, open, close) => `${open}\n\n${operationsSection(operations)}\n\n${close}`,
  );
  const marked = /(<!-- hazards -->)[\s\S]*?(<!-- \/hazards -->)/;
  if (!marked.test(out)) throw new Error('README.md has no <!-- hazards --> section');
  out = out.replace(marked, (_m, open, close) => `${open}\n\n${hazardTable(hazards)}\n\n${close}`);
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
  const { hazardRows } = await import('../lib/emulator/hazards.js');
  const { startEmulator } = await import('../lib/emulator/index.js');
  const emulator = await startEmulator();
  const operations = emulator.control.operations();
  await emulator.stop();
  const text = readFileSync('README.md', 'utf8');
  const want = renderReadme(text, hazardRows(), operations);
  if (values.check) {
    if (want !== text) {
      console.error('README.md generated sections are out of date: run `npm run docs`');
      process.exit(1);
    }
  } else writeFileSync('README.md', want);
}
