import { EC2Client } from '@aws-sdk/client-ec2';
import type { AwsResourceInfo, Emulator } from '../../src/emulator/index.js';

/** Any credentials do: the emulator reads the region from the signature and checks nothing else. */
export const CREDENTIALS = { accessKeyId: 'emulator', secretAccessKey: 'emulator' };

/** The real SDK client pointed at the emulator, SDK retries off so faults show as they are. */
export function ec2(emulator: Emulator, region = 'us-east-1'): EC2Client {
  return new EC2Client({
    region,
    endpoint: emulator.ec2Endpoint,
    credentials: CREDENTIALS,
    maxAttempts: 1,
  });
}

/** For the bake (which takes credentials from the SDK's default chain): env credentials. */
export function useDummyAwsCredentials(): () => void {
  const saved = {
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY,
  };
  process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

export function awsResources(emulator: Emulator): AwsResourceInfo[] {
  return emulator.control.resources().filter((r): r is AwsResourceInfo => r.cloud === 'aws');
}

/** `kind region name status` of what is alive, for readable leak assertions. */
export function liveAws(emulator: Emulator, kind?: AwsResourceInfo['kind']): string[] {
  return awsResources(emulator)
    .filter((r) => !kind || r.kind === kind)
    .map((r) => `${r.kind} ${r.region} ${r.name} ${r.status}`);
}

/** Polls until `check` holds (emulated transitions take milliseconds). */
export async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A worker-image.yml with an aws: block pointed at the emulator, copying to two regions. */
export async function writeAwsConfig(emulator: Emulator, extra = ''): Promise<string> {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { templateIn } = await import('./bake.js');
  const dir = await mkdtemp(join(tmpdir(), 'wi-aws-config-'));
  const path = join(dir, 'worker-image.yml');
  await writeFile(
    path,
    `image:
  name: batch-worker
  version: auto
variables:
  global: { docker_root_image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1 }
manifest: manifest.json
aws:
  region: us-east-1
  instance-type: t3.large
  source-image: { owner: "099720109477", name: "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*" }
  target-regions: [us-west-2, eu-west-1]
  template: ${await templateIn(dir, 'aws-startup.sh.j2')}
  endpoint: ${emulator.ec2Endpoint}
  poll-interval: 100ms
  timeouts: { builder: 30s, image: 30s, copy: 30s, operation: 30s }
${extra}`,
  );
  return path;
}

/** EC2 calls that create, change or delete something: what a refused run must not have made. */
export function ec2Writes(emulator: Emulator): string[] {
  return emulator.control
    .calls()
    .filter((c) => c.path.startsWith('/ec2/'))
    .map((c) => c.path)
    .filter((p) => !/\/(Describe|Get)[A-Za-z]+$/.test(p));
}
