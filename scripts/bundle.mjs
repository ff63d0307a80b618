// Bundles each action with ncc into dist/<action>/ (or --out DIR): the ncc bundle goes to
// lib/, and two stubs start it: index.js runs main, post.js runs post. `--only NAME` rebuilds
// one action and leaves the others' bundles as they are.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTIONS } from './actions.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, only: { type: 'string' } },
});
const out = values.out;
const selected = ACTIONS.filter((a) => !values.only || a.name === values.only);
if (selected.length === 0) throw new Error(`--only ${values.only}: no such action`);
if (!values.only) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
for (const action of selected) {
  const dir = join(out, action.name);
  rmSync(dir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      action.entry,
      '-o',
      join(dir, 'lib'),
      '--license',
      'licenses.txt',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  writeFileSync(join(dir, 'index.js'), "import { main } from './lib/index.js';\n\nawait main();\n");
  if (action.post) {
    writeFileSync(
      join(dir, 'post.js'),
      "import { post } from './lib/index.js';\n\nawait post();\n",
    );
  }
  console.log(`bundled ${action.name} → ${dir}`);
}
