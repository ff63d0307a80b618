import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Emulator } from '../../src/emulator/index.js';
import { writeAzureConfig, writeConfig } from './bake.js';
import { CREDENTIALS, writeAwsConfig } from './ec2.js';

/** What the AWS SDK's credential chain reads; the emulator accepts any keys. */
export const AWS_ENV = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
};

/**
 * One cloud block of a config the single-cloud helpers write, its files (template, CA)
 * copied beside `into`: paths in a config are relative to it and must stay in its folder.
 */
async function block(path: string, cloud: string, into: string): Promise<string> {
  for (const name of await readdir(dirname(path))) {
    if (name !== 'worker-image.yml')
      await copyFile(join(dirname(path), name), join(dirname(into), name));
  }
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(`\n${cloud}:`) + 1;
  return text.slice(start);
}

/**
 * One worker-image.yml with the gcp:, azure: and (with `aws`) aws: blocks the single-cloud
 * helpers write.
 */
export async function writeMultiCloudConfig(
  emulator: Emulator,
  extra = '',
  opts: { aws?: boolean } = {},
): Promise<string> {
  const path = await writeConfig(emulator);
  const azure = await block(await writeAzureConfig(emulator), 'azure', path);
  const aws = opts.aws ? await block(await writeAwsConfig(emulator), 'aws', path) : '';
  await writeFile(path, (await readFile(path, 'utf8')) + azure + aws + extra);
  return path;
}
