// The GCE proto definitions the bundle carries, trimmed to what worker-image calls.
//
// Every @google-cloud/compute v1 client requires the package's protos.json (11.9 MB, the
// definitions of all 100+ Compute services) and builds a protobuf root from it when
// constructed: most of a GCP step's start-up time and memory. The bundle maps that require to
// gce-protos.json, holding only the services the compiled source imports a client for (found
// in lib/, so a new client is picked up by the next `npm run bundle`), of those only the
// methods the source calls by name, the operation services those methods name, and every type
// they reference, transitively (gax resolves every method of a service when it builds the
// client's stub, so each method left out is work saved at start-up). The other versions of the
// API (v1beta, 2.2 MB) go; the rest (google.api, google.protobuf, ...) is kept whole.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The request each v1 client makes for the definitions, as ncc sees it (an external). */
export const PROTOS_REQUEST = '../../protos/protos.json';
export const PROTOS_FILE = 'gce-protos.json';

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
  const trimmed = JSON.parse(JSON.stringify(json));
  const compute = trimmed.nested.google.nested.cloud.nested.compute;
  // Only v1 clients are imported (servicesUsed checks): v1beta and the rest go.
  compute.nested = { v1: compute.nested.v1 };
  compute.nested.v1.nested = Object.fromEntries(
    Object.entries(all).filter(([name]) => keep.has(name)),
  );
  return { json: trimmed, kept: keep.size, of: Object.keys(all).length };
}

/**
 * The trimmed definitions as the bundle ships them; throws unless every reference resolves
 * (protobufjs, as google-gax loads them) and every service used is there.
 */
export function gceProtos(libDir = 'lib') {
  const services = servicesUsed(libDir);
  const source = require.resolve('@google-cloud/compute/build/protos/protos.json');
  const called = methodsCalled(libDir);
  const { json, kept, of } = trimProtos(JSON.parse(readFileSync(source, 'utf8')), services, called);
  // protobufjs as google-gax loads the definitions at run time.
  const { protobuf } = require('google-gax');
  const root = protobuf.Root.fromJSON(json);
  root.resolveAll();
  for (const s of services) root.lookupService(`${V1}${s}`);
  return { text: JSON.stringify(json), services, kept, of };
}
