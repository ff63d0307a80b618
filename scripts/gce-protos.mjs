// The GCE proto definitions the bundle carries, trimmed to what worker-image calls.
//
// Every @google-cloud/compute v1 client requires the package's protos.json (11.9 MB, the
// definitions of all 100+ Compute services) and builds a protobuf root from it when
// constructed: most of a GCP step's start-up time and memory. In the bundle each client used
// requires a file of its own instead, gce-protos-<service>.json (its require is rewritten in
// the staged copy of the package), holding only its service (the services the compiled source
// imports a client for are found in lib/, so a new client is picked up by the next `npm run
// bundle`), of that only the methods the source calls by name, and every type they reference,
// transitively (gax resolves every method of a service when it builds the client's stub, so
// each method left out is work saved at start-up; and a client builds only its own service's
// types, so the first request, an images.list, waits for the Images client's alone). The
// other versions of the API (v1beta, 2.2 MB) go; outside Compute, only what it references by name stays
// (google.protobuf.Any): google.api's client settings, descriptor.proto and the extensions
// declaring the method options go, the options themselves stay on each method as parsed data,
// which is what gax's REST fallback reads (a third less for protobufjs to build at start-up).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The request each v1 client makes for the definitions, as the package ships it. */
export const PROTOS_REQUEST = '../../protos/protos.json';

/**
 * Where the client of `service` (`ZoneOperations`) lies in the package, the request its staged
 * copy makes for its definitions, and the file in dist/lib/ that request loads.
 */
export function clientProtos(service) {
  const snake = service.replace(/[A-Z]/g, (c, i) => `${i ? '_' : ''}${c.toLowerCase()}`);
  return {
    client: `build/src/v1/${snake}_client.js`,
    request: `../../protos/protos-${snake}.json`,
    file: `gce-protos-${snake}.json`,
  };
}

const CLIENT = /@google-cloud\/compute\/build\/src\/v1\/([a-z_]+)_client\.js/g;
const ANY_COMPUTE = /['"]@google-cloud\/compute(\/[^'"]*)?['"]/g;

function compiledFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

/** The Compute services whose clients the compiled source imports: `Instances`, `Images`, ... */
export function servicesUsed(libDir = 'lib') {
  const services = new Set();
  for (const file of compiledFiles(libDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(ANY_COMPUTE)) {
      if (!/^\/build\/src\/v1\/[a-z_]+_client\.js$/.test(m[1] ?? '')) {
        throw new Error(
          `${file} imports ${m[0]}: import each client from @google-cloud/compute/build/src/v1/<service>_client.js, so the bundle's protos can be trimmed to the services used`,
        );
      }
    }
    for (const m of text.matchAll(CLIENT)) {
      services.add(m[1].replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()));
    }
  }
  return [...services].sort();
}

const V1 = 'google.cloud.compute.v1.';

// A call on a client: `.insert(`, `.aggregatedListAsync(`, `.listStream(` (gax's paging forms).
const CALL = /\.([a-z][A-Za-z0-9]*?)(?:Async|Stream)?\(/g;
// A method picked at run time (`images[name](`) could not be seen here: refused.
const COMPUTED =
  /\b(?:instances|images|disks|zoneOperations|globalOperations|regionOperations)\s*\[/;

/**
 * The method names called in the compiled files that use a Compute client: every file in a
 * folder where one is imported (lib/providers/gcp/). A name is a method's lowerCamel form
 * (`getSerialPortOutput`); unrelated calls of the same name (`.get(` on a Map) keep a method
 * that is not needed, never the reverse.
 */
export function methodsCalled(libDir = 'lib') {
  const files = compiledFiles(libDir);
  const imports = new RegExp(CLIENT.source);
  const dirs = new Set(
    files.filter((f) => imports.test(readFileSync(f, 'utf8'))).map((f) => dirname(f)),
  );
  const called = new Set();
  for (const file of files.filter((f) => dirs.has(dirname(f)))) {
    const text = readFileSync(file, 'utf8');
    if (COMPUTED.test(text)) {
      throw new Error(
        `${file} picks a Compute method at run time: call each by name, so the bundle's protos keep it`,
      );
    }
    for (const m of text.matchAll(CALL)) called.add(m[1]);
  }
  return called;
}

const lowerCamel = (name) => name[0].toLowerCase() + name.slice(1);

/** Names a definition refers to: method types, operation services, field and map types. */
function references(def) {
  const out = [];
  for (const m of Object.values(def.methods ?? {})) {
    out.push(m.requestType, m.responseType);
    const operations = m.options?.['(google.cloud.operation_service)'];
    if (operations) out.push(operations);
  }
  for (const f of Object.values(def.fields ?? {})) out.push(f.type, f.keyType);
  for (const nested of Object.values(def.nested ?? {})) out.push(...references(nested));
  return out.filter(Boolean);
}

/**
 * protos.json with google.cloud.compute.v1 cut down to `services` and what they reference;
 * with `called`, each service keeps only the methods named in it (lowerCamel).
 */
export function trimProtos(json, services, called) {
  const source = json.nested.google.nested.cloud.nested.compute.nested.v1.nested;
  const all = { ...source };
  if (called) {
    for (const s of services) {
      if (!all[s]?.methods) continue;
      const methods = Object.entries(all[s].methods).filter(([m]) => called.has(lowerCamel(m)));
      all[s] = { ...all[s], methods: Object.fromEntries(methods) };
    }
  }
  const keep = new Set();
  const queue = [];
  const visit = (name) => {
    // A reference is relative to its scope or absolute; v1's own top-level definitions are
    // what can be left out, so only a first segment naming one of them matters (a nested
    // definition goes with its parent).
    const bare = name.replace(/^\./, '');
    const first = (bare.startsWith(V1) ? bare.slice(V1.length) : bare).split('.')[0];
    if (Object.hasOwn(all, first) && !keep.has(first)) {
      keep.add(first);
      queue.push(first);
    }
  };
  for (const s of services) {
    if (!all[s]?.methods)
      throw new Error(`protos.json has no service google.cloud.compute.v1.${s}`);
    visit(s);
  }
  while (queue.length > 0) for (const ref of references(all[queue.shift()])) visit(ref);
  const v1 = Object.fromEntries(Object.entries(all).filter(([name]) => keep.has(name)));
  // Outside v1 (google.protobuf, google.api, ...), only what v1's kept definitions reference
  // by their full name, and what that references in turn.
  const outside = new Set();
  const pending = Object.values(v1)
    .flatMap(references)
    .filter((r) => r.replace(/^\./, '').startsWith('google.') && !r.includes('compute.v1.'));
  while (pending.length > 0) {
    const name = pending.shift().replace(/^\./, '');
    if (outside.has(name)) continue;
    const def = definition(json, name);
    if (!def) throw new Error(`protos.json: ${name}, which ${V1}* references, is not defined`);
    outside.add(name);
    // A field's type is looked up from its message outwards.
    const scope = name.split('.');
    for (const ref of references(def)) {
      if (SCALARS.has(ref)) continue;
      pending.push(resolveIn(json, scope, ref));
    }
  }
  const trimmed = { ...json, nested: {} };
  for (const name of outside) place(trimmed, json, name, definition(json, name));
  // Only v1 clients are imported (servicesUsed checks): v1beta and the rest go.
  const v1Name = V1.slice(0, -1);
  place(trimmed, json, v1Name, { ...definition(json, v1Name), nested: v1 });
  return { json: trimmed, kept: keep.size, of: Object.keys(all).length, outside: [...outside] };
}

const SCALARS = new Set(
  'double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 sfixed64 bool string bytes'.split(
    ' ',
  ),
);

/** The definition at a dotted name (`google.protobuf.Any`), or undefined. */
function definition(json, name) {
  let node = json;
  for (const part of name.split('.')) {
    node = node?.nested?.[part];
    if (!node) return undefined;
  }
  return node;
}

/** A reference made in `scope` as protobuf resolves it: innermost scope first. */
function resolveIn(json, scope, ref) {
  if (ref.startsWith('.')) return ref.slice(1);
  for (let i = scope.length; i >= 0; i--) {
    const name = [...scope.slice(0, i), ref].join('.');
    if (definition(json, name)) return name;
  }
  throw new Error(`protos.json: ${ref}, referenced in ${scope.join('.')}, is not defined`);
}

/** Puts `def` at `name` in `out`, with the namespaces on the way (their options kept). */
function place(out, json, name, def) {
  const parts = name.split('.');
  let node = out;
  let source = json;
  for (const [i, part] of parts.entries()) {
    source = source.nested[part];
    node.nested ??= {};
    if (i === parts.length - 1) {
      node.nested[part] = def;
      return;
    }
    node.nested[part] ??= source.options ? { options: source.options } : {};
    node = node.nested[part];
  }
}

/**
 * The trimmed definitions as the bundle ships them, a file per client used; throws unless every
 * reference resolves (protobufjs, as google-gax loads them) and each has its service.
 */
export function gceProtos(libDir = 'lib') {
  const services = servicesUsed(libDir);
  const source = require.resolve('@google-cloud/compute/build/protos/protos.json');
  const full = JSON.parse(readFileSync(source, 'utf8'));
  const called = methodsCalled(libDir);
  // protobufjs as google-gax loads the definitions at run time.
  const { protobuf } = require('google-gax');
  const trims = services.map((service) => ({ service, ...trimProtos(full, [service], called) }));
  const files = trims.map(({ service, json, kept }) => {
    const root = protobuf.Root.fromJSON(json);
    root.resolveAll();
    root.lookupService(`${V1}${service}`);
    return { service, ...clientProtos(service), text: JSON.stringify(json), kept };
  });
  return { files, services, of: trims[0]?.of ?? 0 };
}

/**
 * Points each client's require of the definitions at its own file (see clientProtos), in the
 * staged copy of @google-cloud/compute at `packageDir`: hard links, so the client file is
 * replaced, never written through.
 */
export function stageClientProtos(packageDir, files) {
  const from = `require(${JSON.stringify(PROTOS_REQUEST)})`;
  for (const f of files) {
    const path = join(packageDir, f.client);
    const text = readFileSync(path, 'utf8');
    if (text.split(from).length !== 2) {
      throw new Error(`${path}: expected one ${from}, which the bundle points at ${f.file}`);
    }
    rmSync(path);
    writeFileSync(path, text.replace(from, `require(${JSON.stringify(f.request)})`));
  }
}
