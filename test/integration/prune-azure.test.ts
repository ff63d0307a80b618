import { ComputeManagementClient } from '@azure/arm-compute';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli.js';
import type { Emulator } from '../../src/emulator/index.js';
import { armOptions, credential } from '../helpers/arm.js';
import { AZURE_SUBSCRIPTION, writeAzureConfig, writes } from '../helpers/bake.js';
import { startTestEmulator } from '../helpers/emulator.js';

const DAY = 86_400_000;
const DEFINITION = 'batch-worker-22-04';
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

let emulator: Emulator;
let config: string;
let compute: ComputeManagementClient;

function seed(version: string, days: number, extra: Record<string, unknown> = {}): void {
  emulator.control.seedGalleryVersion({
    subscriptionId: AZURE_SUBSCRIPTION,
    resourceGroup: 'batch-images',
    gallery: 'batch_images',
    definition: DEFINITION,
    version,
    tags: { 'worker-image-role': 'image', 'worker-image-version': version },
    publishedDate: ago(days),
    ...extra,
  });
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  try {
    return { code: await cli(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

/** Each version left: `version excludeFromLatest endOfLife?`. */
async function versions(): Promise<string[]> {
  const found: string[] = [];
  for await (const v of compute.galleryImageVersions.listByGalleryImage(
    'batch-images',
    'batch_images',
    DEFINITION,
  )) {
    const p = v.publishingProfile;
    found.push(
      `${v.name} ${p?.excludeFromLatest ? 'excluded' : 'latest'}${p?.endOfLifeDate ? ' eol' : ''}`,
    );
  }
  return found.sort();
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  compute = new ComputeManagementClient(credential, AZURE_SUBSCRIPTION, armOptions(emulator));
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(async () => {
  await emulator.control.reset();
  config = await writeAzureConfig(emulator);
  await mkdir(join(dirname(config), '.git'));
  await appendFile(config, 'lifecycle: { keep: 2, delete-after: 90d }\n');
});

describe('worker-image prune on Azure', () => {
  it('excludes old gallery versions from latest with an end of life, deletes those past delete-after, never the newest', async () => {
    seed('0.0.1', 300, {
      excludeFromLatest: true,
      tags: {
        'worker-image-role': 'image',
        'worker-image-version': '0.0.1',
        'worker-image-deprecated': ago(120),
      },
    });
    seed('0.0.2', 200);
    seed('0.0.3', 100);
    seed('0.0.4', 90);
    // The newest version, excluded from latest by a failed verification: still never pruned.
    seed('0.0.5', 80, { excludeFromLatest: true });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    expect(await versions()).toEqual([
      '0.0.2 excluded eol',
      '0.0.3 latest',
      '0.0.4 latest',
      '0.0.5 excluded',
    ]);
    expect(out).toMatch(/batch-worker-22-04\/0\.0\.5 .*keep +the definition's newest version/);

    emulator.control.clearCalls();
    const again = await run(['prune', '--config', config]);
    expect(again.code).toBe(0);
    expect(writes(emulator)).toEqual([]);
  });

  it('deletes a version whose provisioning failed, even the newest, which never counts among the kept', async () => {
    seed('0.0.2', 200);
    seed('0.0.3', 100);
    seed('0.0.4', 1, { provisioningState: 'Failed' });
    const { code, out } = await run(['prune', '--config', config]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/0\.0\.4 .*delete +gallery version Failed: never usable/);
    expect(await versions()).toEqual(['0.0.2 latest', '0.0.3 latest']);
  });
});
