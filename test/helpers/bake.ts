import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Emulator } from '../../src/emulator/index.js';

/** A worker-image.yml for the emulator, in a fresh folder; returns its path. */
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
  template: ${resolve('templates/gcp-startup.sh.j2')}
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
