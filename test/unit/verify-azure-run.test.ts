import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clockFromOutput,
  readyTime,
  runCommandScript,
} from '../../src/providers/azure/verify-run.js';
import { parseVersionId, verifierNames } from '../../src/providers/azure/verify-vm.js';
import { progressFromConsole } from '../../src/verify/report.js';
import { verifyScript, type VerifyCheck } from '../../src/verify/script.js';

/**
 * What Azure's run-command hands back of the verify script: the last 4 KiB of stdout and of
 * stderr, once the script has ended. The wrapper runs here for real with the machine's bash,
 * and its answer is cut as run-command cuts it.
 */

const nonce = 'run-7-1';
const KEEP = 4096;

function lastBytes(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return bytes.subarray(Math.max(0, bytes.length - KEEP)).toString('utf8');
}

async function runCommand(checks: VerifyCheck[]): Promise<{ answer: string; full: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'wi-verify-azure-'));
  const path = join(dir, 'script.sh');
  const verify = verifyScript({ nonce, guestAttributes: false, checks });
  await writeFile(path, runCommandScript(verify, nonce));
  const run = spawnSync('bash', [path], { encoding: 'utf8', timeout: 30_000 });
  return {
    // As the Linux run-command extension reports it.
    answer: `Enable succeeded: \n[stdout]\n${lastBytes(run.stdout)}\n[stderr]\n${lastBytes(run.stderr)}`,
    full: run.stdout + run.stderr,
  };
}

describe('the verify script through run-command', () => {
  it('every report survives run-command keeping only 4 KiB, however much the checks print', async () => {
    const chatty = (n: number): VerifyCheck => ({
      name: `chatty-${n}`,
      command: `for i in $(seq 1 40); do echo "line $i of a long docker info output, padded out to look real"; done\n`,
      timeoutSeconds: 10,
    });
    const checks = [chatty(0), chatty(1), chatty(2), chatty(3), chatty(4), chatty(5)];
    const { answer, full } = await runCommand(checks);
    // Without the wrapper, the ready line and the first reports would be cut off.
    expect(Buffer.byteLength(full)).toBeGreaterThan(2 * KEEP);
    const progress = progressFromConsole(answer, nonce);
    expect(progress.readyUptime).toBeDefined();
    expect(progress.checks.map((c) => [c.index, c.exit])).toEqual(checks.map((_, i) => [i, 0]));
    expect(progress.failed).toBe(0);
    // The checks' own output is still there, at its end.
    expect(answer).toContain('[chatty-5] line 40 of a long docker info output');
  });

  it("reports the VM's clock at the script's start and end, and the checks' verdicts", async () => {
    const before = Date.now();
    const { answer } = await runCommand([
      { name: 'fails', command: 'exit 3\n', timeoutSeconds: 10 },
      { name: 'hangs', command: 'sleep 20\n', timeoutSeconds: 1 },
    ]);
    const after = Date.now();
    const clock = clockFromOutput(answer, nonce)!;
    expect(clock.startMs).toBeGreaterThanOrEqual(before);
    expect(clock.endMs).toBeLessThanOrEqual(after);
    // The hanging check was stopped at its 1 s limit.
    expect(clock.endMs - clock.startMs).toBeGreaterThanOrEqual(900);
    const progress = progressFromConsole(answer, nonce);
    expect(progress.checks.map((c) => [c.exit, c.timedOut])).toEqual([
      [3, false],
      [124, true],
    ]);
    expect(progress.failed).toBe(2);
  });
});

describe('time of ready from the VM clock', () => {
  const clock = { startMs: 10_000, endMs: 14_000, exit: 0 };

  it('takes the VM clock when it agrees with what the runner saw', () => {
    expect(readyTime(clock, 9_000, 15_000)).toBe(10_000);
  });

  it('a VM clock behind the runner cannot place ready before the request was sent', () => {
    expect(readyTime(clock, 12_000, 17_000)).toBe(12_000);
  });

  it('a VM clock ahead cannot place ready later than the answer minus the checks’ own duration', () => {
    expect(readyTime(clock, 1_000, 6_000)).toBe(2_000);
  });
});

describe('verifier names', () => {
  const id =
    '/subscriptions/s-1/resourceGroups/batch-images/providers/Microsoft.Compute/galleries/batch_images/images/batch-worker-22-04/versions/0.0.14';

  it('parse the gallery version id and name a group per run and version', () => {
    const ref = parseVersionId(id);
    expect(ref).toEqual({
      subscriptionId: 's-1',
      resourceGroup: 'batch-images',
      gallery: 'batch_images',
      definition: 'batch-worker-22-04',
      version: '0.0.14',
    });
    const a = verifierNames(ref, 'gh-1-1');
    expect(a.resourceGroup).toMatch(/^wi-verify-batch-worker-22-04-0\.0\.14-[0-9a-f]{8}$/);
    expect(verifierNames(ref, 'gh-2-1').resourceGroup).not.toBe(a.resourceGroup);
  });

  it('refuse an id that is not a gallery version', () => {
    expect(() => parseVersionId('batch-worker-22-04/0.0.14')).toThrow(
      /is not a gallery image version id/,
    );
  });
});
