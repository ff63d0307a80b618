import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Emulator } from '../../src/emulator/index.js';

/**
 * Copies the repository's template `name` (e.g. `gcp-startup.sh.j2`) into `dir` and returns
 * its name there: a config's paths must stay in its folder (or repository), as users' do.
 */
export async function templateIn(dir: string, name: string): Promise<string> {
  await copyFile(resolve('templates', name), join(dir, name));
  return name;
}

/** A worker-image.yml for the emulator, in a fresh folder with its template; returns its path. */
export async function writeConfig(emulator: Emulator): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-config-'));
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    `image:
  name: batch-worker
  version: auto
variables:
  global: { docker_root_image: us-docker.pkg.dev/p/r/worker:1 }
manifest: manifest.json
gcp:
  project: test-project
  zone: us-central1-a
  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }
  template: ${await templateIn(dir, 'gcp-startup.sh.j2')}
  endpoint: ${emulator.gceEndpoint}
  auth: none
  poll-interval: 100ms
  timeouts: { builder: 30s, image: 30s, operation: 30s }
`,
  );
  return path;
}

/** Cloud API calls other than reads: what a refused run must not have made. */
export function writes(emulator: Emulator): string[] {
  return emulator.control
    .calls()
    .filter((c) => c.method !== 'GET' && !c.path.endsWith('/wait'))
    .map((c) => `${c.method} ${c.path}`);
}

export function liveBuilders(emulator: Emulator): string[] {
  return emulator.control
    .resources()
    .filter((r) => r.kind === 'instance' || r.kind === 'disk')
    .map((r) => `${r.kind} ${r.name} ${r.status}`);
}

export const AZURE_SUBSCRIPTION = '00000000-0000-0000-0000-0000000000a1';

/** A worker-image.yml with an azure: block pointed at the emulator's ARM endpoint. */
export async function writeAzureConfig(emulator: Emulator): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-azure-config-'));
  const ca = join(dir, 'emulator-ca.pem');
  await writeFile(ca, emulator.caCertificate);
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    `image:
  name: batch-worker
  version: auto
variables:
  global: { docker_root_image: batchimages.azurecr.io/worker:latest }
manifest: manifest.json
azure:
  subscription-id: ${AZURE_SUBSCRIPTION}
  location: eastus
  resource-group: batch-images
  gallery: batch_images
  definition: { name: batch-worker-22-04, publisher: batch, offer: worker, sku: 22-04 }
  source-image: { publisher: Canonical, offer: 0001-com-ubuntu-server-jammy, sku: 22_04-lts-gen2 }
  target-regions:
    - { name: eastus, replicas: 2 }
    - westus2
  template: ${await templateIn(dir, 'azure-startup.sh.j2')}
  endpoint: ${emulator.armEndpoint}
  ca-certificate: emulator-ca.pem
  auth: none
  poll-interval: 100ms
  timeouts: { builder: 30s, replication: 30s, operation: 30s }
`,
  );
  return path;
}

/** Temporary Azure resources (the build resource group and what is in it) still alive. */
export function liveAzureTemporaries(emulator: Emulator): string[] {
  return emulator.control
    .resources()
    .filter(
      (r) =>
        r.cloud === 'azure' &&
        r.kind !== 'gallery' &&
        r.kind !== 'galleryImage' &&
        r.kind !== 'galleryImageVersion',
    )
    .filter((r) => !(r.kind === 'resourceGroup' && r.name === 'batch-images'))
    .map((r) => `${r.kind} ${r.name}`);
}
