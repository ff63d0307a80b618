// Bundles every action and the CLI with ncc into ONE bundle, dist/lib/ (or --out DIR/lib/):
// lib/bundle/entry.js dispatches to each action's main and post and to the CLI through dynamic
// imports, so each cloud's SDK is one chunk shared by all the actions, loaded only by a step
// that touches that cloud. Each action gets two stubs that start it: dist/<action>/index.js
// runs main, dist/<action>/post.js runs post. The GCE definitions the bundle carries are
// trimmed to the services used (scripts/gce-protos.mjs), a file per client in
// dist/lib/gce-protos-<service>.json; the SDKs in scripts/sdk-prebundle.mjs are tree-shaken to
// the operations called before ncc runs; the GCE packages read node-fetch's Headers and
// FormData, not Node's (scripts/web-globals.mjs).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTIONS, BUNDLE_ENTRY } from './actions.mjs';
import { gceProtos, PROTOS_REQUEST, stageClientProtos } from './gce-protos.mjs';
import { licenceText, prebundleSdks } from './sdk-prebundle.mjs';
import { stageBoundGlobals } from './web-globals.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = values.out;
const lib = join(out, 'lib');

/**
 * The bundle's code without its comments (the SDKs' API documentation is a third of the
 * download): oxc's minifier with compression and mangling off and whitespace kept, so names,
 * lines and stack traces stay readable. Legal comments stay (licenses.txt has them all too).
 * Non-ASCII characters are written as escapes: Node reads a chunk that is all ASCII as
 * one-byte text, where a single `…` made the whole 1.2 MB GCE chunk two-byte, slower to decode
 * and to parse (~10-15 ms of every GCP step's start-up, measured interleaved).
 */
async function stripComments(name, code) {
  // rolldown comes with vitest (through vite); oxc is its parser and minifier.
  const { minifySync } = await import('rolldown/experimental');
  const result = minifySync(name, code, {
    module: true,
    compress: false,
    mangle: false,
    codegen: { removeWhitespace: false, asciiOnly: true },
  });
  if (result.errors?.length) throw new Error(`${name}: ${result.errors[0].message}`);
  return result.code;
}

const protos = gceProtos('lib');
// Modules google-gax requires at load that the Compute clients never run, each replaced by a
// stand-in that names what was left out if anything ever touches it:
// - the generated code of the IAM, Locations and long-running Operations mixins (1.9 MB run
//   at load), required only to re-export it: Compute's IAM methods are its own and its
//   operations are Compute's own Operation resources (ZoneOperations, GlobalOperations);
// - gRPC (@grpc/grpc-js and @grpc/proto-loader, ~0.5 MB): every Compute client speaks REST
//   through gax's fallback transport (its constructor defaults `fallback` to true, and
//   worker-image never sets it). gax's gRPC client subclasses grpc.Client at load, so that
//   stand-in exports a Client whose constructor throws;
// - the full GCE definitions, which no bundled client should still require (each requires its
//   own trimmed file);
// - web-streams-polyfill (157 KB, every line of it compiled at load though it never runs):
//   node-fetch's fetch-blob requires it only where Node has no ReadableStream, and every Node
//   since 16.5 has one (node:stream/web).
const LEFT_OUT = {
  'gax-left-out.cjs': {
    requests: [
      '../protos/iam_service',
      '../protos/locations',
      '../protos/operations',
      '../../protos/operations',
    ],
    text: `// google-gax's IAM, Locations and Operations protos, left out of worker-image's bundle (scripts/bundle.mjs).
module.exports = new Proxy({}, {
  get(_, key) {
    if (key === '__esModule' || typeof key === 'symbol') return undefined;
    throw new Error('worker-image bundle: google-gax ' + String(key) + ' (IAM/Locations/Operations protos) was left out of the bundle');
  },
});
`,
  },
  'gce-protos-left-out.cjs': {
    requests: [PROTOS_REQUEST],
    text: `// The full GCE definitions, left out of worker-image's bundle (scripts/gce-protos.mjs).
throw new Error('worker-image bundle: a Compute client loaded the full definitions; import each client from @google-cloud/compute/build/src/v1/<service>_client.js so that it gets its own');
`,
  },
  'web-streams-left-out.cjs': {
    requests: ['web-streams-polyfill/dist/ponyfill.es2018.js'],
    text: `// web-streams-polyfill, left out of worker-image's bundle (scripts/bundle.mjs): Node has web streams.
throw new Error('worker-image bundle: web-streams-polyfill was left out of the bundle; this Node has no ReadableStream (node:stream/web): run Node 20 or later');
`,
  },
  'grpc-left-out.cjs': {
    requests: ['@grpc/grpc-js', '@grpc/grpc-js/package.json', '@grpc/proto-loader'],
    text: `// gRPC, left out of worker-image's bundle (scripts/bundle.mjs): the Compute clients speak REST.
const leftOut = (what) =>
  new Error('worker-image bundle: ' + what + ' (gRPC) was left out of the bundle; the Compute clients speak REST');
class Client {
  constructor() {
    throw leftOut('grpc.Client');
  }
}
module.exports = { Client };
`,
  },
};
// ncc bundles a staged copy of lib/ whose node_modules holds the pre-bundled SDKs: it resolves
// them there first, and everything else from the project's node_modules.
const stage = '.bundle-stage';
rmSync(stage, { recursive: true, force: true });
cpSync('lib', join(stage, 'lib'), { recursive: true });
cpSync('package.json', join(stage, 'package.json'));
const sdks = await prebundleSdks('lib', stage);
// The GCE packages, with node-fetch's Headers and FormData where they read Node's (which would
// load Node's fetch implementation before every GCP step's first request).
const bound = await stageBoundGlobals('node_modules', stage);
// Each Compute client used loads definitions of its own (scripts/gce-protos.mjs).
stageClientProtos(join(stage, 'node_modules', '@google-cloud', 'compute'), protos.files);
const { code, assets, symlinks } = await ncc(resolve(stage, BUNDLE_ENTRY), {
  // Each v1 client's require of the full definitions loads the trimmed file instead.
  externals: {
    ...Object.fromEntries(protos.files.map((f) => [f.request, `./${f.file}`])),
    ...Object.fromEntries(
      Object.entries(LEFT_OUT).flatMap(([file, { requests }]) =>
        requests.map((request) => [request, `./${file}`]),
      ),
    ),
  },
  license: 'licenses.txt',
  // No persistent cache (ncc's default keeps webpack's in ~/.cache/ncc, keyed by the folder):
  // dist/ must be a function of the source alone. A clean clone at a path an older checkout
  // had used once bundled two chunks differently from the committed dist/ with it.
  cache: false,
  quiet: true,
});
if (Object.keys(symlinks ?? {}).length > 0) throw new Error('ncc: symlinks are not expected');

rmSync(out, { recursive: true, force: true });
mkdirSync(lib, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(lib, 'index.js'), await stripComments('index.js', code));
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(lib, name)), { recursive: true });
  // The chunks (NNN.index.js) are code; the other assets (protos, licenses) stay as they are,
  // but for the licences of the pre-bundled packages, which ncc did not see.
  const source = /^\d+\.index\.js$/.test(name)
    ? await stripComments(name, String(asset.source))
    : name === 'licenses.txt'
      ? String(asset.source) + licenceText(sdks.licences, String(asset.source))
      : asset.source;
  writeFileSync(join(lib, name), source, { mode: asset.permissions });
}
for (const f of protos.files) writeFileSync(join(lib, f.file), f.text);
for (const [file, { text }] of Object.entries(LEFT_OUT)) writeFileSync(join(lib, file), text);
rmSync(stage, { recursive: true, force: true });
for (const line of sdks.lines) console.log(`pre-bundled ${line}`);
for (const [pkg, files] of bound) {
  console.log(`bound node-fetch's Headers/FormData in ${pkg}: ${files.length} file(s)`);
}
console.log(
  `bundled → ${lib} (GCE definitions of ${protos.of}: ${protos.files.map((f) => `${f.kept} for ${f.service}`).join(', ')})`,
);

const stub = (action, phase) =>
  `import { run } from '../lib/index.js';\n\nawait run('${action}', '${phase}');\n`;
for (const action of ACTIONS) {
  const dir = join(out, action.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), stub(action.name, 'main'));
  if (action.post) writeFileSync(join(dir, 'post.js'), stub(action.name, 'post'));
  console.log(`stubs for ${action.name} → ${dir}`);
}
