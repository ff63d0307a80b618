import { readFile, writeFile } from 'node:fs/promises';
import type { Emulator } from '../../src/emulator/index.js';
import { writeAzureConfig, writeConfig } from './bake.js';

/** One worker-image.yml with the gcp: and azure: blocks the single-cloud helpers write. */
export async function writeMultiCloudConfig(emulator: Emulator, extra = ''): Promise<string> {
  const path = await writeConfig(emulator);
  const azure = await readFile(await writeAzureConfig(emulator), 'utf8');
  const block = azure.slice(azure.indexOf('\nazure:') + 1);
  await writeFile(path, (await readFile(path, 'utf8')) + block + extra);
  return path;
}
