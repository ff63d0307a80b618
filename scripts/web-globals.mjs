// The GCE client packages, staged for ncc with node-fetch's Headers and FormData bound in each
// file that reads the globals of those names.
//
// Reading any of Node's fetch globals (Headers, FormData, fetch, Request, Response, ...) for the
// first time loads Node's own fetch implementation, undici: ~20 ms before every GCP step's
// first request, measured interleaved, for one `new Headers()` in google-gax's REST transport
// and gaxios' `instanceof FormData`. Those packages never use Node's fetch: gaxios sends each
// request with node-fetch (bundled), whose own Headers and FormData are the types its requests
// are built from. So each staged file that reads either global reads node-fetch's instead
// (`const { Headers } = require("node-fetch")` after its directives), and Node's undici is not
// loaded. Only the bundle's copy changes; the packages in node_modules are untouched (the stage
// holds hard links, and a patched file is a new file, never written through a link).
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The packages staged: @google-cloud/compute, because its requires of google-gax must resolve
 * inside the stage (a package is found from where the requiring file lies), and the packages
 * down to the ones that read the globals.
 */
export const GCE_PACKAGES = [
  '@google-cloud/compute',
  'google-gax',
  'google-auth-library',
  'gaxios',
  'gcp-metadata',
];

/** Each global bound, and the package whose export of the same name it is bound to. */
export const BOUND = { Headers: 'node-fetch', FormData: 'node-fetch' };

/**
 * The globals that load Node's fetch implementation when first read (Node 24's lazy globals
 * backed by undici).
 */
export const FETCH_GLOBALS = [
  'fetch',
  'Headers',
  'Request',
  'Response',
  'FormData',
  'WebSocket',
  'EventSource',
  'MessageEvent',
  'CloseEvent',
];

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const BLOCKS = new Set([
  'BlockStatement',
  'StaticBlock',
  'SwitchStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'CatchClause',
]);

/** The names a binding pattern declares. */
function patternNames(pattern, out = []) {
  if (!pattern) return out;
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) patternNames(p.type === 'RestElement' ? p : p.value, out);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) patternNames(e, out);
      break;
    case 'RestElement':
      patternNames(pattern.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, out);
      break;
    default:
      break;
  }
  return out;
}

/** The children of an AST node, each with the key it sits under. */
function* children(node) {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v.type === 'string') yield [key, v];
    } else if (value && typeof value.type === 'string') yield [key, value];
  }
}

/**
 * Whether an Identifier under `parent[key]` is a reference to a variable (not a property name,
 * a label, an import or export name, or a declaration).
 */
function isReference(parent, key) {
  switch (parent.type) {
    case 'MemberExpression':
      return key !== 'property' || parent.computed;
    case 'Property':
      // `{ a }` in an expression: the value is the reference; the key is a name.
      return key === 'value' || parent.computed;
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'AccessorProperty':
      return key !== 'key' || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'MetaProperty':
      return false;
    default:
      return true;
  }
}

/**
 * The places where `program` reads each of `names` as a global: a reference no enclosing scope
 * declares. Scopes are the program, functions, classes and blocks; `var` and function
 * declarations count for the whole function (as sloppy mode hoists them), so a name declared in
 * any block of a function counts as declared throughout it: that errs towards missing a global
 * read, never towards inventing one.
 */
export function globalReads(program, names) {
  const wanted = new Set(names);
  const scopeOf = new Map();
  const declare = (scope, name) => {
    if (wanted.has(name)) scope.names.add(name);
  };
  const functionScope = (scope) => {
    let s = scope;
    while (s.kind === 'block') s = s.parent;
    return s;
  };

  // First pass: every scope and what it declares (declarations hoist, so all before reads).
  const collect = (node, scope) => {
    let inner = scope;
    if (FUNCTIONS.has(node.type)) {
      if (node.type === 'FunctionDeclaration' && node.id) {
        declare(scope, node.id.name);
        declare(functionScope(scope), node.id.name);
      }
      inner = { kind: 'function', parent: scope, names: new Set() };
      if (node.type === 'FunctionExpression' && node.id) declare(inner, node.id.name);
      for (const p of node.params) for (const n of patternNames(p)) declare(inner, n);
    } else if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
      if (node.type === 'ClassDeclaration' && node.id) declare(scope, node.id.name);
      inner = { kind: 'block', parent: scope, names: new Set() };
      if (node.id) declare(inner, node.id.name);
    } else if (BLOCKS.has(node.type)) {
      inner = { kind: 'block', parent: scope, names: new Set() };
      if (node.type === 'CatchClause') for (const n of patternNames(node.param)) declare(inner, n);
    } else if (node.type === 'VariableDeclaration') {
      const target = node.kind === 'var' ? functionScope(scope) : scope;
      for (const d of node.declarations) for (const n of patternNames(d.id)) declare(target, n);
    } else if (node.type === 'ImportDeclaration') {
      for (const s of node.specifiers) declare(scope, s.local.name);
    }
    if (inner !== scope) scopeOf.set(node, inner);
    for (const [, child] of children(node)) collect(child, inner);
  };
  const root = { kind: 'function', parent: undefined, names: new Set() };
  scopeOf.set(program, root);
  for (const [, child] of children(program)) collect(child, root);

  // Second pass: each read of a wanted name that no enclosing scope declares.
  const reads = new Map();
  const visit = (node, parent, key, scope) => {
    const here = scopeOf.get(node) ?? scope;
    if (node.type === 'Identifier') {
      if (wanted.has(node.name) && isReference(parent, key) && !isDeclaration(parent, key)) {
        let s = here;
        while (s && !s.names.has(node.name)) s = s.parent;
        if (!s) reads.set(node.name, [...(reads.get(node.name) ?? []), node.start]);
      }
      return;
    }
    for (const [k, child] of children(node)) visit(child, node, k, here);
  };
  visit(program, undefined, undefined, root);
  return reads;
}

/** Whether an Identifier under `parent[key]` is itself a declaration (or part of one). */
function isDeclaration(parent, key) {
  switch (parent.type) {
    case 'VariableDeclarator':
      return key === 'id';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return key === 'id' || key === 'params';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return key === 'id';
    case 'CatchClause':
      return key === 'param';
    case 'RestElement':
    case 'ArrayPattern':
    case 'ObjectPattern':
    case 'AssignmentPattern':
      // Inside a pattern: a declaration when the pattern declares; in an assignment
      // (`[a] = x`) it writes an existing variable, which counts as neither here.
      return key !== 'right';
    default:
      return false;
  }
}

/**
 * `text` with each name of `bound` it reads as a global bound to that package's export, after
 * the directive prologue (a `"use strict"` stays the file's first statement); undefined when it
 * reads none. A file that declares one of them at its top level keeps its own.
 */
export async function bindGlobals(file, text, bound = BOUND) {
  const names = Object.keys(bound);
  if (!names.some((n) => text.includes(n))) return undefined;
  const { parseSync } = await import('rolldown/experimental');
  const { program, errors } = parseSync(file, text, { sourceType: 'unambiguous' });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0].message}`);
  const reads = globalReads(program, names);
  if (reads.size === 0) return undefined;
  const esm = program.body.some((s) => /^(Import|Export)/.test(s.type));
  const byPackage = new Map();
  for (const name of [...reads.keys()].sort()) {
    byPackage.set(bound[name], [...(byPackage.get(bound[name]) ?? []), name]);
  }
  const lines = [...byPackage].map(([pkg, list]) =>
    esm
      ? `import { ${list.join(', ')} } from ${JSON.stringify(pkg)};`
      : `const { ${list.join(', ')} } = require(${JSON.stringify(pkg)});`,
  );
  const prologue = program.body.findIndex((s) => typeof s.directive !== 'string');
  const at = prologue === -1 ? text.length : program.body[prologue].start;
  // Kept on the line the first statement starts on, so the file's line numbers do not move.
  return `${text.slice(0, at)}${lines.join(' ')} ${text.slice(at)}`;
}

/** Hard links of every file under `from` in `to` (copies across file systems). */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dst);
    else if (entry.isFile()) {
      try {
        linkSync(src, dst);
      } catch (err) {
        if (err.code !== 'EXDEV' && err.code !== 'EPERM') throw err;
        copyFileSync(src, dst);
      }
    } else throw new Error(`${src}: neither a file nor a folder; the stage expects plain packages`);
  }
}

/**
 * Stages GCE_PACKAGES from `nodeModules` in `stage`/node_modules with BOUND bound in each
 * JavaScript file that reads them. Returns the files changed, per package.
 */
export async function stageBoundGlobals(nodeModules, stage) {
  const changed = new Map();
  for (const pkg of GCE_PACKAGES) {
    const from = join(nodeModules, pkg);
    const to = join(stage, 'node_modules', pkg);
    linkTree(from, to);
    const files = readdirSync(to, { recursive: true })
      .map(String)
      .filter((f) => /\.(c|m)?js$/.test(f) && !f.split(/[\\/]/).includes('node_modules'));
    for (const file of files) {
      const path = join(to, file);
      const patched = await bindGlobals(path, readFileSync(path, 'utf8'));
      if (patched === undefined) continue;
      // Never through the link: that would change the package in node_modules.
      rmSync(path);
      writeFileSync(path, patched);
      changed.set(pkg, [...(changed.get(pkg) ?? []), file]);
    }
  }
  return changed;
}
