import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Emulator } from '../emulator/index.js';

/** Each cloud's block of a bench config, pointed at the emulator (YAML lines). */
export function gcpBlock(emulator: Emulator, extra: string[] = []): string[] {
  return [
    'gcp:',
    '  project: bench-project',
    '  zone: us-central1-a',
    '  source-image: { family: ubuntu-minimal-2204-lts, project: ubuntu-os-cloud }',
    `  template: ${resolve('templates/gcp-startup.sh.j2')}`,
    `  endpoint: ${emulator.gceEndpoint}`,
    '  auth: none',
    ...extra.map((l) => `  ${l}`),
  ];
}

/** Ten Azure regions, for replication figures. */
export const TEN_AZURE_REGIONS = [
  'eastus',
  'eastus2',
  'westus2',
  'westus3',
  'centralus',
  'northeurope',
  'westeurope',
  'uksouth',
  'japaneast',
  'australiaeast',
];

export const BENCH_SUBSCRIPTION = '00000000-0000-0000-0000-00000000be0c';

/** The Azure block; its CA file is written into `dir`. */
export async function azureBlock(
  emulator: Emulator,
  dir: string,
  extra: string[] = [],
): Promise<string[]> {
  const ca = join(dir, 'ca.pem');
  await writeFile(ca, emulator.caCertificate);
  return [
    'azure:',
    `  subscription-id: ${BENCH_SUBSCRIPTION}`,
    '  location: eastus',
    '  resource-group: bench-rg',
    '  gallery: bench_gallery',
    '  definition: { name: batch-worker-22-04, publisher: bench, offer: worker, sku: 22-04 }',
    '  source-image: { publisher: Canonical, offer: 0001-com-ubuntu-server-jammy, sku: 22_04-lts-gen2 }',
    `  template: ${resolve('templates/azure-startup.sh.j2')}`,
    `  endpoint: ${emulator.armEndpoint}`,
    `  ca-certificate: ${ca}`,
    '  auth: none',
    ...extra.map((l) => `  ${l}`),
  ];
}

export function awsBlock(emulator: Emulator, targets: string[], extra: string[] = []): string[] {
  return [
    'aws:',
    '  region: us-east-1',
    '  source-image: { owner: "099720109477", name: "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*" }',
    `  target-regions: [${targets.join(', ')}]`,
    `  template: ${resolve('templates/aws-startup.sh.j2')}`,
    `  endpoint: ${emulator.ec2Endpoint}`,
    ...extra.map((l) => `  ${l}`),
  ];
}

/** worker-image.yml in `dir` with the given cloud blocks; returns its path. */
export async function writeBenchConfig(dir: string, blocks: string[][]): Promise<string> {
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    [
      'image: { name: batch-worker, version: auto }',
      'variables: { global: { docker_root_image: "registry.example/worker:1" } }',
      'manifest: manifest.json',
      ...blocks.flat(),
      '',
    ].join('\n'),
  );
  return path;
}

/** The SDK's default credential chain reads these; the emulator accepts any. */
export function dummyCredentials(): () => void {
  const saved = [process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY];
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  return () => {
    if (saved[0] === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (saved[1] === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  };
}
