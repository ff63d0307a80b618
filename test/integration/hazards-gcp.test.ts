import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bake } from '../../src/bake/bake.js';
import { runContext } from '../../src/bake/context.js';
import { cli } from '../../src/cli.js';
import { loadConfig, type RawOverrides } from '../../src/config/load.js';
import type { Emulator } from '../../src/emulator/index.js';
import { ConsoleReporter } from '../../src/log/reporter.js';
import { builderInstance } from '../../src/providers/gcp/builder.js';
import type { GcpPlan } from '../../src/providers/gcp/plan.js';
import { runShare } from '../../src/share/run.js';
import { wrapScript } from '../../src/wrapper/wrapper.js';
import { ResourceLedger } from '../../src/steps/resources.js';
import { liveBuilders, writeConfig, writes } from '../helpers/bake.js';
import { gceClients, startTestEmulator } from '../helpers/emulator.js';

/**
 * The GCP provider through each of Compute Engine's documented hazards, as a user sees it:
 * the image made, the builder gone, and what the log says.
 */

const PROJECT = 'test-project';
const BUILDER = /batch-worker-1-builder-[a-f0-9]+/;
const POLICY = 'constraints/compute.disableGuestAttributesAccess';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.control.reset());

/** The log as a user reads it: one entry per line, without the group indent. */
function reporter(lines: string[]): ConsoleReporter {
  return new ConsoleReporter((l) =>
    lines.push(
      ...l
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => line.trim()),
    ),
  );
}

async function runBake(overrides: RawOverrides = {}) {
  const lines: string[] = [];
  const config = await loadConfig({
    path: await writeConfig(emulator),
    overrides,
    cwd: process.cwd(),
  });
  const ctx = runContext({}, reporter(lines), new AbortController().signal);
  const outcome = await bake(config, ctx, { cloud: 'gcp', ledger: new ResourceLedger() }).then(
    (o) => ({ ...o, error: undefined }),
    (error: Error) => ({ result: undefined, error }),
  );
  return { ...outcome, lines };
}

function imageStatus(name: string): string | undefined {
  return emulator.control.resources().find((r) => r.kind === 'image' && r.name === name)?.status;
}

const calls = (path: RegExp) => emulator.control.calls().filter((c) => path.test(c.path));

describe('guest attributes disabled by organization policy (on by default)', () => {
  it('the bake reads the exit status from the console marker, warns once naming the policy, and stops asking', async () => {
    const { result, error, lines } = await runBake();
    expect(error).toBeUndefined();
    expect(result?.imageName).toBe('batch-worker-1');
    expect(imageStatus('batch-worker-1')).toBe('READY');
    expect(liveBuilders(emulator)).toEqual([]);
    const warnings = lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(BUILDER);
    expect(warnings[0]).toContain(`412: Constraint ${POLICY} violated for project`);
    expect(warnings[0]).toContain(`the organization policy ${POLICY}`);
    expect(warnings[0]).toContain('serial console marker');
    expect(calls(/getGuestAttributes$/).map((c) => c.status)).toEqual([412]);
  });

  it('with no such policy, the bake reads the status the wrapper wrote as a guest attribute when the console lost its marker', async () => {
    // The console keeps 40 bytes: the shutdown's lines push the marker out before it is read.
    emulator.control.setHazards({
      gce: { guestAttributesDisabledByPolicy: false, serialRetainedBytes: 40 },
    });
    const { error, lines } = await runBake();
    expect(error).toBeUndefined();
    expect(imageStatus('batch-worker-1')).toBe('READY');
    expect(lines.filter((l) => /guest attributes/.test(l))).toEqual([]);
    expect(lines.some((l) => /worker-image-status\[/.test(l))).toBe(false);
    expect(calls(/getGuestAttributes$/).some((c) => c.status === 200)).toBe(true);
  });
});

describe('403 rate limits (rateLimitExceeded)', () => {
  it('reads over the project’s quota are retried like 429, each retry logged, and the bake makes its image', async () => {
    // Another tool shares the project: only 3 reads a minute (of two seconds) are left for us;
    // two seconds, so that even a slowed machine makes a fourth read within one.
    emulator.control.setHazards({ gce: { readRequestsPerMinute: 3, rateQuotaMinute: 2000 } });
    const { error, lines } = await runBake();
    expect(error).toBeUndefined();
    expect(imageStatus('batch-worker-1')).toBe('READY');
    expect(liveBuilders(emulator)).toEqual([]);
    expect(emulator.control.calls().some((c) => c.method === 'GET' && c.status === 403)).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /: 403 rate limit \(Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per region' .*\), retrying in [\d.]+s \(attempt \d\/8\)/,
      ),
    );
  });

  it('a 403 that is a missing permission is not retried: the bake fails at once with it', async () => {
    const message = "Required 'compute.images.list' permission for 'projects/test-project'";
    emulator.control.addFault({ method: 'GET', path: '/global/images$', status: 403, message });
    const { error } = await runBake();
    expect(error?.message).toBe(message);
    expect(calls(/\/global\/images$/)).toHaveLength(1);
    expect(writes(emulator)).toEqual([]);
  });

  it('cleanup after a failed bake retries a rate-limited builder deletion and leaves nothing', async () => {
    emulator.control.addOutcome({ outcome: { exit: 3 } });
    emulator.control.addFault({
      method: 'DELETE',
      path: '/instances/batch-worker-1-builder-[a-f0-9]+$',
      status: 403,
      reason: 'rateLimitExceeded',
      times: 2,
    });
    const { error, lines } = await runBake();
    expect(error?.message).toMatch(/failed with exit status 3/);
    expect(lines).toContainEqual(
      expect.stringMatching(/: 403 rate limit \(Rate Limit Exceeded\), retrying in/),
    );
    expect(emulator.control.resources()).toEqual([]);
  });

  it('share-image waits out a rate-limited IAM policy read and grants the members', async () => {
    emulator.control.seedImage({ project: PROJECT, name: 'batch-worker-24' });
    const config = await writeConfig(emulator);
    await appendFile(config, 'share:\n  gcp:\n    members: [group:batch-users@example.com]\n');
    emulator.control.setHazards({ gce: { readRequestsPerMinute: 1, rateQuotaMinute: 1000 } });
    // Another tool has just spent the minute's last read.
    const gce = gceClients(emulator);
    await gce.images.getIamPolicy({ project: PROJECT, resource: 'batch-worker-24' });
    await gce.close();
    const lines: string[] = [];
    const { result } = await runShare(
      { cloud: 'gcp', image: 'batch-worker-24' },
      {
        config,
        cwd: dirname(config),
        reporter: reporter(lines),
        signal: new AbortController().signal,
      },
    );
    expect(result.changed).toBe(true);
    const policy = emulator.control.gceIamPolicy(PROJECT, 'batch-worker-24');
    expect(policy.bindings).toContainEqual({
      role: 'roles/compute.imageUser',
      members: ['group:batch-users@example.com'],
    });
    expect(lines.join('\n')).toMatch(
      /read the IAM policy of image batch-worker-24: 403 rate limit/,
    );
  });

  it('gc retries a rate-limited listing and still deletes the leftover builder', async () => {
    emulator.control.plantGceResource({
      project: PROJECT,
      zone: 'us-central1-a',
      kind: 'instance',
      name: 'batch-worker-7-builder-aaaaaa',
      labels: { 'worker-image-run': 'gh-1-1', 'worker-image-role': 'builder' },
      creationTimestamp: new Date(Date.now() - 8 * 3_600_000).toISOString(),
    });
    // The instance listing spends the minute's only list; the disk listing must wait for the next.
    emulator.control.setHazards({ gce: { listRequestsPerMinute: 1, rateQuotaMinute: 1000 } });
    let out = '';
    const capture = (chunk: string | Uint8Array): boolean => ((out += String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    let code: number;
    try {
      code = await cli(['gc', '--config', await writeConfig(emulator)]);
    } finally {
      vi.restoreAllMocks();
    }
    expect(code, out).toBe(0);
    expect(out).toMatch(/list builder disks: 403 rate limit/);
    expect(out).toMatch(/deleted 1/);
    expect(emulator.control.resources()).toEqual([]);
  });
});

describe('RESOURCE_OPERATION_RATE_EXCEEDED: a disk imaged too often', () => {
  const tooFrequent = (times: number) => ({
    method: 'POST',
    path: `/projects/${PROJECT}/global/images$`,
    operationError: {
      code: 'RESOURCE_OPERATION_RATE_EXCEEDED',
      message:
        "Operation rate exceeded for resource 'projects/test-project/zones/us-central1-a/disks/batch-worker-1-builder'. Too frequent operations from the source resource.",
    },
    times,
  });

  it('the image is asked for again after a back-off, and made', async () => {
    emulator.control.addFault(tooFrequent(1));
    const { error, lines } = await runBake();
    expect(error).toBeUndefined();
    expect(imageStatus('batch-worker-1')).toBe('READY');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^image batch-worker-1: GCE refused it as too frequent for its source \(RESOURCE_OPERATION_RATE_EXCEEDED\); trying again in [\d.]+s \(attempt 2\)/,
      ),
    );
    expect(calls(/\/global\/images$/).filter((c) => c.method === 'POST')).toHaveLength(2);
    expect(liveBuilders(emulator)).toEqual([]);
  });

  it('refused until the image deadline, the bake fails in one line naming the image; nothing is left', async () => {
    emulator.control.addFault(tooFrequent(100));
    const { error } = await runBake({ gcp: { timeouts: { image: '3s' } } });
    expect(error?.message).toMatch(
      /^image batch-worker-1 failed: RESOURCE_OPERATION_RATE_EXCEEDED: Operation rate exceeded .* \(refused \d+ times within 3s\)$/,
    );
    expect(emulator.control.resources()).toEqual([]);
  });
});

describe('serial console output that rolled over', () => {
  it('the bytes lost between two reads are reported in a line, and the exit status is still found', async () => {
    // The console keeps 450 bytes; the builder writes about 800 between two reads 2 s apart
    // (while the script runs, the console is read every 5 poll intervals).
    emulator.control.setHazards({ gce: { serialRetainedBytes: 450 } });
    const { error, lines } = await runBake({ gcp: { 'poll-interval': '400ms' } });
    expect(error).toBeUndefined();
    expect(imageStatus('batch-worker-1')).toBe('READY');
    const gaps = lines.filter((l) => / bytes of serial console output from .* were lost/.test(l));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(
      /^warning: \[\d+ bytes of serial console output from batch-worker-1-builder-[a-f0-9]+ were lost: the console keeps only its last 1 MB\]/,
    );
    expect(lines).toContainEqual(expect.stringMatching(/^provisioning script succeeded/));
  });
});

describe('instance metadata, which GCE checks item by item', () => {
  it('the builder carries no empty metadata entry and no key twice, within the size limits', async () => {
    const config = await loadConfig({ path: await writeConfig(emulator), cwd: process.cwd() });
    const plan = { builderName: 'batch-worker-1-builder-abcdef', sourceImageLink: 'x' } as GcpPlan;
    const script = wrapScript('echo provisioning\n', { nonce: 'run-1', guestAttributes: true });
    const items = builderInstance(config.gcp!, plan, script, {}).metadata?.items ?? [];
    expect(items.map((i) => i.key)).toEqual(['startup-script', 'enable-guest-attributes']);
    for (const { key, value } of items) {
      expect(key, 'an empty key').toMatch(/^[a-zA-Z0-9_-]{1,128}$/);
      expect(value, `${key} has no value`).toBeTruthy();
      expect(Buffer.byteLength(value!)).toBeLessThanOrEqual(256 * 1024);
    }
  });
});
