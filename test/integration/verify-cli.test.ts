import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { cli } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import type { VerifyResult } from '../../src/verify/result.js';
import { awsResources, liveAws, useDummyAwsCredentials, writeAwsConfig } from '../helpers/ec2.js';
import { startTestEmulator } from '../helpers/emulator.js';

/**
 * `worker-image verify` on an image baked before (a release candidate): it boots one EC2
 * instance from the AMI the manifest names, runs the config's checks, and says whether the
 * image passed, with the instance gone afterwards either way.
 */

let emulator: Emulator;
let restoreCredentials: () => void;
let config: string;
/** The AMI baked before the tests, in the config's region. */
let baked: { name: string; ami: string };

const VERIFY = `verify:
  checks:
    docker: docker info
    root-image: docker image inspect {{ global.docker_root_image }}
  time-to-ready: 60s
`;

beforeAll(async () => {
  restoreCredentials = useDummyAwsCredentials();
  emulator = await startTestEmulator();
  config = await writeAwsConfig(emulator, VERIFY);
  const loaded = await loadConfig({ path: config, cwd: process.cwd() });
  const ctx = runContext({}, new ConsoleReporter(() => {}), new AbortController().signal);
  const outcome = await bake(loaded, ctx, { cloud: 'aws', ledger: new ResourceLedger() });
  baked = { name: outcome.result!.imageName, ami: outcome.result!.imageId };
});
afterAll(async () => {
  await emulator.stop();
  restoreCredentials();
});
beforeEach(() => emulator.control.clearCheckOutcomes());

async function verify(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  try {
    const code = await cli([
      'verify',
      '--config',
      config,
      '--cloud',
      'aws',
      '--repo',
      dirname(config),
      ...args,
    ]);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The verdict tag on each region's copy of the baked image. */
const verdicts = () =>
  awsResources(emulator)
    .filter((r) => r.kind === 'image' && r.name === baked.name)
    .map((r) => `${r.region} ${r.tags['worker-image-verified']}`)
    .sort();

const verifiers = () =>
  awsResources(emulator).filter((r) => r.tags['worker-image-role'] === 'verifier');

describe('worker-image verify on an existing AMI', () => {
  it('passes an image whose checks pass, prints the result and leaves no instance', async () => {
    const { code, out, err } = await verify([
      '--manifest',
      join(dirname(config), 'manifest.json'),
      '--format',
      'json',
    ]);
    expect(code, err).toBe(0);
    const result = JSON.parse(out) as VerifyResult;
    expect(result).toMatchObject({
      cloud: 'aws',
      imageName: baked.name,
      verified: true,
      budgetS: 60,
      checks: [
        { name: 'docker', status: 'passed' },
        { name: 'root-image', status: 'passed' },
      ],
    });
    expect(result.timeToReadyS).toBeGreaterThan(0);
    // The manifest names every region's copy: each carries the verdict.
    expect(verdicts()).toEqual(['eu-west-1 true', 'us-east-1 true', 'us-west-2 true']);
    expect(liveAws(emulator, 'instance')).toEqual([]);
    expect(verifiers().filter((r) => r.kind === 'instance' && r.status !== 'terminated')).toEqual(
      [],
    );
  });

  it('fails an image whose check fails: exit 1, the check named, the instance gone', async () => {
    emulator.control.addCheckOutcome({ check: 'root-image', outcome: { exit: 1 } });
    const { code, out, err } = await verify(['--image', baked.ami]);
    expect(code).toBe(1);
    expect(err + out).toMatch(/check root-image failed with exit status 1/);
    expect(out).toMatch(/✗ root-image\s+failed/);
    // Named by its id alone, the AMI's copies in the target regions are found by its name: each
    // carries the verdict, as with a manifest.
    expect(verdicts()).toEqual(['eu-west-1 false', 'us-east-1 false', 'us-west-2 false']);
    expect(liveAws(emulator, 'instance')).toEqual([]);
  });
});
