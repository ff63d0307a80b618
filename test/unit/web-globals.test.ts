import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseSync } from 'rolldown/experimental';
import { describe, expect, it } from 'vitest';
import { bindGlobals, FETCH_GLOBALS, globalReads } from '../../scripts/web-globals.mjs';

describe("binding node-fetch's Headers and FormData in the GCE packages", () => {
  it('binds each global read after the directives, on the first line of code, and nothing else', async () => {
    const source = [
      "'use strict';",
      'Object.defineProperty(exports, "__esModule", { value: true });',
      'const a = new Headers({ accept: "application/json" });',
      'function f(Headers) { return new Headers(); }',
      'function g(x) { { let FormData = 1; } return x instanceof FormData; }',
      'const o = { Headers: 1 }; o.Headers; class C { Headers = 2; }',
      '',
    ].join('\n');
    const bound = await bindGlobals('a.js', source);
    const lines = bound!.split('\n');
    // "use strict" stays first, so the file stays strict; no line number moves.
    expect(lines[0]).toBe("'use strict';");
    expect(lines[1]).toBe(
      'const { FormData, Headers } = require("node-fetch"); Object.defineProperty(exports, "__esModule", { value: true });',
    );
    expect(lines.slice(2)).toEqual(source.split('\n').slice(2));
  });

  it('leaves alone a file that reads neither global, or declares its own', async () => {
    expect(await bindGlobals('b.js', 'function f(Headers) { return new Headers(); }')).toBe(
      undefined,
    );
    expect(await bindGlobals('c.js', 'const h = { Headers: 1 }.Headers;')).toBe(undefined);
    expect(await bindGlobals('d.js', 'class Headers {}\nnew Headers();')).toBe(undefined);
    expect(await bindGlobals('e.js', 'var FormData = 1;\nx instanceof FormData;')).toBe(undefined);
  });

  it('imports into an ES module', async () => {
    expect(await bindGlobals('f.mjs', 'import x from "y";\nexport const h = new Headers(x);')).toBe(
      'import { Headers } from "node-fetch"; import x from "y";\nexport const h = new Headers(x);',
    );
  });

  it('finds reads in nested scopes that no enclosing one declares', () => {
    const text = [
      'function outer() {',
      '  try { return fetch(u); } catch (Response) { return Response; }',
      '  const k = () => { var Request = 1; return Request; };',
      '  return [Request, ...[Response]];',
      '}',
    ].join('\n');
    const { program } = parseSync('g.js', text);
    const reads = globalReads(program, FETCH_GLOBALS);
    const line = (at: number): number => text.slice(0, at).split('\n').length;
    expect(Object.fromEntries([...reads].map(([n, at]) => [n, at.map(line)]))).toEqual({
      fetch: [2],
      Request: [4],
      Response: [4],
    });
  });
});

describe('the shipped cloud SDK chunks', () => {
  it("read none of Node's fetch globals, which would load Node's fetch implementation before each step's first request", () => {
    // A first read of Headers, FormData, fetch, ... loads undici inside Node (~20 ms); the GCE
    // packages send with node-fetch and the pre-bundled SDKs with node:http, so none needs it.
    const lib = 'dist/lib';
    const markers = {
      gce: 'class InstancesClient',
      azure: 'var ComputeManagementClient = class',
      'azure identity': 'var ClientAssertionCredential = class',
      aws: 'EC2Client = class',
    };
    const found: Record<string, Record<string, number>> = {};
    for (const [cloud, marker] of Object.entries(markers)) {
      const chunks = readdirSync(lib)
        .filter((f) => f.endsWith('.js'))
        .filter((f) => readFileSync(join(lib, f), 'utf8').includes(marker));
      expect(chunks, `${cloud}: one chunk holds "${marker}"`).toHaveLength(1);
      const text = readFileSync(join(lib, chunks[0]!), 'utf8');
      const { program } = parseSync(chunks[0]!, text, { sourceType: 'module' });
      found[cloud] = Object.fromEntries(
        [...globalReads(program, FETCH_GLOBALS)].map(([name, at]) => [name, at.length]),
      );
    }
    expect(found).toEqual({ gce: {}, azure: {}, 'azure identity': {}, aws: {} });
  });
});

describe('web-streams-polyfill in the shipped bundle', () => {
  it('is left out: no chunk carries it, and its stand-in says why if anything ever requires it', () => {
    // fetch-blob (under node-fetch) requires it only where Node has no ReadableStream; compiled
    // at load all the same, it cost every GCP step ~6 ms before its first request.
    const lib = 'dist/lib';
    const carriers = readdirSync(lib)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(join(lib, f), 'utf8').includes('class ReadableStreamBYOBReader'));
    expect(carriers).toEqual([]);
    expect(readFileSync(join(lib, 'index.js'), 'utf8')).toContain('"./web-streams-left-out.cjs"');
    const require = createRequire(import.meta.url);
    expect(() => require(join(process.cwd(), lib, 'web-streams-left-out.cjs'))).toThrow(
      /web-streams-polyfill was left out of the bundle.*Node 20 or later/,
    );
    // What makes it safe: the Node the actions run on has web streams.
    expect(typeof globalThis.ReadableStream).toBe('function');
  });
});
