// Cloud SDK packages bundled ahead of ncc with tree-shaking, to what the source imports.
//
// @aws-sdk/client-ec2's CommonJS build, which ncc picks, is one 2 MB module holding all ~800
// EC2 operations and their schemas; loading it is most of an AWS step's time to its first
// request. Its ES build keeps each operation and schema apart, so a tree-shaking bundler keeps
// only the ones worker-image calls. Here rolldown bundles each package below from its ES
// build down to the names the compiled source (lib/) imports from it, into a staged copy of
// node_modules that ncc resolves first; ncc then bundles as before. The code is the official
// SDK's own, only without the operations never called. A name imported from a package that
// the source reaches in a way this cannot read (a namespace import, an undestructured dynamic
// import) fails the bundle: nothing is dropped silently.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const PREBUNDLED = [
  '@aws-sdk/client-ec2',
  '@aws-sdk/client-kms',
  '@azure/arm-compute',
  '@azure/arm-network',
  '@azure/arm-resources',
  '@azure/arm-authorization',
  '@azure/identity',
  '@actions/core',
];

/** The module the pre-bundled code reads Node's fetch globals from (see INJECTED). */
const FETCH_GLOBALS_MODULE = 'worker-image-fetch-globals';

/**
 * Stand-ins for packages the pre-bundled code imports but never runs. @actions/core's OIDC
 * client comes with @actions/http-client, which imports undici (0.8 MB, with the Node modules
 * it pulls in ~50 ms at every step's start) for one method, getAgentDispatcher, that only
 * @actions/github calls (with its own http-client, bundled as it is). The stand-in throws,
 * naming itself, if it is ever reached. And the module of INJECTED's globals.
 */
const STAND_INS = {
  undici: `// worker-image's bundle: undici is left out of @actions/core's http-client (scripts/sdk-prebundle.mjs).
const missing = (name) => {
  throw new Error('worker-image bundle: undici ' + name + ' was left out of @actions/core (see scripts/sdk-prebundle.mjs)');
};
export class ProxyAgent {
  constructor() {
    missing('ProxyAgent');
  }
}
export function fetch() {
  return missing('fetch');
}
`,
  [FETCH_GLOBALS_MODULE]: `// worker-image's bundle: fetch globals for the pre-bundled SDKs (scripts/sdk-prebundle.mjs).
// Reading one of Node's loads Node's fetch implementation (~20 ms); @azure/core-rest-pipeline
// asks whether every request's body is a FormData, and MSAL carries a fetch client that
// @azure/identity never uses (it gives MSAL its own). Each is Node's, read when first used;
// a value that is a FormData or Headers says so by its tag, so Node's is read only for one
// that may be.
const tagged = (value, tag) =>
  value !== null && typeof value === 'object' && value[Symbol.toStringTag] === tag;
export class FormData {
  constructor(...args) {
    return new globalThis.FormData(...args);
  }
  static [Symbol.hasInstance](value) {
    return tagged(value, 'FormData') && value instanceof globalThis.FormData;
  }
}
export class Headers {
  constructor(...args) {
    return new globalThis.Headers(...args);
  }
  static [Symbol.hasInstance](value) {
    return tagged(value, 'Headers') && value instanceof globalThis.Headers;
  }
}
export function fetch(...args) {
  return globalThis.fetch(...args);
}
`,
};

/**
 * Globals of Node's fetch implementation that the pre-bundled code reads as the stand-in's
 * names instead: reading Node's loads its fetch implementation, undici, before the first request
 * of every Azure step (a `typeof FormData` and an `instanceof FormData` per request body).
 */
const INJECTED = Object.fromEntries(
  ['FormData', 'Headers', 'fetch'].map((name) => [name, [FETCH_GLOBALS_MODULE, name]]),
);

/** The stage's folder for the pre-bundled code, beside the packages that re-export it. */
const SDK_DIR = '.worker-image-sdk';

function compiledFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

/** The names each package's importers in `libDir` take from it: Map<package, Set<name>>. */
export async function importedNames(libDir, packages = PREBUNDLED) {
  const { parseSync } = await import('rolldown/experimental');
  const names = new Map(packages.map((p) => [p, new Set()]));
  for (const file of compiledFiles(libDir)) {
    const text = readFileSync(file, 'utf8');
    if (!packages.some((p) => text.includes(p))) continue;
    const { program, errors } = parseSync(file, text, { sourceType: 'module' });
    if (errors.length > 0) throw new Error(`${file}: ${errors[0].message}`);
    const refused = (what, pkg) =>
      new Error(
        `${file}: ${what} of ${pkg}; import the names used (import { X } from '${pkg}', or const { X } = await import('${pkg}')) so the bundle keeps them`,
      );
    const handled = new Set();
    const walk = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const n of node) walk(n);
        return;
      }
      if (node.type === 'ImportDeclaration' && names.has(node.source.value)) {
        const pkg = node.source.value;
        for (const s of node.specifiers) {
          // A namespace import keeps the whole package.
          if (s.type === 'ImportNamespaceSpecifier') names.get(pkg).add('*');
          else if (s.type !== 'ImportSpecifier') throw refused('a default import', pkg);
          else names.get(pkg).add(s.imported.name ?? s.imported.value);
        }
      } else if (
        (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
        node.source &&
        names.has(node.source.value)
      ) {
        throw refused('a re-export', node.source.value);
      } else if (
        // const { A, B } = await import('pkg')
        node.type === 'VariableDeclarator' &&
        node.init?.type === 'AwaitExpression' &&
        node.init.argument.type === 'ImportExpression' &&
        names.has(node.init.argument.source.value)
      ) {
        const pkg = node.init.argument.source.value;
        if (node.id.type !== 'ObjectPattern') names.get(pkg).add('*');
        else
          for (const p of node.id.properties) {
            if (p.type !== 'Property' || p.key.type !== 'Identifier') {
              throw refused('a rest pattern', pkg);
            }
            names.get(pkg).add(p.key.name);
          }
        handled.add(node.init.argument);
      } else if (
        node.type === 'ImportExpression' &&
        !handled.has(node) &&
        names.has(node.source.value)
      ) {
        // Its result used whole: the package is kept whole.
        names.get(node.source.value).add('*');
      }
      for (const child of Object.values(node)) {
        if (child && typeof child === 'object') walk(child);
      }
    };
    walk(program);
  }
  return names;
}

/** The package a bundled module came from: its root folder, name, version and licence. */
function packageOf(moduleId, cache) {
  let dir = dirname(moduleId);
  while (dir !== dirname(dir)) {
    if (cache.has(dir)) return cache.get(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.name && pkg.version) {
        const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
        const info = {
          name: pkg.name,
          version: pkg.version,
          license: typeof pkg.license === 'string' ? pkg.license : 'see the package',
          text: file ? readFileSync(join(dir, file), 'utf8').trim() : undefined,
        };
        cache.set(dir, info);
        return info;
      }
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * Bundles PREBUNDLED into `stage`/node_modules, down to the names `libDir` imports. Returns the
 * licences of the packages bundled (ncc does not see them) and a line for each package.
 */
export async function prebundleSdks(libDir, stage) {
  const { rolldown } = await import('rolldown');
  const names = await importedNames(libDir);
  const entries = join(stage, 'entries');
  mkdirSync(entries, { recursive: true });
  const input = {};
  for (const [pkg, used] of names) {
    if (used.size === 0) continue;
    const key = pkg.replace(/^@/, '').replace(/\//g, '__');
    input[key] = resolve(entries, `${key}.mjs`);
    writeFileSync(
      input[key],
      used.has('*')
        ? `export * from '${pkg}';\n`
        : `export { ${[...used].sort().join(', ')} } from '${pkg}';\n`,
    );
  }
  const out = join(stage, 'node_modules', SDK_DIR);
  const standIns = {};
  for (const [pkg, code] of Object.entries(STAND_INS)) {
    standIns[pkg] = resolve(entries, `stand-in-${pkg}.mjs`);
    writeFileSync(standIns[pkg], code);
  }
  const bundle = await rolldown({
    input,
    plugins: [{ name: 'stand-ins', resolveId: (id) => standIns[id] ?? null }],
    transform: { inject: INJECTED },
    platform: 'node',
    // The ES builds: they keep each operation and schema apart, so unused ones can go.
    resolve: {
      mainFields: ['module', 'main'],
      conditionNames: ['module', 'import', 'node', 'default'],
    },
    treeshake: true,
    logLevel: 'warn',
  });
  const { output } = await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js' });
  await bundle.close();

  const cache = new Map();
  const licences = new Map();
  for (const chunk of output) {
    for (const id of chunk.moduleIds ?? []) {
      const info = resolve(id).includes(`${sep}node_modules${sep}`)
        ? packageOf(id, cache)
        : undefined;
      if (info) licences.set(info.name, info);
    }
  }
  const lines = [];
  for (const [pkg, used] of names) {
    if (used.size === 0) continue;
    const key = pkg.replace(/^@/, '').replace(/\//g, '__');
    const dir = join(stage, 'node_modules', pkg);
    mkdirSync(dir, { recursive: true });
    // Named and licensed as the real package, so ncc's licenses.txt lists it as before.
    const real = JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8'));
    const manifest = { name: pkg, version: real.version, license: real.license, type: 'module' };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ ...manifest, main: 'index.js' }) + '\n',
    );
    const info = packageOf(join(resolve('node_modules', pkg), 'package.json'), cache);
    if (info?.text) writeFileSync(join(dir, 'LICENSE'), info.text + '\n');
    const target = relative(dir, join(out, `${key}.js`))
      .split(sep)
      .join('/');
    writeFileSync(join(dir, 'index.js'), `export * from '${target}';\n`);
    const size = output.find((o) => o.fileName === `${key}.js`)?.code.length ?? 0;
    lines.push(
      `${pkg}: ${used.has('*') ? 'all' : used.size} names (${Math.round(size / 1024)} KiB entry)`,
    );
  }
  return { licences: [...licences.values()], lines };
}

/** The licences in the format of ncc's licenses.txt, for packages it did not list already. */
export function licenceText(licences, existing) {
  return licences
    .filter((l) => !existing.includes(`\n${l.name}\n`) && !existing.startsWith(`${l.name}\n`))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => `\n${l.name}\n${l.license}\n${l.text ?? ''}\n`)
    .join('');
}
