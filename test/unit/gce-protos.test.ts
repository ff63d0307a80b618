import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { servicesUsed, trimProtos, type ProtosJson } from '../../scripts/gce-protos.mjs';

const require = createRequire(import.meta.url);
const FULL = require.resolve('@google-cloud/compute/build/protos/protos.json');
const V1 = 'google.cloud.compute.v1';

async function fullProtos(): Promise<ProtosJson> {
  return JSON.parse(await readFile(FULL, 'utf8')) as ProtosJson;
}

async function compiled(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-gce-protos-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
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

  it('leave out the services worker-image does not call and the other API versions', async () => {
    const { json } = trimProtos(await fullProtos(), ['Images']);
    const root = protobuf.Root.fromJSON(json as protobuf.INamespace);
    expect(() => root.lookupService(`${V1}.Images`)).not.toThrow();
    // Images' operations are global ones: that service comes with it.
    expect(() => root.lookupService(`${V1}.GlobalOperations`)).not.toThrow();
    expect(root.lookup(`${V1}.Firewalls`)).toBeNull();
    expect(root.lookup(`${V1}.Instances`)).toBeNull();
    expect(root.lookup('google.cloud.compute.v1beta')).toBeNull();
    // Outside Compute (google.api, google.protobuf, ...) everything stays.
    expect(root.lookup('google.protobuf.Any')).not.toBeNull();
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

  it('cannot be told when the whole package is imported, which is refused', async () => {
    const dir = await compiled({ 'a.js': "import { ImagesClient } from '@google-cloud/compute';" });
    expect(() => servicesUsed(dir)).toThrow(/import each client from/);
  });
});
