import { link, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import {
  clientProtos,
  methodsCalled,
  servicesUsed,
  stageClientProtos,
  trimProtos,
  type ProtosJson,
} from '../../scripts/gce-protos.mjs';

const require = createRequire(import.meta.url);
const FULL = require.resolve('@google-cloud/compute/build/protos/protos.json');
const V1 = 'google.cloud.compute.v1';

async function fullProtos(): Promise<ProtosJson> {
  return JSON.parse(await readFile(FULL, 'utf8')) as ProtosJson;
}

async function compiled(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-gce-protos-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('the GCE definitions the bundle carries', () => {
  it('keep every service a bake and gc use, with all their methods, and resolve completely', async () => {
    const services = ['Disks', 'GlobalOperations', 'Images', 'Instances', 'ZoneOperations'];
    const { json, kept, of } = trimProtos(await fullProtos(), services);
    const root = protobuf.Root.fromJSON(json as protobuf.INamespace);
    // Every reference resolves, as google-gax needs when it builds a client's stub.
    expect(() => root.resolveAll()).not.toThrow();
    const full = protobuf.Root.fromJSON((await fullProtos()) as protobuf.INamespace);
    for (const name of services) {
      const service = root.lookupService(`${V1}.${name}`);
      expect(Object.keys(service.methods)).toEqual(
        Object.keys(full.lookupService(`${V1}.${name}`).methods),
      );
    }
    // What a bake sends and reads encodes the same as with the full definitions.
    const instance = { name: 'builder-1', metadata: { items: [{ key: 'k', value: 'v' }] } };
    const type = `${V1}.Instance`;
    expect(root.lookupType(type).encode(instance).finish()).toEqual(
      full.lookupType(type).encode(instance).finish(),
    );
    expect(kept).toBeLessThan(of / 5);
  });

  it('keep only the methods the source calls, and what those need', async () => {
    const called = new Set(['insert', 'get', 'wait']);
    const { json, kept } = trimProtos(await fullProtos(), ['Instances', 'ZoneOperations'], called);
    const all = trimProtos(await fullProtos(), ['Instances', 'ZoneOperations']);
    const root = protobuf.Root.fromJSON(json as protobuf.INamespace);
    expect(() => root.resolveAll()).not.toThrow();
    expect(Object.keys(root.lookupService(`${V1}.Instances`).methods).sort()).toEqual([
      'Get',
      'Insert',
    ]);
    expect(Object.keys(root.lookupService(`${V1}.ZoneOperations`).methods).sort()).toEqual([
      'Get',
      'Wait',
    ]);
    // A left-out method's own request type goes with it; what a kept one sends stays whole.
    const full = protobuf.Root.fromJSON((await fullProtos()) as protobuf.INamespace);
    expect(full.lookup(`${V1}.AttachDiskInstanceRequest`)).not.toBeNull();
    expect(root.lookup(`${V1}.AttachDiskInstanceRequest`)).toBeNull();
    const request = {
      project: 'p',
      zone: 'z',
      instanceResource: { name: 'builder-1', disks: [{ boot: true, autoDelete: true }] },
    };
    const type = `${V1}.InsertInstanceRequest`;
    expect(root.lookupType(type).encode(request).finish()).toEqual(
      full.lookupType(type).encode(request).finish(),
    );
    expect(kept).toBeLessThan(all.kept);
  });

  it('leave out the services worker-image does not call and the other API versions', async () => {
    const { json } = trimProtos(await fullProtos(), ['Images']);
    const root = protobuf.Root.fromJSON(json as protobuf.INamespace);
    expect(() => root.lookupService(`${V1}.Images`)).not.toThrow();
    // Images' operations are global ones: that service comes with it.
    expect(() => root.lookupService(`${V1}.GlobalOperations`)).not.toThrow();
    expect(root.lookup(`${V1}.Firewalls`)).toBeNull();
    expect(root.lookup(`${V1}.Instances`)).toBeNull();
    expect(root.lookup('google.cloud.compute.v1beta')).toBeNull();
    // Outside Compute, only what it references (google.protobuf.Any, which Operation's
    // error details use): not google.api's settings, descriptor.proto, or the extensions.
    expect(root.lookup('google.protobuf.Any')).not.toBeNull();
    expect(root.lookup('google.protobuf.FileDescriptorProto')).toBeNull();
    expect(root.lookup('google.api.HttpRule')).toBeNull();
  });

  it('keep the HTTP rules gax transcodes each call with, without the extensions that declare them', async () => {
    const called = new Set(['get', 'insert', 'getFromFamily']);
    const { json, outside } = trimProtos(await fullProtos(), ['Images'], called);
    expect(outside).toEqual(['google.protobuf.Any']);
    const root = protobuf.Root.fromJSON(json as protobuf.INamespace);
    expect(() => root.resolveAll()).not.toThrow();
    const full = protobuf.Root.fromJSON((await fullProtos()) as protobuf.INamespace);
    for (const name of ['Get', 'Insert', 'GetFromFamily']) {
      const method = root.lookupService(`${V1}.Images`).methods[name];
      const original = full.lookupService(`${V1}.Images`).methods[name];
      // What google-gax's REST fallback reads to build the URL and body of each call.
      expect(method?.parsedOptions).toEqual(original?.parsedOptions);
      expect(method?.parsedOptions?.some((o: object) => '(google.api.http)' in o)).toBe(true);
    }
    // A status with details (google.protobuf.Any, the one outside type kept) decodes as with
    // the full set.
    const status = {
      code: 8,
      message: 'quota',
      details: [
        { type_url: 'type.googleapis.com/google.rpc.QuotaFailure', value: Buffer.from([8, 1]) },
      ],
    };
    const type = `${V1}.Status`;
    const bytes = full.lookupType(type).encode(status).finish();
    const decoded = root.lookupType(type).toObject(root.lookupType(type).decode(bytes));
    expect(decoded).toEqual(full.lookupType(type).toObject(full.lookupType(type).decode(bytes)));
    expect(decoded.details).toHaveLength(1);
  });

  it('refuse a service the package does not have', async () => {
    await expect(fullProtos().then((json) => trimProtos(json, ['NoSuchService']))).rejects.toThrow(
      /no service google\.cloud\.compute\.v1\.NoSuchService/,
    );
  });
});

describe('the services the bundle needs, from the compiled source', () => {
  it('are those a client is imported for', async () => {
    const dir = await compiled({
      'a.js':
        "import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';",
      'b.js':
        "import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';",
    });
    expect(servicesUsed(dir)).toEqual(['Instances', 'ZoneOperations']);
  });

  it('call the methods named in the folders that use a client, in their paging forms too', async () => {
    const dir = await compiled({
      'gcp/a.js':
        "import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';\n" +
        'await clients.images.getFromFamily(r);',
      'gcp/b.js': 'for await (const i of clients.instances.aggregatedListAsync(r)) use(i);',
      'other/c.js': 'thing.attachDisk(r);',
    });
    const called = methodsCalled(dir);
    expect(called.has('getFromFamily')).toBe(true);
    expect(called.has('aggregatedList')).toBe(true);
    // A folder without a Compute client is not read.
    expect(called.has('attachDisk')).toBe(false);
  });

  it('refuse a method picked at run time, which the trimmed definitions could lack', async () => {
    const dir = await compiled({
      'gcp/a.js':
        "import { ImagesClient } from '@google-cloud/compute/build/src/v1/images_client.js';\n" +
        'await clients.images[name](r);',
    });
    expect(() => methodsCalled(dir)).toThrow(/picks a Compute method at run time/);
  });

  it('cannot be told when the whole package is imported, which is refused', async () => {
    const dir = await compiled({ 'a.js': "import { ImagesClient } from '@google-cloud/compute';" });
    expect(() => servicesUsed(dir)).toThrow(/import each client from/);
  });
});

describe('each Compute client with definitions of its own', () => {
  it('are named after its service', () => {
    expect(clientProtos('ZoneOperations')).toEqual({
      client: 'build/src/v1/zone_operations_client.js',
      request: '../../protos/protos-zone_operations.json',
      file: 'gce-protos-zone_operations.json',
    });
  });

  it("point the staged client's require at them, never writing through the package's file", async () => {
    const pkg = await compiled({
      'source/build/src/v1/images_client.js':
        'const jsonProtos = require("../../protos/protos.json");\nmodule.exports = jsonProtos;\n',
    });
    const source = join(pkg, 'source/build/src/v1/images_client.js');
    const staged = join(pkg, 'stage/build/src/v1/images_client.js');
    await mkdir(dirname(staged), { recursive: true });
    await link(source, staged);
    stageClientProtos(join(pkg, 'stage'), [clientProtos('Images')]);
    expect(await readFile(staged, 'utf8')).toBe(
      'const jsonProtos = require("../../protos/protos-images.json");\nmodule.exports = jsonProtos;\n',
    );
    expect(await readFile(source, 'utf8')).toContain('require("../../protos/protos.json")');
    // A client that no longer requires the definitions as expected is refused, not skipped.
    expect(() => stageClientProtos(join(pkg, 'stage'), [clientProtos('Images')])).toThrow(
      /expected one require\("\.\.\/\.\.\/protos\/protos\.json"\)/,
    );
  });

  it('are what the shipped bundle loads: one file per client, each with its service', async () => {
    const index = await readFile('dist/lib/index.js', 'utf8');
    for (const service of ['Disks', 'GlobalOperations', 'Images', 'Instances', 'ZoneOperations']) {
      const { file } = clientProtos(service);
      expect(index).toContain(`"./${file}"`);
      const root = protobuf.Root.fromJSON(
        JSON.parse(await readFile(join('dist/lib', file), 'utf8')) as protobuf.INamespace,
      );
      expect(() => root.resolveAll()).not.toThrow();
      expect(root.lookupService(`${V1}.${service}`).methodsArray.length).toBeGreaterThan(0);
    }
    // No bundled module loads the full definitions.
    expect(index).not.toContain('gce-protos-left-out');
  });
});
